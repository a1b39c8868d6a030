"""A taking told in a clause that describes a noun: it says which thing is meant, not
what the report tells happened.

A relative clause on a noun picks out that noun, as an adjective would. Told as done, it
gives a place's history: "imposed a curfew on the town of Beru, which it recaptured last
year" tells a curfew; the recapture is how the reader is to know the town, told as
already known. Told with "to", it gives a body's purpose: "formed a new force to liberate
the province" tells a force formed; no ground has changed hands. ACLED codes a change of
territory only when control changes in the act reported, so either way the taking is no
event of the report (the clause modifying the sentence's root noun, a headline, is left
as it is). A participle before the noun ("the recently seized villages") is left alone:
there the taking is often the report's fresh news. So is an infinitive the parser hangs
on the noun as a clause of its own ("an offensive to liberate the district"): that stays
the offensive's goal (:mod:`warlog.events.mood`), which an attempt to take ground is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.events.achieved import campaign_won

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs of taking ground, as their lemmas
_TAKING = frozenset({"capture", "recapture", "seize", "retake", "regain", "liberate",
                     "overrun", "reclaim", "conquer"})


def describes_noun(verb: Token) -> bool:
    """Whether ``verb`` is a taking told in a relative clause on a noun of another clause:
    "the town, which the army recaptured last year", "a force to liberate the province"."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in _TAKING
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ != "ROOT"
            and not campaign_won(verb))  # "the push to seize X proved successful": done
