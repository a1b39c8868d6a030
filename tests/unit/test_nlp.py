"""The nlp stage's own components (no model needed: they run on hand-built Docs)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from warlog.nlp import load as nlp_stage


def _rejoined(text: str, break_before: str) -> Doc:
    """``text`` tokenised, with a sentence break set before the token ``break_before``,
    after the rejoining component has run."""
    nlp = spacy.blank("en")
    nlp_stage._register_rejoin()
    nlp.add_pipe("rejoin_broken_sentences")
    doc = nlp.make_doc(text)
    at = next(t.i for t in doc if t.text == break_before)
    for tok in doc:
        tok.is_sent_start = tok.i in (0, at)
    return nlp.get_pipe("rejoin_broken_sentences")(doc)


@pytest.mark.parametrize(
    ("text", "break_before", "kept"),
    [
        # a break between two words of one line is undone
        ("Rebels hit the 3rd Brigade base at dawn.", "Brigade", False),
        ("Gunmen from Al -Qaida attacked.", "-Qaida", False),
        ("Fighting in Sector 12 Gunmen fled.", "Gunmen", False),
        # after a full stop, a closing quote or bracket, or at a line end, it stays
        ("Five were killed. Police said so.", "Police", True),
        ("He said it. `` We will fight .", "We", True),
        ("Bombing in Kabul\nThe blast hit a market.", "The", True),
        ("More than 500 fled [ 1 ] Police said.", "Police", True),
    ],
)
def test_nlp_rejoins_sentences_broken_between_words(
    text: str, break_before: str, kept: bool
) -> None:
    doc = _rejoined(text, break_before)
    at = next(t.i for t in doc if t.text == break_before)
    assert doc[at].is_sent_start is kept
    assert doc[0].is_sent_start

