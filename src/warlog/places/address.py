"""The division of an address: the Y of "X, Y" is a place mention of its own, the state,
province or country the town lies in ("Lacey, WA", "Toronto, ON", "PLEASANTON,
Calif.--"), also where spaCy put it in no place entity."""

from __future__ import annotations

from warlog.places.detect import Mention
from warlog.places.index import Gazetteer, GazetteerEntry

DIVISIONS = ("country", "admin1")


def _inside(c: GazetteerEntry, q: GazetteerEntry) -> bool:
    return q.country_code == c.country_code and (q.feature == "country" or q.admin1 == c.admin1)


def address_divisions(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """For each town named in its address form that no mention covers the qualifier of,
    the qualifier as a mention of the division it names, where the town has a namesake
    inside it: the writer names the state the town lies in, a place in its own right
    (GeoNames' state, not the town). The division read must hold one of the town's
    namesakes, so that "Smith, Jones" or "Paris, France's capital" read nothing new."""
    taken = [(m.start, m.end) for m in mentions]
    at = {(m.start, m.end): m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.adjective or not m.qualifier or not m.candidates:
            continue
        start = text.find(m.qualifier, m.end, m.end + 4 + len(m.qualifier))
        end = start + len(m.qualifier)
        if start < 0 or text[m.end : start].strip() != ",":
            continue
        quals = tuple(q for q in gaz.candidates(m.qualifier, qualifier=True)
                      if q.feature in DIVISIONS
                      and any(_inside(c, q) for c in m.candidates if c.feature == "city"))
        own = at.get((start, end))
        if quals and own is not None and not set(quals) & set(own.candidates):
            # "Moscow, Ida.": the mention of the qualifier is the division, not Ida County
            own.candidates, own.lookup = quals, m.qualifier
            own.aliased = frozenset(q.id for q in quals)
        if not quals or any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        out.append(Mention(start, end, m.qualifier, candidates=quals, lookup=m.qualifier,
                           aliased=frozenset(q.id for q in quals), evidence=True,
                           best=quals[0], confidence=0.9))
    return out
