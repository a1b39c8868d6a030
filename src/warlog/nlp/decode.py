"""A faster greedy decoder for spaCy's entity recogniser, with the same entities.

spaCy's ``ner`` component reads a document with a transition system (BILUO): one action
per token, chosen by a small network from three token vectors (the next token, the first
token of the open entity, the token before). The network's costly parts, the token
encoder and the precomputed first layer, run in large matrix products; what is slow in the
installed package is the loop that, token after token, asks every one of the 74 actions
whether it is valid, one document at a time (about 70% of the component's time on short
reports).

:class:`NerDecoder` keeps spaCy's own layers and weights and runs that loop for a whole
batch at once in numpy: at step ``t`` every document still being read is at its token
``t`` (each BILUO action consumes exactly one token), so the features, the hidden layer,
the scores, the validity of every action and the choice are array operations over the
batch. The arithmetic is spaCy's, in its order (features summed left to right, the bias
last, maxout, the output layer through the same BLAS), and the validity rules are
``BiluoPushDown``'s for a document with no preset entities: no entity starts on a space or
runs across a sentence start, B and I need a following token, I and L continue the open
entity's label, U and B need a label, O needs no open entity. The entities come out
identical to the package's (checked on every dev text by ``benchmarks/ner_decoder.py``).

:func:`decoder_for` returns ``None`` (so the package's component stays) for any model of
another shape: beam search, a different feature set, unseen classes, a GPU. A batch whose
documents already carry entities (preset by an earlier component) is handed to spaCy's
component, whose rules for presets this decoder does not repeat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy
    from spacy.tokens import Doc

    Array = numpy.ndarray[Any, Any]

METHOD = "nlp.ner_batch_decoder.v1"
TOKEN_BUDGET = 32_768  # tokens decoded at once (about 50 MB of first-layer output)
# a group whose tokens are fewer than NARROW times its longest document's is left to
# spaCy's component: a batched step costs about what two of its per-token steps do
NARROW = 2.0
_MOVES = {"O": 0, "B": 1, "I": 2, "L": 3, "U": 4}  # any other ("M", missing): -1, never valid


def decoder_for(ner: Any) -> NerDecoder | None:
    """A batch decoder for the ``ner`` pipe, or ``None`` when its model is not the shape
    this decoder reproduces exactly."""
    from spacy.pipeline._parser_internals.ner import BiluoPushDown
    from thinc.api import NumpyOps

    model = getattr(ner, "model", None)
    if model is None or not isinstance(getattr(ner, "moves", None), BiluoPushDown):
        return None
    if ner.cfg.get("beam_width", 1) != 1 or model.attrs.get("unseen_classes"):
        return None
    if not model.attrs.get("has_upper") or len(model.layers) != 3:
        return None
    _, lower, upper = model.layers
    if type(model.ops) is not NumpyOps or lower.name != "precomputable_affine":
        return None
    if lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2 or upper.name != "linear":
        return None
    return NerDecoder(ner)


class NerDecoder:
    """Callable and ``pipe``-able like the component it stands for (see the module doc)."""

    def __init__(self, ner: Any) -> None:
        import numpy

        self.ner = ner
        moves, labels = [], []
        for i in range(ner.moves.n_moves):
            move, _, label = ner.moves.get_class_name(i).partition("-")
            moves.append(_MOVES.get(move, -1))
            labels.append(label)
        self.move = numpy.array(moves, dtype="int8")
        self.names = sorted({lab for lab in labels if lab})
        # each action's label as an index into names; -1 for none
        self.label = numpy.array([self.names.index(x) if x else -1 for x in labels])
        self.valid = _validity_table(self.move, self.label, len(self.names))

    def __call__(self, doc: Doc) -> Doc:
        self.decode([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128, **_: Any) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.decode(batch)
                yield from batch
                batch = []
        if batch:
            self.decode(batch)
            yield from batch

    def decode(self, docs: list[Doc]) -> None:
        """Set the entities of ``docs`` in place."""
        from spacy.attrs import ENT_IOB

        todo = [d for d in docs if len(d)]
        if not todo:
            return
        if any(d.to_array(ENT_IOB).any() for d in todo):
            for _ in self.ner.pipe(todo, batch_size=len(todo)):
                pass
            return
        for part in _by_token_budget(todo):
            if sum(len(d) for d in part) < NARROW * len(part[0]):  # longest first
                for _ in self.ner.pipe(part, batch_size=len(part)):
                    pass  # one long document: a step per token costs spaCy less
                continue
            found = self._entities(part)
            for i, doc in enumerate(part):
                _set_entities(doc, found.get(i, []), self.names)

    def _entities(self, docs: list[Doc]) -> dict[int, list[tuple[int, int, int]]]:
        """(start, end, label index) of each document's entities, by index in ``docs``."""
        import numpy

        t2v, lower, upper = self.ner.model.layers
        pre = lower.predict(t2v.predict(docs))  # row 0 the padding, row i+1 token i
        rows = pre.reshape(pre.shape[0], pre.shape[1], -1)
        bias = lower.get_param("b").reshape(-1)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        lengths = numpy.array([len(d) for d in docs])
        closed_code, open_add = _token_codes(docs)
        order = numpy.argsort(-lengths, kind="stable")  # longest first: the live are a prefix
        run = _Run(lengths[order], numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])[order])
        n_piece = lower.get_dim("nP")
        gemm = self.ner.model.ops.gemm
        for t in range(int(lengths.max())):
            k = run.live(t)
            g = run.offsets[:k] + t
            is_open = run.open[:k]
            hidden = _features(rows, g, is_open, run.start[:k] + run.offsets[:k], bias)
            scores = gemm(_maxout(hidden.reshape(k, -1, n_piece)), weights, trans2=True)
            scores += out_bias
            code = numpy.where(is_open, 3 + 2 * run.label[:k] + open_add[g], closed_code[g])
            run.take(t, numpy.where(self.valid[code], scores, -numpy.inf).argmax(axis=1), self)
        return {int(order[i]): ents for i, ents in run.found.items()}


