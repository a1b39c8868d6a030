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
        # an opening bracket ends no sentence: the insertion goes on ("one [drone] that")
        ("There was one [drone] that attacked us.", "drone", False),
        ("Guards saw one ( armed ) man.", "armed", False),
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



def _tagger_nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("tagger")
    tagger.add_label("NN")  # type: ignore[attr-defined]
    nlp.initialize()
    return nlp


def test_nlp_matrix_products_go_through_numpy_on_one_thread() -> None:
    from thinc.api import NumpyOps

    from warlog.nlp import blas

    nlp = _tagger_nlp()
    if not blas.single_threaded_openblas():
        pytest.skip("numpy is not built on OpenBLAS here")
    assert blas.use_numpy_gemm(nlp)
    nodes = list(nlp.get_pipe("tagger").model.walk())  # type: ignore[attr-defined]
    assert all(type(n.ops) is NumpyOps and not n.ops.use_blis for n in nodes)
    assert nlp("Rebels shelled the town.")[0].tag_ == "NN"


def test_nlp_matrix_products_left_alone_on_other_ops() -> None:
    from thinc.api import NumpyOps

    from warlog.nlp import blas

    class OtherOps(NumpyOps):
        name = "other"

    nlp = _tagger_nlp()
    model = nlp.get_pipe("tagger").model  # type: ignore[attr-defined]
    model.ops = OtherOps()
    assert not blas.use_numpy_gemm(nlp)
    assert type(model.ops) is OtherOps
    assert all(getattr(n.ops, "use_blis", True) for n in model.walk())


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        ("Date of publication 16 October 2017 Rebel shelling hit the city.",
         "Date of publication 16 October 2017"),
        ("Published June 3 2016 Regime raids killed 31 people.", "Published June 3 2016"),
        ("Published reports said gunmen attacked a post on 3 June 2016.", None),
        ("On 3 June 2016 regime raids killed 31 people.", None),
    ],
)
def test_nlp_a_labelled_date_stamp_opening_the_text_is_its_own_sentence(
    text: str, first_sentence: str | None
) -> None:
    from warlog.nlp import dateline

    nlp = spacy.blank("en")
    dateline.register()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dateline_break")
    doc = nlp(text)
    first = next(iter(doc.sents))
    if first_sentence is None:
        assert first.text == text and not dateline.stamp_only(first)
    else:
        assert first.text == first_sentence and dateline.stamp_only(first)
def test_span_text_is_the_span_s_text() -> None:
    from warlog.nlp.parse import span_text

    doc = spacy.blank("en")("Rebels shelled Idlib.  Two died\n\nin the strike . ")
    for i in range(len(doc) + 1):
        for j in range(i, len(doc) + 1):
            assert span_text(doc[i:j]) == doc[i:j].text


def test_first_token_at_is_the_walk_s_answer_for_every_offset() -> None:
    from warlog.nlp.parse import first_token_at

    doc = spacy.blank("en")("  Rebels shelled Idlib.  Two died\n\nin the strike . ")
    for char in range(-1, len(doc.text) + 3):
        walked = next((t.i for t in doc if t.idx >= char), len(doc))
        assert first_token_at(doc, char) == walked


def test_nlp_dateline_break_keeps_the_doc_s_text_for_later_stages() -> None:
    from warlog.nlp import dateline
    from warlog.nlp.parse import doc_text

    text = "Published: 12 March 2019 Rebels shelled Idlib."
    nlp = spacy.blank("en")
    dateline.register()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("dateline_break")
    doc = nlp(text)
    assert doc.user_data.get("warlog.text") == text == doc_text(doc) == doc.text


def test_parse_keeps_each_text_as_its_doc_s_text() -> None:
    from warlog.nlp.parse import doc_text, parse

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = ["Rebels shelled Idlib.  Two died\n\nin the strike . ", "  Calm returned."]
    docs = list(parse(nlp, texts))
    for text, doc in zip(texts, docs, strict=True):
        assert doc.user_data.get("warlog.text") is text
        assert doc_text(doc) == doc.text == text


