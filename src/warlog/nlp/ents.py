"""A Doc's entities, read off its token columns once and kept.

spaCy rebuilds ``Doc.ents`` on every access by walking all the tokens (a Python
``Token`` each); the place and actor stages ask for them several times per document.
The entity columns (``ENT_IOB``, ``ENT_TYPE``, ``ENT_KB_ID``, ``ENT_ID``) are read as
one array, cheap, and compared with the kept copy: the kept entities are used only
while the columns are unchanged, so the answer is always ``doc.ents``. The kept Spans
themselves are handed out again, not rebuilt: a new ``Span`` makes a Python ``Token``
for its first and last words to find its character offsets, and no stage changes a
Span it is given (label, kb_id and id are read, never set).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "warlog.ents"


class _Kept:
    """The entities kept with the entity columns they were read from. A copy of the Doc
    (``Doc.copy`` deep-copies ``user_data``; spaCy's Spans cannot be copied or pickled)
    starts with none kept, and reads its own."""

    __slots__ = ("columns", "ents")

    def __init__(self, columns: bytes = b"", ents: tuple[Span, ...] = ()) -> None:
        self.columns = columns
        self.ents = ents

    def __deepcopy__(self, memo: dict[int, object]) -> _Kept:
        return _Kept()

    def __reduce__(self) -> tuple[type[_Kept], tuple[()]]:
        return _Kept, ()


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once while the Doc's entity columns stay the same."""
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

    columns = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tobytes()
    kept = doc.user_data.get(_KEY)
    if isinstance(kept, _Kept) and kept.columns == columns:  # b"" only for no tokens
        return kept.ents
    ents = tuple(doc.ents)
    doc.user_data[_KEY] = _Kept(columns, ents)
    return ents


def forget_entities(*docs: Doc) -> None:
    """Drop the entities kept with ``docs``: each Span refers to its Doc, so kept ones
    make a cycle that holds the Doc (its token vectors included) until Python's cycle
    collector runs; a Doc whose stages are done lets them go at once."""
    for doc in docs:
        doc.user_data.pop(_KEY, None)
