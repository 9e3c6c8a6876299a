// Review page: plain JavaScript, no dependency, talks only to the local server that served it.
"use strict";
const TOKEN = new URLSearchParams(location.search).get("token");
const $ = (id) => document.getElementById(id);
let state = null;

async function api(path, body) {
  const options = { headers: { "X-Review-Token": TOKEN } };
  if (body !== undefined) {
    options.method = "POST";
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(`${path}?token=${encodeURIComponent(TOKEN)}`, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || `erreur ${response.status}`);
  return data;
}

function say(message) { $("status").textContent = message; }
function label(type) { return state.types.find((t) => t.type === type).label; }

function renderDocument() {
  const doc = $("doc");
  doc.textContent = "";
  // removed spans highlighted by type, doubts left in clear underlined (they never overlap)
  const pieces = state.spans.map((s) => ({ ...s, kind: "span" }));
  for (const d of state.doubts) {
    for (const start of d.starts) pieces.push({ start, end: start + d.form.length, kind: "doubt", label: d.label });
  }
  pieces.sort((a, b) => a.start - b.start);
  let position = 0;
  for (const piece of pieces) {
    if (piece.start < position) continue;
    doc.append(document.createTextNode(state.text.slice(position, piece.start)));
    const element = document.createElement(piece.kind === "span" ? "mark" : "span");
    element.className = piece.kind === "span" ? `t-${piece.type}` : "doubt";
    element.title = piece.kind === "span" ? label(piece.type) : `En clair : ${piece.label}`;
    element.textContent = state.text.slice(piece.start, piece.end);
    doc.append(element);
    position = piece.end;
  }
  doc.append(document.createTextNode(state.text.slice(position)));
}

function renderDoubts() {
  const list = $("doubts");
  list.textContent = "";
  $("doubts-section").classList.toggle("empty", state.doubts.length === 0);
  for (const doubt of state.doubts) {
    const item = document.createElement("li");
    const where = document.createElement("div");
    const context = document.createElement("span");
    context.className = "context";
    const strong = document.createElement("strong");
    strong.textContent = doubt.context.form;
    context.append(`…${doubt.context.before}`, strong, `${doubt.context.after}…`);
    const reason = document.createElement("div");
    reason.className = "reason";
    reason.textContent = `${doubt.label} · ${doubt.starts.length} occurrence(s)`;
    where.append(context, reason);
    const controls = document.createElement("div");
    controls.className = "controls";
    const select = typeSelect(doubt.reason === "digits" ? "CASE_REF" : "PERSON", doubt.form);
    const mask = document.createElement("button");
    mask.type = "button";
    mask.textContent = "masquer partout";
    mask.setAttribute("aria-label", `Masquer « ${doubt.form} » partout`);
    mask.addEventListener("click", () => decide(doubt.form, "mask", select.value));
    const fine = document.createElement("button");
    fine.type = "button";
    fine.textContent = "peut rester";
    fine.setAttribute("aria-label", `« ${doubt.form} » peut rester en clair`);
    fine.addEventListener("click", () => decide(doubt.form, "keep"));
    controls.append(select, mask, fine);
    item.append(where, controls);
    list.append(item);
  }
}

function renderLegend() {
  const legend = $("legend");
  legend.textContent = "";
  const used = new Set(state.spans.map((s) => s.type));
  for (const t of state.types.filter((t) => used.has(t.type))) {
    const item = document.createElement("span");
    item.className = `t-${t.type}`;
    item.textContent = t.label;
    legend.append(item);
  }
}

function typeSelect(current, form) {
  const select = document.createElement("select");
  select.setAttribute("aria-label", `Type de « ${form} »`);
  for (const t of state.types) {
    const option = new Option(t.label, t.type, false, t.type === current);
    select.append(option);
  }
  return select;
}

// a "masquer" / "garder" button: pressed when it is the entity's current decision
function toggle(text, entity, action, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = text;
  button.setAttribute("aria-pressed", String(entity.decision === action));
  button.setAttribute("aria-label", `${text[0].toUpperCase()}${text.slice(1)} « ${entity.form} » partout`);
  button.addEventListener("click", onClick);
  return button;
}

function renderEntities() {
  const list = $("entities");
  list.textContent = "";
  for (const entity of state.entities) {
    const item = document.createElement("li");
    item.className = entity.decision === "keep" ? "kept" : "";
    const name = document.createElement("span");
    name.className = `form${entity.decision ? "" : " todo"}`;
    const swatch = document.createElement("mark");
    swatch.className = `t-${entity.type}`;
    swatch.textContent = entity.form;
    name.append(swatch);
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = `${entity.count} occurrence(s)`;
    const controls = document.createElement("div");
    controls.className = "controls";
    const select = typeSelect(entity.type, entity.form);
    // a new type for a kept row keeps it kept
    select.addEventListener("change", () => decide(entity.form, entity.decision === "keep" ? "keep" : "mask",
                                                   select.value));
    const mask = toggle("masquer", entity, "mask", () => decide(entity.form, "mask", select.value));
    const keep = toggle("garder", entity, "keep", () => decide(entity.form, "keep"));
    controls.append(select, mask, keep);
    item.append(name, count, controls);
    list.append(item);
  }
}

async function refreshPreview() {
  if (state.exported) return;  // the server is closing: the success message stays
  try { $("preview").textContent = (await api("/api/preview")).text; }
  catch (error) { if (!state.exported) say(`Aperçu indisponible : ${error.message}`); }
}

function render(newState) {
  state = newState;
  $("file").textContent = state.file;
  const n = state.unreviewed;
  $("unreviewed").textContent = n === 0 ? "Tout a été vérifié." : `${n} élément(s) encore à vérifier.`;
  $("undo").disabled = !state.can_undo;
  renderDoubts();
  renderDocument();
  renderLegend();
  renderEntities();
  refreshPreview();
}

async function decide(form, action, type) {
  try { render(await api("/api/decide", { form, action, type: type || null })); say("Décision enregistrée."); }
  catch (error) { say(`Erreur : ${error.message}`); }
}

function showAddBar() {
  const selection = window.getSelection();
  const text = selection ? selection.toString().trim() : "";
  if (!text || text.length > 200 || !$("doc").contains(selection.anchorNode)) return;
  $("selected").textContent = text;
  $("addbar").hidden = false;
  $("addtype").focus();
}

function setup() {
  const types = $("addtype");
  for (const t of state.types) types.append(new Option(t.label, t.type));
  $("doc").addEventListener("mouseup", showAddBar);
  $("doc").addEventListener("keyup", (event) => { if (event.shiftKey) showAddBar(); });
  $("add").addEventListener("click", async () => {
    await decide($("selected").textContent, "mask", types.value);
    $("addbar").hidden = true;
  });
  $("cancel").addEventListener("click", () => { $("addbar").hidden = true; });
  $("undo").addEventListener("click", async () => {
    try { render(await api("/api/undo", {})); say("Dernière décision annulée."); }
    catch (error) { say(`Erreur : ${error.message}`); }
  });
  $("export").addEventListener("click", async () => {
    const left = state.unreviewed;
    if (left > 0 && !window.confirm(`${left} élément(s) n'ont pas encore été vérifiés. Exporter quand même ?`)) {
      return;
    }
    try {
      const done = await api("/api/export", {});
      render(done);
      say(`Exporté : ${done.exported}. Vous pouvez fermer cette page.`);
    } catch (error) { say(`Export refusé : ${error.message}`); }
  });
}

api("/api/state").then((s) => { state = s; setup(); render(s); }).catch((e) => say(`Erreur : ${e.message}`));
