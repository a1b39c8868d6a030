"""Tolls: the killed count an event gets when its report counts only the wounded."""

from __future__ import annotations

import spacy

from warlog.events import tolls
from warlog.models import Document, Origin
from warlog.numbers.find import find_quantities


def _killed(text: str) -> tuple[int, int, int | None] | None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sdoc = nlp(text)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc))
    return None if killed is None else (killed.low, killed.best, killed.high)


def test_events_a_report_of_wounded_only_codes_no_dead() -> None:
    # ACLED codes 0 fatalities when the report states the wounded and names no dead
    assert _killed("Eight people were wounded when shells hit the market.") == (0, 0, 0)
    assert _killed("Shells hit the market, killing two and wounding eight.") == (2, 2, 2)


def test_events_a_guess_of_wounded_says_nothing_of_the_dead() -> None:
    assert _killed("Troops clashed with the militants, killing or injuring scores.") is None
    assert _killed("Shells hit the market.") is None


def test_events_a_toll_told_of_another_year_is_another_incidents() -> None:
    text = ("A car bomb exploded at a market in the capital on Tuesday, killing at least 12 "
            "people. In 2017 a truck bomb in the city killed more than 500 people.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sdoc = nlp(text)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    # a short record reads its largest count, but not one dated to another year
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc), lead=False,
                                 year="2021")
    assert killed is not None and killed.best == 12
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc), lead=False)
    assert killed is not None and killed.best == 500


def test_events_a_coders_note_is_read_in_any_case() -> None:
    # the note is looked for only where "coded" is written, in whatever case
    assert tolls.coded_fatalities("FATALITIES CODED AS 3 for this event.") == tolls.Range(3, 3, 3)
    assert tolls.coded_fatalities("9 fatalities Coded across three places") == tolls.Range(
        9, 9, 9)
    assert tolls.coded_fatalities("Nine people were killed in the clashes.") is None
