"""A place told as part of another ("X neighbourhood of Y", "X village, Y township") is read
near the place that holds it, or left unresolved."""

from __future__ import annotations

import pytest

from warlog.events.partof import parts_in_wholes
from warlog.models import Place
from warlog.places.index import GazetteerEntry


class _Gazetteer:
    """Namesakes of two village names: one far off, one near the town that holds it."""

    def __init__(self) -> None:
        self.towns = {
            "Rashidiya": (GazetteerEntry(1, 101, "Ar Rashidiyah", "city", "AE", "03", 25.2,
                                         55.4, 20_000),),
            "Kone": (GazetteerEntry(2, 102, "Kone", "city", "MM", "10", 26.0, 95.7, 5_000),
                     GazetteerEntry(3, 103, "Kone", "city", "MM", "10", 22.7, 95.6, 900)),
        }

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        return self.towns.get(name, ())


def _at(text: str, doc: str, cc: str, gid: int, lat: float, lon: float,
        nth: int = 0, conf: float = 0.95) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = doc.index(text, start + 1)
    return Place(start, start + len(text), text, text, lat, lon, gid, "city", cc, None, conf)


def test_events_a_neighbourhood_read_far_from_its_city_is_left_unresolved() -> None:
    doc = "A drone hit a crowd in Rashidiya neighborhood (Hadbaa district) of northern Mosul."
    town = _at("Rashidiya", doc, "AE", 101, 25.2, 55.4)
    mosul = _at("Mosul", doc, "IQ", 99072, 36.3, 43.1)
    got = parts_in_wholes([town, mosul], doc, _Gazetteer())
    assert got[0].lat is None and got[0].text == "Rashidiya"
    assert got[1] == mosul


def test_events_a_village_takes_its_namesake_near_its_township_at_every_mention() -> None:
    doc = "In Kone village, Shwebo township, forces shelled a camp in Kone village at night."
    far = _at("Kone", doc, "MM", 102, 26.0, 95.7)
    again = _at("Kone", doc, "MM", 102, 26.0, 95.7, nth=1)
    shwebo = _at("Shwebo", doc, "MM", 1296736, 22.57, 95.70)
    got = parts_in_wholes([far, shwebo, again], doc, _Gazetteer())
    assert (got[0].geonameid, got[2].geonameid) == (103, 103)
    assert (got[0].start, got[2].start) == (far.start, again.start)


def test_events_places_near_their_whole_or_merely_listed_keep_their_reading() -> None:
    doc = "Strikes hit Kone village of Shwebo township, and Rashidiya, Mosul and Erbil."
    near = _at("Kone", doc, "MM", 103, 22.7, 95.6)
    shwebo = _at("Shwebo", doc, "MM", 1296736, 22.57, 95.70)
    town = _at("Rashidiya", doc, "AE", 101, 25.2, 55.4)
    mosul = _at("Mosul", doc, "IQ", 99072, 36.3, 43.1)
    places = [near, shwebo, town, mosul]
    assert parts_in_wholes(places, doc, _Gazetteer()) == tuple(places)


class _Provinces(_Gazetteer):
    """Also a province named after its capital."""

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        if name == "Homs":
            return (GazetteerEntry(9, 109, "Homs", "admin1", "SY", "11", 34.6, 37.3, 1_000_000),)
        return super().lookup(name, loose)


def test_events_a_part_of_a_town_named_like_its_province_need_only_lie_in_the_province() -> None:
    doc = "Jets struck Palmyra in Homs, and Rashidiya neighbourhood of Homs."
    palmyra = Place(doc.index("Palmyra"), doc.index("Palmyra") + 7, "Palmyra", "Tadmur",
                    34.56, 38.27, 170592, "city", "SY", "Homs", 0.95)
    homs = Place(doc.index("Homs"), doc.index("Homs") + 4, "Homs", "Homs", 34.73, 36.72,
                 169577, "city", "SY", "Homs", 0.95)
    again = Place(doc.rindex("Homs"), doc.rindex("Homs") + 4, "Homs", "Homs", 34.73, 36.72,
                  169577, "city", "SY", "Homs", 0.95)
    town = _at("Rashidiya", doc, "AE", 101, 25.2, 55.4)
    got = parts_in_wholes([palmyra, homs, town, again], doc, _Provinces())
    assert got[0] == palmyra  # 140 km off Homs city, inside Homs province
    assert got[2].lat is None  # another country


def test_events_partof_whole_looks_only_at_places_just_after_the_part(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a whole is named within 70 characters after its part: the places further on (here
    # a long roundup of towns) are never weighed as the part's whole
    from warlog.events import partof

    towns = " ".join(f"Town{i}," for i in range(40))
    doc = f"A drone hit Rashidiya neighborhood of northern Mosul. Also shelled: {towns} all."
    part = _at("Rashidiya", doc, "AE", 101, 25.2, 55.4)
    mosul = _at("Mosul", doc, "IQ", 99072, 36.3, 43.1)
    rest = [_at(f"Town{i},", doc, "IQ", 500 + i, 36.0, 43.0) for i in range(40)]
    places = sorted([part, mosul, *rest], key=lambda q: q.start)
    weighed: list[Place] = []

    def rank(q: Place) -> int:
        weighed.append(q)
        return 4

    monkeypatch.setattr(partof, "place_rank", rank)
    assert partof._whole(part, places, [q.start for q in places], doc) == mosul
    assert weighed == [mosul]
