"""A conflict told as lasting months or years is background, not an incident: "has fought
the government for more than a decade", "have clashed for years", "capturing territory
over the past two years", "has been conducting airstrikes ... since September 2014" (an
incident lasts hours or days: "have been fighting since dawn" stays one). Split from
:mod:`warlog.events.mood`, which makes such a reading unreal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.events.cumulative import past_stretch

if TYPE_CHECKING:
    from spacy.tokens import Token

_LONG_UNITS = frozenset("year decade month generation century".split())
_YEAR_RX = re.compile(r"(?:19|20)\d\d")
# a stretch of years reaching up to the time of writing ("over the past two years") spans
# the act told in it, in any tense (:func:`long_running`); "in the past two months" may
# count the incidents of a short stretch ("eight tremors have occurred in ..."), and
# ACLED codes each of them
_SPAN_PREPS = frozenset({"over", "during", "throughout"})
_YEAR_UNITS = frozenset("year decade generation century".split())


def long_running(verb: Token) -> bool:
    """ "has fought the government for more than a decade", "have clashed for years",
    "who fought for five long years": a conflict told as lasting months or years is
    background, not an incident (an incident lasts hours or days: "have been fighting
    since dawn" stays one), in the past as in the perfect; a past verb's "over" or
    "since" phrase may date the act instead ("killed over two years ago" is no span)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # "has tried to advance on X for months": the span may sit on the verb's complement
    spans = [*verb.children, *(p for x in verb.children if x.dep_ == "xcomp" for p in x.children)]
    for prep in spans:
        if prep.dep_ != "prep":
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in _SPAN_PREPS and any(past_stretch(o, _YEAR_UNITS) for o in objs):
            return True  # "capturing territory over the past two years": any tense
        if prep.lower_ not in (("for", "over", "since") if perfect else ("for",)):
            continue
        if any(o.lemma_ in _LONG_UNITS or year_named(o) for o in objs):
            return True
    # "has been conducting airstrikes against ... targets since September 2014": a perfect
    # progressive with a year after "since" is a campaign, wherever the parse hangs it
    return perfect and verb.tag_ == "VBG" and any(
        t.lower_ == "since" and any(year_named(o) for o in t.children if o.dep_ == "pobj")
        for t in verb.subtree)


def year_named(obj: Token) -> bool:
    """ "2014", also "September 2014", "March 2011": a time given by its year."""
    return bool(_YEAR_RX.fullmatch(obj.text)) or any(
        c.dep_ in ("nummod", "npadvmod", "appos") and _YEAR_RX.fullmatch(c.text)
        for c in obj.children)