def test_columns_are_each_token_s_pos_lemma_and_lower_form() -> None:
    from warlog.nlp.columns import columns, hashes, pos_ids

    words = ["Shelling", "has", "killed", "300", "since", "2011", "."]
    pos = ["NOUN", "AUX", "VERB", "NUM", "ADP", "NUM", "PUNCT"]
    lemmas = ["shelling", "have", "kill", "300", "since", "2011", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas)
    got_pos, got_lemma, got_lower = columns(doc)
    verbs, kill = pos_ids(("VERB", "AUX")), hashes(frozenset({"kill"}))
    assert [i for i, p in enumerate(got_pos) if p in verbs] == [1, 2]
    assert [i for i, h in enumerate(got_lemma) if h in kill] == [2]
    assert got_lower[0] == doc.vocab.strings["shelling"] and got_lower[0] == doc[0].lower
    assert columns(doc) is columns(doc)  # read once per Doc


def test_entities_are_doc_ents_and_follow_a_change_of_the_entities() -> None:
    from spacy.tokens import Span

    from warlog.nlp.ents import entities

    doc = spacy.blank("en")("Rebels from Idlib shelled Hama on Monday .")
    doc.set_ents([Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="GPE")])
    first = entities(doc)
    assert first == doc.ents and "warlog.ents" in doc.user_data
    assert [(e.text, e.label_) for e in entities(doc)] == [("Idlib", "GPE"), ("Hama", "GPE")]
    doc.set_ents([Span(doc, 6, 7, label="DATE")], default="outside")
    assert [(e.text, e.label_) for e in entities(doc)] == [("Monday", "DATE")]
    assert entities(doc) == doc.ents


def test_entities_are_kept_as_spans_and_a_copy_of_the_doc_reads_its_own() -> None:
    from spacy.tokens import Span

    from warlog.nlp.ents import entities

    doc = spacy.blank("en")("Jets struck Idlib and Hama .")
    doc.set_ents([Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="GPE")])
    assert entities(doc) is entities(doc)  # the same Spans, not rebuilt on each call
    copy = doc.copy()  # deep-copies user_data, which spaCy's Spans do not allow
    assert entities(copy) == copy.ents and entities(copy)[0].doc is copy


def test_nlp_a_blank_line_starts_a_sentence_and_a_line_break_does_not() -> None:
    nlp_stage._register_paragraph_breaks()
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_breaks")
    doc = nlp("Rebels advance\n\nThe army said\nit held Hama .\n\n")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Rebels", "The"]


@pytest.mark.parametrize("pieces", [1, 2, 3])
def test_ner_decoder_maxout_is_the_largest_piece(pieces: int) -> None:
    import numpy

    from warlog.nlp.decode import _maxout

    rng = numpy.random.default_rng(7)
    hidden = rng.standard_normal((5, 64, pieces)).astype("float32")
    hidden[0, 0, :] = numpy.nan  # a NaN unit stays NaN, as with max
    got = _maxout(hidden)
    assert got.shape == (5, 64) and got.dtype == hidden.dtype
    assert numpy.array_equal(got, hidden.max(axis=2), equal_nan=True)


def test_forget_entities_lets_the_doc_go_without_the_cycle_collector() -> None:
    import gc
    import weakref

    from spacy.tokens import Span

    from warlog.nlp.ents import entities, forget_entities

    doc = spacy.blank("en")("Jets struck Idlib .")
    doc.set_ents([Span(doc, 2, 3, label="GPE")])
    assert [e.text for e in entities(doc)] == ["Idlib"]
    gone = weakref.ref(doc)
    forget_entities(doc)
    assert "warlog.ents" not in doc.user_data
    gc.disable()
    try:
        del doc
        assert gone() is None  # freed by its reference count alone
    finally:
        gc.enable()
