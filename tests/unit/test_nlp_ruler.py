"""The attribute ruler read as tables on the Doc's columns (warlog.nlp.ruler) sets what
spaCy's own AttributeRuler sets, with rules of each shape the package uses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from warlog.nlp.ruler import column_ruler, ruler_tables

_PATTERNS: list[dict[str, object]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X", "MORPH": "_"}},
    # a later rule on the word overrides what the tag gave (the ruler's order)
    {"patterns": [[{"LOWER": "the", "TAG": "DT"}]],
     "attrs": {"MORPH": "Definite=Def|PronType=Art"}},
    {"patterns": [[{"LOWER": {"IN": ["ol'", "old"]}, "TAG": {"IN": ["NN", "JJ"]}}]],
     "attrs": {"POS": "ADJ", "LEMMA": "old"}},
    {"patterns": [[{"LOWER": "goin'"}]], "attrs": {"LEMMA": "go"}},
    # rules on the parse cannot fire before it: left out
    {"patterns": [[{"DEP": "nsubj", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
]


def _doc(vocab: Vocab) -> Doc:
    words = ["The", "old", "goin'", "army", "shelled", "\n\n", "the", "OLD", "town", "_"]
    tags = ["DT", "NN", "VBG", "NN", "VBD", "_SP", "DT", "NN", "NN", "_SP"]
    return Doc(vocab, words=words, tags=tags)


def _attrs(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


def test_column_ruler_sets_what_the_attribute_ruler_sets() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(_PATTERNS)  # type: ignore[attr-defined]
    tables = ruler_tables(ruler.patterns)  # type: ignore[attr-defined]
    assert tables is not None
    fast = column_ruler(tables, nlp.vocab)
    expected = _attrs(ruler(_doc(nlp.vocab)))
    assert _attrs(fast(_doc(nlp.vocab))) == expected
    assert _attrs(fast(_doc(nlp.vocab))) == expected  # and again, from the outcomes it kept
    assert expected[1] == ("ADJ", "NN", "Number=Sing", "old")
    assert expected[6][2] == "Definite=Def|PronType=Art"


def test_ruler_tables_refuse_a_rule_they_cannot_hold() -> None:
    two_words = [{"patterns": [[{"TAG": "NN"}, {"TAG": "NN"}]], "attrs": {"POS": "X"}}]
    assert ruler_tables(two_words) is None
