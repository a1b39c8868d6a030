"""A town read abroad: the wrong namesake of a place in the report's own country.

A report of one country's war names its villages and neighbourhoods by bare names, and
the gazetteer may hold the name only for a town elsewhere ("Rashidiyah neighbourhood of
northern Mosul" is no town of the Emirates). When a place lies in a country the report
never names, and no place of that name lies in the report's own country, the reading
abroad is a guess the text does not support: the place is left unresolved, and the event
takes the place the report does support (the city it is part of, its province). A world
city keeps its reading: "the 2015 Paris attacks" needs no country named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warlog.models import Place
from warlog.places.context import METROPOLIS
from warlog.places.points import UNRESOLVED_METHOD


def unsupported(p: Place, country: str | None, places: Sequence[Place],
                gazetteer: object) -> Place:
    """``p``, left unresolved when it is a town of a country the report does not name
    (``p`` already failed to resolve in the report's own ``country``), in a report whose
    own country rests on a town or province it names there, not on a country's name or
    adjective alone ("likely US drones" makes no report American)."""
    lookup = getattr(gazetteer, "lookup", None)
    if (country is None or lookup is None or p.lat is None or p.feature != "city"
            or p.country_code in (None, country)):
        return p
    if not any(q.country_code == country and q.lat is not None
               and q.feature not in (None, "country") for q in places):
        return p
    known = [e.population for loose in (False, True) for e in lookup(p.text, loose=loose)
             if e.geonameid == p.geonameid]
    if max(known, default=0) >= METROPOLIS:  # known everywhere by its bare name
        return p
    return unresolved(p)


def unresolved(p: Place) -> Place:
    """The mention ``p`` with its reading taken back: a name the text gives, no place."""
    return dataclasses.replace(p, name=None, lat=None, lon=None, geonameid=None, feature=None,
                               country_code=None, admin1=None, confidence=0.0,
                               method=UNRESOLVED_METHOD)
