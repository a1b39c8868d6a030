"""Generic agents: words that stand in for a side without naming it.

"Terrorists", "gunmen", "militants" and the Syrian state's "terrorist rocket attacks" are
linked to an actor by :mod:`warlog.actors.context` (method ``GENERIC``): the armed
opposition, or an unidentified armed group. Such a word names no one. When one of the
event's sentences names the group that acted ("ISIL terrorists fired rocket shells"), the
name is the event's actor1 and the stand-in is the same side told again, not an ally.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.actors.context import GENERIC
from warlog.models import ActorMention


def unnamed(m: ActorMention) -> bool:
    """Whether the text leaves the actor unnamed ("unidentified gunmen", "Unknown")."""
    return m.actor.startswith(("Unidentified", "Unknown"))


_SAID_UNKNOWN_RX = re.compile(r"(?i)\b(?:unidentified|unknown|unnamed|unspecified)\b")


def implied(m: ActorMention) -> bool:
    """Whether the actor is unnamed without the text saying so ("an air strike" read as
    some air force): the one side the report tells as doing such acts may fill it, where
    "unidentified drones" say that no one knows."""
    return unnamed(m) and _SAID_UNKNOWN_RX.search(m.text) is None


def stand_in(m: ActorMention) -> bool:
    """Whether a generic word was taken for a named side ("terrorists" for the armed
    opposition, "the militants" for the group named before). "Unidentified gunmen" is
    no stand-in: the text says that nobody knows who acted, and that is what it codes."""
    return m.method == GENERIC and not unnamed(m)


def named(m: ActorMention) -> bool:
    """Whether a mention names its actor (not a stand-in, not "Unidentified ...")."""
    return not stand_in(m) and not unnamed(m)


def stand_ins_dropped(agents: Sequence[ActorMention]) -> list[ActorMention]:
    """The agents with the generic stand-ins left out when a named agent leads them: the
    stand-in tells the named side again ("terrorist rocket attacks" ... "ISIL terrorists
    fired"), it is no co-perpetrator for ``assoc_actor_1``."""
    if not agents or not named(agents[0]):
        return list(agents)
    return [m for m in agents if not stand_in(m)]
