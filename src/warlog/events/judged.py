"""Who is judged for an act did it: "Hezbollah was criticised for allowing the
evacuation", "critics slammed the group for negotiating with terrorists", "criticism was
levelled at X for allowing ...". Blame, criticism or praise for doing something names the
one who did it (the judges, not its target, are the act's outsiders); the act is the
gerund after "for". Who is blamed for a fact told as a noun ("blamed X for the attack") is
the claims stage's attribution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs that judge someone for what they did (not "attack": troops who attack rebels "for
# violating the truce" did the attacking)
_JUDGE = frozenset("criticise criticize blame slam fault condemn denounce censure rebuke "
                   "praise commend credit thank hail lambast castigate".split())
# nouns of judging sent at someone: "criticism was levelled at X", "anger directed at X"
_JUDGEMENT = frozenset("criticism blame condemnation censure praise anger outrage".split())
_SENT_AT = frozenset("level direct aim heap pour train".split())


def _for_doing(verb: Token) -> bool:
    """Whether ``verb`` carries "for" + a gerund: the act judged."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        for c in verb.children)


def judged_doer(tok: Token) -> bool:
    """Whether ``tok`` (a mention's head) names the one judged for doing an act: the
    object of an active verb of judging or the subject of its passive, or the object of
    "at" after a judgement sent at someone, with "for" + a gerund on the verb."""
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _JUDGE:
        return _for_doing(verb)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on") and tok.head.dep_ == "prep":
        verb = tok.head.head
        judged = any(c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.lemma_.lower() in _JUDGEMENT
                     for c in verb.children)
        return verb.lemma_.lower() in _SENT_AT and judged and _for_doing(verb)
    return False
