"""Run the loaded pipeline over texts, parsing only the sentences that need it.

With a pipeline from ``load_nlp(model, partial_parse=True)``, :func:`parse` runs the
main pass (no dependency parser), then parses only the sentences a ``needs_parse``
predicate selects, and gives every other sentence a flat tree (first token the root, the
rest attached to it with the label ``dep``; :func:`is_parsed` tells them apart).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc, Span

FLAT_DEP = "dep"


def is_parsed(sent: Span) -> bool:
    """False for a sentence that partial parsing left with a flat tree."""
    if len(sent) < 2:
        return True
    return not all(t.dep_ == FLAT_DEP and t.head.i == sent.start for t in sent[1:])


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept (spaCy rebuilds it on every access)."""
    text = doc.user_data.get("warlog.text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["warlog.text"] = text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's kept text (:func:`doc_text`): the same string, as
    a span's characters run from its first token's start to its last token's end, without
    joining its tokens again on every access."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_starts(doc: Doc) -> list[int]:
    """Each token's first character offset (``Token.idx``), read once per Doc and kept:
    with them a character range finds its tokens by bisection, not by a walk."""
    starts = doc.user_data.get("warlog.idx")
    if not isinstance(starts, list) or len(starts) != len(doc):
        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist()
        doc.user_data["warlog.idx"] = starts
    return starts


def first_token_at(doc: Doc, char: int) -> int:
    """Index of the first token of ``doc`` starting at or after character ``char``
    (``len(doc)`` when none does): a bisection over :func:`token_starts`, the same answer
    as a walk over the tokens, without a Python Token built for every word before it."""
    return bisect_left(token_starts(doc), char)


WHOLE_DOC_SHARE = 0.6  # parse the whole document when this share of its tokens needs it


def parse(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = 32,
    needs_parse: Callable[[str], bool] | None = None,
) -> Iterator[Doc]:
    """Run the pipeline over texts, in order (see the module docstring for partial parsing)."""
    partial = "parser" in nlp.disabled and "parser" in nlp.component_names
    if not partial:
        yield from nlp.pipe(_tokenized(nlp, texts), batch_size=batch_size)
        return
    batch: list[Doc] = []
    for doc in nlp.pipe(_tokenized(nlp, texts), batch_size=batch_size):
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from parse_sentences(nlp, batch, needs_parse or (lambda _: True))
            batch = []
    yield from parse_sentences(nlp, batch, needs_parse or (lambda _: True))


def _tokenized(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Each text's Doc, made as ``nlp.pipe`` makes it, keeping the text itself: spaCy's
    tokenizer never loses a character, so the Doc's text is the text it was given and
    need not be joined again from its tokens (:func:`doc_text`)."""
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data["warlog.text"] = text
        yield doc


def parse_sentences(
    nlp: Language, docs: list[Doc], needs_parse: Callable[[str], bool]
) -> list[Doc]:
    """Parse the sentences of ``docs`` that ``needs_parse`` selects, flat trees elsewhere;
    a document most of whose text needs it is parsed whole. One parser batch for all."""
    parser: Any = nlp.get_pipe("parser")
    whole: list[Doc] = []
    parts: list[tuple[Doc, list[Span], list[Span]]] = []
    for doc in docs:
        sents = list(doc.sents)
        text = doc_text(doc)
        enough = WHOLE_DOC_SHARE * len(doc)
        chosen: list[Span] = []
        size = 0
        for s in sents:
            if needs_parse(text[s.start_char : s.end_char]):
                chosen.append(s)
                size += len(s)
                if size >= enough:
                    break  # parsed whole: the other sentences need not be asked
        if size >= enough:
            whole.append(doc)
        else:
            parts.append((doc, sents, chosen))
    for _ in parser.pipe(whole, batch_size=64):
        pass
    subs = iter(
        parser.pipe([_sentence_doc(s) for _, _, chosen in parts for s in chosen], batch_size=256)
    )
    for doc, sents, chosen in parts:
        _merge(doc, sents, {s.start: next(subs) for s in chosen})
    return docs


def parse_also(nlp: Language, doc: Doc, needs_parse: Callable[[str], bool]) -> Doc:
    """A copy of ``doc`` in which the flat sentences ``needs_parse`` selects are parsed too;
    ``doc`` itself is left as it was (``doc`` when there is nothing more to parse)."""
    from spacy.attrs import DEP, HEAD

    text = doc_text(doc)
    more = [s for s in doc.sents
            if not is_parsed(s) and needs_parse(text[s.start_char : s.end_char])]
    if not more or "parser" not in nlp.component_names:
        return doc
    parser: Any = nlp.get_pipe("parser")
    copy = doc.copy()
    arr = copy.to_array([HEAD, DEP]).view("int64").copy()
    for s, sub in zip(more, parser.pipe([_sentence_doc(s) for s in more], batch_size=256),
                      strict=True):
        arr[s.start : s.end] = sub.to_array([HEAD, DEP]).view("int64")
    copy.from_array([HEAD, DEP], arr.view("uint64"))  # type: ignore[arg-type]
    return copy


def _sentence_doc(sent: Span) -> Doc:
    """A Doc of one sentence with just what the parser reads: the words, the shared token
    vectors and the sentence boundary (cheaper than ``Span.as_doc``, which copies every
    attribute, morphology included; the parses come out the same)."""
    import numpy
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    doc = sent.doc
    sub = Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    starts = numpy.full((len(sent), 1), -1, dtype="int64")
    starts[0, 0] = 1
    sub.from_array([SENT_START], starts.view("uint64"))  # type: ignore[arg-type]
    if doc.tensor is not None and len(doc.tensor) == len(doc):
        sub.tensor = doc.tensor[sent.start : sent.end]
    return sub


def _merge(doc: Doc, sents: list[Span], parsed: dict[int, Doc]) -> None:
    import numpy
    from spacy.attrs import DEP, HEAD

    arr = numpy.zeros((len(doc), 2), dtype="int64")
    flat = doc.vocab.strings.add(FLAT_DEP)
    root = doc.vocab.strings.add("ROOT")
    for s in sents:
        sub = parsed.get(s.start)
        if sub is not None:
            arr[s.start : s.end] = sub.to_array([HEAD, DEP]).view("int64")
        else:
            _flat_tree(arr, s, flat, root)
    doc.from_array([HEAD, DEP], arr.view("uint64"))  # type: ignore[arg-type]


def _flat_tree(arr: numpy.ndarray[Any, Any], s: Span, flat: int, root: int) -> None:
    for i in range(s.start, s.end):
        arr[i, 0] = s.start - i
        arr[i, 1] = root if i == s.start else flat
