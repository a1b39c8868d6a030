"""Hearsay: when the subject of a verb of saying tells of an act that another did.

"The opposition claimed that Russian jets hit an outpost": the act is told in a clause
with a subject of its own, and the speaker is its source, not its agent. "A chemical
attack that opposition groups say killed hundreds": the verb of saying hangs, as a
relative clause, on the act's own noun, and the speaker tells of that act. In both, a
clause whose subject points back to the speaker ("the army said it shelled", "the
attack that the group said it carried out") tells the speaker's own act.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIVE = frozenset({"that", "which", "who", "whom"})


def _at(tokens: Iterable[Token], trigger: int) -> Token | None:
    return next((t for t in tokens if t.idx <= trigger < t.idx + len(t)), None)


def told_with_own_subject(verb: Token, sdoc: Doc, trigger: int) -> bool:
    """Whether the act at ``trigger`` is told in a clause under ``verb`` that has a
    subject of its own."""
    at = _at(verb.subtree, trigger)
    if at is None or at.i == verb.i:
        return False
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                   and at in c.subtree), None)
    # "the army said it shelled ...", "... said its jets struck": a pronoun subject, or
    # one a pronoun owns, points back to the speaker
    return clause is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in clause.children
    )


def tells_of_act(verb: Token, sdoc: Doc, trigger: int) -> bool:
    """Whether ``verb`` is a relative clause on the act's own noun ("a chemical attack
    that opposition groups say killed hundreds"), its clause told with no pronoun subject
    that points back to the speaker ("the attack that the group said it carried out")."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    act, at = verb.head, _at(sdoc, trigger)
    if at is None or (at.i != act.i and not (at.head.i == act.i and at.dep_ in (
            "amod", "compound"))):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                   and c.lower_ not in _RELATIVE for cl in clauses for c in cl.children)


def speaker_not_agent(verb: Token, sdoc: Doc, trigger: int) -> bool:
    """Whether the subject of ``verb``, a verb of saying, tells of an act another did."""
    return told_with_own_subject(verb, sdoc, trigger) or tells_of_act(verb, sdoc, trigger)
