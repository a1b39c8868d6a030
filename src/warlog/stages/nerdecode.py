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
_MOVES = {"B": 1, "I": 2, "L": 3, "U": 4, "O": 5}  # ner.pyx: MISSING=0 BEGIN IN LAST UNIT OUT


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
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves, labels = [], []
        for name in names:
            move, _, label = name.partition("-")
            moves.append(_MOVES.get(move, 0))
            labels.append(ner.vocab.strings.add(label) if label else 0)
        self.move = numpy.array(moves, dtype="int8")
        self.label = numpy.array(labels, dtype="uint64")
        self.label_strings = {lab: ner.vocab.strings[lab] for lab in labels if lab}
        labelled = self.label != 0
        self.is_b = (self.move == 1) & labelled
        self.is_i = (self.move == 2) & labelled
        self.is_l = (self.move == 3) & labelled
        self.is_u = (self.move == 4) & labelled
        self.is_o = self.move == 5

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
        found = self._entities(todo)
        for i, doc in enumerate(todo):
            _set_entities(doc, found.get(i, []), self.label_strings)

    def _entities(self, docs: list[Doc]) -> dict[int, list[tuple[int, int, int]]]:
        """(start, end, label) of each document's entities, by index in ``docs``."""
        import numpy
        from spacy.attrs import IS_SPACE, SENT_START

        t2v, lower, upper = self.ner.model.layers
        pre = lower.predict(t2v.predict(docs))  # row 0 the padding, row i+1 token i
        rows = pre.reshape(pre.shape[0], pre.shape[1], -1)
        bias = lower.get_param("b").reshape(-1)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        lengths = numpy.array([len(d) for d in docs])
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        space = numpy.concatenate([d.to_array(IS_SPACE) for d in docs]).astype(bool)
        starts = numpy.concatenate([d.to_array(SENT_START).view("int64") for d in docs])
        next_starts = numpy.append(starts[1:] == 1, False)
        order = numpy.argsort(-lengths, kind="stable")  # longest first: the live are a prefix
        run = _Run(lengths[order], offsets[order], self)
        n_piece = lower.get_dim("nP")
        for t in range(int(lengths.max())):
            k = run.live(t)
            g = run.offsets[:k] + t
            hidden = _features(rows, g, run.open[:k], run.start[:k] + run.offsets[:k], bias)
            hidden = hidden.reshape(k, -1, n_piece).max(axis=2)
            scores = self.ner.model.ops.gemm(hidden, weights, trans2=True)
            scores += out_bias
            more = run.lengths[:k] - t >= 2
            run.step(t, scores, more & ~next_starts[g], space[g])
        return {int(order[i]): ents for i, ents in run.found.items()}


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

    def __init__(self, lengths: Array, offsets: Array, dec: NerDecoder) -> None:
        import numpy

        self.lengths, self.offsets, self.dec = lengths, offsets, dec
        n = len(lengths)
        self.open = numpy.zeros(n, dtype=bool)
        self.start = numpy.zeros(n, dtype="int64")
        self.label = numpy.zeros(n, dtype="uint64")
        self.found: dict[int, list[tuple[int, int, int]]] = {}
        self._live = n

    def live(self, t: int) -> int:
        while self._live and self.lengths[self._live - 1] <= t:
            self._live -= 1
        return self._live

    def step(self, t: int, scores: Array, can_open_long: Array, space: Array) -> None:
        """Choose each live state's best valid action and take it."""
        import numpy

        d = self.dec
        k = len(scores)
        is_open, closed = self.open[:k], ~self.open[:k]
        same = d.label[None, :] == self.label[:k, None]
        valid = (
            (d.is_b & (closed & can_open_long & ~space)[:, None])
            | (d.is_i & (is_open & can_open_long)[:, None] & same)
            | (d.is_l & is_open[:, None] & same)
            | (d.is_u & (closed & ~space)[:, None])
            | (d.is_o & closed[:, None])
        )
        choice = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
        move, label = d.move[choice], d.label[choice]
        begin = move == 1
        self.open[:k] |= begin
        self.start[:k][begin] = t
        self.label[:k][begin] = label[begin]
        for i in numpy.flatnonzero((move == 3) | (move == 4)).tolist():
            first = t if move[i] == 4 else int(self.start[i])
            self.found.setdefault(i, []).append((first, t + 1, int(label[i])))
        self.open[:k] &= move != 3


def _set_entities(doc: Doc, ents: list[tuple[int, int, int]], names: dict[int, str]) -> None:
    from spacy.tokens import Span

    doc.set_ents([Span(doc, s, e, label=names[lab]) for s, e, lab in ents], default="outside")
