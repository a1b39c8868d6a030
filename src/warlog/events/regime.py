"""The regime's aircraft: "regime air raids", "government air strikes", "Syrian government
air raids" name the state's forces of the report's country as the side that flies, even
where no actor mention covers the words (the actor stage takes "regime" alone for no
one). Read into :func:`warlog.events.sides.air_owners`' list of the sides a report tells
as flying, so that an air strike with no agent belongs to them when they are the only
such side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.actors.forces import country_forces
from warlog.events.location import country_name
from warlog.events.sides import flies
from warlog.models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

METHOD = "events.regime.v1"
_STATE = frozenset({"regime", "government"})


def regime_flyers(sdoc: Doc, code: str | None,
                  actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The country's forces, once per "regime"/"government" that owns aircraft or air
    raids in the text ("regime air raids on Douma"), not what was hit ("shot down a
    government jet") nor words an actor mention already covers. ``code``: the ISO code
    of the report's country."""
    country = country_name(code)
    if country is None:
        return []
    forces = country_forces(country)
    out: list[ActorMention] = []
    for tok in sdoc:
        if tok.lower_ not in _STATE or tok.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        head = tok.head
        if not flies(head) or head.dep_ in ("dobj", "nsubjpass"):
            continue
        if any(m.start <= tok.idx < m.end for m in actors):
            continue
        out.append(ActorMention(tok.idx, head.idx + len(head), sdoc.text[tok.idx:head.idx
                                + len(head)], forces.name, forces.aliases, forces.kind,
                                country, None, METHOD))
    return out
