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
  let position = 0;
  for (const span of state.spans) {
    doc.append(document.createTextNode(state.text.slice(position, span.start)));
    const mark = document.createElement("mark");
    mark.className = `t-${span.type}`;
    mark.title = label(span.type);
    mark.textContent = state.text.slice(span.start, span.end);
    doc.append(mark);
    position = span.end;
  }
  doc.append(document.createTextNode(state.text.slice(position)));
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
    select.addEventListener("change", () => decide(entity.form, "mask", select.value));
    const mask = toggle("masquer", entity, "mask", () => decide(entity.form, "mask", select.value));
    const keep = toggle("garder", entity, "keep", () => decide(entity.form, "keep"));
    controls.append(select, mask, keep);
    item.append(name, count, controls);
    list.append(item);
  }
}

async function refreshPreview() {
  try { $("preview").textContent = (await api("/api/preview")).text; }
  catch (error) { say(`Aperçu indisponible : ${error.message}`); }
}

function render(newState) {
  state = newState;
  $("file").textContent = state.file;
  const n = state.unreviewed;
  $("unreviewed").textContent = n === 0 ? "Tout a été vérifié." : `${n} élément(s) encore à vérifier.`;
  $("undo").disabled = !state.can_undo;
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
    try {
      const done = await api("/api/export", {});
      render(done);
      say(`Exporté : ${done.exported}. Vous pouvez fermer cette page.`);
    } catch (error) { say(`Export refusé : ${error.message}`); }
  });
}

api("/api/state").then((s) => { state = s; setup(); render(s); }).catch((e) => say(`Erreur : ${e.message}`));
