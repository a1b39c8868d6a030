// warlog page: the edit form of the event detail, when the server allows edits
// (warlog serve --allow-edits). It sends corrections to the write API with the token
// that the link printed by warlog serve carries (#token=...), kept for this tab only.
"use strict";

const edit = { on: false, token: null, subTypes: [] };

(function takeToken() {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem("warlog-token", decodeURIComponent(m[1]));
    // keep the rest of the address (#event=...), never the token
    const rest = location.hash.slice(1).split("&").filter((p) => !p.startsWith("token=")).join("&");
    history.replaceState(null, "", location.pathname + location.search + (rest ? `#${rest}` : ""));
  }
  edit.token = sessionStorage.getItem("warlog-token");
})();

async function editApi(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: { "Content-Type": "application/json", "X-Warlog-Token": edit.token || "" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let out = null;
  try { out = await res.json(); } catch { out = null; }
  if (!res.ok || !out || out.ok !== true) {
    throw new Error((out && out.error) || `HTTP ${res.status}`);
  }
  return out;
}

const editReady = fetch("/api/edits").then((r) => r.json()).then((b) => {
  edit.on = Boolean(b.edits);
  edit.subTypes = b.sub_event_types || [];
}).catch(() => { edit.on = false; });

function escAttr(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function firstActor(ev, role) {
  const a = (ev.actors || []).find((x) => x.role === role);
  return a ? a.name : "";
}

function locationText(loc) {
  if (!loc) return "";
  return loc.name || `${loc.lat},${loc.lon}`;
}

// The form's fields with the event's current values: [name, label, value, input type].
function formFields(ev) {
  return [
    ["date", "Date", ev.date || "", "text"],
    ["fatalities", "Fatalities", ev.fatalities ? ev.fatalities.best : "", "number"],
    ["injured", "Injured", ev.injured ? ev.injured.best : "", "number"],
    ["actor1", "Actor 1", firstActor(ev, "actor1"), "text"],
    ["actor2", "Actor 2", firstActor(ev, "actor2"), "text"],
    ["location", "Location (name or lat,lon)", locationText(ev.location), "text"],
  ];
}

function editFormHtml(ev) {
  const options = edit.subTypes.map((s) =>
    `<option${s === ev.sub_event_type ? " selected" : ""}>${escAttr(s)}</option>`).join("");
  const inputs = formFields(ev).map(([name, label, value, type]) =>
    `<label>${label} <input name="${name}" type="${type}" value="${escAttr(value)}"
      data-was="${escAttr(value)}"${type === "number" ? ' min="0" step="1"' : ""}></label>`).join("");
  const reviewed = (ev.reviewed || []).length
    ? `<p class="reviewed">Reviewed by an analyst: ${escAttr(ev.reviewed.join(", "))}${ev.deleted ? " (deleted)" : ""}</p>` : "";
  return `${reviewed}<form id="edit-form" autocomplete="off"><fieldset><legend>Correct this event</legend>
    <label>Sub-event type <select name="sub_event_type" data-was="${escAttr(ev.sub_event_type)}">${options}</select></label>
    ${inputs}
    <label><input type="checkbox" name="historical"${ev.historical ? " checked" : ""}
      data-was="${ev.historical ? "1" : ""}"> history, not news</label>
    <label>Note <input name="note" size="30" placeholder="why (kept with the correction)"></label>
    <button type="submit">Save corrections</button>
    <button type="button" id="edit-delete">Delete: not an event</button>
    <label>Same event as <input name="merge" size="18" placeholder="ev-…"></label>
    <button type="button" id="edit-merge">Merge</button>
    <p id="edit-status" role="status"></p></fieldset></form>`;
}

function changedValues(form) {
  const out = {};
  form.querySelectorAll("[data-was]").forEach((el) => {
    const now = el.type === "checkbox" ? (el.checked ? "1" : "") : el.value.trim();
    if (now === el.dataset.was) return;
    out[el.name] = el.type === "checkbox" ? el.checked : now;
  });
  return out;
}

async function afterEdit(id) {
  await load();
  if (id) await select(id);
}

function wireForm(el, ev) {
  const form = el.querySelector("#edit-form");
  const status = el.querySelector("#edit-status");
  const fail = (err) => { status.textContent = err.message; status.className = "error"; };
  const note = () => form.elements.note.value.trim();
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const values = changedValues(form);
    if (!Object.keys(values).length) { fail(new Error("nothing changed")); return; }
    try {
      const out = await editApi("PATCH", `/api/events/${encodeURIComponent(ev.id)}`, { ...values, note: note() });
      await afterEdit(out.id);
    } catch (err) { fail(err); }
  });
  el.querySelector("#edit-delete").addEventListener("click", async () => {
    if (!window.confirm("Delete this event? It will be left out of lists and exports.")) return;
    try {
      await editApi("DELETE", `/api/events/${encodeURIComponent(ev.id)}`, { note: note() });
      el.hidden = true;
      await afterEdit(null);
    } catch (err) { fail(err); }
  });
  el.querySelector("#edit-merge").addEventListener("click", async () => {
    const other = form.elements.merge.value.trim();
    try {
      const out = await editApi("POST", "/api/events/merge", { ids: [ev.id, other], note: note() });
      await afterEdit(out.id);
    } catch (err) { fail(err); }
  });
}

document.addEventListener("warlog:detail", async (e) => {
  await editReady;
  const ev = e.detail;
  const el = document.getElementById("detail");
  if (!edit.on || !el) return;
  const box = document.createElement("div");
  box.className = "edit";
  box.innerHTML = edit.token ? editFormHtml(ev)
    : '<p class="edit-off">Editing is on, but this page has no token: open the link that warlog serve printed.</p>';
  el.insertBefore(box, el.querySelector("table"));  // above the reports, in view
  if (edit.token) wireForm(box, ev);
});
