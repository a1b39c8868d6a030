"""Who blocked the road: a blockade is the crowd's riot only when the crowd made it.

The lexicon reads roads blocked and barricades as a violent demonstration, as the crowd
that blocks a highway or burns barricades is disruptive (ACLED's violent demonstration).
The state's forces block roads and put up barricades too, to stop a march: "police
prevented the farmers from marching and set up barricades", "roads leading to the square
were blocked by security forces". There the blockade is what met the crowd, an
intervention, and the sentence's protest is a protest with intervention. The parse
gives the doer: the subject of the verb the cue hangs on (a verb joined by "and" to an
earlier one has its subject), or the agent of a passive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the riot cues that name a blockade: roads, highways or traffic blocked, barricades
_BLOCKADE = re.compile(r"\b(block|blockad|barricad)", re.IGNORECASE)
# head nouns of the state's forces and of the authorities they act for
_FORCES = frozenset({
    "police", "policeman", "policemen", "officer", "force", "troop", "soldier", "army",
    "authority", "administration", "government", "gendarme", "gendarmerie", "military",
    "personnel", "cop", "constable",
})


def _forces(noun: Token) -> bool:
    return noun.lemma_.lower() in _FORCES or noun.lower_ in _FORCES


def _doer_is_forces(verb: Token) -> bool:
    """Whether the subject of ``verb`` (or of the verb it is joined to by "and", up a short
    chain), or the agent of its passive, names the state's forces. A clause it hangs on is
    not read through: the parser's readings of such chains are the least sure."""
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "nsubj":
                return _forces(c)
            if c.dep_ == "agent":
                return any(p.dep_ == "pobj" and _forces(p) for p in c.children)
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _verb_of(tok: Token) -> Token | None:
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def forces_blockade(
    sent: Span, hits: Sequence[Hit], tokens_of: Callable[[Span, Hit], list[Token]]
) -> list[Hit]:
    """``hits`` with each blockade cue of a violent demonstration whose doer is the state's
    forces read as an intervention (``@INTERVENE``) instead."""
    if not any(h.code == "@PROTEST" for h in hits):
        return list(hits)
    text = sent.text
    out: list[Hit] = []
    for h in hits:
        if h.code == "VIOL_DEMONSTR" and _BLOCKADE.search(text[h.start : h.end]):
            verb = next((v for v in map(_verb_of, tokens_of(sent, h)) if v is not None), None)
            if verb is not None and _doer_is_forces(verb):
                out.append(Hit("@INTERVENE", h.weight, h.start, h.end))
                continue
        out.append(h)
    return out