def _by_token_budget(docs: list[Doc]) -> Iterator[list[Doc]]:
    """The documents longest first, in groups of at most TOKEN_BUDGET tokens (a longer
    document alone): the first layer keeps 1.5 kB a token for the whole group, and
    documents of like length waste fewer steps."""
    group: list[Doc] = []
    size = 0
    for doc in sorted(docs, key=len, reverse=True):
        if group and size + len(doc) > TOKEN_BUDGET:
            yield group
            group, size = [], 0
        group.append(doc)
        size += len(doc)
    if group:
        yield group


def _validity_table(move: Array, label: Array, n_labels: int) -> Array:
    """Which actions are valid, by state code (``BiluoPushDown``'s rules, no presets):
    0 no open entity, the token may begin one; 1 no open entity, last token of the
    document or of its sentence; 2 no open entity, a space token; 3 + 2j an open entity
    of label j that may go on; 4 + 2j one that must end here."""
    import numpy

    labelled = label >= 0
    o = move == 0
    b, i, last, u = ((move == m) & labelled for m in (1, 2, 3, 4))
    rows = [b | u | o, u | o, o]
    for j in range(n_labels):
        rows += [(i | last) & (label == j), last & (label == j)]
    return numpy.array(rows)


def _token_codes(docs: list[Doc]) -> tuple[Array, Array]:
    """Per token of the batch: the state code it gives a state with no open entity, and
    what it adds (0 or 1) to an open entity's code (see :func:`_validity_table`)."""
    import numpy
    from spacy.attrs import IS_SPACE, SENT_START

    space = numpy.concatenate([d.to_array(IS_SPACE) for d in docs]).astype(bool)
    starts = numpy.concatenate([d.to_array(SENT_START).view("int64") for d in docs])
    last = numpy.zeros(len(space), dtype=bool)
    last[numpy.cumsum([len(d) for d in docs]) - 1] = True
    may_go_on = ~last & numpy.append(starts[1:] != 1, True)
    closed = numpy.where(space, 2, numpy.where(may_go_on, 0, 1))
    return closed, (~may_go_on).astype("int64")


def _maxout(pieces: Array) -> Array:
    """The largest of each unit's pieces (``pieces.max(axis=2)``), as an elementwise
    maximum of the pieces: the same values, but numpy reduces a short last axis one
    element at a time (25x the time of ``numpy.maximum`` for 64 units of 2 pieces, paid
    once per token position of every batch)."""
    import numpy

    out: Array = pieces[:, :, 0]
    for p in range(1, pieces.shape[2]):
        out = numpy.maximum(out, pieces[:, :, p])
    return out


def _features(rows: Array, g: Array, is_open: Array, ent_start: Array, bias: Array) -> Array:
    """The first layer's input summed as spaCy sums it: next token, open entity's first
    token, previous token (padding where there is none), then the bias."""
    import numpy

    first = numpy.where(is_open, ent_start + 1, 0)
    prev = numpy.where(is_open, g, 0)
    out: Array = rows[g + 1, 0] + rows[first, 1]
    out += rows[prev, 2]
    out += bias
    return out


class _Run:
    """The BILUO states of a batch of documents sorted longest first."""

    def __init__(self, lengths: Array, offsets: Array) -> None:
        import numpy

        self.lengths, self.offsets = lengths, offsets
        n = len(lengths)
        self.open = numpy.zeros(n, dtype=bool)
        self.start = numpy.zeros(n, dtype="int64")
        self.label = numpy.zeros(n, dtype="int64")
        self.found: dict[int, list[tuple[int, int, int]]] = {}
        self._live = n

    def live(self, t: int) -> int:
        while self._live and self.lengths[self._live - 1] <= t:
            self._live -= 1
        return self._live

    def take(self, t: int, choice: Array, dec: NerDecoder) -> None:
        """Take each live state's chosen action at token ``t``."""
        import numpy

        k = len(choice)
        move, label = dec.move[choice], dec.label[choice]
        begin = move == 1
        if begin.any():
            self.open[:k] |= begin
            self.start[:k][begin] = t
            self.label[:k][begin] = label[begin]
        for i in numpy.flatnonzero(move >= 3).tolist():  # L or U: an entity ends here
            first = t if move[i] == 4 else int(self.start[i])
            self.found.setdefault(i, []).append((first, t + 1, int(label[i])))
            self.open[i] = False


def _set_entities(doc: Doc, ents: list[tuple[int, int, int]], names: list[str]) -> None:
    from spacy.tokens import Span

    doc.set_ents([Span(doc, s, e, label=names[lab]) for s, e, lab in ents], default="outside")
