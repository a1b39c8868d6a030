"""The actor network in the store: relation rows written with their document, and the
graph ``warlog network`` and ``/api/network`` give back.

A node is a canonical actor; an edge joins two of them by one kind of relation, as a
fact or as one party's claim (a claim is its own edge, ``claimed_by`` set), and holds
every sentence that shows it (``evidence``), its ``weight`` the number of those sentences,
``first`` and ``last`` the dates they tell. See docs/network.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from warlog import codec
from warlog.merge.dedup import event_country
from warlog.models import AnnotatedDocument, Event, Party, Relation, RelationKind
from warlog.store.countries import country_code, resolve_country
from warlog.store.query import EventFilter, count_events

RELATION_NAMES = tuple(k.value for k in RelationKind)


@dataclass(frozen=True, slots=True)
class NetworkFilter:
    """What ``warlog network`` selects; every field optional, all given must hold."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # ISO code or name
    actor: str | None = None  # an end's name or alias, whole and case-insensitive
    relation: str | None = None  # fights | supports | member_of | agreement

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")
        if self.country is not None:
            resolve_country(self.country)  # an unknown name would match nothing, silently
        if self.relation is not None and self.relation not in RELATION_NAMES:
            raise ValueError(f"unknown relation {self.relation!r}; "
                             f"choose one of {', '.join(RELATION_NAMES)}")


def relation_rows(ad: AnnotatedDocument) -> list[tuple[object, ...]]:
    """The ``relations`` rows of one annotated document."""
    doc_country = _main_country(ad.events)
    rows: list[tuple[object, ...]] = []
    for r in ad.relations:
        days = _days(r.date)
        country = _sentence_country(r, ad.events) or doc_country
        rows.append((f"{ad.document.id}:{r.id}", ad.document.id, r.relation.value,
                     r.source.name, r.target.name, r.claimed_by, r.date,
                     days[0] if days else None, days[1] if days else None, int(r.historical),
                     country, r.evidence.start, r.evidence.end, r.evidence.text,
                     codec.dumps(r)))
    return rows


def insert_relations(conn: sqlite3.Connection, ad: AnnotatedDocument) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO relations (key, document_id, relation, source, target, "
        "claimed_by, date, day_first, day_last, historical, country_code, start, end, text, "
        "record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", relation_rows(ad))
    conn.execute("UPDATE documents SET relations_read = 1 WHERE id = ?", (ad.document.id,))


def _main_country(events: Sequence[Event]) -> str | None:
    found = Counter(c for e in events if (c := event_country(e)))
    return found.most_common(1)[0][0] if found else None


def _sentence_country(r: Relation, events: Sequence[Event]) -> str | None:
    for e in events:
        if any(ev.start < r.evidence.end and r.evidence.start < ev.end for ev in e.evidence):
            return event_country(e)
    return None


def _days(value: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1).toordinal(), dt.date(int(value), 12, 31).toordinal()
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1).toordinal(), nxt.toordinal() - 1
        day = dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
    return day, day


# --- reading the graph back ---------------------------------------------------------------


@dataclass
class _Edge:
    source: str
    target: str
    relation: str
    claimed_by: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)


def _where(flt: NetworkFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.since is not None:
        clauses.append("(r.day_last IS NULL OR r.day_last >= ?)")
        params.append(flt.since.toordinal())
    if flt.until is not None:
        clauses.append("(r.day_first IS NULL OR r.day_first <= ?)")
        params.append(flt.until.toordinal())
    if flt.country:
        clauses.append("r.country_code = ?")
        params.append(country_code(flt.country) or flt.country.strip().upper())
    if flt.relation:
        clauses.append("r.relation = ?")
        params.append(flt.relation)
    return (" AND ".join(clauses) or "1"), params


def _named(party: Party, actor: str) -> bool:
    want = actor.casefold().strip()
    return any(n.casefold() == want for n in (party.name, *party.aliases))


def select_relations(conn: sqlite3.Connection, flt: NetworkFilter
                     ) -> list[tuple[Relation, str, str | None, str | None, str | None]]:
    """(relation, document id, outlet, published, url) of every relation ``flt`` keeps."""
    where, params = _where(flt)
    sql = ("SELECT r.record, r.document_id, d.source, d.published, d.url FROM relations r "
           f"JOIN documents d ON d.id = r.document_id WHERE {where} "
           "ORDER BY r.day_first, r.document_id, r.start")
    out = []
    for record, doc_id, source, published, url in conn.execute(sql, params):
        rel = codec.loads(Relation, record)
        if flt.actor and not (_named(rel.source, flt.actor) or _named(rel.target, flt.actor)):
            continue
        out.append((rel, doc_id, source, published, url))
    return out


def node_id(name: str) -> str:
    return "a" + hashlib.sha1(name.encode()).hexdigest()[:10]


def build_graph(conn: sqlite3.Connection, flt: NetworkFilter) -> dict[str, Any]:
    """The network as ``{"nodes": [...], "edges": [...]}`` (docs/network.md)."""
    nodes: dict[str, Party] = {}
    edges: dict[tuple[str, str, str, str | None], _Edge] = {}
    for rel, doc_id, source, published, url in select_relations(conn, flt):
        for p in (rel.source, rel.target):
            nodes.setdefault(p.name, p)
        key = (rel.source.name, rel.target.name, rel.relation.value, rel.claimed_by)
        edge = edges.setdefault(key, _Edge(*key))
        edge.evidence.append({
            "document_id": doc_id, "start": rel.evidence.start, "end": rel.evidence.end,
            "text": rel.evidence.text, "source": source, "published": published,
            "date": rel.date, "historical": rel.historical, "cue": rel.cue, "url": url,
        })
    return {"nodes": [_node(conn, p, flt) for p in sorted(nodes.values(), key=_by_name)],
            "edges": [_edge_json(e) for e in edges.values()]}


def _by_name(p: Party) -> str:
    return p.name.casefold()


def _node(conn: sqlite3.Connection, p: Party, flt: NetworkFilter) -> dict[str, Any]:
    events = count_events(conn, EventFilter(since=flt.since, until=flt.until,
                                            country=flt.country, actor=p.name,
                                            historical=None))
    return {"id": node_id(p.name), "name": p.name, "aliases": list(p.aliases),
            "kind": p.kind.value, "events": events}


def _edge_json(e: _Edge) -> dict[str, Any]:
    dates = sorted(d for ev in e.evidence if (d := ev["date"] or ev["published"]))
    return {
        "id": "e" + hashlib.sha1(repr((e.source, e.target, e.relation, e.claimed_by))
                                 .encode()).hexdigest()[:10],
        "source": node_id(e.source), "target": node_id(e.target), "relation": e.relation,
        "weight": len(e.evidence), "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None, "claimed_by": e.claimed_by,
        "historical": all(ev["historical"] for ev in e.evidence),
        "evidence": e.evidence,
    }


def relations_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM relations").fetchone()[0])


def unread_documents(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Which of the documents ``ids`` are stored but not yet read for relations."""
    return {i for i in ids if conn.execute(
        "SELECT 1 FROM documents WHERE id = ? AND relations_read = 0", (i,)).fetchone()}
