"""Named past incidents ("the deadly 2015 Paris attacks") are listed as history, and
history never ranks above the news."""

from __future__ import annotations

import dataclasses
import datetime as dt

import spacy

from warlog.events.named import cap_history, named_incidents
from warlog.models import Event, Location, Place, Precision, TimeExpr

PUBLISHED = dt.date(2017, 9, 15)
TEXT = ("He handled logistics for the deadly 2015 Paris attacks. A suspect of the Berlin "
        "attack was named. Nobody forgot the Lyon bombing of August 2017. Officials recalled "
        "the Nice attack of July 2016.")


def _at(word: str, feature: str = "city", cc: str = "FR") -> Place:
    start = TEXT.index(word)
    return Place(start, start + len(word), word, word, 45.0, 4.0, None, feature, cc, None, 0.9)


def _time(words: str, value: str, precision: Precision) -> TimeExpr:
    start = TEXT.index(words)
    return TimeExpr(start, start + len(words), words, value, precision, "DATE")


def _events() -> list[Event]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(TEXT).sents)
    places = [_at("Paris"), _at("Berlin", cc="DE"), _at("Lyon"), _at("Nice")]
    times = [_time("2015", "2015", Precision.YEAR),
             _time("August 2017", "2017-08", Precision.MONTH),
             _time("July 2016", "2016-07", Precision.MONTH)]
    return named_incidents("d", sents, places, times, PUBLISHED, ())


def test_events_named_incident_with_place_and_time_is_history() -> None:
    events = _events()
    # Berlin names no time; the Lyon bombing of August 2017 is recent, not history
    assert [(e.location.name if e.location else None, e.date) for e in events] == [
        ("Paris", "2015"), ("Nice", "2016-07")]
    assert all(e.historical and e.sub_event_type == "Attack" for e in events)


def test_events_history_never_ranks_above_the_news() -> None:
    news = Event("n", "Battles", "Armed clash", 0.3, "2017-09-14", Precision.DAY, False, (),
                 Location("Raqqa", None, "Syria", "SY", 35.9, 39.0, None, 1), None, None,
                 (), (), "")
    old = dataclasses.replace(_events()[0], confidence=0.9)
    ranked = sorted(cap_history([old, news]), key=lambda e: -e.confidence)
    assert ranked[0] is news and ranked[1].confidence < news.confidence
    assert cap_history([old]) == [old]  # a report of history alone keeps its figures
