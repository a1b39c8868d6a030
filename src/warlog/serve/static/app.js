// warlog page: the filters and loading the events into every view (page.js, map.js,
// timeline.js, list.js, detail.js); the filters live in the address, so a view can be
// linked to.
"use strict";

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
  // the message is told once, in the list where the events would be; the header only
  // flags it (told there too, a long one took a second header line, said twice)
  setStatus("error: see the list", true);
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
