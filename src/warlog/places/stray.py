"""Small towns placed far from a local report's home area.

A local report is written for readers of one area, and its places cluster there: the
main town it names most and the towns and counties around it. A small town's name that
the writer leaves unqualified ("Lindale", "Shannon") is, in such a report, a place of
that area, the one the writer's readers know; when the index's only namesakes of the
name lie hundreds of kilometres from every other place of the report, the one chosen
is most often a namesake of a village the index lacks (GeoNames' population-500 list
misses many), not a far town the report would have qualified ("Lindale, Texas"). Such
a mention is put at the report's home, as an unknown name with some sign of being a
place is (:func:`warlog.places.record.to_place`: beside the town named with it, else
at the main town), flagged with the nearby method and the least confidence.

Only in a report that has a home area (its main town and at least one other place of
another name within ``HOME_KM`` of it): a report whose places are scattered (health
news from several countries, a wire story) has no area its small towns belong to. Not
a town the writer qualified ("Dalton, Ga.") or set in a county the text names: the
writer's own pointer stands. Not a town of ``SMALL_TOWN`` people or more, which a
report names for itself, nor a name in capitals (a dateline's, or an abbreviation that
is no point of its own).
"""

from __future__ import annotations

from collections import Counter

from warlog.geo import haversine_km
from warlog.places.context import mention_name
from warlog.places.counties import in_named_county
from warlog.places.index import GazetteerEntry
from warlog.places.mention import Mention

SMALL_TOWN = 10_000  # people: a village or small town, known to the readers of its area
HOME_KM = 150.0  # the area a local paper is written for, around its main town
FAR_KM = 500.0  # well outside that area: a namesake in another region altogether
TOWNS = ("city", "admin2")


def _towns(mentions: list[Mention]) -> list[tuple[str, GazetteerEntry]]:
    """The towns and counties the mentions resolved to, with each mention's name key."""
    return [(mention_name(m), m.best) for m in mentions
            if m.best is not None and not m.adjective and not m.partial
            and m.best.feature in TOWNS]


def _home(name: str, towns: list[tuple[str, GazetteerEntry]]) -> GazetteerEntry | None:
    """The report's main town as seen without ``name`` (the most mentioned of the other
    towns), when at least one place of another name lies within ``HOME_KM`` of it."""
    others = [(n, t) for n, t in towns if n != name]
    counts = Counter(t.id for n, t in others if t.feature == "city")
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    home = next(t for _, t in others if t.id == top)
    around = {n for n, t in others
              if haversine_km(home.lat, home.lon, t.lat, t.lon) <= HOME_KM}
    return home if len(around) >= 2 else None


def stray(mentions: list[Mention], counties: frozenset[str]) -> list[Mention]:
    """The mentions of small towns lying more than ``FAR_KM`` from every other town or
    county of a report that has a home area (see the module docstring)."""
    towns = _towns(mentions)
    out: list[Mention] = []
    for m in mentions:
        b = m.best
        if (b is None or m.adjective or m.qualifier or b.feature != "city" or m.text.isupper()
                or b.population >= SMALL_TOWN or in_named_county(b, m.lookup, counties)):
            continue
        name = mention_name(m)
        home = _home(name, towns)
        if home is None:
            continue
        if all(haversine_km(b.lat, b.lon, t.lat, t.lon) > FAR_KM
               for n, t in towns if n != name):
            out.append(m)
    return out
