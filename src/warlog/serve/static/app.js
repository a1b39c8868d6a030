// warlog page: map, timeline, event list and source comparison, all from the JSON API.
"use strict";

const COLORS = {
  "Battles": "#c62828",
  "Explosions/Remote violence": "#ef6c00",
  "Violence against civilians": "#6a1b9a",
  "Protests": "#1565c0",
  "Riots": "#00838f",
  "Strategic developments": "#2e7d32",
};
const OTHER_COLOR = "#757575";
const SIZE_STEPS = [0, 10, 100]; // fatalities shown in the legend's circles
const state = { events: [], markers: new Map(), selected: null, seq: 0 };
const $ = (sel) => document.querySelector(sel);

// A marker's radius in pixels for its best fatality figure (the legend uses the same).
function radiusFor(deaths) {
  return 5 + Math.min(20, Math.sqrt(deaths || 0) * 2);
}

// How close to zoom on a selected event: a town (ACLED geo precision 1) closer than a
// district (2) or a region or country (3).
function zoomFor(ev) {
  const precision = ev && ev.location ? ev.location.precision : 3;
  return { 1: 7, 2: 6 }[precision] || 5;
}

function colorFor(eventType) {
  return COLORS[eventType] || OTHER_COLOR;
}

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function range(r) {
  if (!r) return "–";
  if (r.high === null || r.high === undefined) return r.low === r.best ? `${r.best}+` : `${r.low}–${r.best}+`;
  return r.low === r.high ? `${r.best}` : `${r.best} (${r.low}–${r.high})`;
}

