// warlog page: the actor network (who fights, backs, belongs to or made a deal with whom),
// drawn with Cytoscape's force layout from /api/network, with the map's filters.
"use strict";

const RELATION_COLORS = {
  fights: "#c62828",
  supports: "#2e7d32",
  member_of: "#1565c0",
  agreement: "#8e24aa",
};
const RELATION_LABELS = {
  fights: "fights", supports: "supports →", member_of: "member of →", agreement: "agreement",
};
const net = { cy: null, graph: null, seq: 0 };
const netEl = (sel) => document.querySelector(sel);

function netEsc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// The map's filters that the network understands (since, until, country, actor).
function networkQuery() {
  const params = new URLSearchParams();
  const form = netEl("#filters");
  for (const key of ["since", "until", "country", "actor"]) {
    const value = form.elements[key] ? String(form.elements[key].value).trim() : "";
    if (value) params.set(key, value);
  }
  const relation = netEl("#network-relation").value;
  if (relation) params.set("relation", relation);
  return params;
}

// The status beside the relation box, and in the header in place of the map's event
// count (which would otherwise stay there, counting what the network does not show).
function networkStatus(text, isError) {
  for (const el of [netEl("#network-status"), netEl("#network-head")]) {
    el.textContent = text;
    el.className = isError ? "error" : "";
  }
}

// The map's filters the network does not apply, named so that a set one is not
// taken for applied.
function networkIgnored() {
  const form = netEl("#filters");
  const names = { type: "Type", source: "Source", q: "Text" };
  return Object.keys(names).filter((key) => form.elements[key]
    && String(form.elements[key].value).trim()).map((key) => names[key]);
}

async function loadNetwork() {
  const seq = ++net.seq;
  networkStatus("loading…");
  let body;
  try {
    const res = await fetch(`/api/network?${networkQuery()}`);
    body = await res.json().catch(() => null);
    if (!res.ok || !body || body.ok === false) {
      throw new Error(body && body.error ? body.error : `HTTP ${res.status}`);
    }
  } catch (err) {
    if (seq === net.seq) networkStatus(err.message, true);
    return;
  }
  if (seq !== net.seq) return;
  net.graph = body;
  drawNetwork(body);
  const ignored = networkIgnored();
  const note = ignored.length
    ? ` (the ${ignored.join(", ")} filter${ignored.length === 1 ? " applies" : "s apply"} to the map only)` : "";
  networkStatus(`${body.nodes.length} actor${body.nodes.length === 1 ? "" : "s"}, `
    + `${body.edges.length} relation${body.edges.length === 1 ? "" : "s"}${note}`);
}

function cytoscapeElements(graph) {
  const nodes = graph.nodes.map((n) => ({
    data: { id: n.id, label: n.name, kind: n.kind, events: n.events },
  }));
  const edges = graph.edges.map((e) => ({
    data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
            weight: e.weight, color: RELATION_COLORS[e.relation] || "#757575",
            claim: e.claimed_by ? "yes" : "no", historical: e.historical ? "yes" : "no",
            directed: ["supports", "member_of"].includes(e.relation) ? "yes" : "no" },
  }));
  return [...nodes, ...edges];
}

const NETWORK_STYLE = [
  { selector: "node", style: {
    label: "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110,
    "background-color": "#546e7a", width: "mapData(events, 0, 20, 16, 40)",
    height: "mapData(events, 0, 20, 16, 40)", color: "#222", "text-valign": "bottom",
    // a name stays readable where an edge leaves its node through it
    "text-background-color": "#fafafa", "text-background-opacity": 1,
    "text-background-padding": 1,
  } },
  { selector: "edge", style: {
    "line-color": "data(color)", "target-arrow-color": "data(color)",
    width: "mapData(weight, 1, 8, 2, 10)", "curve-style": "bezier", opacity: 0.85,
  } },
  { selector: "edge[directed = 'yes']", style: { "target-arrow-shape": "triangle" } },
  { selector: "edge[claim = 'yes']", style: { "line-style": "dashed" } },
  { selector: "edge[historical = 'yes']", style: { opacity: 0.45 } },
  { selector: ":selected", style: { "overlay-opacity": 0.2, "overlay-color": "#ff6f00" } },
];

