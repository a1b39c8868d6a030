// warlog page: the map: borders drawn offline, the legend, a marker an event, and the
// view fitted to the events shown.
"use strict";

const map = L.map("map", { worldCopyJump: true, minZoom: 2 }).setView([30, 30], 3);
map.attributionControl.addAttribution("borders: Natural Earth");
const layer = L.layerGroup().addTo(map);

const NARROW_MAP = "(max-width: 900px)"; // the map beside the list is under ~560 px

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
    div.innerHTML = `<details open><summary>Legend</summary>
      <h3>Event type</h3><ul>${types.join("")}</ul>
      <h3>Fatalities</h3><ul class="sizes">${sizes}</ul>
      <p><span class="swatch dashed"></span>dashed: historical</p></details>`;
    // On a narrow window the open legend would hide a third of the map: it starts
    // folded to its "Legend" line there, and opens on a click (or a wider window).
    const details = div.querySelector("details");
    const narrow = window.matchMedia(NARROW_MAP);
    details.open = !narrow.matches;
    narrow.addEventListener("change", (e) => { details.open = !e.matches; });
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
