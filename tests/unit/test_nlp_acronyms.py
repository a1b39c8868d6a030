"""Whether "IS" stands in a line written in capitals (no model needed: a blank pipeline's
tokenizer is enough). Sentences written for the test."""

from __future__ import annotations

import pytest
import spacy

from warlog.nlp.acronyms import in_capitals


@pytest.mark.parametrize(("text", "capitals"), [
    ("WHO IS RESPONSIBLE FOR THE ATTACK", True),
    ("IS claimed the attack on Tuesday", False),
    # a lone acronym beside it does not make the line one in capitals
    ("The Islamic State (ISIS Daesh ISIL IS) group claimed it", False),
    # a headline in capitals on its own line ends at the line break
    ("THE WAR GOES ON\nIS claimed the attack", False),
])
def test_in_capitals(text: str, capitals: bool) -> None:
    doc = spacy.blank("en")(text)
    i = max(t.i for t in doc if t.text == "IS")
    assert in_capitals(doc, i) is capitals