// Join names, each once: "Israel, Israel" (a place named for its country), "DW, dw" and
// an actor told twice all collapse, compared case-insensitively, the first kept in order.
function joinUnique(parts, sep = ", ") {
  const seen = new Set();
  const out = [];
  for (const part of parts) {
    const text = String(part ?? "").trim();
    const key = text.toLocaleLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out.join(sep);
}

function actorNames(actors, ...roles) {
  return joinUnique((actors || []).filter((a) => !roles.length || roles.includes(a.role))
    .map((a) => a.name), "; ");
}

function placeName(loc, ...fields) {
  return loc ? joinUnique(fields.map((f) => loc[f])) : "";
}

function setStatus(text, isError) {
  const el = $("#status");
  el.textContent = text;
  el.className = isError ? "error" : "";
}

// The API's answer, or an Error carrying its message: every non-2xx answer is an error,
// whether its body is the API's JSON error shape or not JSON at all.
async function api(path) {
  let res;
  try {
    res = await fetch(path);
  } catch (err) {
    throw new Error(`the server cannot be reached (${err.message})`);
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok || !body || body.ok !== true) {
    throw new Error((body && body.error) || `HTTP ${res.status} ${res.statusText}`.trim());
  }
  return body;
}

const map = L.map("map", { worldCopyJump: true, minZoom: 2 }).setView([30, 30], 3);
map.attributionControl.addAttribution("borders: Natural Earth");
const layer = L.layerGroup().addTo(map);

function drawLegend() {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const div = L.DomUtil.create("div", "legend");
    div.id = "legend";
    const swatch = (color) => `<span class="swatch" style="background:${color}"></span>`;
    const types = Object.entries(COLORS).map(([name, color]) => `<li>${swatch(color)}${esc(name)}</li>`);
    types.push(`<li>${swatch(OTHER_COLOR)}other types</li>`);
    const sizes = SIZE_STEPS.map((n) => {
      const d = 2 * radiusFor(n);
      return `<li><span class="size" style="width:${d}px;height:${d}px"></span>${n}</li>`;
    }).join("");
    div.innerHTML = `<h3>Event type</h3><ul>${types.join("")}</ul>
      <h3>Fatalities</h3><ul class="sizes">${sizes}</ul>
      <p><span class="swatch dashed"></span>dashed: historical</p>`;
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  legend.addTo(map);
}

async function drawBorders() {
  try {
    const res = await fetch("/static/vendor/countries-50m.json");
    const topo = await res.json();
    const land = topojson.feature(topo, topo.objects.countries);
    land.features.forEach(unwrapFeature);
    L.geoJSON(land, {
      style: { color: "#78909c", weight: 0.6, fillColor: "#f5f5f0", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    layer.eachLayer((m) => m.bringToFront());
    if (typeof labelCountries === "function") labelCountries(land); // places.js
  } catch (err) {
    setStatus(`borders unavailable: ${err.message}`, true);
  }
}

// Rings that cross the antimeridian (Russia, Fiji) would be drawn as lines across the
// whole map: continue their longitudes past 180 instead of jumping back.
function unwrapRing(ring) {
  let shift = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const jump = ring[i][0] + shift - ring[i - 1][0];
    if (jump > 180) shift -= 360;
    else if (jump < -180) shift += 360;
    ring[i] = [ring[i][0] + shift, ring[i][1]];
  }
}

function unwrapFeature(feature) {
  const g = feature.geometry;
  if (!g) return;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  polygons.forEach((poly) => poly.forEach(unwrapRing));
}

function query() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($("#filters"))) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  if ($("#show-history").checked) params.set("history", "true");
  return params;
}

// Fill the filters from the address (?q=...&country=...), so a view can be linked to.
function restoreFilters() {
  const params = new URLSearchParams(location.search);
  const form = $("#filters");
  for (const [key, value] of params) {
    if (key === "history") $("#show-history").checked = ["1", "true", "yes"].includes(value);
    else if (form.elements[key]) form.elements[key].value = value;
  }
}

async function load() {
  const seq = ++state.seq; // a slower, older answer must not overwrite a newer one
  const params = query();
  const search = params.toString();
  history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
  setStatus("loading…");
  let body;
  try {
    body = await api(`/api/events?${search}`);
  } catch (err) {
    if (seq === state.seq) showError(err.message);
    return;
  }
  if (seq !== state.seq) return;
  state.events = body.events;
  drawMarkers();
  drawTimeline();
  drawList();
  drawHistoryLine(body.historical_count, body.historical_included);
  setStatus(`${body.count} event${body.count === 1 ? "" : "s"}${body.historical_included ? ", history included" : ""}`);
  const filtered = [...params.keys()].some((key) => key !== "history");
  if (!body.count && !body.historical_count && !filtered) explainEmpty(seq);
  if (body.actor_generic) explainGenericActor(params.get("actor"));
  else if (body.actor_unknown) explainActor(params.get("actor"), body.actor_suggestions || []);
}

// An actor no stored event names: say so (names match whole: "Islamic" is no actor),
// and offer the actors whose names hold it, each a button that filters by it.
// A generic actor1 of the ACLED columns ("Unidentified Armed Group (Iraq)"): the CSV
// writes it for an event whose reports name no one; no stored event holds it.
function explainGenericActor(typed) {
  $("#list").innerHTML = `<li class="empty">“${esc(typed.trim())}” is a generic name the ACLED
    columns (CSV, GeoJSON, Parquet) give as actor1 to an event whose reports name no one behind
    it (its tags hold actor1_unnamed), not an actor of the reports. To see such events, clear
    the Actor box and filter by Country and Type.</li>`;
}

function explainActor(typed, suggestions) {
  const what = `No actor is named “${esc(typed.trim())}”: the Actor filter takes a whole name or alias, any case.`;
  const offers = suggestions.map((s) =>
    `<button type="button" class="actor-suggestion" data-actor="${esc(s.name)}">${esc(s.name)}</button> (${s.events} event${s.events === 1 ? "" : "s"})`);
  const more = offers.length ? ` Actors whose names hold it: ${offers.join(", ")}.` : "";
  $("#list").innerHTML = `<li class="empty">${what}${more}</li>`;
  for (const button of document.querySelectorAll(".actor-suggestion")) {
    button.addEventListener("click", () => {
      $("#filters").elements.actor.value = button.dataset.actor;
      load();
    });
  }
}

// No events and no filter: say why (an empty database, reports that tell no event,
// inputs that failed) rather than "no events match these filters".
async function explainEmpty(seq) {
  let counts;
  try {
    ({ counts } = await api("/api/stats"));
  } catch {
    return;
  }
  if (seq !== state.seq || state.events.length) return;
  const docs = counts.documents;
  const parts = [docs
    ? `The ${docs} report${docs === 1 ? "" : "s"} stored here tell${docs === 1 ? "s" : ""} no event.`
    : "No reports in this database yet: add some with warlog ingest PATH --db FILE, then reload."];
  if (counts.failures) {
    parts.push(`${counts.failures} input${counts.failures === 1 ? "" : "s"} could not be read: ` +
      "warlog failures --db FILE lists them with the reason.");
  }
  $("#history-line").hidden = true; // no filters, no history: nothing to show or hide
  $("#list").innerHTML = `<li class="empty">${esc(parts.join(" "))}</li>`;
}

// An error replaces the results: no stale list, markers or timeline stay behind it.
function showError(message) {
  state.events = [];
  state.selected = null;
  layer.clearLayers();
  state.markers.clear();
  $("#timeline").innerHTML = "";
  $("#history-line").hidden = true;
  $("#detail").hidden = true;
  $("#list").innerHTML = `<li class="error" role="alert">${esc(message)}</li>`;
  setStatus(message, true);
}

function drawHistoryLine(count, included) {
  const line = $("#history-line");
  const box = $("#show-history");
  const n = Number(count) || 0;
  const noun = `historical event${n === 1 ? "" : "s"}`;
  // nothing hidden and nothing to list: no line (a disabled "show 0 historical events"
  // box, and "these filters" said with no filter set, only puzzled)
  line.hidden = n === 0 && !included;
  box.disabled = n === 0 && !included;
  $("#history-label").textContent = `show ${n} ${noun}`;
  $("#history-note").textContent = included
    ? `${n} ${noun} listed, marked “history”.`
    : n ? `${n} ${noun} hidden (events the reports recall as background).`
      : "No historical events match these filters.";
}

function drawMarkers() {
  layer.clearLayers();
  state.markers.clear();
  const points = [];
  for (const ev of state.events) {
    const loc = ev.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const deaths = ev.fatalities ? ev.fatalities.best : 0;
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius: radiusFor(deaths),
      color: "#333", weight: 1, fillOpacity: ev.historical ? 0.4 : 0.75,
      dashArray: ev.historical ? "3 3" : null,
      fillColor: colorFor(ev.event_type),
    });
    const where = placeName(loc, "name", "country");
    marker.bindTooltip(`${esc(ev.sub_event_type)}, ${esc(where)} ${esc(ev.date || "")}`);
    marker.bindPopup(`<strong>${esc(ev.sub_event_type)}</strong><br>${esc(where)}<br>
      ${esc(ev.date || "undated")} · fatalities ${esc(range(ev.fatalities))}<br>
      ${esc(actorNames(ev.actors, "actor1", "actor2") || "actors unknown")}`);
    marker.event = ev;
    marker.on("click", () => select(ev.id, { fromMap: true }));
    marker.addTo(layer);
    state.markers.set(ev.id, marker);
    points.push([loc.lat, loc.lon]);
  }
  // Fit the map to the events shown, after every load.
  if (points.length) fitEvents(points);
}

