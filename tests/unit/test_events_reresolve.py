"""A place read again in the report's country: a town's own spelling abroad is no variant."""

from __future__ import annotations

from warlog.events.places import reresolve
from warlog.models import Place
from warlog.places.index import GazetteerEntry

_HOME = GazetteerEntry(1, 101, "Tell Qarra", "city", "SY", "06", 32.6, 36.1, 90_000)
_ABROAD_TOWN = GazetteerEntry(2, 102, "Qara", "city", "ES", "51", 36.7, -3.0, 24_000)
_ABROAD_HAMLET = GazetteerEntry(3, 103, "Qara", "city", "FR", "11", 48.0, 2.0, 700)


class _Gazetteer:
    """ "Qara" is spelled exactly as a place abroad; at home only its loose key matches."""

    def __init__(self, abroad: GazetteerEntry) -> None:
        self.abroad = abroad

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        if name != "Qara":
            return ()
        return (self.abroad, _HOME) if loose else (self.abroad,)

    def admin1_name(self, cc: str, code: str) -> str | None:
        return None


def _read_abroad(entry: GazetteerEntry) -> Place:
    return Place(0, 4, "Qara", entry.name, entry.lat, entry.lon, entry.geonameid,
                 entry.feature, entry.country_code, None, 0.9)


def test_a_towns_own_spelling_abroad_is_not_a_variant_of_a_name_at_home() -> None:
    got = reresolve(_read_abroad(_ABROAD_TOWN), "SY", _Gazetteer(_ABROAD_TOWN))
    assert got.country_code == "ES"  # left as read: no loose guess at home


def test_a_hamlets_namesake_abroad_does_not_stop_the_reading_at_home() -> None:
    got = reresolve(_read_abroad(_ABROAD_HAMLET), "SY", _Gazetteer(_ABROAD_HAMLET))
    assert got.country_code == "SY" and got.name == "Tell Qarra"
