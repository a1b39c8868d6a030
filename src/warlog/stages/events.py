"""Events: who did what to whom, where, when, how many. (Stub: replaced by issue 5.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.models import ActorMention, Document, Event, Place, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warlog.stages.geocode import Gazetteer


def extract_events(
    doc: Document,
    sdoc: "Doc",
    places: tuple[Place, ...],
    times: tuple[TimeExpr, ...],
    actors: tuple[ActorMention, ...],
    numbers: tuple[Quantity, ...],
    gazetteer: "Gazetteer",
) -> tuple[Event, ...]:
    return ()
