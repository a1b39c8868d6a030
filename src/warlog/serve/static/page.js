// warlog page: what every view shares: the state of the page, the event colours and
// sizes, text formatting and the call to the JSON API. Loaded first; the views
// (map.js, timeline.js, list.js, detail.js) follow, then app.js loads the events.
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
