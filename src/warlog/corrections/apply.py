"""Lay analysts' corrections over canonical events freshly made by dedup.

Order: merges and splits first (they decide which reports form an event; the changed
events are rebuilt by :func:`warlog.merge.consensus.build_canonical`), then deletions,
restorations and field values, each in the order they were made, so the latest wins.

A merge joins every event holding one of its reports; a split takes its one report out
of its event into an event of its own; any other correction goes to the event holding
most of its reports (ties: the smaller id); when none of its reports is stored any more
(a rule change gave them new event ids), to the one event holding most reports of their
documents, unless two tie. A correction none of whose reports or documents is among the
events is left for later (its reports may be ingested afterwards).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence

from warlog.corrections.values import Correction, set_field
from warlog.merge.consensus import build_canonical
from warlog.merge.dedup import member_key
from warlog.models import CanonicalEvent, SourcedEvent

_STRUCTURAL = ("merge", "split")


def _order(c: Correction) -> tuple[str, str]:
    return (c.at, c.id)


class _Clusters:
    """Events as groups of reports, some marked for a rebuild."""

    def __init__(self, events: Iterable[CanonicalEvent]) -> None:
        self.groups: dict[int, list[SourcedEvent]] = {}
        self.events: dict[int, CanonicalEvent] = {}
        self.where: dict[str, int] = {}
        self.marks: dict[int, list[str]] = {}
        for n, ev in enumerate(events):
            self.groups[n], self.events[n] = list(ev.members), ev
            self.where.update({member_key(m): n for m in ev.members})
        self.next = len(self.groups)

    def merge(self, keys: Sequence[str]) -> None:
        ids = sorted({self.where[k] for k in keys if k in self.where})
        if len(ids) < 2:
            return
        into = ids[0]
        for other in ids[1:]:
            for m in self.groups.pop(other):
                self.groups[into].append(m)
                self.where[member_key(m)] = into
            self.events.pop(other, None)
            self.marks.setdefault(into, []).extend(self.marks.pop(other, []))
        self.events.pop(into, None)
        self.marks.setdefault(into, []).append("merged")

    def split(self, key: str) -> None:
        n = self.where.get(key)
        if n is None or len(self.groups[n]) < 2:
            return
        report = next(m for m in self.groups[n] if member_key(m) == key)
        self.groups[n].remove(report)
        self.events.pop(n, None)
        self.marks.setdefault(n, []).append("split")
        self.groups[self.next], self.where[key] = [report], self.next
        self.marks[self.next] = ["split"]
        self.next += 1

    def built(self) -> dict[int, CanonicalEvent]:
        for n, members in self.groups.items():
            if n not in self.events:
                self.events[n] = build_canonical(members)
        return self.events

    def target(self, keys: Sequence[str]) -> int | None:
        """The event holding most of ``keys``; with none of them (a rule change gave
        the reports new event ids), the one event holding most of their documents'
        reports, if one clearly does (a tie is left alone)."""
        counts: dict[int, int] = {}
        for k in keys:
            if k in self.where:
                counts[self.where[k]] = counts.get(self.where[k], 0) + 1
        if counts:
            return min(counts, key=lambda n: (-counts[n], self.events[n].id))
        docs = {k.split(":", 1)[0] for k in keys}
        for n, members in self.groups.items():
            hits = sum(m.document_id in docs for m in members)
            if hits:
                counts[n] = hits
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return max(counts, key=lambda n: counts[n])


def apply_corrections(events: Iterable[CanonicalEvent], corrections: Iterable[Correction],
                      ) -> list[tuple[CanonicalEvent, CanonicalEvent | None]]:
    """Each event as corrected, with the automation's version of it (None where no
    correction touched it), sorted by id."""
    todo = sorted(corrections, key=_order)
    clusters = _Clusters(events)
    for c in todo:
        if c.kind == "merge":
            clusters.merge(c.reports)
        elif c.kind == "split" and c.reports:
            clusters.split(c.reports[0])
    built = clusters.built()
    auto = {n: built[n] for n in clusters.marks}
    done = dict(built)
    for c in todo:
        if c.kind in _STRUCTURAL:
            continue
        n = clusters.target(c.reports)
        if n is None:
            continue
        auto.setdefault(n, built[n])
        done[n] = _apply_one(done[n], c)
    out = []
    for n, ev in done.items():
        if n in auto:
            marks = [*ev.reviewed, *clusters.marks.get(n, [])]
            ev = dataclasses.replace(ev, reviewed=tuple(dict.fromkeys(marks)))
        out.append((ev, auto.get(n)))
    return sorted(out, key=lambda pair: pair[0].id)


def _apply_one(ev: CanonicalEvent, c: Correction) -> CanonicalEvent:
    if c.kind == "delete":
        return dataclasses.replace(ev, deleted=True, reviewed=(*ev.reviewed, "deleted"))
    if c.kind == "restore":
        return dataclasses.replace(ev, deleted=False, reviewed=(*ev.reviewed, "restored"))
    if c.kind == "set" and c.field:
        value = json.loads(c.new_value) if c.new_value is not None else None
        out = set_field(ev, c.field, value)
        return dataclasses.replace(out, reviewed=(*ev.reviewed, c.field))
    return ev