function drawNetwork(graph) {
  const container = netEl("#network-graph");
  if (net.cy) net.cy.destroy();
  net.cy = null;
  netEl("#network-detail").innerHTML = graph.edges.length
    ? "<p class=\"hint\">Click a relation to read the sentences that show it.</p>"
    : "<p class=\"hint\">No relations match these filters.</p>";
  if (typeof cytoscape !== "function") {
    networkStatus("the graph library did not load", true);
    return;
  }
  net.cy = cytoscape({
    container, elements: cytoscapeElements(graph), style: NETWORK_STYLE,
    layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000,
              idealEdgeLength: () => 120, nodeOverlap: 20, componentSpacing: 80,
              gravity: 0.5, numIter: 2000, padding: 40 },
    maxZoom: 1.6, minZoom: 0.2, wheelSensitivity: 0.3,
  });
  net.cy.on("tap", "edge", (evt) => showEdge(evt.target.id()));
}

function edgeOf(id) {
  return net.graph ? net.graph.edges.find((e) => e.id === id) : null;
}

function nodeName(id) {
  const n = net.graph.nodes.find((x) => x.id === id);
  return n ? n.name : id;
}

function showEdge(id) {
  const e = edgeOf(id);
  if (!e) return;
  const claim = e.claimed_by
    ? `<p class="claim">A claim by <b>${netEsc(e.claimed_by)}</b>, not a fact the reports state.</p>` : "";
  const items = e.evidence.map((ev) => {
    const link = `/api/documents/${encodeURIComponent(ev.document_id)}`;
    const outside = ev.url ? ` · <a href="${netEsc(ev.url)}" rel="noreferrer">original</a>` : "";
    const hist = ev.historical ? " · <span class=\"hist\">history</span>" : "";
    return `<li><blockquote>${netEsc(ev.text)}</blockquote>
      <span class="meta">${netEsc(ev.source || "unknown outlet")} · ${netEsc(ev.published || "undated")}
      · held ${netEsc(ev.date || "?")}${hist} ·
      <a href="${link}" data-document="${netEsc(ev.document_id)}">report ${netEsc(ev.document_id)}</a>${outside}</span></li>`;
  }).join("");
  netEl("#network-detail").innerHTML = `
    <h3><span class="rel" style="background:${RELATION_COLORS[e.relation] || "#757575"}">${netEsc(RELATION_LABELS[e.relation] || e.relation)}</span>
      ${netEsc(nodeName(e.source))} — ${netEsc(nodeName(e.target))}</h3>
    <p class="meta">${e.weight} sentence${e.weight === 1 ? "" : "s"}, ${netEsc(e.first || "?")} to ${netEsc(e.last || "?")}</p>
    ${claim}<ol class="evidence">${items}</ol>`;
}

function setNetworkVisible(visible) {
  netEl("#network").hidden = !visible;
  document.body.classList.toggle("network-view", visible);
  netEl("#network-toggle").setAttribute("aria-pressed", visible ? "true" : "false");
  netEl("#network-toggle").textContent = visible ? "Map" : "Network";
  if (visible) loadNetwork();
  const hash = visible ? "#network" : "";
  if ((location.hash === "#network") !== visible) {
    history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  }
}

function drawNetworkLegend() {
  netEl("#network-legend").innerHTML = Object.entries(RELATION_COLORS).map(([rel, color]) => (
    `<li><span class="line" style="border-color:${color}"></span>${netEsc(RELATION_LABELS[rel])}</li>`
  )).join("") + "<li><span class=\"line dashed\"></span>claimed by one party</li>";
}

netEl("#network-toggle").addEventListener("click", () => setNetworkVisible(netEl("#network").hidden));
netEl("#network-relation").addEventListener("change", () => loadNetwork());
netEl("#filters").addEventListener("submit", () => { if (!netEl("#network").hidden) loadNetwork(); });
drawNetworkLegend();
if (location.hash === "#network") setNetworkVisible(true);
