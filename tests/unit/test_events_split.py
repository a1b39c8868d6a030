"""One event per listed place: a roundup of strikes on several villages is several events."""

from __future__ import annotations

from warlog.events.split import place_list, split_by_place
from warlog.models import Event, Location, Place, Precision, Range

TEXT = ("Jets bombed Kafr Nabl, Hass and the village of Maarzita in Idlib province on "
        "Monday, killing 9. Talks were held in Geneva.")


def _place(name: str, feature: str | None = "city", lat: float | None = 35.5) -> Place:
    start = TEXT.index(name)
    lon = 36.0 + len(name) / 100 if lat is not None else None
    return Place(start, start + len(name), name, name, lat, lon,
                 hash(name) % 1000 if lat is not None else None, feature,
                 "SY" if feature != "country" else "CH", "Idlib", 0.9)


PLACES = [_place("Kafr Nabl"), _place("Hass"), _place("Maarzita", lat=None),
          _place("Idlib", "admin1", 35.8), _place("Geneva", lat=46.2)]
EVENT = Event("e", "Explosions/Remote violence", "Air/drone strike", 0.8, "2017-09-11",
              Precision.DAY, False, (),
              Location("Kafr Nabl", "Idlib", "Syria", "SY", 35.5, 36.5, 1, 1),
              Range(9, 9, 9), None, (), (), "Air/drone strike: x in Kafr Nabl on 2017-09-11.")
END = TEXT.index("Talks")


def test_events_split_finds_the_list_that_holds_the_events_place() -> None:
    run = place_list(0, END, PLACES[0], PLACES, TEXT, ())
    assert [p.text for p in run] == ["Kafr Nabl", "Hass", "Maarzita"]
    assert place_list(0, END, PLACES[4], PLACES, TEXT, ()) == []  # Geneva lists nothing


def test_events_split_one_event_per_listed_place_figure_on_the_first() -> None:
    events = split_by_place(EVENT, PLACES[0], 0, END, PLACES, TEXT, ())
    assert [e.location.name for e in events if e.location] == ["Kafr Nabl", "Hass", "Idlib"]
    assert events[0].id == "e" and len({e.id for e in events}) == 3
    assert [e.fatalities for e in events] == [Range(9, 9, 9), None, None]
    assert events[2].location is not None and events[2].location.precision == 3
    assert "in Hass on" in events[1].notes


def test_events_split_a_place_on_its_own_stays_one_event() -> None:
    alone = [PLACES[0], PLACES[3]]
    assert split_by_place(EVENT, PLACES[0], 0, END, alone, TEXT, ()) == [EVENT]
