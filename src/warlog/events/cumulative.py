"""Cumulative tolls: dead and wounded summed over a stretch of time or over many acts.

"Since 2011, more than 300,000 have been killed", "the conflict has killed 330,000",
"520 airstrikes since 21 May have killed ... overall": such a figure belongs to no single
event, and the clause that states it tells no incident (:mod:`warlog.events.mood`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.nlp.columns import columns, hashes, pos_ids

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a war as the agent of a toll sums it over the war ("the conflict has killed 330,000")
WAR_NOUNS = frozenset("war conflict crisis uprising revolution insurgency violence "
                      "bloodshed".split())
# acts of fighting named as the agent of a toll; a day or a part of one
ACT_NOUNS = frozenset("fighting clash clashes shelling bombardment bombing airstrike "
                      "strike raid assault offensive battle gunfire".split())
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday dawn "
                      "morning afternoon evening night midnight yesterday".split())
TOLL_VERBS = frozenset("kill die wound injure perish".split())


def cumulative_toll(sent: Span) -> bool:
    """Does the sentence state a toll summed over time ("since 2011, more than 300,000
    have been killed")? Its figures belong to no single event."""
    # only a verb of killing can state one: the other words are passed over on the Doc's
    # columns, without a Token each
    doc = sent.doc
    pos, lemma, _ = columns(doc)
    verbs, tolls = pos_ids(("VERB", "AUX")), hashes(TOLL_VERBS)
    return any(summed_over_time(doc[i]) for i in range(sent.start, sent.end)
               if pos[i] in verbs and lemma[i] in tolls)


def summed_over_time(verb: Token) -> bool:
    """ "Since Saturday, 68 people have been killed", "so far this year": a toll summed
    over a stretch of time, not one incident."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in TOLL_VERBS:
        return False
    # "the conflict has killed 330,000", "the war, which killed ...": the war's toll
    clause = verb.head if verb.dep_ == "conj" else verb  # "that began ... and has killed"
    agent = clause.head if clause.dep_ == "relcl" else next(
        (c for c in clause.children if c.dep_ == "nsubj"), None)
    if agent is not None and agent.lemma_ in WAR_NOUNS:
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "since"
                                  for c in verb.children):
        return True  # "... fired rockets, killing 16 since Thursday": one act kills at once
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not perfect:
        return False
    doer = agent or next((c for c in clause.children if c.dep_ == "csubj"), None)
    if doer is not None and doer.lower_ in ACT_NOUNS and _days_long(verb):
        # "fighting in the town has killed 20 since Sunday": a fight named as the killer
        # over days is one incident going on (an incident lasts hours or days), not a
        # total summed over a war
        return False
    if doer is not None and doer.tag_ in ("NNS", "NNPS") and _summed(verb, doer):
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in ("since", "throughout"))
        or (c.dep_ == "advmod" and c.lower_ == "since")  # "has since killed 300,000"
        or (c.dep_ == "advmod" and c.lower_ == "far" and c.nbor(-1).lower_ == "so")
        or _past_stretch(c)  # "have been killed during the past month"
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                      for m in c.children))
        for c in verb.children
    )


def _summed(verb: Token, doer: Token) -> bool:
    """Many acts whose dead are added up: "520 airstrikes since 21 May have killed ...",
    "strikes have killed 300 civilians overall / in total". A plural doer with its own
    span of time, or a toll said to be the total, sums incidents (one act's "overall"
    toll stays its own: the doer must be plural)."""
    if any(c.dep_ == "prep" and c.lower_ == "since"
           and not any(o.lower_ in DAY_WORDS for o in c.children) for c in doer.children):
        return True
    return any((c.dep_ == "advmod" and c.lower_ in ("overall", "altogether", "cumulatively"))
               or (c.dep_ == "prep" and c.lower_ == "in"
                   and any(o.lower_ == "total" for o in c.children))
               for c in verb.children)


def _days_long(verb: Token) -> bool:
    """The verb's "since" phrase names a day or a part of one ("since Sunday", "since
    dawn", "since yesterday")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "since"
        and any(o.dep_ == "pobj" and o.lower_ in DAY_WORDS for o in c.children)
        for c in verb.children)


# spans of time longer than an incident lasts (an incident lasts hours or days)
_LONG_SPANS = frozenset("month year decade".split())


def past_stretch(obj: Token, units: frozenset[str]) -> bool:
    """ "the past two years", "the last month": a stretch of ``units`` reaching up to the
    time of writing."""
    return obj.lemma_ in units and any(
        c.dep_ == "amod" and c.lower_ in ("past", "last", "previous") for c in obj.children)


def _past_stretch(prep: Token) -> bool:
    """ "during / over / in the past month", "in the last two years": a toll summed over a
    stretch longer than any one incident lasts; "in the past 24 hours" or "over the last
    three days" may be one incident's and stays its own."""
    return prep.dep_ == "prep" and prep.lower_ in ("during", "over", "in") and any(
        o.dep_ == "pobj" and past_stretch(o, _LONG_SPANS) for o in prep.children)
