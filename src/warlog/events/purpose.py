"""A purpose that is its own deed: "observed a strike to protest the tax", "wore black
bands to protest the arrests". An infinitive of purpose is mostly a goal beyond the act
("an offensive to liberate Mosul": the city is not yet freed, :mod:`warlog.events.mood`),
but protest is performed by the act that voices it: a deed done to protest is the
protest itself, as real as the deed, which its own clause decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs of protest, whose purpose infinitive names what the deed it hangs on is
PROTEST_VERBS = frozenset("protest demonstrate".split())


def protest_purpose(verb: Token) -> bool:
    """Whether ``verb`` is "to protest" (or "to demonstrate") as the purpose of a deed told
    by the verb it hangs on; the caller then reads the mood of that deed's clause."""
    return (verb.lemma_ in PROTEST_VERBS and verb.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and verb.head.i != verb.i and verb.head.pos_ == "VERB")
