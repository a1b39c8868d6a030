"""Event places in a war report: the preposition that locates a place past its modifiers
and its country's possessive, datelines, places abroad in a sentence set at home, areas
filed without a province, and who flies an air strike. Invented names ("Zorvia",
"Kessin", "Dalmora") unless the rule reads real data."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Span

from warlog.events import located
from warlog.events import places as ep
from warlog.events.aircraft import air_owner as _air_owner
from warlog.events.location import area_admin1, to_location
from warlog.models import ActorKind, ActorMention, Place, Quantity


def _sents(text: str) -> list[Span]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return list(nlp(text).sents)


def _place(text: str, word: str, feature: str, cc: str, lat: float, lon: float,
           nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Place(start, start + len(word), word, word, lat, lon, None, feature, cc, None, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed nine people at a hospital in Zorvia's Kessin province on Monday.",
        # the apostrophe lost in collection
        "Airstrikes killed nine people at a hospital in Zorvias Kessin province on Monday.",
        "Nine people were killed on Friday in Zorvias southwestern province of Kessin.",
        # a compass adjective and a "-held" modifier between the preposition and the name
        "Airstrikes killed nine people in Zorvia on Monday in rebel-held western Kessin "
        "province.",
        # "in the central province of X"
        "Airstrikes killed nine people in Zorvia on Monday in the central province of Kessin.",
    ],
)
def test_event_place_the_preposition_reaches_past_modifiers_and_the_possessive(
    text: str,
) -> None:
    places = [
        _place(text, "Zorvia", "country", "ZZ", 35.0, 38.0),
        _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
    ]
    got = ep.pick_place(_sents(text), text.index("killed"), places, [], "ZZ")
    assert got is not None and got.text == "Kessin"


def test_event_place_a_plain_of_still_weighs_less_than_in() -> None:
    text = "Troops shelled the outskirts in Kessin province, north of Dalmora."
    places = [
        _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
        _place(text, "Dalmora", "admin1", "ZZ", 36.9, 36.6),
    ]
    got = ep.pick_place(_sents(text), text.index("shelled"), places, [], "ZZ")
    assert got is not None and got.text == "Kessin"


@pytest.mark.parametrize(
    ("text", "word", "dateline"),
    [
        ("MOSCOW Some 120 militants were killed in strikes in Zorvia.", "MOSCOW", True),
        ("Strikes in Zorvia Dalmora AFP Saturday 7 Oct 2017 Some 120 militants ...",
         "Dalmora", True),
        ("DALMORA, Zorvia (AP) — A car bomb exploded on Tuesday.", "DALMORA", True),
        ("Troops advanced in the city of Dalmora Sputnik reported.", "Dalmora", False),
        ("Dalmora residents fled as Reuters reported the shelling.", "Dalmora", False),
        ("A car bomb hit DALMORA and its suburbs.", "DALMORA", False),
    ],
)
def test_event_place_datelines(text: str, word: str, dateline: bool) -> None:
    p = _place(text, word, "city", "RU", 55.75, 37.62)
    assert located.is_dateline(p, text) is dateline


def test_event_place_the_dateline_and_a_speaker_abroad_are_not_the_location() -> None:
    text = ("MOSCOW Some 120 militants were killed in Russian strikes in Zorvia over the past "
            "day the defence ministry in Moscow said.")
    places = [
        _place(text, "MOSCOW", "city", "RU", 55.75, 37.62),
        _place(text, "Zorvia", "country", "ZZ", 35.0, 38.0),
        _place(text, "Moscow", "city", "RU", 55.75, 37.62),
    ]
    got = ep.pick_place(_sents(text), text.index("killed"), places, [], "ZZ")
    assert got is not None and got.text == "Zorvia"


def test_event_place_a_town_abroad_stays_when_the_sentence_sets_nothing_at_home() -> None:
    text = "A bomb exploded at a bus station in Dalmora on Monday."
    places = [_place(text, "Dalmora", "city", "TR", 37.0, 35.3)]
    got = ep.pick_place(_sents(text), text.index("exploded"), places, [], "ZZ")
    assert got is not None and got.text == "Dalmora"


@pytest.mark.parametrize(
    ("lat", "lon", "cc", "admin1"),
    [
        (33.55, 36.45, "SY", "Rif-dimashq"),  # the point of an area east of Damascus
        (35.0, 40.5, "SY", "Deir ez-Zor"),  # a point on the Euphrates below Deir ez-Zor
        (33.55, 36.45, None, None),  # an area of several countries: no province
        (33.55, 36.45, "LB", None),  # the nearest town lies in another country
    ],
)
def test_event_location_an_area_takes_the_province_of_its_nearest_town(
    lat: float, lon: float, cc: str | None, admin1: str | None
) -> None:
    area = Place(0, 6, "Ghouta", "Ghouta", lat, lon, None, "region", cc, None, 0.9)
    assert area_admin1(area) == admin1
    assert to_location(area).admin1 == admin1


def test_event_location_a_base_at_a_curated_point_takes_its_province() -> None:
    """A town or base placed at a curated point has no province of its own: it takes
    that of its nearest town, as an area does (Hmeimim Air Base: Latakia)."""
    base = Place(0, 7, "Hmeimim", "Hmeimim Air Base", 35.41, 35.95, None, "spot", "SY",
                 None, 0.5, "events.point.v1")
    assert to_location(base).admin1 == "Latakia"
    country = Place(0, 5, "Syria", "Syria", 35.0, 38.0, None, "country", "SY", None, 0.9)
    assert to_location(country).admin1 is None


def test_event_location_a_town_keeps_its_own_province() -> None:
    town = Place(0, 6, "Kessin", "Kessin", 33.55, 36.45, 1, "city", "SY", "Idlib", 0.9)
    assert to_location(town).admin1 == "Idlib"


def _actor(name: str, kind: ActorKind) -> ActorMention:
    return ActorMention(0, len(name), name, name, (), kind)


def test_event_roles_a_group_without_aircraft_is_the_target_of_an_air_strike() -> None:
    group = _actor("Zorvian Front", ActorKind.REBEL_GROUP)
    air = _actor("Military Forces of Zorvia", ActorKind.STATE_FORCES)
    got = _air_owner([(group, "actor1")], [air], False)
    assert (air, "actor1") in got and (group, "actor2") in got
    # with two sides flying the roles stay as the sentence gave them
    other = _actor("Military Forces of Dalmora", ActorKind.STATE_FORCES)
    assert _air_owner([(group, "actor1")], [air, other], False) == [(group, "actor1")]
    # with none named, a group flying no aircraft was struck, unless the strike is told as
    # by drones (or as the downing of an aircraft): those it does fly, or does down
    assert _air_owner([(group, "actor1")], [], False) == [(group, "actor2")]
    assert _air_owner([(group, "actor1")], [], True) == [(group, "actor1")]
    # a state's forces named as actor1 keep the role
    assert _air_owner([(other, "actor1")], [air], False) == [(other, "actor1")]


def test_events_a_bare_killing_is_told_by_its_weapon_elsewhere() -> None:
    from warlog.events.detect import Candidate
    from warlog.events.group import bare_killing
    from warlog.events.triggers import Hit
    from warlog.events.types import Scored

    text = "Nine people were killed in Kessin on Monday."
    sent = _sents(text)[0]

    def cand(*hits: Hit) -> Candidate:
        return Candidate(0, sent, Scored("ATTACK", 4.0, (("ATTACK", 4.0),), hits), 1.0)

    assert bare_killing(cand(Hit("ATTACK", 2.0, 17, 23)))  # "killed"
    assert not bare_killing(cand(Hit("ATTACK", 4.0, 0, 10), Hit("ATTACK", 2.0, 17, 23)))
    assert not bare_killing(cand(Hit("AIR_STRIKE", 3.0, 0, 10)))


def _killed(text: str, phrase: str, low: int, best: int) -> Quantity:
    start = text.index(phrase)
    return Quantity(start, start + len(phrase), phrase, low, best, None, "killed")


def test_tolls_a_news_report_gives_the_figure_of_its_lead() -> None:
    from warlog.events.tolls import pick_range

    text = ("Air strikes killed 12 civilians in Kessin on Monday. Over two days 45 people "
            "have died in the city. Rescuers said 3 children were among the dead.")
    nums = [_killed(text, "12 civilians", 12, 12), _killed(text, "45 people", 45, 45),
            _killed(text, "3 children", 3, 3)]
    got = pick_range(_sents(text), nums, frozenset({"killed"}))
    assert got is not None and got.best == 12
    # a short record of one incident: its largest figure is its total
    got = pick_range(_sents(text), nums, frozenset({"killed"}), lead=False)
    assert got is not None and got.best == 45


def test_tolls_a_guess_yields_to_a_stated_figure_and_an_update_wins() -> None:
    from warlog.events.tolls import pick_range

    text = "Jets killed scores in Kessin. Medics said 14 people died. The toll rose to 17."
    nums = [_killed(text, "scores", 20, 20), _killed(text, "14 people", 14, 14)]
    got = pick_range(_sents(text), nums, frozenset({"killed"}))
    assert got is not None and got.best == 14
    nums.append(_killed(text, "17", 17, 17))
    got = pick_range(_sents(text), nums, frozenset({"killed"}))
    assert got is not None and got.best == 17


def test_event_place_a_town_in_rural_or_northern_y_lies_in_y() -> None:
    """ "a base in Tanf in rural Damascus": Tanf lies in the province the modifier names,
    so it is the more specific place, as in "X in Y"."""
    text = "A drone targeted a military base in Kessa in rural Dalmora on Sunday."
    kessa = dataclasses.replace(_place(text, "Kessa", "spot", "ZZ", 33.5, 38.7),
                                confidence=0.3)  # a curated point: less sure than a city
    places = [kessa, _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3)]
    got = ep.pick_place(_sents(text), text.index("targeted"), places, [], "ZZ")
    assert got is not None and got.text == "Kessa"


def test_event_place_a_base_named_with_no_country_takes_its_curated_point() -> None:
    """With no country known ("drone attacks on Hmeimim airbase, which is used by Russian
    forces"), an unplaced name followed by a base word still takes its curated point."""
    from spacy.tokens import Doc

    from warlog.events.unlisted import unlisted_places

    words = ["Drones", "attacked", "Hmeimim", "airbase", "and", "Kessa", "village", "."]
    pos = ["NOUN", "VERB", "PROPN", "NOUN", "CCONJ", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))

    class _Gaz:
        def lookup(self, name: str, loose: bool = False) -> tuple[()]:
            return ()

    got = unlisted_places(list(doc.sents), [], [], None, _Gaz())
    assert [(p.text, p.feature, round(p.lat or 0)) for p in got] == [("Hmeimim", "spot", 35)]


