"""One incident told in several sentences takes the most specific means any of them tells
(sentences written for these tests)."""

from __future__ import annotations

import pytest
import spacy

from warlog.events.detect import Candidate
from warlog.events.group import Group, incident_code
from warlog.events.triggers import Hit
from warlog.events.types import Scored


def _told(index: int, text: str, code: str, hits: list[tuple[str, float]]) -> Candidate:
    sent = spacy.blank("en")(text)[:]
    found = tuple(Hit(c, w, 0, 4) for c, w in hits)
    return Candidate(index, sent, Scored(code, max(w for _, w in hits), (), found), 1.0)


_HEAD = ("A car bomb tore through the market in the town on Friday, killing 20.",
         "REM_EXPLOS", [("REM_EXPLOS", 7.8), ("ATTACK", 2.6)])


@pytest.mark.parametrize(("later", "hits", "code"), [
    # the later sentence tells the bomber a suicide bomber: its car bomb weighs as much
    ("A source said a suicide bomber carried out the attack using a car bomb.",
     [("SUIC_BOMB", 4.2), ("REM_EXPLOS", 4.2)], "SUIC_BOMB"),
    # a weaker hint of suicide than the sentence's own car bomb leaves the car bomb
    ("Police said the car bomb was parked by a man who fled; a suicide vest was found.",
     [("SUIC_BOMB", 2.0), ("REM_EXPLOS", 5.0)], "REM_EXPLOS"),
])
def test_events_group_a_later_sentence_names_the_suicide_bomber(
        later: str, hits: list[tuple[str, float]], code: str) -> None:
    head = _told(0, *_HEAD)
    assert incident_code(Group([head, _told(1, later, "REM_EXPLOS", hits)])) == code
    # the head's own tie is the sentence's reading, not a second telling's
    assert incident_code(Group([_told(0, later, "REM_EXPLOS", hits)])) == "REM_EXPLOS"
