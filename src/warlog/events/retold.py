"""The place of an incident whose first sentence names none, when later sentences joined
it: the one the sentence just before names, when that sentence tells the same kind of act
("Two people were killed in a rocket attack on al-Midan in Aleppo city. A source said
terrorists fired rocket shells at the neighbourhood in the city ..."). A report, a
roundup above all, heads each incident with a line that says where it happened and then
retells it without the place; the sentences that joined the retelling may tell the next
incident, somewhere else, and their place is not this one's.

A report names one incident of war by many words (a clash heads the shelling retold after
it, "advances west of Raqqa" head "killed after the capture of five villages"): a line
telling another act of war, or no act at all, heads the retelling as well. A protest is
the life of a town, not a scene of war, and heads no act of war; a country is no scene at
all: a line naming only the country heads nothing unless it tells the same kind of act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import places as ep
from warlog.events.codes import CODES, VIOLENT_CODES
from warlog.events.group import TERRITORY_CODES
from warlog.events.triggers import cached_hits
from warlog.models import ActorMention, Place
from warlog.nlp.parse import span_text

# public protest, as a code or as a cue: the life of a town, not a scene of war
_CIVIL = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST",
                    "VIOL_DEMONSTR", "MOB_VIOL", "@PROTEST", "@RIOTING", "@PEACEFUL"})
# acts of war: armed violence and the taking of ground, which a report names by many words
_COMBAT = (VIOLENT_CODES | TERRITORY_CODES) - _CIVIL

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.events.detect import Candidate


def headed_place(
    head: Candidate,
    own: Sequence[Span],
    before: Span | None,
    joined: int,
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None,
) -> Place | None:
    """The place that ``before`` (the sentence just before the incident's first one,
    ``head``; ``own``: that sentence and what the parser split off it) names, when the
    incident's own first sentence names none, other sentences (``joined`` in all) joined
    it, and ``before`` tells the same kind of act, or (naming more than a country) another
    act of war or no act, when the incident is one of war; else None."""
    if joined < 2 or before is None:
        return None
    if ep.pick_place(own, head.trigger, places, actors, country) is not None:
        return None
    said = ep.pick_place([before], head.trigger, places, actors, country)
    acts = {h.code for h in cached_hits(span_text(before))}
    if said is None or head.code in acts:
        return said
    if said.feature == "country" or head.code not in _COMBAT:
        return None
    return None if acts & _CIVIL or (acts & set(CODES)) - _COMBAT else said
