"""A province told by name ("the southern province of Hasra") is the province however the
gazetteer ranks the name (often its chief town): the villages listed in its sentence are
each an event, placed at it and told apart from one another."""

from __future__ import annotations

from warlog.events.split import split_by_place
from warlog.models import Event, Location, Place, Precision

TEXT = ("In the countryside of the southern province of Hasra army units shelled gatherings "
        "of militants around Tal Abyad Tal Warda on Monday.")


def _place(name: str, lat: float | None, feature: str | None = "city",
           text: str = TEXT) -> Place:
    start = text.index(name)
    return Place(start, start + len(name), name, name, lat, 36.0 if lat is not None else None,
                 4242 if lat is not None else None, feature, "SY", "Hasra", 0.9)


HASRA = _place("Hasra", 33.1)
PLACES = [HASRA, _place("Tal Abyad", None, None), _place("Tal Warda", None, None)]
EVENT = Event("e", "Battles", "Armed clash", 0.8, "2014-09-08", Precision.DAY, False, (),
              Location("Hasra", "Hasra", "Syria", "SY", 33.1, 36.0, 4242, 1), None, None,
              (), (), "Armed clash: x in Hasra on 2014-09-08.")


def test_events_split_villages_of_a_province_told_by_name() -> None:
    events = split_by_place(EVENT, HASRA, 0, len(TEXT), PLACES, TEXT, ())
    assert [e.location.name for e in events if e.location] == ["Tal Abyad", "Tal Warda"]
    # placed at the province's point, neither takes the chief town's GeoNames id: two
    # villages, not one place told twice
    assert all(e.location is not None and e.location.precision == 3
               and e.location.geonameid is None for e in events)


def test_events_split_a_town_not_told_as_a_province_keeps_its_event() -> None:
    text = TEXT.replace("southern province of Hasra", "southern town of Hasra")
    town = _place("Hasra", 33.1, text=text)
    places = [town, _place("Tal Abyad", None, None, text), _place("Tal Warda", None, None, text)]
    assert split_by_place(EVENT, town, 0, len(text), places, text, ()) == [EVENT]
