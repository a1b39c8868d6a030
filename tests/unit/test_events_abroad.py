"""A town read abroad, in a country the report never names, is a wrong namesake."""

from __future__ import annotations

from warlog.events.abroad import unsupported
from warlog.models import Place
from warlog.places.index import GazetteerEntry


class _Gazetteer:
    """Two namesakes abroad: a small town and a world city."""

    def __init__(self) -> None:
        self.towns = {
            "Rashidiya": GazetteerEntry(1, 101, "Ar Rashidiyah", "city", "AE", "03", 25.2,
                                        55.4, 20_000),
            "Paris": GazetteerEntry(2, 102, "Paris", "city", "FR", "11", 48.85, 2.35,
                                    2_100_000),
        }

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        e = self.towns.get(name)
        return (e,) if e is not None else ()


def _place(text: str, cc: str, gid: int, feature: str = "city") -> Place:
    return Place(0, len(text), text, text, 1.0, 1.0, gid, feature, cc, None, 0.9)


def test_events_a_small_town_abroad_in_a_report_of_another_country_is_left_unresolved() -> None:
    gaz = _Gazetteer()
    mosul = _place("Mosul", "IQ", 99072)
    town = _place("Rashidiya", "AE", 101)
    got = unsupported(town, "IQ", [mosul, town], gaz)
    assert got.lat is None and got.country_code is None and got.text == "Rashidiya"


def test_events_a_world_city_or_a_report_without_a_town_of_its_own_keeps_the_reading() -> None:
    gaz = _Gazetteer()
    mosul = _place("Mosul", "IQ", 99072)
    paris = _place("Paris", "FR", 102)
    assert unsupported(paris, "IQ", [mosul, paris], gaz) == paris
    # a report whose country rests on a country's name alone ("likely US drones")
    town = _place("Rashidiya", "AE", 101)
    us = _place("US", "US", 6252001, feature="country")
    assert unsupported(town, "US", [us, town], gaz) == town
