"""A page's related-links trailer lists other reports: no event of this one (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.trailer import trailer_start
from warlog.models import AnnotatedDocument, Document, Origin
from warlog.pipeline import Resources, annotate

pytestmark = pytest.mark.model

_PAGE = (
    "Jets struck a market in the town of Saraqib on Tuesday, killing nine civilians, "
    "local medics said. Rescue workers searched the rubble through the night. "
    "Source Example and agencies Related News Rebels seize two villages near Hama "
    "Death toll rises to 70 in Daraa shelling Army repels attack in eastern Damascus"
)


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    doc = Document(id="t", text=text, title=None, source="test", url=None,
                   published=dt.date(2016, 7, 27), language="en",
                   origin=Origin("test.txt", 0, len(text)))
    return next(annotate([doc], Resources(settings)))


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
