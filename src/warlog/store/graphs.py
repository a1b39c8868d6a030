"""The actor network written as JSON, GraphML, GEXF or CSV (``warlog network --format``).

GraphML and GEXF are written so that Gephi, Cytoscape and networkx read them unchanged:
one node per actor (``name``, ``kind``, ``aliases`` joined by " | ", ``events``), one edge
per relation with its attributes (``relation``, ``weight``, ``first``, ``last``,
``claimed_by``, ``historical``, ``evidence``: how many sentences, ``quote``: the first of
them). The graph is directed ("supports" and "member_of" point from the supporter or the
member); a "fights" or "agreement" edge goes from the name first in alphabetical order.
Two actors may be joined by several edges (a fact and a claim, or two kinds), so every
edge has its own ``id``. CSV is one row per edge with the ends' names.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.etree import ElementTree as ET

from warlog.outfile import complete_file

FORMATS = ("json", "graphml", "gexf", "csv")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://www.gexf.net/1.2draft"

_NODE_KEYS = (("name", "string"), ("kind", "string"), ("aliases", "string"), ("events", "int"))
_EDGE_KEYS = (("relation", "string"), ("weight", "double"), ("first", "string"),
              ("last", "string"), ("claimed_by", "string"), ("historical", "boolean"),
              ("evidence", "int"), ("quote", "string"))
_GEXF_EDGE_KEYS = tuple(k for k in _EDGE_KEYS if k[0] != "weight")  # GEXF has its own weight
CSV_COLUMNS = ("source", "target", "relation", "weight", "first", "last", "claimed_by",
               "historical", "documents", "quote")


def _node_values(n: dict[str, Any]) -> dict[str, object]:
    return {"name": n["name"], "kind": n["kind"], "aliases": " | ".join(n["aliases"]),
            "events": n["events"]}


def _edge_values(e: dict[str, Any]) -> dict[str, object]:
    return {"relation": e["relation"], "weight": float(e["weight"]), "first": e["first"] or "",
            "last": e["last"] or "", "claimed_by": e["claimed_by"] or "",
            "historical": e["historical"], "evidence": len(e["evidence"]),
            "quote": e["evidence"][0]["text"] if e["evidence"] else ""}


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_graphml(graph: dict[str, Any]) -> str:
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    for scope, keys, prefix in (("node", _NODE_KEYS, "n_"), ("edge", _EDGE_KEYS, "e_")):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": prefix + name, "for": scope,
                                        "attr.name": name, "attr.type": kind})
    g = ET.SubElement(root, "graph", {"id": "warlog", "edgedefault": "directed"})
    for n in graph["nodes"]:
        el = ET.SubElement(g, "node", {"id": n["id"]})
        for k, v in _node_values(n).items():
            ET.SubElement(el, "data", {"key": "n_" + k}).text = _text(v)
    for e in graph["edges"]:
        el = ET.SubElement(g, "edge", {"id": e["id"], "source": e["source"],
                                       "target": e["target"]})
        for k, v in _edge_values(e).items():
            ET.SubElement(el, "data", {"key": "e_" + k}).text = _text(v)
    return _serialise(root)


def to_gexf(graph: dict[str, Any]) -> str:
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.2"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "warlog"
    g = ET.SubElement(root, "graph", {"mode": "static", "defaultedgetype": "directed"})
    for scope, keys in (("node", _NODE_KEYS[1:]), ("edge", _GEXF_EDGE_KEYS)):
        attrs = ET.SubElement(g, "attributes", {"class": scope})
        for i, (name, kind) in enumerate(keys):
            ET.SubElement(attrs, "attribute", {"id": str(i), "title": name,
                                               "type": "integer" if kind == "int" else kind})
    nodes = ET.SubElement(g, "nodes")
    for n in graph["nodes"]:
        el = ET.SubElement(nodes, "node", {"id": n["id"], "label": n["name"]})
        _attvalues(el, _node_values(n), _NODE_KEYS[1:])
    edges = ET.SubElement(g, "edges")
    for e in graph["edges"]:
        el = ET.SubElement(edges, "edge", {"id": e["id"], "source": e["source"],
                                           "target": e["target"], "label": e["relation"],
                                           "weight": _text(float(e["weight"]))})
        _attvalues(el, _edge_values(e), _GEXF_EDGE_KEYS)
    return _serialise(root)


def _attvalues(el: ET.Element, values: dict[str, object],
               keys: tuple[tuple[str, str], ...]) -> None:
    box = ET.SubElement(el, "attvalues")
    for i, (name, _) in enumerate(keys):
        ET.SubElement(box, "attvalue", {"for": str(i), "value": _text(values[name])})


def _serialise(root: ET.Element) -> str:
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def to_csv(graph: dict[str, Any]) -> str:
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in graph["edges"]:
        docs = sorted({ev["document_id"] for ev in e["evidence"]})
        v = _edge_values(e)
        writer.writerow([names[e["source"]], names[e["target"]], e["relation"], e["weight"],
                         e["first"] or "", e["last"] or "", e["claimed_by"] or "",
                         _text(e["historical"]), " ".join(docs), v["quote"]])
    return out.getvalue()


def render(graph: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(graph, ensure_ascii=False, indent=1) + "\n"
    writers = {"graphml": to_graphml, "gexf": to_gexf, "csv": to_csv}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](graph)


def write_graph(graph: dict[str, Any], fmt: str, output: str, bom: bool = False) -> None:
    """Write the graph to ``output`` ("-": stdout); a file appears only when complete.
    ``bom`` starts a CSV with the UTF-8 byte-order mark, for Excel (as ``warlog events
    --bom``: without it Excel garbles non-ASCII names and quotes)."""
    import sys

    if bom and fmt != "csv":
        raise ValueError(f"--bom applies to --format csv only, not {fmt}")
    text = render(graph, fmt)
    if output == "-":
        if bom:
            sys.stdout.flush()
            sys.stdout.buffer.write("\ufeff".encode())
        sys.stdout.write(text)
        return
    encoding = "utf-8-sig" if bom else "utf-8"
    with complete_file(output) as tmp, open(tmp, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
