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


# verbs of leaving a place: who does them in a clause of time ("after the fighters left
# for X", "as the militants withdrew") moves off the scene of the main act
_LEAVING = frozenset("leave depart withdraw retreat flee evacuate exit abandon relocate".split())


def left_before(subject: Token, act: Token) -> bool:
    """Whether ``subject`` is the subject of a verb of leaving, another than ``act``, told
    in a clause of time of its own ("After the fighters left for X, the coalition shelled
    the road"; "After the deal was struck and the fighters left"): it moved off while the
    main clause's subject did the act, so it is no doer of the act (it may well be the
    side the act was aimed at)."""
    while subject.dep_ == "compound":  # "ISIS fighters": the name's noun is the subject
        subject = subject.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == act.i or verb.lemma_.lower() not in _LEAVING:
        return False
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS | {"as"}
               for h in heads for c in h.children):
        return False
    # "Before government forces left the city they executed 15 detainees": the main
    # clause's pronoun takes up the one who left, who is then the doer after all
    main = heads[-1].head
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                   for c in main.children)


def act_apart(subject: Token, cues: list[Token]) -> bool:
    """Whether the verb ``subject`` does is another act than the one the ``cues`` (this
    event's words in a sentence other than the trigger's) tell: every cue lies outside
    that verb's tree or in a clause of time hanging on it ("After the deal was struck,
    the coalition shelled the road": the coalition shelled; it struck no deal). A sentence
    that tells the event only as the time of its main act names the main act's doer, no
    side of the event."""
    while subject.dep_ == "compound":
        subject = subject.head
    verb = subject.head
    if not cues or subject.dep_ != "nsubj" or verb.i == subject.i:
        return False
    for cue in cues:
        cur, hops = cue, 0
        while cur.i != verb.i and cur.head.i != cur.i and hops < 16:
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                           for c in cur.children):
                break  # the cue's clause of time: the act it tells came before the main one
            cur, hops = cur.head, hops + 1
        if cur.i == verb.i:
            return False  # the cue is the verb's own act, or a part of it
    return True
