"""A page's related-links trailer lists other reports: no event of this one (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.events.trailer import cards, tag_lists, trailer_start
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model

_PAGE = (
    "Jets struck a market in the town of Saraqib on Tuesday, killing nine civilians, "
    "local medics said. Rescue workers searched the rubble through the night. "
    "Source Example and agencies Related News Rebels seize two villages near Hama "
    "Death toll rises to 70 in Daraa shelling Army repels attack in eastern Damascus"
)


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, text, dt.date(2016, 7, 27))


def test_the_headlines_of_other_reports_after_related_are_no_events_here(
        settings: Settings) -> None:
    ad = _annotate(settings, _PAGE)
    assert ad.events, "the report's own strike is still read"
    trailer = _PAGE.index("Source Example")
    assert all(e.start < trailer for ev in ad.events for e in ev.evidence)
    # nor does the trailer's count of 70 dead become any event's toll
    assert all(ev.fatalities is None or ev.fatalities.best != 70 for ev in ad.events)


@pytest.mark.parametrize(("text", "starts"), [
    ("the deal. ... 24 Related Four Ceasefire Violations Recorded", "... 24 Related"),
    ("the base. ... 510 Topic US Strike on Air Base (200) Related Putin to Discuss",
     "... 510 Topic"),
    ("pledged. Source AA Related News Death toll rises", "Source AA"),
])
def test_trailer_starts_with_the_credit_or_counter_before_related(text: str, starts: str) -> None:
    assert text[trailer_start(text):].startswith(starts)


@pytest.mark.parametrize("text", [
    "He said. Related to the siege, the army closed the road.",  # "Related to": prose
    "Clashes related to the siege killed four.",
])
def test_related_in_prose_starts_no_trailer(text: str) -> None:
    assert trailer_start(text) == len(text)


def test_an_embedded_card_runs_from_the_credit_to_the_end_of_its_headline() -> None:
    # a photo credit, then another report's headline glued to this report's next sentence
    text = "were hit. Sputnik Lena Marsh Coastal Guards Repel Raid on Fishing Port The army said."
    assert [text[a:b] for a, b in cards(text)] == [
        "Sputnik Lena Marsh Coastal Guards Repel Raid on Fishing Port"]


@pytest.mark.parametrize("text", [
    "in Raqqa on Monday. REUTERS/Rodi Said The advance is part of a wider campaign.",
    "the town. AFP Photo Jane Doe Fighters in a truck near the front line.",
])
def test_a_captions_closing_credit_is_no_card(text: str) -> None:
    assert cards(text) == []


def test_an_event_told_only_in_an_embedded_card_is_not_this_reports(
        settings: Settings) -> None:
    text = ("Jets struck a market in the town of Saraqib on Tuesday, killing nine civilians, "
            "local medics said. Sputnik Ivan Petrov Rebels Seize Two Villages Near Hama The "
            "rescue workers searched the rubble through the night.")
    ad = _annotate(settings, text)
    card = text.index("Sputnik")
    assert ad.events
    # the card neither tells an event nor lends its rebels to the strike as its doer
    assert all(e.start < card for ev in ad.events for e in ev.evidence)
    assert not any(a.role == "actor1" and "Syrian Army" in a.name
                   for ev in ad.events for a in ev.actors)


def test_a_pages_keyword_list_names_no_party() -> None:
    text = ("Tags Syria Homs Kurds Suicide Attack YPG Islamic State A suicide bomber killed "
            "at least 14 people on Monday at a wedding in a village near Qamishli, a monitor "
            "said.")
    spans = tag_lists(text)
    assert [text[a:b] for a, b in spans] == [
        "Tags Syria Homs Kurds Suicide Attack YPG Islamic State "]
    lead = "Tags Syria Idlib Russia At least 9 civilians were killed in air strikes."
    assert [lead[b:b + 8] for _, b in tag_lists(lead)] == ["At least"]


def test_the_keyword_list_lends_the_lead_no_actor(settings: Settings) -> None:
    text = ("Tags Syria Hasakah Kurds Suicide Attack YPG Islamic State A suicide bomber "
            "killed at least 14 people on Monday at a wedding in a village near Qamishli, "
            "a monitor said.")
    ad = annotate_text(settings, text, dt.date(2016, 10, 4))
    names = {a.name for ev in ad.events for a in ev.actors}
    assert not any("People's Protection" in n or "Islamic State" in n for n in names)


def test_the_keyword_list_is_no_place_of_a_second_event(settings: Settings) -> None:
    # the list's capitalised keywords run together read like one unknown village name;
    # they are keywords, so the report's one bombing stays one event, at its province
    text = ("Suicide attack on wedding in Syria kills 14. Date of publication 4 October 2016 "
            "At least 14 people were killed Monday in an attack targeting a wedding party in the "
            "northeastern Syrian province of Hasakah the monitor said. Tags Syria Hasakah "
            "Kurds Suicide Attack YPG Islamic State A suicide bomber killed at least 14 "
            "people Monday in an attack targeting a party in the northeastern Syrian province of "
            "Hasakah the monitor said.")
    ad = annotate_text(settings, text, dt.date(2016, 10, 4))
    where = [ev.location.name for ev in ad.events if ev.location is not None]
    assert not any("Kurds" in w for w in where)
    assert len([ev for ev in ad.events if not ev.historical]) == 1
