"""What a protest is about is not what happened to it.

ACLED codes a protest by its crowd's fate: dispersed or detained, it is a protest with
intervention; fired on, one met with excessive force. A report names arrests and force
also as the protest's grievance or demand: "rallied to demand the release of
demonstrators detained during the march", "a peaceful protest following the arrest of
local vigilantes", "marched against police brutality". There the arrest or the force is
the object of the demand, of the protest, or of a phrase of cause ("following",
"over", "against"), and tells nothing of what the police did to this crowd. The parse
gives the phrase: a cue of intervention or force every word of which lies inside one is
left out of the sentence's reading. So is the word "violence" there: a protest "against
gender-based violence" or "for an end to ethnic violence" names a wrong of society as its
grievance, no violence of this crowd (a named act, "the clashes", may be the crowd's own:
it is left to the riot rules).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs and nouns whose object is what a crowd asks for or objects to
_DEMAND_HEADS = frozenset({
    "demand", "call", "urge", "seek", "protest", "release", "end", "rally", "march",
    "demonstrate", "oppose", "petition",
    # a demand to stop something names a grievance, as one to end it does: "stop state
    # violence", "halt the killings"
    "stop", "halt",
})
# prepositions of cause or grievance: "following the arrest of", "over the detention of",
# "against police brutality"
_CAUSE_PREPS = frozenset({"following", "over", "against"})
_CROWD_FATE = frozenset({"@INTERVENE", "@FORCE"})
# the abstract noun of a wrong, whose cue (``@CLASH``) is left out inside a grievance too
_GRIEVANCE_NOUNS = frozenset({"violence"})


def in_topic(tok: Token) -> bool:
    """Whether ``tok`` lies inside the object of a demand or a protest, or of a
    preposition of cause, within its own clause: the walk stops at an adverbial or
    relative clause and at a verb with a subject of its own ("calling for ... as police
    fired tear gas": the firing is told, not demanded). A condemnation is no grievance:
    what is condemned happened."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or cur.dep_ in ("advcl", "relcl"):
            return False  # a clause of time, cause or relation asserts on its own
        if cur.dep_ in ("dobj", "pobj", "xcomp", "ccomp") and head.lemma_.lower() in _DEMAND_HEADS:
            return True
        if cur.dep_ == "pobj" and head.lower_ in _CAUSE_PREPS:
            return True
        if (cur.dep_ == "pobj" and head.lower_ == "for"
                and head.head.lemma_.lower() in _DEMAND_HEADS):
            return True  # "called for an end to arrests"
        if head.pos_ in ("VERB", "AUX") and cur.dep_ != "nsubj" and any(
                c.dep_ == "nsubj" for c in head.children):
            return False  # a clause with a subject of its own: "as police fired tear gas"
        cur = head
    return False


def grievance_only(sent: Span, hits: Sequence[Hit],
                   tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` without the intervention and force cues, and the cue of the word
    "violence", of a sentence that tells a protest whose every word lies in what the
    protest asks for or objects to."""
    if not any(h.code == "@PROTEST" for h in hits):
        return list(hits)
    out = []
    for h in hits:
        if h.code in _CROWD_FATE or h.code == "@CLASH":
            toks = tokens_of(sent, h)
            wrong = h.code in _CROWD_FATE or all(t.lower_ in _GRIEVANCE_NOUNS for t in toks)
            if toks and wrong and all(in_topic(t) for t in toks):
                continue
        out.append(h)
    return out
