"""ACLED's unit on whole reports, round 9 of issue 11: a taking of ground told in the
sentence of a bombing is another sub-event type, of another family, and so another event
(invented reports)."""

from __future__ import annotations

import pytest

from warlog.config import Settings

pytestmark = pytest.mark.model


def _groups(settings: Settings, text: str) -> list[list[tuple[int, str]]]:
    from warlog.events.detect import candidates
    from warlog.events.group import group_candidates
    from warlog.nlp import load_nlp

    sdoc = load_nlp(settings.spacy_model)(text)
    groups = group_candidates(candidates(list(sdoc.sents), {}), (), ())
    return [[(c.index, c.code) for c in g.members] for g in groups]


@pytest.mark.parametrize("text", [
    "A car bomb exploded near a bakery in the town of Kafr Zita on Monday, killing nine "
    "people. The explosion came as army units captured the village of Lataminah, which "
    "rebels had held for two years.",
    "Jets bombed the village of Lataminah on Monday, killing four fighters. The strikes "
    "came as army units recaptured the nearby hill of Tal Sukar.",
])
def test_a_taking_told_with_a_bombing_is_its_own_incident(settings: Settings,
                                                           text: str) -> None:
    groups = _groups(settings, text)
    taking = [g for g in groups if any(code == "GOV_REGAINS_TERIT" for _, code in g)]
    assert taking and all(code == "GOV_REGAINS_TERIT" for _, code in taking[0])
    assert taking[0][0][0] == 1  # its own group, headed by the sentence that tells it


def test_who_holds_ground_stays_with_the_bombing(settings: Settings) -> None:
    # "are in control of" tells who holds the village, no act of taking: not an event
    groups = _groups(settings, "A car bomb exploded near a bakery in the town of Kafr Zita "
                               "on Monday, killing nine people. The explosion came as army "
                               "units are in control of the village of Lataminah.")
    assert len(groups) == 1
