"""How deep a mention's clause sits in its sentence: the main clause's subject acts, not
that of "after the militants departed" (an adverbial, relative or complement clause is a
step down)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.models import ActorMention

_CLAUSES = ("advcl", "relcl", "ccomp", "acl", "xcomp", "pcomp")


def clause_depth(m: ActorMention, sents: Sequence[Span]) -> int:
    """The number of clause boundaries between the mention and its sentence's root (9
    where the mention lies in none of ``sents`` or aligns with no tokens)."""
    for sent in sents:
        if sent.start_char <= m.start < sent.end_char:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                return 9
            hops, cur = 0, span.root
            while cur.head.i != cur.i and hops < 9:
                hops += int(cur.dep_ in _CLAUSES)
                cur = cur.head
            return hops
    return 9
