// warlog page: the selected event: its reports side by side, where they disagree, the
// claims and the sentences they rest on.
"use strict";

const ROWS = [
  ["Outlet", (v) => v.source || "unknown"],
  ["Published", (v) => v.published || "–"],
  ["Event", (v) => v.sub_event_type],
  ["Date", (v) => v.date || "–"],
  ["Fatalities", (v) => range(v.fatalities)],
  ["Injured", (v) => range(v.injured)],
  ["Actor 1", (v) => actorNames(v.actors, "actor1") || "–"],
  ["Assoc. actor 1", (v) => actorNames(v.actors, "assoc_actor_1") || "–"],
  ["Actor 2", (v) => actorNames(v.actors, "actor2") || "–"],
  ["Assoc. actor 2", (v) => actorNames(v.actors, "assoc_actor_2") || "–"],
  ["Place", (v) => placeName(v.location, "name", "admin1", "country") || "–"],
];

const CLAIM_VERBS = { claimed: "claimed", reported: "reported", denied: "denied", attributed: "blamed" };

// What one report's sources said: who, how (claimed, reported, denied), and the words.
function claimsCell(claims) {
  if (!claims || !claims.length) return "–";
  return `<ul class="claims">${claims.map((c) => {
    const blamed = c.responsible && c.responsible.toLocaleLowerCase() !== String(c.by).toLocaleLowerCase()
      ? ` <span class="responsible">(holds ${esc(c.responsible)} responsible)</span>` : "";
    return `<li><strong>${esc(c.by)}</strong> ${esc(CLAIM_VERBS[c.kind] || c.kind)}${blamed}:
      <q>${esc(String(c.text || "").trim())}</q></li>`;
  }).join("")}</ul>`;
}

// Bring the chosen row into view inside the side panel where the panel scrolls on its
// own (wide layouts). On a phone the page stacks map, detail and list and scrolls as a
// whole: scrolling it to the row would push the detail off screen, so nothing moves.
function reveal(li) {
  const side = document.getElementById("side");
  if (side.scrollHeight <= side.clientHeight + 1) return;
  const box = side.getBoundingClientRect(), row = li.getBoundingClientRect();
  if (row.top < box.top) side.scrollTop += row.top - box.top;
  else if (row.bottom > box.bottom) side.scrollTop += row.bottom - box.bottom;
}

async function select(id, { fromMap = false } = {}) {
  state.selected = id;
  history.replaceState(null, "", `${location.pathname}${location.search}#event=${encodeURIComponent(id)}`);
  document.querySelectorAll("#list li").forEach((li) => {
    const on = li.dataset.id === id;
    li.classList.toggle("selected", on);
    if (on) reveal(li);
  });
  const marker = state.markers.get(id);
  try {
    const { event } = await api(`/api/events/${encodeURIComponent(id)}`);
    if (state.selected === id) drawDetail(event);
  } catch (err) {
    setStatus(err.message, true);
  }
  // The detail panel takes room from the map: resize it, then bring the event into view.
  map.invalidateSize();
  if (marker && state.selected === id) {
    if (!fromMap) map.setView(marker.getLatLng(), Math.max(map.getZoom(), zoomFor(marker.event)), { animate: false });
    marker.openPopup();
  }
}

function drawDetail(ev) {
  const versions = ev.versions;
  const head = versions.map((v) => `<th>${v.url ? `<a href="${esc(v.url)}" target="_blank" rel="noopener">${esc(v.source || "report")}</a>` : esc(v.source || "report")}</th>`).join("");
  const rows = ROWS.map(([label, get]) => {
    const values = versions.map(get);
    const differs = new Set(values).size > 1;
    return `<tr><th>${label}</th>${values.map((x) => `<td class="${differs ? "differs" : ""}">${esc(x)}</td>`).join("")}</tr>`;
  }).join("");
  const claims = `<tr><th>Claims</th>${versions.map((v) => `<td class="${
    new Set(versions.map((x) => JSON.stringify((x.claims || []).map((c) => [c.by, c.kind])))).size > 1
      ? "differs" : ""}">${claimsCell(v.claims)}</td>`).join("")}</tr>`;
  const quotes = `<tr><th>Evidence</th>${versions.map((v) => `<td>${(v.evidence || []).map((e) => `<blockquote>${esc(e.text)}</blockquote>`).join("")}</td>`).join("")}</tr>`;
  const notes = (ev.disagreements || []).map((d) => `<li>${esc(d.field)}: ${d.versions.map((x) => `${esc(x.value)} (${esc(x.sources.join(", ") || x.documents.length + " reports")})`).join(" vs ")}</li>`).join("");
  const el = $("#detail");
  el.hidden = false;
  el.innerHTML = `<button class="close" type="button" aria-label="Close">×</button>
    <h2>${esc(ev.sub_event_type)} · ${esc(placeName(ev.location, "name", "country"))} · ${esc(ev.date || "")}</h2>
    <p>${esc(ev.notes)} Canonical fatalities: <strong>${esc(range(ev.fatalities))}</strong>,
      from ${ev.reports} report${ev.reports === 1 ? "" : "s"}.</p>
    ${actorsLine(ev.actors)}
    ${notes ? `<p>Sources disagree on:</p><ul>${notes}</ul>` : ""}
    <table><colgroup><col class="label">${versions.map(() => "<col>").join("")}</colgroup>
      <tr><th></th>${head}</tr>${rows}${claims}${quotes}</table>`;
  el.querySelector(".close").addEventListener("click", () => {
    el.hidden = true;
    map.invalidateSize();
  });
  // edit.js adds the edit form when the server allows edits
  document.dispatchEvent(new CustomEvent("warlog:detail", { detail: ev }));
}

const ROLE_NAMES = [
  ["actor1", "Actor 1"], ["assoc_actor_1", "associated with actor 1"],
  ["actor2", "Actor 2"], ["assoc_actor_2", "associated with actor 2"],
];

// Each actor once, under its first role: a name told twice (in two cases, or once as
// actor 1 and again as associated) is not repeated.
function actorsLine(actors) {
  const seen = new Set();
  const parts = ROLE_NAMES.map(([role, label]) => {
    const names = (actors || []).filter((a) => a.role === role).map((a) => String(a.name).trim())
      .filter((name) => {
        const key = name.toLocaleLowerCase();
        if (!name || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return names.length ? `<span class="role">${label}:</span> ${esc(names.join("; "))}` : "";
  }).filter(Boolean);
  return `<p class="actors">${parts.length ? parts.join(" · ") : "No actor named."}</p>`;
}
