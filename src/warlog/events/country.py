"""The report's country: where most of its places lie, and a place looked up again in it.

A country named as a modifier ("US drones"), across a border ("the border with
Tajikistan") or inside an actor's name ("Islamic Resistance in Iraq") tells an actor's
origin, not where the report is; a place resolved abroad is found again at home, keeping
its province. Split from :mod:`warlog.events.places`, which re-exports these names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.events import misnamed as mn
from warlog.events.located import is_demonym
from warlog.events.misnamed import names_a_state
from warlog.models import ActorMention, Place
from warlog.places.index import WELL_KNOWN
from warlog.places.points import SUFFIX_RX


def in_actor_name(p: Place, actors: Sequence[ActorMention]) -> bool:
    """Whether ``p`` is part of an actor's name ("Islamic Resistance in Iraq")."""
    return any(a.start <= p.start and p.end <= a.end for a in actors)


# a country named as a modifier ("US drones", "US-operated", "United States military
# forces"): the actor's origin, not where things happen
_MODIFIER_RX = re.compile(
    r"(?:-[a-z]|\s+(?!(?:and|or|in|on|at|of|for|to|by|with|from|as|is|was|were|are|has|had|"
    r"have|said|says|claimed|denied|refuted|which|that|who|after|since|but|the|a|an|its|"
    r"their|province|region|state)\b)[a-z])"
)


_BORDER_BEFORE_RX = re.compile(r"\b(?:borders?\s+(?:with|of)\s+(?:the\s+)?|near\s+)$", re.I)
_BORDER_AFTER_RX = re.compile(r"\s+border")  # not "the Yemen-Saudi border": both sides


def is_border(p: Place, text: str) -> bool:
    """A country named as the far side of a border ("on the border with Tajikistan", "near
    the Afghan border", "near Lebanon": one is not near the country one is in)."""
    return (p.feature or "") == "country" and bool(
        _BORDER_BEFORE_RX.search(text[max(0, p.start - 25) : p.start])
        or _BORDER_AFTER_RX.match(text, p.end)
    )


def is_modifier(p: Place, text: str) -> bool:
    """A country named as a modifier of a noun ("US drones", "US-operated")."""
    return (p.feature or "") == "country" and _MODIFIER_RX.match(text, p.end) is not None


def dominant_country(
    places: Sequence[Place], text: str | None = None, actors: Sequence[ActorMention] = ()
) -> str | None:
    """The country most of the document's resolved places lie in (countries count double,
    provinces one and a half: a province's name is rarely a namesake abroad, a town's often
    is; each place by its confidence); with the text, a country named as a modifier ("US
    drones") or inside an actor's name ("Islamic Resistance in Iraq") weighs less than any
    place named as such (an actor's origin does not pull the report's places abroad), a
    firm's name ("Chinese-owned Wanbao mining company") not at all."""
    votes: dict[str, float] = {}
    for p in places:
        firm = text is not None and mn.names_a_firm(p, text)  # "Wanbao mining company": no place
        if p.country_code and p.lat is not None and not is_demonym(p) and not firm:
            w = {"country": 2.0, "admin1": 1.5}.get(p.feature or "", 1.0)
            if text is not None and (
                is_modifier(p, text)
                or is_border(p, text)
                or in_actor_name(p, actors)
                or names_a_state(p, text)  # "fighters from Chechnya", "Russia's crimes"
            ):
                w = 0.5  # an actor's origin: less than any place named as such
            votes[p.country_code] = votes.get(p.country_code, 0.0) + w * max(p.confidence, 0.1)
    return max(votes, key=lambda c: votes[c]) if votes else None


def admin1_of(gazetteer: object, cc: str | None, code: str | None) -> str | None:
    """The name of a gazetteer entry's first-level division (its province), so that a
    place found again in the report's country still carries its governorate."""
    name_of = getattr(gazetteer, "admin1_name", None)
    if name_of is None or not cc or not code:
        return None
    name: str | None = name_of(cc, code)
    return name


def reresolve(p: Place, country: str | None, gazetteer: object) -> Place:
    """Resolve ``p`` again inside ``country`` when it is unresolved or lies elsewhere."""
    lookup = getattr(gazetteer, "lookup", None)
    if country is None or lookup is None or (p.lat is not None and p.country_code == country):
        return p
    for name in dict.fromkeys((p.text, SUFFIX_RX.sub("", p.text))):
        exact = lookup(name)  # a town's own spelling abroad is no variant at home ("Adra")
        own = any(e.population >= WELL_KNOWN for e in exact)
        for loose in (False,) if own else (False, True):
            hits = [e for e in (lookup(name, loose=True) if loose else exact)
                    if e.country_code == country and e.feature not in ("continent", "water")]
            if hits:
                e = hits[0]
                return Place(
                    p.start,
                    p.end,
                    p.text,
                    e.name,
                    e.lat,
                    e.lon,
                    e.geonameid,
                    e.feature,
                    e.country_code,
                    admin1_of(gazetteer, e.country_code, e.admin1),
                    min(p.confidence, 0.6),
                    "events.reresolve.v1",
                )
    return p
