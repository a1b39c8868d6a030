"""The report's scene: where an event that the report tells without any place of its own
happened.

A reporter on Raqqa's front who quotes a fighter ("ISIS just executed his three kids"),
or a report of the fighting in Deir ez-Zor that goes on to an attack "in al-Sinaah
district" (a name no gazetteer holds), tells events of that town without naming it
again: the report gives the place once for all it tells. ACLED codes such an event to
the place the report is set in, as "part of" or "near" it (geo precision 2), rather than
leave it without a place. The place is the report's focus in its main country
(:func:`warlog.events.focus.report_focus`: the first province it names there, else its
first town), the same place an event told only "in Syria" goes to; it is used only where
an event's own sentences, its neighbours and the report's provinces and country gave no
place at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warlog.events.focus import report_focus
from warlog.events.location import to_location
from warlog.models import ActorMention, Location, Place

SCENE_PRECISION = 2  # ACLED: in or near the place, not at a point of its own


def scene_place(
    places: Sequence[Place], country: str | None, actors: Sequence[ActorMention], text: str
) -> Place | None:
    """The place the report is set in (its focus in its main country), or None."""
    return report_focus(places, country, actors, text)


def as_scene(location: Location) -> Location:
    """The location of an event placed by its report's scene: no finer than "near"."""
    return dataclasses.replace(location, precision=max(location.precision, SCENE_PRECISION))


def located_or_scene(
    place: Place | None, places: Sequence[Place], country: str | None,
    actors: Sequence[ActorMention], text: str,
) -> tuple[Place | None, Location | None]:
    """The event's place and location: its own when it has one, else the report's scene
    as "near" it, else none."""
    if place is not None:
        return place, to_location(place)
    scene = scene_place(places, country, actors, text)
    return scene, as_scene(to_location(scene)) if scene is not None else None
