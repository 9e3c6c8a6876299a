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
  // removed spans highlighted by type, kept ones outlined, doubts left in clear underlined (never overlapping)
  const pieces = state.spans.map((s) => ({ ...s, kind: "span" }));
  const masked = (start, end) => state.spans.some((s) => s.start < end && start < s.end);
  for (const entity of state.entities) {
    for (const [start, end] of entity.occurrences) {
      if (!masked(start, end)) pieces.push({ start, end, kind: "kept", type: entity.type });
    }
  }
  for (const d of state.doubts) {
    for (const start of d.starts) pieces.push({ start, end: start + d.form.length, kind: "doubt", label: d.label });
  }
  pieces.sort((a, b) => a.start - b.start);
  let position = 0;
  for (const piece of pieces) {
    if (piece.start < position) continue;
    doc.append(document.createTextNode(state.text.slice(position, piece.start)));
    const element = document.createElement(piece.kind === "span" ? "mark" : "span");
    if (piece.kind === "span") {
      element.className = `t-${piece.type}`;
      element.title = label(piece.type);
    } else if (piece.kind === "kept") {
      element.className = "kept-here";
      element.title = `Gardé en clair (${label(piece.type)})`;
    } else {
      element.className = "doubt";
      element.title = `En clair : ${piece.label}`;
    }
    element.dataset.start = piece.start;
    element.textContent = state.text.slice(piece.start, piece.end);
    doc.append(element);
    position = piece.end;
  }
  doc.append(document.createTextNode(state.text.slice(position)));
}

// the occurrences of a row in the document: highlighted, and the next one scrolled into view
let shown = { key: null, index: -1 };
function showInDocument(key, starts) {
  for (const element of document.querySelectorAll("#doc .current")) element.classList.remove("current");
  const elements = starts.map((start) => document.querySelector(`#doc [data-start="${start}"]`)).filter(Boolean);
  if (!elements.length) return;
  for (const element of elements) element.classList.add("current");
  shown = { key, index: shown.key === key ? (shown.index + 1) % elements.length : 0 };
  elements[shown.index].scrollIntoView({ block: "center" });
  say(`Occurrence ${shown.index + 1} sur ${elements.length} dans le document.`);
}

function contextLine(context) {
  const line = document.createElement("span");
  line.className = "context";
  const strong = document.createElement("strong");
  strong.textContent = context.form;
  line.append(`…${context.before}`, strong, `${context.after}…`);
  return line;
}

function button(text, ariaLabel, onClick, pressed) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.setAttribute("aria-label", ariaLabel);
  if (pressed !== undefined) element.setAttribute("aria-pressed", String(pressed));
  element.addEventListener("click", (event) => { event.stopPropagation(); onClick(); });
  return element;
}

// a section heading in a list, with its bulk action
function heading(text, action) {
  const item = document.createElement("li");
  item.className = "group";
  const title = document.createElement("span");
  title.textContent = text;
  item.append(title);
  if (action) item.append(action);
  return item;
}

function doubtType(doubt) { return doubt.reason === "digits" || doubt.reason === "at_or_slash" ? "CASE_REF" : "PERSON"; }

