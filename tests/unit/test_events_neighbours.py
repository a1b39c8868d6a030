"""A town resolved far from the town it is said to be close to is a namesake
(`events/neighbours.py`). Invented names and points."""

from __future__ import annotations

from warlog.events.neighbours import far_from_neighbour
from warlog.models import Place


def _at(text: str, word: str, feature: str, lat: float, lon: float) -> Place:
    start = text.index(word)
    return Place(start, start + len(word), word, word, lat, lon, None, feature, "ZZ", None, 0.8)


def test_events_neighbours_a_town_far_from_what_it_is_close_to_is_unresolved() -> None:
    """ "in Vorna, close to the port of Tamsk": Vorna read 800 km away is a namesake; the
    event then takes Tamsk."""
    text = "A drone crashed at an oil tank in Vorna, close to the port of Tamsk."
    places = [_at(text, "Vorna", "city", 52.8, 37.7), _at(text, "Tamsk", "city", 45.2, 36.7)]
    got = far_from_neighbour(places, text)
    assert [(p.text, p.lat) for p in got] == [("Vorna", None), ("Tamsk", 45.2)]


def test_events_neighbours_a_town_near_what_it_is_close_to_is_kept() -> None:
    text = "A drone crashed at an oil tank in Vorna, close to the port of Tamsk."
    places = [_at(text, "Vorna", "city", 45.3, 36.9), _at(text, "Tamsk", "city", 45.2, 36.7)]
    assert far_from_neighbour(places, text) == tuple(places)


def test_events_neighbours_an_address_in_brackets_or_a_list_sets_no_neighbour() -> None:
    """A bracketed address names districts, read as their chief towns, which may lie far
    from the village ("Ye township (Mawlamyine district, Mon state)"); a list of towns
    ("Kessa, Dalmora and Tamsk") names towns apart."""
    for text in ("Drones hit Vorna township (Tamsk district, Oskar state) on Monday.",
                 "Drones hit Vorna, Tamsk and Kell on Monday."):
        places = [_at(text, "Vorna", "city", 52.8, 37.7), _at(text, "Tamsk", "city", 45.2, 36.7)]
        assert far_from_neighbour(places, text) == tuple(places)


def test_events_neighbours_a_quarter_read_far_from_its_town_is_a_namesake() -> None:
    """ "the Norva neighbourhood of Tamsk": a quarter lies in its town; Norva read 300 km
    away is a namesake town, and the event takes Tamsk."""
    for part in ("neighbourhood", "district", "suburb"):
        text = f"Rockets hit a school in the Norva {part} of Tamsk on Thursday."
        places = [_at(text, "Norva", "city", 32.7, 36.6), _at(text, "Tamsk", "city", 36.2, 37.2)]
        got = far_from_neighbour(places, text)
        assert [(p.text, p.lat) for p in got] == [("Norva", None), ("Tamsk", 36.2)]
