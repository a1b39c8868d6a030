"""A campaign told as won: its goal was reached.

An infinitive of goal on a campaign noun ("an offensive to liberate Mosul") tells no
taking: the city is not yet freed (:mod:`warlog.events.mood`). But a sentence that tells
the campaign itself succeeded ("the campaign to liberate Mosul proved successful", "the
offensive to retake the town succeeded", "the operation to drive IS from the city was a
success") asserts that its goal was reached: the success of an attempt entails what it
attempted, as "managed to capture" does. The taking is then told as done.

Such a campaign is told whole, by its outcome, as concluded: a news report that sums up a
won campaign with no day of its own tells it as background to its news, the way "months
ago" does (:mod:`warlog.events.concluded`). The side in the goal's "from" phrase is the
one the place was taken from (:func:`driven_out`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# nouns of an undertaking whose infinitive names its goal ("the campaign to liberate X")
CAMPAIGN_NOUNS = frozenset("campaign offensive operation operations drive push effort "
                           "efforts bid attempt assault battle war fight".split())
# a verb that says its subject succeeded; a copula whose complement does ("proved
# successful", "was a success", "turned out successful")
_SUCCEED = frozenset({"succeed"})
_COPULAS = frozenset({"be", "prove", "become", "turn"})
_SUCCESS = frozenset({"successful", "success", "victorious"})


def campaign_won(verb: Token) -> bool:
    """Whether ``verb``, an infinitive on a campaign noun ("to liberate" in "the campaign
    to liberate Mosul"), names the goal of a campaign the sentence tells succeeded."""
    noun = verb.head
    if noun.i == verb.i or noun.lemma_.lower() not in CAMPAIGN_NOUNS:
        return False
    # the parser hangs the infinitive on its noun as a clause, "acl" or "relcl"
    if verb.dep_ not in ("acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = noun.head
    if any(c.dep_ == "neg" for c in pred.children):
        return False  # "did not succeed", "was not successful"
    if pred.lemma_.lower() in _SUCCEED:
        return True
    return pred.lemma_.lower() in _COPULAS and any(
        c.dep_ in ("acomp", "oprd", "attr") and c.lemma_.lower() in _SUCCESS
        for c in pred.children)


def won_goal(tokens: Sequence[Token]) -> Token | None:
    """The predicate that tells a campaign won ("proved" in "the campaign to liberate
    Mosul proved successful"), when one of ``tokens`` (a taking cue's) is its goal."""
    verb = next((t for t in tokens if campaign_won(t)), None)
    return verb.head.head if verb is not None else None


def driven_out(tok: Token) -> bool:
    """Whether ``tok``, a side's word, lies in the "from" phrase of a won campaign's goal
    ("the campaign to liberate Mosul from the IS militant group proved successful"): the
    side the place was taken from, whatever the parser made of the words between "from"
    and the verb of success (they are the phrase's, as a subject ends where its verb
    begins)."""
    for verb in tok.sent:
        if not campaign_won(verb):
            continue
        start = next((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"),
                     None)
        if start is not None and start < tok.i < verb.head.head.i:
            return True
    return False


def won_attempts(sent: Span, hits: Sequence[Hit],
                 tokens_of: Callable[[Span, Hit], Sequence[Token]]) -> list[Hit]:
    """``hits`` less each attempt cue ("campaign to liberate Mosul": a fight for the town,
    which the taking cue inside it does not outweigh) whose campaign the sentence tells
    succeeded: the taking it aimed at was done, and its own cue stands."""
    return [h for h in hits if h.code != "@ATTEMPT" or not any(
        campaign_won(t) for t in tokens_of(sent, h))]