function renderDoubts() {
  const list = $("doubts");
  list.textContent = "";
  $("doubts-section").classList.toggle("empty", state.doubts.length === 0);
  const reasons = [...new Set(state.doubts.map((d) => d.label))];
  for (const reason of reasons) {
    const doubts = state.doubts.filter((d) => d.label === reason);
    const forms = doubts.map((d) => d.form);
    list.append(heading(`${reason[0].toUpperCase()}${reason.slice(1)} (${doubts.length})`, doubts.length > 1
      ? button(`tout peut rester (${doubts.length})`, `Les ${doubts.length} mots « ${reason} » peuvent rester en clair`,
               () => decide(forms, "keep", null, `${doubts.length} mot(s) laissé(s) en clair.`))
      : null));
    for (const doubt of doubts) {
      const item = document.createElement("li");
      item.className = "row";
      item.tabIndex = 0;
      item.dataset.key = `doubt:${doubt.form}`;
      const where = document.createElement("div");
      const reasonLine = document.createElement("div");
      reasonLine.className = "reason";
      reasonLine.textContent = `${doubt.label} · ${doubt.starts.length} occurrence(s)`;
      where.append(contextLine(doubt.context), reasonLine);
      const controls = document.createElement("div");
      controls.className = "controls";
      const select = typeSelect(doubtType(doubt), doubt.form);
      select.dataset.control = "type";
      select.addEventListener("click", (event) => event.stopPropagation());
      const mask = button("masquer partout", `Masquer « ${doubt.form} » partout`,
                          () => decide([doubt.form], "mask", select.value));
      mask.dataset.control = "mask";
      const fine = button("peut rester", `« ${doubt.form} » peut rester en clair`, () => decide([doubt.form], "keep"));
      fine.dataset.control = "keep";
      controls.append(select, mask, fine);
      item.append(where, controls);
      item.addEventListener("click", () => showInDocument(item.dataset.key, doubt.starts));
      item.actions = { m: () => mask.click(), g: () => fine.click() };
      list.append(item);
    }
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

function renderEntities() {
  const list = $("entities");
  list.textContent = "";
  // every row nobody decided yet, whatever its type, masked in one click: masking is the safe default
  const rest = state.entities.filter((e) => e.decision === null);
  $("mask-rest").textContent = `tout masquer : le reste (${rest.length})`;
  $("mask-rest").disabled = rest.length === 0;
  $("mask-rest").onclick = () => decide(rest.flatMap((e) => e.forms), "mask", null,
                                        `${rest.length} élément(s) masqué(s).`);
  const types = [...new Set(state.entities.map((e) => e.type))];
  for (const type of types) {
    const entities = state.entities.filter((e) => e.type === type);
    const open = entities.filter((e) => e.decision === null);
    const name = label(type);
    list.append(heading(`${name} (${entities.length})`, open.length
      ? button(`tout masquer : ${name} (${open.length})`,
               `Masquer les ${open.length} élément(s) non vérifié(s) du type ${name}`,
               () => decide(open.flatMap((e) => e.forms), "mask", null, `${open.length} élément(s) masqué(s) : ${name}.`))
      : null));
    for (const entity of entities) list.append(entityRow(entity));
  }
}

// keeping a row keeps all its variants: the presenter sees them first ("Martin" may be someone else)
function keepRow(entity) {
  if (entity.forms.length > 1 && !window.confirm(
    `Garder en clair partout : ${entity.forms.join(", ")} ?\nPour n'en garder qu'une, cliquez-la dans la ligne.`)) return;
  decide(entity.forms, "keep");
}

function entityRow(entity) {
  const item = document.createElement("li");
  item.className = `row${entity.decision === "keep" ? " kept" : ""}${entity.decision === "mixed" ? " mixed" : ""}`;
  item.tabIndex = 0;
  item.dataset.key = `entity:${entity.form}`;
  const name = document.createElement("div");
  name.className = `form${entity.decision ? "" : " todo"}`;
  const swatch = document.createElement("mark");
  swatch.className = `t-${entity.type}`;
  swatch.textContent = entity.form;
  name.append(swatch);
  if (entity.forms.length > 1) {
    // each variant decided on its own too: "Martin" may be the doctor while "Lucas Martin" is the child
    const variants = document.createElement("span");
    variants.className = "variants";
    variants.append(" aussi : ");
    for (const form of entity.forms.slice(1)) {
      const kept = entity.kept_forms.includes(form);
      const chip = button(form, kept ? `« ${form} » est gardé en clair : le masquer partout`
                                     : `Garder « ${form} » seul en clair partout`,
                          () => decide([form], kept ? "mask" : "keep", kept ? entity.type : null), kept);
      chip.className = "variant";
      chip.dataset.control = `variant:${form}`;
      variants.append(chip);
    }
    name.append(variants);
  }
  const count = document.createElement("span");
  count.className = "count";
  count.textContent = `${entity.count} occurrence(s)`;
  const contexts = document.createElement("div");
  contexts.className = "contexts";
  for (const context of entity.contexts) contexts.append(contextLine(context));
  const controls = document.createElement("div");
  controls.className = "controls";
  const select = typeSelect(entity.type, entity.form);
  select.dataset.control = "type";
  select.addEventListener("click", (event) => event.stopPropagation());
  // a new type for a kept row keeps it kept
  select.addEventListener("change", () => decide(entity.forms, entity.decision === "keep" ? "keep" : "mask",
                                                 select.value));
  const mask = button("masquer", `Masquer « ${entity.form} » partout`,
                      () => decide(entity.forms, "mask", select.value), entity.decision === "mask");
  mask.dataset.control = "mask";
  const keep = button("garder", `Garder « ${entity.form} » partout`, () => keepRow(entity),
                      entity.decision === "keep");
  keep.dataset.control = "keep";
  controls.append(select, mask, keep);
  item.append(name, count, contexts, controls);
  item.addEventListener("click", () => showInDocument(item.dataset.key, entity.occurrences.map(([start]) => start)));
  item.actions = { m: () => mask.click(), g: () => keep.click() };
  return item;
}

async function refreshPreview() {
  if (state.exported) return;  // the server is closing: the success message stays
  try { $("preview").textContent = (await api("/api/preview")).text; }
  catch (error) { if (!state.exported) say(`Aperçu indisponible : ${error.message}`); }
}

function render(newState) {
  const active = document.activeElement;
  const activeRow = active && active.closest ? active.closest("li.row") : null;
  const focused = activeRow ? activeRow.dataset.key : null;
  const control = active && active.dataset ? active.dataset.control : null;
  state = newState;
  $("file").textContent = state.file;
  const n = state.unreviewed;
  const doubts = state.doubts.length;
  $("unreviewed").textContent = n === 0 ? "Tout a été vérifié."
    : `${n} élément(s) encore à vérifier${doubts ? `, dont ${doubts} laissé(s) en clair` : ""}.`;
  $("undo").disabled = !state.can_undo;
  renderDoubts();
  renderDocument();
  renderLegend();
  renderEntities();
  // the row that had the focus keeps it (a decided row stays in place), else the next one takes it
  if (focused) {
    const rows = [...document.querySelectorAll("li.row")];
    const again = rows.find((row) => row.dataset.key === focused) || rows[Math.min(lastRow, rows.length - 1)];
    const same = again && control ? again.querySelector(`[data-control="${CSS.escape(control)}"]`) : null;
    if (same) same.focus();
    else if (again) again.focus();
  }
  refreshPreview();
}

let lastRow = 0;
async function decide(forms, action, type, message) {
  const rows = [...document.querySelectorAll("li.row")];
  const active = document.activeElement && document.activeElement.closest
    ? document.activeElement.closest("li.row") : null;
  lastRow = Math.max(0, rows.indexOf(active));
  try {
    render(await api("/api/decide", { forms, action, type: type || null }));
    say(message || "Décision enregistrée.");
  } catch (error) { say(`Erreur : ${error.message}`); }
}

async function undo() {
  try { render(await api("/api/undo", {})); say("Dernière décision annulée."); }
  catch (error) { say(`Erreur : ${error.message}`); }
}

// keyboard: ↓/j and ↑/k move between rows, m masks, g keeps (or "peut rester"), Entrée shows it in the
// document, u undoes; never while typing in a field
function onKey(event) {
  if (state === null || state.exported || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.matches && target.matches("select, input, textarea")) return;  // typing or choosing a type
  if (target.matches && target.matches("button") && (event.key === "Enter" || event.key === " ")) return;
  const rows = [...document.querySelectorAll("li.row")];
  const row = target.closest ? target.closest("li.row") : null;
  const at = rows.indexOf(row);
  const move = (step) => {
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + step))];
    if (next) { next.focus(); next.scrollIntoView({ block: "nearest" }); }
  };
  const key = event.key.toLowerCase();
  if ((key === "arrowdown" || key === "arrowup") && !row) return;  // the page scrolls as usual
  if (key === "arrowdown" || key === "j") move(1);
  else if (key === "arrowup" || key === "k") move(-1);
  else if (key === "u") undo();
  else if (row && (key === "m" || key === "g")) row.actions[key]();
  else if (row && key === "enter") row.click();
  else return;
  event.preventDefault();
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
    await decide([$("selected").textContent], "mask", types.value);
    $("addbar").hidden = true;
  });
  $("cancel").addEventListener("click", () => { $("addbar").hidden = true; });
  $("undo").addEventListener("click", undo);
  document.addEventListener("keydown", onKey);
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
