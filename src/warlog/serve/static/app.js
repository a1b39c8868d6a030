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
const state = { events: [], markers: new Map(), selected: null };
const $ = (sel) => document.querySelector(sel);

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function range(r) {
  if (!r) return "–";
  if (r.high === null || r.high === undefined) return r.low === r.best ? `${r.best}+` : `${r.low}–${r.best}+`;
  return r.low === r.high ? `${r.best}` : `${r.best} (${r.low}–${r.high})`;
}

function actorNames(actors, role) {
  return (actors || []).filter((a) => !role || a.role === role).map((a) => a.name).join("; ");
}

function setStatus(text, isError) {
  const el = $("#status");
  el.textContent = text;
  el.className = isError ? "error" : "";
}

async function api(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (!body.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

const map = L.map("map", { worldCopyJump: true, minZoom: 2 }).setView([30, 30], 3);
const layer = L.layerGroup().addTo(map);

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
    if (key === "history") params.set("history", "true");
    else if (String(value).trim()) params.set(key, String(value).trim());
  }
  return params;
}

async function load() {
  setStatus("loading…");
  try {
    const body = await api(`/api/events?${query()}`);
    state.events = body.events;
    drawMarkers();
    drawTimeline();
    drawList();
    setStatus(`${body.count} events${$("#history").checked ? ", history included" : ""}`);
  } catch (err) {
    setStatus(err.message, true);
  }
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
      radius: 5 + Math.min(20, Math.sqrt(deaths) * 2),
      color: "#333", weight: 1, fillOpacity: 0.75,
      fillColor: COLORS[ev.event_type] || "#757575",
    });
    marker.bindTooltip(`${esc(ev.sub_event_type)}, ${esc(loc.name || "")} ${esc(ev.date || "")}`);
    marker.on("click", () => select(ev.id));
    marker.addTo(layer);
    state.markers.set(ev.id, marker);
    points.push([loc.lat, loc.lon]);
  }
  if (points.length) map.fitBounds(points, { maxZoom: 7, padding: [30, 30] });
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
  const keys = [...counts.keys()].sort();
  const max = Math.max(...counts.values());
  const w = 400 / keys.length;
  const bars = keys.map((k, i) => {
    const h = (counts.get(k) / max) * 70;
    return `<rect x="${i * w + 1}" y="${75 - h}" width="${Math.max(1, w - 2)}" height="${h}"
      data-key="${esc(k)}"><title>${esc(k)}: ${counts.get(k)} events</title></rect>`;
  }).join("");
  el.innerHTML = `<svg viewBox="0 0 400 90" preserveAspectRatio="none" role="img"
      aria-label="events per ${monthly ? "month" : "day"}">${bars}
      <text x="0" y="88">${esc(keys[0])}</text>
      <text x="400" y="88" text-anchor="end">${esc(keys[keys.length - 1])}</text></svg>`;
  el.querySelectorAll("rect").forEach((r) => r.addEventListener("click", () => {
    const key = r.dataset.key;
    const form = $("#filters");
    form.since.value = key.length === 7 ? `${key}-01` : key;
    form.until.value = key.length === 7 ? lastDay(key) : key;
    load();
  }));
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function drawList() {
  $("#list").innerHTML = state.events.map((ev) => {
    const loc = ev.location ? [ev.location.name, ev.location.country].filter(Boolean).join(", ") : "place unknown";
    return `<li data-id="${esc(ev.id)}">
      <span class="badge" style="background:${COLORS[ev.event_type] || "#757575"}">${esc(ev.sub_event_type)}</span>
      <strong>${esc(loc)}</strong>
      <div class="meta">${esc(ev.date || "undated")} · ${esc(actorNames(ev.actors, "actor1") || "actor unknown")}
        · fatalities ${esc(range(ev.fatalities))} · ${ev.reports} report${ev.reports === 1 ? "" : "s"}
        (${esc(ev.sources.join(", "))})${ev.historical ? " · history" : ""}</div></li>`;
  }).join("");
  $("#list").querySelectorAll("li").forEach((li) => li.addEventListener("click", () => select(li.dataset.id)));
}

const ROWS = [
  ["Outlet", (v) => v.source || "unknown"],
  ["Published", (v) => v.published || "–"],
  ["Event", (v) => v.sub_event_type],
  ["Date", (v) => v.date || "–"],
  ["Fatalities", (v) => range(v.fatalities)],
  ["Injured", (v) => range(v.injured)],
  ["Actor 1", (v) => actorNames(v.actors, "actor1") || "–"],
  ["Actor 2", (v) => actorNames(v.actors, "actor2") || "–"],
  ["Place", (v) => (v.location ? [v.location.name, v.location.admin1, v.location.country].filter(Boolean).join(", ") : "–")],
  ["Claims", (v) => (v.claims || []).map((c) => `${c.by} (${c.kind})`).join("; ") || "–"],
];

async function select(id) {
  state.selected = id;
  history.replaceState(null, "", `#event=${encodeURIComponent(id)}`);
  document.querySelectorAll("#list li").forEach((li) => li.classList.toggle("selected", li.dataset.id === id));
  const marker = state.markers.get(id);
  if (marker) marker.openTooltip();
  try {
    const { event } = await api(`/api/events/${encodeURIComponent(id)}`);
    drawDetail(event);
  } catch (err) {
    setStatus(err.message, true);
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
  const quotes = `<tr><th>Evidence</th>${versions.map((v) => `<td>${(v.evidence || []).map((e) => `<blockquote>${esc(e.text)}</blockquote>`).join("")}</td>`).join("")}</tr>`;
  const notes = (ev.disagreements || []).map((d) => `<li>${esc(d.field)}: ${d.versions.map((x) => `${esc(x.value)} (${esc(x.sources.join(", ") || x.documents.length + " reports")})`).join(" vs ")}</li>`).join("");
  const el = $("#detail");
  el.hidden = false;
  el.innerHTML = `<button class="close" type="button" aria-label="Close">×</button>
    <h2>${esc(ev.sub_event_type)} · ${esc(ev.location ? ev.location.name || "" : "")} · ${esc(ev.date || "")}</h2>
    <p>${esc(ev.notes)} Canonical fatalities: <strong>${esc(range(ev.fatalities))}</strong>,
      from ${ev.reports} report${ev.reports === 1 ? "" : "s"}.</p>
    ${notes ? `<p>Sources disagree on:</p><ul>${notes}</ul>` : ""}
    <table><tr><th></th>${head}</tr>${rows}${quotes}</table>`;
  el.querySelector(".close").addEventListener("click", () => { el.hidden = true; });
}

$("#filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
$("#history").addEventListener("change", () => load());
$("#reset").addEventListener("click", () => { $("#filters").reset(); load(); });
drawBorders();
load().then(() => {
  const m = /event=([^&]+)/.exec(location.hash);
  if (m) select(decodeURIComponent(m[1]));
});
