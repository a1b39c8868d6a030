"""An event placed only at country level takes the report's focus in that country: the
first province it names there, else its first town. Invented names ("Zorvia", "Kessin",
"Dalmora")."""

from __future__ import annotations

from tests.unit.test_events_place_cues import _place
from warlog.events.focus import report_focus
from warlog.models import ActorKind, ActorMention, Place


def test_the_first_province_of_the_main_country_is_the_focus() -> None:
    text = ("Zorvia seeks a resolution on the chemical attack in Zorvia. Video from districts "
            "east of Dalmora showed people choking. Inspectors went to Kessin province.")
    places = [_place(text, "Zorvia", "country", "ZZ", 35.0, 38.0),
              _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6)]
    got = report_focus(places, "ZZ", [], text)
    assert got is not None and got.text == "Kessin"
    # no province named: the first town
    got = report_focus(places[:2], "ZZ", [], text)
    assert got is not None and got.text == "Dalmora"


def test_a_demonym_an_actor_a_dateline_or_a_place_abroad_is_no_focus() -> None:
    text = ("DALMORA - Kessin Front fighters and Zorvian troops clashed in Zorvia, officials "
            "in Vantor said.")
    places = [_place(text, "DALMORA", "city", "ZZ", 33.5, 36.3),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
              _place(text, "Zorvian", "country", "ZZ", 35.0, 38.0),
              _place(text, "Vantor", "city", "YY", 40.0, 30.0)]
    places[2] = Place(places[2].start, places[2].end, "Zorvian", "Zorvia", 35.0, 38.0, None,
                      "country", "ZZ", None, 0.9)
    start = text.index("Kessin")
    front = ActorMention(start, start + len("Kessin Front"), "Kessin Front", "Kessin Front",
                         (), ActorKind.REBEL_GROUP)
    assert report_focus(places, "ZZ", [front], text) is None


def test_a_sentence_naming_the_same_kind_of_act_places_it_first() -> None:
    """ "Inspectors will visit Khan al-Assal near Aleppo, where a chemical attack was
    reported": the place named with the same kind of act wins over the first province."""
    import spacy

    from warlog.events.detect import Candidate
    from warlog.events.focus import finer_place
    from warlog.events.triggers import cached_hits
    from warlog.events.types import Scored

    text = ("Zorvia faces a resolution over a chemical attack in Zorvia. Kessin province was "
            "shelled last week. Inspectors will visit sites near Dalmora, where a chemical "
            "attack was reported.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    hits = cached_hits(sents[0].text)
    head = Candidate(0, sents[0], Scored("CHEM_WEAP", 7.0, (("CHEM_WEAP", 7.0),), hits), 1.0)
    zorvia = _place(text, "Zorvia", "country", "ZZ", 35.0, 38.0, nth=1)
    places = [_place(text, "Zorvia", "country", "ZZ", 35.0, 38.0), zorvia,
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
              _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3)]
    got = finer_place(zorvia, sents[:1], sents[:1], head, places, [], "ZZ", text)
    assert got is not None and got.text == "Dalmora"
    # no sentence names the act again: the first province
    got = finer_place(zorvia, sents[:1], sents[:1], head, places[:3], [], "ZZ", text)
    assert got is not None and got.text == "Kessin"


def test_a_sentence_with_no_cue_of_an_act_is_context_not_the_place() -> None:
    """ "Deir ez-Zor province links the IS capital in the city of Raqqa with Iraq" describes
    the ground: the province the report went on to tell the event in places it, not the
    finer town of a sentence that tells nothing."""
    import spacy

    from warlog.events.detect import Candidate
    from warlog.events.focus import finer_place
    from warlog.events.triggers import cached_hits
    from warlog.events.types import Scored

    text = ("Air strikes killed 20 civilians in eastern Zorvia on Monday. Medics pulled the "
            "bodies of children from the rubble in Kessin province. Kessin province links the "
            "rebel capital in the city of Dalmora with Vantor.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    hits = cached_hits(sents[0].text)
    head = Candidate(0, sents[0], Scored("AIR_STRIKE", 5.0, (("AIR_STRIKE", 5.0),), hits), 1.0)
    zorvia = _place(text, "Zorvia", "country", "ZZ", 35.0, 38.0)
    places = [zorvia, _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6, nth=1),
              _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3)]
    got = finer_place(zorvia, sents[:1], sents, head, places, [], "ZZ", text)
    assert got is not None and got.text == "Kessin" and got.start < text.index("links")
