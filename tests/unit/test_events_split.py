"""One event per listed place: a roundup of strikes on several villages is several events."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import spacy
from spacy.tokens import Doc, Span

from warlog.events.listed import listed_names
from warlog.events.split import place_list, split_by_place, split_listed
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
    # the village the gazetteer lacks is named as the text names it, at its governorate
    assert [e.location.name for e in events if e.location] == ["Kafr Nabl", "Hass", "Maarzita"]
    assert events[0].id == "e" and len({e.id for e in events}) == 3
    assert [e.fatalities for e in events] == [Range(9, 9, 9), None, None]
    assert events[2].location is not None and events[2].location.precision == 3
    assert "in Hass on" in events[1].notes


def test_events_split_a_place_on_its_own_stays_one_event() -> None:
    alone = [PLACES[0], PLACES[3]]
    assert split_by_place(EVENT, PLACES[0], 0, END, alone, TEXT, ()) == [EVENT]


# --- names the places stage missed, in a list that lost its commas --------------------

ROUNDUP = ("Army units killed terrorists in Sarmin Kafr Ruma Tal Adas Tal Sukar and "
           "Jabal Zawiya in Idleb countryside after fighters came from Binnish.")


@dataclasses.dataclass(frozen=True)
class _Entry:
    name: str
    feature: str
    lat: float
    lon: float
    country_code: str = "SY"
    admin1: str = "12"
    geonameid: int | None = 1
    population: int = 0


class _Gazetteer:
    """Knows three towns and the governorate; the hills and the mountain it lacks."""

    known: ClassVar[dict[str, _Entry]] = {"sarmin": _Entry("Sarmin", "city", 35.9, 36.7),
             "kafr ruma": _Entry("Kafr Ruma", "city", 35.6, 36.6),
             "idleb": _Entry("Idlib", "city", 35.93, 36.63),
             "binnish": _Entry("Binnish", "city", 35.95, 36.71),
             # a town named "Tal": a generic head alone never names a place of the list
             "tal": _Entry("At Tall", "city", 33.6, 36.3)}

    def lookup(self, name: str, loose: bool = False) -> tuple[_Entry, ...]:
        hit = self.known.get(name.casefold())
        return (hit,) if hit else ()

    def admin1(self, cc: str, code: str) -> _Entry:
        return _Entry("Idlib", "admin1", 35.8, 36.6)

    def admin1_name(self, cc: str, code: str) -> str:
        return "Idlib"


def _roundup_sentence() -> Span:
    words = [*ROUNDUP.rstrip(".").split(" "), "."]
    pos = ["PROPN" if w[0].isupper() and w not in ("Army",) else "NOUN" for w in words]
    spaces = [True] * (len(words) - 2) + [False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)
    assert doc.text == ROUNDUP
    return doc[:]


def test_events_listed_names_cut_a_run_into_known_towns_and_unknown_hills() -> None:
    found = listed_names(_roundup_sentence(), (), (), "SY", _Gazetteer())
    assert [(p.text, p.lat is not None) for p in found] == [
        ("Sarmin", True), ("Kafr Ruma", True), ("Tal Adas", False), ("Tal Sukar", False),
        ("Jabal Zawiya", False), ("Idleb", True)]
    assert found[-1].feature == "admin1"  # "Idleb countryside" is the governorate
    # Binnish is where fighters came from: not in a list of the event's places
    assert "Binnish" not in [p.text for p in found]


def test_events_split_places_unknown_villages_at_their_governorate_each_its_own() -> None:
    found = listed_names(_roundup_sentence(), (), (), "SY", _Gazetteer())
    events = split_by_place(EVENT, None, 0, len(ROUNDUP), found, ROUNDUP, ())
    names = [e.location.name for e in events if e.location]
    assert names == ["Sarmin", "Kafr Ruma", "Tal Adas", "Tal Sukar", "Jabal Zawiya"]
    assert [e.location.precision for e in events if e.location] == [1, 1, 3, 3, 3]
    assert events[0].fatalities == Range(9, 9, 9) and events[1].fatalities is None


def test_events_split_no_list_of_origins() -> None:
    text = "Rockets fired by terrorists positioned in Kafr Nabl and Hass hit the city."
    places = [Place(text.index(n), text.index(n) + len(n), n, n, 35.5, 36.0 + i, None, "city",
                    "SY", "Idlib", 0.9) for i, n in enumerate(("Kafr Nabl", "Hass"))]
    assert place_list(0, len(text), None, places, text, ()) == []


def test_events_split_list_in_a_later_sentence_adds_to_the_events_own_place() -> None:
    text = "Jets bombed Kafr Nabl, killing 9. Other jets hit the towns of Hass and Sarmin."
    places = [Place(text.index(n), text.index(n) + len(n), n, n, 35.5, 36.0 + i, None, "city",
                    "SY", "Idlib", 0.9) for i, n in enumerate(("Kafr Nabl", "Hass", "Sarmin"))]
    second = text.index("Other")
    events = split_listed(EVENT, places[0], [(0, second), (second, len(text))], places, text,
                          ())
    assert [e.location.name for e in events if e.location] == ["Kafr Nabl", "Hass", "Sarmin"]
    assert events[0] is EVENT and [e.fatalities for e in events[1:]] == [None, None]
    assert len({e.id for e in events}) == 3


def test_events_split_list_that_spells_out_a_headlines_governorate_replaces_it() -> None:
    text = ("Army regains towns in Hamah. "
            "The army regained Khatab and Halfaya in Hamah countryside.")
    second = text.index("The army")
    hamah = Place(text.index("Hamah"), text.index("Hamah") + 5, "Hamah", "Hama", 35.13, 36.76,
                  None, "city", "SY", "Hama", 0.9)
    prov = Place(text.rindex("Hamah"), text.rindex("Hamah") + 5, "Hamah", "Hama", 35.22, 36.81,
                 None, "admin1", "SY", "Hama", 0.9)
    villages = [Place(text.index(n), text.index(n) + len(n), n, None, None, None, None, None,
                      "SY", None, 0.3) for n in ("Khatab", "Halfaya")]
    ev = dataclasses.replace(EVENT, location=Location("Hama", "Hama", "Syria", "SY", 35.13,
                                                      36.76, None, 1))
    events = split_listed(ev, hamah, [(0, second), (second, len(text))],
                          [hamah, *villages, prov], text, ())
    assert [e.location.name for e in events if e.location] == ["Khatab", "Halfaya"]
    assert events[0].fatalities == Range(9, 9, 9)


def test_events_split_a_bearings_point_is_not_the_place_of_the_act() -> None:
    # "northeast of Damascus including the city of Douma and the town of Arbin": the
    # bearing's point locates by relation; the places the sentence lists are the act's
    text = ("The air force attacked positions northeast of Damascus including the city of "
            "Douma and the town of Arbin.")

    def at(name: str, lon: float) -> Place:
        start = text.index(name)
        return Place(start, start + len(name), name, name, 33.5, lon, int(lon * 100),
                     "city", "SY", "Rif Dimashq", 0.9)

    places = [at("Damascus", 36.3), at("Douma", 36.4), at("Arbin", 36.37)]
    assert [p.text for p in place_list(0, len(text), places[0], places, text, ())] == [
        "Douma", "Arbin"]


def test_events_split_a_part_named_with_its_whole_is_one_place() -> None:
    text = "Rockets hit the Hamra neighbourhood of Aleppo and the town of Zarba on Monday."

    def at(name: str, lat: float) -> Place:
        start = text.index(name)
        return Place(start, start + len(name), name, name, lat, 37.0, int(lat * 10), "city",
                     "SY", "Aleppo", 0.9)

    hamra, aleppo, zarba = at("Hamra", 36.1), at("Aleppo", 36.2), at("Zarba", 36.0)
    # "the Hamra neighbourhood of Aleppo" is a part of Aleppo, listed with Zarba: two places
    run = place_list(0, len(text), hamra, [hamra, aleppo, zarba], text, ())
    assert [p.text for p in run] == ["Hamra", "Zarba"]
    assert place_list(0, len(text), hamra, [hamra, aleppo], text, ()) == []
