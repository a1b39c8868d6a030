"""A Doc's entities, read off its token columns once and kept.

spaCy rebuilds ``Doc.ents`` on every access by walking all the tokens (a Python
``Token`` each); the place and actor stages ask for them several times per document.
The entity columns (``ENT_IOB``, ``ENT_TYPE``, ``ENT_KB_ID``, ``ENT_ID``) are read as
one array, cheap, and compared with the kept copy: the kept entities are used only
while the columns are unchanged, so the answer is always ``doc.ents``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "warlog.ents"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once while the Doc's entity columns stay the same."""
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
    from spacy.tokens import Span

    key = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tobytes()
    kept = doc.user_data.get(_KEY)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key:
        return tuple(Span(doc, s, e, label=lab, kb_id=kb, span_id=sid)
                     for s, e, lab, kb, sid in kept[1])
    ents = tuple(doc.ents)
    doc.user_data[_KEY] = (key, [(e.start, e.end, e.label, e.kb_id, e.id) for e in ents])
    return ents
