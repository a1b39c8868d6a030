"""Who did it, on matched events: the force of a passive, the one surrendered to, the air
forces a report names. Fixtures written for these tests (no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.actors import ActorDictionary, find_actors, load_actor_dictionary
from warlog.config import Settings
from warlog.models import Document, Event, Origin


def _doc(text: str, published: dt.date | None = None) -> Document:
    return Document(id="t", text=text, title=None, source=None, url=None,
                    published=published, language="en",
                    origin=Origin(path="t", start=0, end=len(text)))


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _links(text: str, d: ActorDictionary) -> dict[str, str]:
    return {m.text: m.actor for m in find_actors(_doc(text), None, d)}


def _events(text: str, published: dt.date) -> list[Event]:
    from warlog.pipeline import Resources, annotate

    return list(next(annotate([_doc(text, published)], Resources(Settings()))).events)


def _first_side(ev: Event) -> set[str]:
    return {a.name for a in ev.actors if a.role in ("actor1", "assoc_actor_1")}


# --- two demonyms sharing one force noun; the Kurdish force of the report's country ------


def test_actors_two_demonyms_share_one_force_noun(dictionary: ActorDictionary) -> None:
    links = _links("Twelve died when Syrian or Russian jets struck Tall Rifat.", dictionary)
    assert links["Syrian"] == "Military Forces of Syria"
    assert links["Russian jets"] == "Military Forces of Russia"
    # a country's name qualifies no noun after it: "fighters from Iraq and Syrian troops"
    links = _links("Fighters from Iraq and Syrian troops met near Abu Kamal.", dictionary)
    assert "Iraq" not in links and links["Syrian troops"] == "Military Forces of Syria"


def test_actors_kurdish_forces_are_the_country_s_kurdish_force(
    dictionary: ActorDictionary,
) -> None:
    syria = _links("Kurdish forces entered Tall Tamr in Syria.", dictionary)
    assert syria["Kurdish forces"] == "People's Protection Units (YPG)"
    iraq = _links("Kurdish fighters entered Makhmur in Iraq.", dictionary)
    assert iraq["Kurdish fighters"] == "Peshmerga"


# --- roles -------------------------------------------------------------------------------


@pytest.mark.model
def test_events_a_name_before_its_own_passive_is_what_was_done_to() -> None:
    # "IS was expelled by the army": the parser reads "IS" as an auxiliary, but before a
    # passive of its own the name is its subject; the force after "by" acted
    evs = _events("IS was expelled by the army from Zuhur in Hasakeh, Syria, on Tuesday.",
                  dt.date(2015, 7, 29))
    assert evs and _first_side(evs[0]) == {"Military Forces of Syria"}
    assert evs[0].sub_event_type == "Government regains territory"


@pytest.mark.model
def test_events_the_side_surrendered_to_acts() -> None:
    evs = _events("Dozens of IS fighters surrendered to Iraqi forces in Tal Afar, Iraq on "
                  "Monday.", dt.date(2017, 9, 15))
    assert evs
    roles = {a.role: a.name for a in evs[0].actors}
    assert roles.get("actor1") == "Military Forces of Iraq"
    assert "Islamic State" in roles.get("actor2", "")


@pytest.mark.model
def test_events_the_side_surrendered_to_did_not_take_the_town_of_a_clause_of_time() -> None:
    # the receiving force is the surrender's side, not the taker of the stronghold whose
    # capture the clause of time tells: that retaking is the state's, its forces unnamed
    evs = _events("Hundreds of families surrendered to Kurdish forces in late August after "
                  "the stronghold in Tal Afar near Mosul was captured.", dt.date(2017, 9, 15))
    taken = [e for e in evs if e.sub_event_type == "Government regains territory"]
    assert taken
    assert _first_side(taken[0]) == {"Military Forces of Iraq"}


@pytest.mark.model
def test_events_the_side_holding_the_place_struck_is_no_co_perpetrator() -> None:
    # "a town held by IS" and "a village that is controlled by IS": IS holds the target
    evs = _events("Eleven civilians were killed in air raids on a village that is "
                  "controlled by the Islamic State group in Deir Ezzor, Syria on Friday.",
                  dt.date(2016, 7, 16))
    assert evs and not any("Islamic State" in a for a in _first_side(evs[0]))


@pytest.mark.model
def test_events_two_air_forces_over_one_war_are_both_coded() -> None:
    # the strike's own sentences name no agent; the report names two air forces later
    text = ("Air strikes killed 12 civilians in the Marjeh district of Aleppo, Syria on "
            "Monday. Rescuers were still working to pull people out of the rubble. Schools "
            "in the district have been closed since the summer. Many families have left for "
            "the countryside. Bakeries opened for two hours a day. Both Russian and Syrian "
            "warplanes are carrying out air strikes over the city.")
    evs = _events(text, dt.date(2016, 10, 17))
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert _first_side(strike) == {"Military Forces of Russia", "Military Forces of Syria"}


# --- where: a part near a city that the city's name qualifies ----------------------------


@pytest.mark.model
def test_events_a_city_suburb_is_the_suburb_the_event_names() -> None:
    # "a Damascus suburb" is no place inside Damascus: the suburb named is where it was
    text = ("Government forces kept up their bombardment of a besieged Damascus suburb on "
            "Sunday, killing eight civilians in Syria. The shells hit homes across the "
            "rebel-held Eastern Ghouta region.")
    evs = _events(text, dt.date(2017, 11, 20))
    assert evs and evs[0].location is not None
    assert evs[0].location.name == "Eastern Ghouta"
    # the city itself, named as such, stays the place
    evs = _events("Government forces shelled Damascus on Sunday, killing eight civilians in "
                  "Syria. The shells hit homes near the Eastern Ghouta region.",
                  dt.date(2017, 11, 20))
    assert evs and evs[0].location is not None and evs[0].location.name == "Damascus"
