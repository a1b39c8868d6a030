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
# verbs of calling on others: without an object of their own, the infinitive after them
# is what they call for, not their purpose ("called for campaigners to protest",
# "appealed to residents to demonstrate"); "called a strike to protest X" keeps its deed
CALL_VERBS = frozenset("call urge appeal invite encourage ask".split())
# verbs of founding: a body formed to protest has protest as its aim, which no deed of
# the founding performs ("the group was founded to protest against the wars")
FOUNDING_VERBS = frozenset("found co-found form establish create".split())


def protest_purpose(verb: Token) -> bool:
    """Whether ``verb`` is "to protest" (or "to demonstrate") as the purpose of a deed told
    by the verb it hangs on; the caller then reads the mood of that deed's clause."""
    return (verb.lemma_ in PROTEST_VERBS and verb.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and verb.head.i != verb.i and verb.head.pos_ == "VERB"
            and not _called_for(verb.head) and verb.head.lemma_ not in FOUNDING_VERBS)


def _called_for(verb: Token) -> bool:
    """A call on others to act ("called for campaigners to protest"): a verb of calling
    with no direct object of its own, whose infinitive is the act called for."""
    return verb.lemma_ in CALL_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