def test_events_homelands_of_foreign_fighters_do_not_make_the_report_foreign() -> None:
    # people "from" places abroad name where they come from, not where they fought
    text = ("The army killed 40 militants in Kessin province, including foreign "
            "combatants from Marovia, Tellan (Oskar Province) and Dunmark.")
    places = [_place(text, "Kessin", "admin1", "ZV", 35.0, 37.0),
              _place(text, "Marovia", "country", "MV", 40.0, 60.0),
              _place(text, "Tellan", "country", "TL", 35.0, 105.0),
              _place(text, "Oskar Province", "region", "TL", 41.0, 85.0),
              _place(text, "Dunmark", "country", "DM", 24.0, 45.0)]
    assert ep.dominant_country(places, text) == "ZV"
    sent = _sents(text)
    assert ep.pick_place(sent, 0, places, [], "ZV") is places[0]


def test_events_a_state_owning_its_acts_is_an_actor_not_the_ground() -> None:
    # "Marovia's warplanes", "Marovias flagrant crimes" (apostrophe lost): the state acts
    text = ("Marovia's warplanes killed 30 in Kessin in Zorvia. "
            "Marovias flagrant crimes go on.")
    places = [_place(text, "Marovia", "country", "MV", 40.0, 60.0, nth) for nth in range(2)]
    places += [_place(text, "Kessin", "city", "ZV", 35.0, 37.0),
               _place(text, "Zorvia", "country", "ZV", 34.0, 38.0)]
    assert ep.dominant_country(places, text) == "ZV"


def test_a_country_the_act_was_near_is_not_where_it_happened() -> None:
    """One is not near the country one is in: "troops killed 50 fighters near Kelland" is
    on the report's side, as "near the Kelland border" is."""
    from warlog.events import places as ep

    text = "Zorvian troops kill at least 50 fighters near Kelland, a monitor said."
    kelland = _place(text, "Kelland", "country", "TJ", 38.8, 71.0)
    assert ep.is_border(kelland, text)
    assert ep.coarse_place([kelland], "TJ", (), text) is None
    text = "Zorvian troops killed 50 fighters in Kelland near the capital."
    assert not ep.is_border(_place(text, "Kelland", "country", "TJ", 38.8, 71.0), text)
