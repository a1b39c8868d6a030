"""What a correction's text needs looked up: a place name in the gazetteer (or the town
nearest a ``lat,lon``), an actor's kind in the actor dictionary. Each is loaded on first
use, so a correction of a count opens neither."""

from __future__ import annotations

import functools
import re

from warlog import acled
from warlog.actors.dictionary import ActorDictionary, load_actor_dictionary
from warlog.config import Settings
from warlog.models import ActorKind, Location
from warlog.places.index import Gazetteer, GazetteerEntry

_AT = re.compile(r"^@(-?[\d.]+),(-?[\d.]+)$")
_PRECISION = {"country": 3, "admin1": 3, "region": 3, "continent": 3, "admin2": 2}


class Resolvers:
    """``place(text)`` and ``kind(name)`` for :func:`warlog.corrections.parse_value`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        from warlog.places.load import load_gazetteer

        return load_gazetteer(self.settings)

    @functools.cached_property
    def actors(self) -> ActorDictionary:
        return load_actor_dictionary(self.settings)

    @functools.cached_property
    def _kinds(self) -> dict[str, ActorKind]:
        out: dict[str, ActorKind] = {}
        for a in self.actors.actors:
            for name in (*a.aliases, a.name):
                out[name.casefold()] = a.kind
        return out

    def kind(self, name: str) -> ActorKind | None:
        """The dictionary's kind for an actor name or alias (any case)."""
        return self._kinds.get(name.casefold())

    def place(self, text: str) -> Location | None:
        """A place name's likeliest gazetteer entry; ``@lat,lon``: the nearest town."""
        m = _AT.match(text)
        if m:
            return self._at(float(m.group(1)), float(m.group(2)))
        entry = self.gazetteer.resolve(text)
        return None if entry is None else self._location(entry)

    def _location(self, e: GazetteerEntry) -> Location:
        g = self.gazetteer
        admin1 = g.admin1_name(e.country_code, e.admin1) if e.admin1 else None
        return Location(e.name, admin1, g.country_name(e.country_code), e.country_code,
                        e.lat, e.lon, e.geonameid, _PRECISION.get(e.feature, 1))

    def _at(self, lat: float, lon: float) -> Location:
        town = acled.nearest_town(lat, lon)
        if town is None:
            return Location(None, None, None, None, lat, lon, None, 1)
        return Location(town.name, town.admin1 or None, _country_name(town.country_code),
                        town.country_code, lat, lon, None, 1)


def _country_name(cc: str) -> str | None:
    import pycountry

    found = pycountry.countries.get(alpha_2=cc)
    return str(found.name) if found else None
