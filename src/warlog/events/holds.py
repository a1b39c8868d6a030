"""Ground held for a while: a taking told as brief is the fight's, not a change of hands.

ACLED codes ground changing hands ("Government regains territory", "Non-state actor
overtakes territory") when a side gains control of a place. A hold told as brief
("briefly seized the town", "temporarily took control of the base", "were briefly in
control of the square") was lost again: no hands changed at the end of it, and what is
left is the fight for the place, an armed clash, as positions overrun in a fight are the
fight's ground (:func:`warlog.events.types._positions_fought_for`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit
from warlog.events.types import Scored, best, decide

if TYPE_CHECKING:
    from spacy.tokens import Token

TERRITORY_CODES = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})
# adverbs that tell a state held only for a while
BRIEF_ADVERBS = frozenset({"briefly", "temporarily", "momentarily"})
# a hold whose length is counted in these ("for several hours", "for a while") ended
# within the day it began
SHORT_SPANS = frozenset({"hour", "minute", "moment", "while"})


def _brief_mark(word: Token) -> bool:
    for c in word.children:
        if c.dep_ == "advmod" and c.lower_ in BRIEF_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_ in SHORT_SPANS for g in c.children):
            return True
    return False


def held_briefly(cues: Sequence[Sequence[Token]]) -> bool:
    """Whether every taking cue (given by its tokens) is told as brief: a word of it, or
    the word it hangs on, carries "briefly", "temporarily" or "momentarily" ("briefly
    took control of", "were temporarily in control of") or a length in hours or minutes
    ("occupied it for several hours")."""
    def brief(toks: Sequence[Token]) -> bool:
        return any(_brief_mark(t) for t in {*toks, *(t.head for t in toks)})
    return bool(cues) and all(toks and brief(toks) for toks in cues)


def fought_for(scored: Scored) -> Scored | None:
    """The fight for the ground ``scored`` read as taken: its taking cues become an
    attempt on the place (``@ATTEMPT``: a fight for it, the place not kept), and the
    sentence is decided again; None unless that gives an armed clash."""
    hits = [Hit("@ATTEMPT", h.weight, h.start, h.end) if h.code == "@TERRITORY" else h
            for h in scored.hits]
    scores = decide(hits)
    top = best(scores)
    if top is None or top[0] != "ARMED_CLASH":
        return None
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    return Scored(top[0], top[1], ranked, tuple(hits))
