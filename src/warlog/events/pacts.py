"""An agreement named, not made: "the collapse of the truce", "violated the ceasefire".

An agreement is an event when the clause tells it reached ("the sides agreed a truce",
"a deal was signed"). A clause that tells the agreement failing, breached or stalled
presupposes it was made earlier and tells something else happening to it: "after the
collapse of a short-lived truce", "a stall in an agreement between the opposition and
the army", "the truce collapsed", "shelling violated the ceasefire".
Only agreement nouns are read so; a failure of anything else ("the collapse of the
building") is left to the other rules (:mod:`warlog.events.mood`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PACTS = frozenset("agreement deal accord truce ceasefire cease-fire treaty pact terms "
                  "arrangement memorandum".split())
# nouns and verbs of an agreement failing or being broken ("the collapse of", "a stall
# in", "violations of"; "the truce collapsed", "violated the ceasefire")
FAILURE_NOUNS = frozenset("collapse breakdown stall violation breach failure suspension "
                          "expiry lapse demise".split())
FAILURE_VERBS = frozenset("collapse fail stall expire falter crumble unravel".split())
BREACH_VERBS = frozenset("violate breach break undermine flout".split())


def is_pact(tok: Token) -> bool:
    """Whether ``tok`` is an agreement noun ("truce", "deal", "cease-fire")."""
    return tok.pos_ in ("NOUN", "PROPN") and bool({tok.lower_, tok.lemma_.lower()} & PACTS)


def failed_pact(noun: Token) -> bool:
    """Whether the agreement noun ``noun`` is told failing or broken, not made: the
    object of a noun of failure through "of"/"in" ("the collapse of the truce", "a stall
    in an agreement"), the subject of a verb of failure ("the truce collapsed"), or the
    object of a verb of breach ("violated the ceasefire")."""
    if not is_pact(noun):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.i != head.i:
        owner = head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() in FAILURE_NOUNS
    if noun.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_ in FAILURE_VERBS
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_ in BREACH_VERBS
    return False


def pact_failing(verb: Token) -> bool:
    """Whether ``verb`` is a verb of failure whose subject is an agreement ("the truce
    collapsed"): the pact failing, no building or bridge falling."""
    return verb.pos_ == "VERB" and verb.lemma_ in FAILURE_VERBS and any(
        c.dep_ == "nsubj" and is_pact(c) for c in verb.children)