// Fit the map to the points; where one would then lie under the legend (bottom left),
// fit again with the legend's width kept free on the left, so no event starts hidden.
function fitEvents(points) {
  const fit = (left) => map.fitBounds(points, {
    maxZoom: 7, paddingTopLeft: [left, 30], paddingBottomRight: [30, 30], animate: false });
  fit(30);
  const legend = document.getElementById("legend");
  if (!legend) return;
  const box = legend.getBoundingClientRect();
  const origin = map.getContainer().getBoundingClientRect();
  const under = points.some((p) => {
    const pt = map.latLngToContainerPoint(p);
    return pt.x + origin.left >= box.left - 8 && pt.x + origin.left <= box.right + 8
      && pt.y + origin.top >= box.top - 8 && pt.y + origin.top <= box.bottom + 8;
  });
  if (under) fit(box.right - origin.left + 20);
}

function bucketOf(date, monthly) {
  return monthly ? date.slice(0, 7) : date.slice(0, 10);
}

function drawTimeline() {
  const dated = state.events.filter((e) => e.date && /^\d{4}-\d{2}/.test(e.date));
  const el = $("#timeline");
  if (!dated.length) { el.innerHTML = "<em>no dated events</em>"; return; }
  const dates = dated.map((e) => e.date).sort();
  const span = (Date.parse(dates[dates.length - 1].slice(0, 7) + "-01") -
                Date.parse(dates[0].slice(0, 7) + "-01")) / 864e5;
  const monthly = span > 90 || dates.some((d) => d.length < 10);
  const counts = new Map();
  for (const e of dated) {
    const key = bucketOf(e.date, monthly);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const keys = buckets([...counts.keys()].sort(), monthly);
  const max = Math.max(...counts.values());
  const w = 400 / keys.length;
  const bars = keys.map((k, i) => {
    const h = ((counts.get(k) || 0) / max) * 70;
    return `<rect x="${i * w + 1}" y="${75 - h}" width="${Math.max(1, w - 2)}" height="${h}"
      data-key="${esc(k)}"><title>${esc(k)}: ${counts.get(k) || 0} events</title></rect>`;
  }).join("");
  el.innerHTML = `<svg viewBox="0 0 400 90" preserveAspectRatio="none" role="img"
      aria-label="events per ${monthly ? "month" : "day"}">${bars}
      <text x="0" y="88">${esc(keys[0])}</text>
      <text x="400" y="88" text-anchor="end">${esc(keys[keys.length - 1])}</text></svg>`;
  el.querySelectorAll("rect").forEach((r) => r.addEventListener("click", () => {
    if (!counts.get(r.dataset.key)) return;
    const { key } = r.dataset;
    const form = $("#filters");
    form.since.value = key.length === 7 ? `${key}-01` : key;
    form.until.value = key.length === 7 ? lastDay(key) : key;
    load();
  }));
}

// Every month (or day) from the first key to the last, empty ones included, so that the
// bars stand on a time axis (2017-09 and 2022-04 are not neighbours).
function buckets(keys, monthly) {
  const first = keys[0];
  const last = keys[keys.length - 1];
  const out = [];
  if (monthly) {
    let [y, m] = first.split("-").map(Number);
    for (let key = first; key <= last && out.length < 1200; ) {
      out.push(key);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
      key = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
    }
  } else {
    const day = new Date(`${first}T00:00:00Z`);
    for (let key = first; key <= last && out.length < 1200; ) {
      out.push(key);
      day.setUTCDate(day.getUTCDate() + 1);
      key = day.toISOString().slice(0, 10);
    }
  }
  return out.length && out[out.length - 1] === last ? out : keys;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function drawList() {
  if (!state.events.length) {
    $("#list").innerHTML = `<li class="empty">No events match these filters.</li>`;
    return;
  }
  $("#list").innerHTML = state.events.map((ev) => {
    const loc = placeName(ev.location, "name", "country") || "place unknown";
    return `<li data-id="${esc(ev.id)}" tabindex="0" class="${ev.historical ? "historical" : ""}">
      <span class="badge" style="background:${colorFor(ev.event_type)}">${esc(ev.sub_event_type)}</span>
      <strong>${esc(loc)}</strong>
      <div class="meta">${esc(ev.date || "undated")} · ${esc(actorNames(ev.actors, "actor1") || "actor unknown")}
        · fatalities ${esc(range(ev.fatalities))} · ${ev.reports} report${ev.reports === 1 ? "" : "s"}
        (${esc(joinUnique(ev.sources))})${ev.historical ? " · history" : ""}</div></li>`;
  }).join("");
  $("#list").querySelectorAll("li").forEach((li) => {
    li.addEventListener("click", () => select(li.dataset.id));
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") select(li.dataset.id); });
  });
}

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

async function select(id, { fromMap = false } = {}) {
  state.selected = id;
  history.replaceState(null, "", `${location.pathname}${location.search}#event=${encodeURIComponent(id)}`);
  document.querySelectorAll("#list li").forEach((li) => {
    const on = li.dataset.id === id;
    li.classList.toggle("selected", on);
    if (on) li.scrollIntoView({ block: "nearest" });
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

$("#filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
$("#show-history").addEventListener("change", () => load());
// (The button's id is not "reset": a form's named elements shadow its methods, and
// form.reset would be the button itself.)
$("#reset-filters").addEventListener("click", () => {
  $("#filters").reset();
  $("#show-history").checked = false;
  load();
});
// The Type box offers the types the filter takes (a misspelt one is refused by the API).
async function fillTypes() {
  try {
    const { event_types: types } = await api("/api/types");
    const names = types.flatMap((t) => [t.event_type, ...t.sub_event_types]);
    $("#event-types").replaceChildren(...[...new Set(names)].map((name) => {
      const option = document.createElement("option");
      option.value = name;
      return option;
    }));
  } catch {
    // no suggestions: the box still takes typed values
  }
}

// The Country box offers the countries this database holds events in, with their count
// (any country name ACLED writes, or an ISO code, is taken; an unknown one is refused by
// the API with the nearest names).
async function fillCountries() {
  try {
    const { countries } = await api("/api/countries");
    $("#countries").replaceChildren(...countries.map((c) => {
      const option = document.createElement("option");
      option.value = c.name;
      option.label = `${c.code} · ${c.events} event${c.events === 1 ? "" : "s"}`;
      return option;
    }));
  } catch {
    // no suggestions: the box still takes typed values
  }
}

restoreFilters();
fillTypes();
fillCountries();
drawLegend();
drawBorders();
load().then(() => {
  const m = /event=([^&]+)/.exec(location.hash);
  if (m) select(decodeURIComponent(m[1]));
});
