"""Inference-only forwards for thinc's Maxout and LayerNorm layers, with the same values.

The token encoders of the pipeline (the shared one, the entity recogniser's own and the
sentence recogniser's) are stacks of ``Maxout`` layers each followed by a ``LayerNorm``.
thinc's forwards keep what training needs and pay for it at inference too:

- ``Maxout`` multiplies the input by the weights of ``nO`` units of ``nP`` pieces each,
  laid out unit by unit, then takes each unit's largest piece with thinc's C kernel, which
  also records which piece won (for the gradient). For three pieces that kernel reads the
  pieces one unit at a time and costs about as much as a third of the product. Here the
  weights' rows are put piece by piece (one reordering per weight array, kept), so that
  each piece of every unit is a contiguous block of the product, and the largest piece
  is an elementwise maximum of whole blocks. Each product's element is the same dot
  product of the same row and column (a row's place in the weight matrix does not change
  how it is summed), and the maximum of some floats is one of them: the values are the
  same. On a tie the first piece wins, as in thinc's kernel (numpy's ``maximum`` returns
  its second argument on a tie of 0.0 and -0.0, so the later pieces come first).
- ``LayerNorm`` works out each row's mean twice (``X.mean`` and again inside ``X.var``)
  and allocates a new array for each step. Here the mean is computed once, the way numpy's
  ``mean`` and ``var`` compute it (``add.reduce``, then a division by the count as an
  integer scalar), the deviations are kept for the output, and the scaling and shift are
  done in place: the same operations on the same values, in the same order.

:func:`fast_layers` swaps the forwards of a model's layers where they are thinc's own;
with ``is_train`` (warlog never trains) the original forward runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy
    from thinc.api import Model

    Array = numpy.ndarray[Any, Any]

# model id -> (its W, its b, W's rows piece by piece, b the same way)
_PIECEWISE: dict[int, tuple[Array, Array, Array, Array]] = {}


def fast_layers(models: Iterable[Model[Any, Any]]) -> int:
    """Give every thinc ``Maxout`` and ``LayerNorm`` layer of ``models`` the forwards of
    this module; the number of layers changed."""
    from thinc.layers import layernorm, maxout

    swaps: dict[Callable[..., Any], Callable[..., Any]] = {
        maxout.forward: _maxout_forward, layernorm.forward: _layernorm_forward}
    changed = 0
    for model in models:
        for node in model.walk():
            new = swaps.get(node._func)
            if new is not None:
                node._func = new
                changed += 1
    return changed


def _piecewise(model: Any, n_out: int, n_piece: int, n_in: int
               ) -> tuple[Array, Array]:
    """The layer's weights and bias with the rows of each piece together (piece 0 of
    every unit, then piece 1, ...), worked out once per weight array."""
    import numpy

    weights: Array = model.get_param("W")
    bias: Array = model.get_param("b")
    kept = _PIECEWISE.get(model.id)
    if kept is None or kept[0] is not weights or kept[1] is not bias:
        order = numpy.arange(n_out * n_piece).reshape(n_out, n_piece).T.reshape(-1)
        rows = numpy.ascontiguousarray(weights.reshape(n_out * n_piece, n_in)[order])
        kept = (weights, bias, rows, numpy.ascontiguousarray(bias.reshape(-1)[order]))
        _PIECEWISE[model.id] = kept
    return kept[2], kept[3]


def _maxout_forward(model: Any, X: Any, is_train: bool
                    ) -> tuple[Any, Callable[..., Any]]:
    import numpy
    from thinc.layers import maxout

    n_out, n_piece, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    if is_train or n_piece < 2:
        return maxout.forward(model, X, is_train)
    rows, bias = _piecewise(model, n_out, n_piece, n_in)
    Y: Array = model.ops.gemm(X, rows, trans2=True)
    Y += bias
    pieces = Y.reshape(Y.shape[0], n_piece, n_out)
    best = numpy.maximum(pieces[:, n_piece - 1], pieces[:, n_piece - 2])
    for p in range(n_piece - 3, -1, -1):  # the earlier piece second: it wins a tie
        numpy.maximum(best, pieces[:, p], out=best)
    return best, _no_backprop


def _layernorm_forward(model: Any, X: Any, is_train: bool
                       ) -> tuple[Any, Callable[..., Any]]:
    import numpy
    from thinc.layers import layernorm

    if is_train:
        return layernorm.forward(model, X, is_train)
    count = numpy.intp(X.shape[1])  # numpy's mean and var divide by the count so
    mu = numpy.add.reduce(X, axis=1, keepdims=True)
    numpy.true_divide(mu, count, out=mu, casting="unsafe")
    Y = X - mu
    var = numpy.add.reduce(numpy.square(Y), axis=1, keepdims=True)
    numpy.true_divide(var, count, out=var, casting="unsafe")
    var += 1e-08
    Y *= var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(*_: Any) -> Any:
    raise NotImplementedError("warlog's inference-only layers have no gradient")
