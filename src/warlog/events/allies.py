"""Allies: a side the doer backs, supports or fights alongside is its associate.

ACLED's ``assoc_actor_1`` stands with actor1; a target is never on the side of the one
who attacked it. An ally named in the act's sentence is read as such two ways:

- a cue that governs the mention: "supported by Russian air power", "with the backing of
  Iran", "with air support from Turkish jets" (who gives support, from wherever it comes,
  stands with who gets it), "in coordination with", "alongside", "in support of
  government forces". The cue
  must govern the name: "Turkish troops fighting alongside the FSA shelled YPG positions"
  makes the FSA an ally and the YPG, the object of the verb after it, the target;
- the object of a verb of backing whose backer is the doer: "coalition strikes backing
  the SDF killed ...", "a US team supporting the Syriac Military Council shelled ...",
  "Russia, which backs the government, bombed ..." (the backer is the subject of the
  act, or the act itself).

And the other way round, an opponent is no associate: whoever made an attack that the
doer repelled, foiled or thwarted ("the army repelled an attack by IS") is the other
side of the fight, not a second agent beside the doer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.nlp.parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.models import ActorMention

_ASSOC_RX = re.compile(
    r"\b(?:supported|backed|aided|helped|assisted|accompanied|joined) by\b|"
    r"\bwith the (?:\w+ )?(?:support|help|backing|assistance) of\b|"
    r"\bwith (?:the )?(?:\w+ )?(?:support|help|backing|assistance|cover) from\b|"
    r"\bin (?:collaboration|"
    r"cooperation|coordination) with\b|\balongside\b|\btogether with\b|\bin support of\b"
)
# verbs whose object is the side their subject stands with
_BACKING = frozenset("back support help aid assist reinforce escort accompany".split())


def ally_cue(m: ActorMention, sent: Span) -> bool:
    """Whether an ally cue just before the mention governs it: no sentence break and no
    verb between the cue and the name ("backed by Russia and Iran": both)."""
    doc = sent.doc
    tail_start = max(sent.start_char, m.start - 60)
    tail = doc_text(doc)[tail_start : m.start]
    cues = list(_ASSOC_RX.finditer(tail))
    cue = cues[-1] if cues else None
    if cue is None or re.search(r"[.;]", tail[cue.end() :]):
        return False
    start = tail_start + cue.end()
    between = [t for t in doc if start <= t.idx < m.start]
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def backed_by_doer(tok: Token) -> bool:
    """Whether ``tok`` is what a verb of backing backs, and the backer is the one acting:
    the subject of the sentence's act ("A US team supporting the SMC shelled ..."), the
    act itself ("strikes backing the SDF killed ..."), or the subject of the backing."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _BACKING:
        return False
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.dep_ == "nsubj"  # the backer does the act
    if verb.dep_ == "advcl":  # "the US, backing the SDF, struck": the act's subject
        verb = verb.head
    return any(c.dep_ == "nsubj" for c in verb.children)


# verbs whose subject stops an act another side began
_REPEL = frozenset("repel repulse foil thwart counter fend abort".split())


def repelled(act: Token) -> bool:
    """Whether the act noun is what its verb's subject repelled ("repelled an attack by
    X", "foiled an attempt by X"): its author is the side repelled."""
    return act.dep_ == "dobj" and act.head.lemma_.lower() in _REPEL
