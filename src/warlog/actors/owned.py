"""Fighters named by their group after them: "jihadists of the Islamic State group",
"militants from the Nusra Front", "gunmen of the front".

A word that stands in for a side ("jihadists", "militants", "gunmen"), linked by guess to
no one or to the group that stands out in the report, is the group named right after it
by "of" or "from": the fighters are that group's, as "IS militants" are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warlog.actors.context import COREF, GENERIC
from warlog.models import ActorKind, ActorMention

_ARMED = (ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA)
# a stand-in linked by guess: to no one named, or to the group that stands out
_GUESSED = (GENERIC, COREF)
_OF_RX = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def owned_fighters(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions, with a stand-in for fighters ("militants", linked to no one or to
    the group that stands out) followed by "of"/"from" and an armed group's name linked
    to that group."""
    starts = {m.start: m for m in mentions if m.kind in _ARMED and m.method not in _GUESSED}
    out = []
    for m in mentions:
        guessed = m.method in _GUESSED and m.kind in _ARMED
        gap = _OF_RX.match(text, m.end) if guessed else None
        owner = starts.get(gap.end()) if gap is not None else None
        if owner is not None:
            m = replace(m, actor=owner.actor, aliases=owner.aliases, kind=owner.kind,
                        country=owner.country, parent=owner.parent, method=COREF)
        out.append(m)
    return out
