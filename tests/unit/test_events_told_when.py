"""The time of a statement, of a wire dateline or of a death from wounds dates no act
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Span

from tests.unit.handparse import hand_doc
from tests.unit.timefinds import found_times
from warlog.events.fields import sentence_date
from warlog.events.told_when import telling
from warlog.models import Document, Origin, Precision, TimeExpr
from warlog.times.find import find_times

_THU = dt.date(2017, 6, 8)


def _times(text: str) -> list[TimeExpr]:
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=_THU,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return list(find_times(doc))


def _flat(text: str) -> Span:
    """The sentence unparsed: no clause opened by "since"."""
    return spacy.blank("en")(text)[:]


@pytest.mark.parametrize(("text", "when"), [
    ("A bomb killed two soldiers in the north last week, the ministry said on Thursday.",
     "Thursday"),
    ("Rebels shelled the town on Monday, officials told reporters Wednesday.", "Wednesday"),
    ("The army on Wednesday said jets hit the camp on Tuesday.", "Wednesday"),
    ("TOWNVILLE, June 7 (Reuters) - Fighters stormed a base on Tuesday.", "June 7"),
])
def test_events_a_time_of_telling_is_found(text: str, when: str) -> None:
    times = _times(text)
    assert [t.text for t in times if telling(t, text)] == [when]


@pytest.mark.parametrize(("text", "want"), [
    ("A bomb killed two soldiers in the north last week, the ministry said on Thursday.",
     ("2017-W22", Precision.WEEK)),
    ("TOWNVILLE, June 7 (Reuters) - Fighters stormed a base on Tuesday.",
     ("2017-06-06", Precision.DAY)),
    ("The army said on Wednesday that jets hit the camp on Monday.",
     ("2017-06-05", Precision.DAY)),
    # nothing else said: the statement's day is the nearest to the act's
    ("Militants attacked a checkpoint overnight, officials said on Thursday.",
     ("2017-06-08", Precision.DAY)),
])
def test_events_the_acts_own_day_or_week_dates_the_sentence(
        text: str, want: tuple[str, Precision]) -> None:
    assert sentence_date(_flat(text), _times(text)) == want


def test_events_a_stretchs_start_is_no_acts_own_day() -> None:
    text = "Activists said on Tuesday that ten fighters died since Sunday."
    assert found_times(text, _THU)[0] == ("Tuesday", "2017-06-06")
    since = hand_doc([
        ("Activists", "activist", "NOUN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT"),
        ("on", "on", "ADP", 1, "prep"), ("Tuesday", "Tuesday", "PROPN", 2, "pobj"),
        ("that", "that", "SCONJ", 8, "mark"), ("ten", "ten", "NUM", 6, "nummod"),
        ("fighters", "fighter", "NOUN", 7, "nsubj"), ("died", "die", "VERB", 1, "ccomp"),
        ("since", "since", "ADP", 7, "prep"), ("Sunday", "Sunday", "PROPN", 8, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])
    assert sentence_date(since[:], _times(text)) == ("2017-06-06", Precision.DAY)


@pytest.mark.parametrize(("text", "want"), [
    ("A guard wounded in a blast last week died of his wounds on Wednesday.",
     ("2017-W22", Precision.WEEK)),
    ("A farmer shot on Sunday succumbed to his injuries in hospital on Wednesday.",
     ("2017-06-04", Precision.DAY)),
    ("A driver hurt in the ambush last week died later in hospital on Tuesday.",
     ("2017-W22", Precision.WEEK)),
    # a death told as the act's own outcome is its day
    ("Two guards died on Wednesday in a blast that followed clashes last week.",
     ("2017-06-07", Precision.DAY)),
])
def test_events_a_death_from_wounds_dates_no_act(text: str, want: tuple[str, Precision]) -> None:
    assert sentence_date(_flat(text), _times(text)) == want


@pytest.mark.parametrize(("text", "want"), [
    # a clock time with its day dates the act by that day ...
    ("Rebels raided the depot at 9 a.m. Tuesday, officials said.",
     ("2017-06-06", Precision.DAY)),
    ("Rebels raided the depot at 9 a.m. on Tuesday, officials said on Thursday.",
     ("2017-06-06", Precision.DAY)),
    # ... but not one in brackets, which restates the time in another zone
    ("Rebels raided the depot at 3 a.m. (8 p.m. Tuesday EDT) on Wednesday.",
     ("2017-06-07", Precision.DAY)),
    ("Rebels raided the depot at 3 a.m. (8 p.m. Tuesday EDT).", None),
])
def test_events_a_clock_time_dates_by_the_day_it_names(
        text: str, want: tuple[str, Precision] | None) -> None:
    assert sentence_date(_flat(text), _times(text)) == want


@pytest.mark.parametrize("text", [
    "Police said Tuesday's bombing killed a guard, the worst since last week.",
    "The farmer told of an ambush on Tuesday, weeks after clashes last week.",
])
def test_events_a_possessive_or_a_time_told_of_is_the_acts(text: str) -> None:
    assert not any(telling(t, text) for t in _times(text))


@pytest.mark.parametrize(("text", "claimed"), [
    ("The militia on Monday claimed responsibility for a bombing at the depot.", ["Monday"]),
    ("The militia claimed responsibility on Friday for the ambush near the bridge.",
     ["Friday"]),
    ("Tue June 6 2017 Gunmen stormed a checkpoint in the hills.", ["June 6 2017"]),
    # the act's own day, and a statement's, are no claim's
    ("The militia claimed the attack on Friday on the depot.", []),
    ("Gunmen stormed a checkpoint on Monday, officials said on Tuesday.", []),
])
def test_events_a_claims_time_or_the_pages_stamp_is_no_day_of_the_act(
        text: str, claimed: list[str]) -> None:
    from warlog.events.told_when import claim_time

    assert [t.text for t in _times(text) if claim_time(t, text)] == claimed
