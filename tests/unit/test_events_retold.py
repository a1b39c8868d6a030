"""An incident whose first sentence names no place, and which later sentences joined,
takes the place of the sentence just before when that sentence tells the same kind of act,
another act of war or none (not a protest), and names more than a country: a roundup
heads each incident with where it happened, then retells it. Invented names ("Zorvia",
"Dalmora", "Kessin")."""

from __future__ import annotations

import spacy

from tests.unit.test_events_place_cues import _place
from warlog.events.detect import Candidate
from warlog.events.retold import headed_place
from warlog.events.triggers import cached_hits
from warlog.events.types import Scored

TEXT = ("Two people were killed in a rocket attack on a district of Dalmora city. "
        "A source said terrorists fired rocket shells at the district killing two people. "
        "Kessin province was shelled on the same day.")


def _setup(text: str = TEXT):  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    hits = cached_hits(sents[1].text)
    head = Candidate(1, sents[1], Scored("ART_MISS_ATTACK", 5.0, (("ART_MISS_ATTACK", 5.0),),
                                         hits), 1.0)
    places = [_place(text, "Dalmora", "city", "ZZ", 33.5, 36.3),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6)]
    return sents, head, places


def test_the_line_that_heads_a_retold_incident_places_it() -> None:
    sents, head, places = _setup()
    got = headed_place(head, sents[1:2], sents[0], 2, places, [], "ZZ")
    assert got is not None and got.text == "Dalmora"


def test_only_a_retelling_that_others_joined_and_that_names_no_place() -> None:
    sents, head, places = _setup()
    # told alone: its own sentences decide as before
    assert headed_place(head, sents[1:2], sents[0], 1, places, [], "ZZ") is None
    # the first sentence names its own place
    own = [*places, _place(TEXT, "district", "city", "ZZ", 33.6, 36.4, nth=1)]
    assert headed_place(head, sents[1:2], sents[0], 2, own, [], "ZZ") is None
    assert headed_place(head, sents[1:2], None, 2, places, [], "ZZ") is None


def test_a_line_telling_another_kind_of_act_heads_nothing() -> None:
    text = ("Protesters marched through Dalmora city on Friday. "
            "A source said terrorists fired rocket shells at the district killing two people. "
            "Kessin province was shelled on the same day.")
    sents, head, places = _setup(text)
    assert headed_place(head, sents[1:2], sents[0], 2, places, [], "ZZ") is None


def test_a_line_telling_another_act_of_war_heads_the_retelling() -> None:
    # one incident is named by many words of war: a clash heads the shelling retold after it
    text = ("Army units clashed with terrorists in Dalmora city on Friday. "
            "A source said terrorists fired rocket shells at the district killing two people. "
            "Kessin province was shelled on the same day.")
    sents, head, places = _setup(text)
    got = headed_place(head, sents[1:2], sents[0], 2, places, [], "ZZ")
    assert got is not None and got.text == "Dalmora"


def test_a_line_of_no_act_sets_the_scene() -> None:
    text = ("The latest advances came in the countryside west of Dalmora city. "
            "A source said terrorists fired rocket shells at the district killing two people. "
            "Kessin province was shelled on the same day.")
    sents, head, places = _setup(text)
    got = headed_place(head, sents[1:2], sents[0], 2, places, [], "ZZ")
    assert got is not None and got.text == "Dalmora"


def test_a_country_is_no_scene_unless_it_heads_the_same_act() -> None:
    text = ("Army units clashed with terrorists across Zorvia on Friday. "
            "A source said terrorists fired rocket shells at the district killing two people. "
            "Kessin province near Dalmora was shelled on the same day.")
    sents, head, _ = _setup(text)
    places = [_place(text, "Zorvia", "country", "ZZ", 34.0, 38.0),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6)]
    assert headed_place(head, sents[1:2], sents[0], 2, places, [], "ZZ") is None
