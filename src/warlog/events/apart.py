"""An act told in a clause of time of its own: "surrendered to Kurdish forces after the
stronghold was captured".

The sides of the main act (who surrendered, to whom) are not the doers of the act the
clause of time tells: that act has sides of its own, named there or not. The parser often
hangs such a clause astray (the passive verb as a conjunct of the main one), but its
subordinator ("after", "before", "once", "when", "until", "since") still marks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIME_MARKS = frozenset("after before once when until since".split())


def told_apart(verb: Token, main: Token) -> bool:
    """Whether ``verb`` (another act than ``main``) is told in a clause of time after
    ``main``: a subordinator of time between them, heading a word up to ``verb``."""
    if verb.i <= main.i:
        return False
    return any(t.dep_ == "mark" and t.lower_ in _TIME_MARKS and main.i < t.head.i <= verb.i
               for t in verb.doc[main.i + 1 : verb.i])
