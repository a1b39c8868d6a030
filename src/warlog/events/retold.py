"""The place of an incident whose first sentence names none, when later sentences joined
it: the one the sentence just before names, when that sentence tells the same kind of act
("Two people were killed in a rocket attack on al-Midan in Aleppo city. A source said
terrorists fired rocket shells at the neighbourhood in the city ..."). A report, a
roundup above all, heads each incident with a line that says where it happened and then
retells it without the place; the sentences that joined the retelling may tell the next
incident, somewhere else, and their place is not this one's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import places as ep
from warlog.events.triggers import cached_hits
from warlog.models import ActorMention, Place
from warlog.nlp.parse import span_text

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
    it, and ``before`` tells the same kind of act; else None."""
    if joined < 2 or before is None:
        return None
    if ep.pick_place(own, head.trigger, places, actors, country) is not None:
        return None
    if not any(h.code == head.code for h in cached_hits(span_text(before))):
        return None
    return ep.pick_place([before], head.trigger, places, actors, country)
