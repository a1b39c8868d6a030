"""Sentences that follow an incident already told: a claim "for the attack" and a
sentence that tells more of it ("Three soldiers were also abducted") rank below it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from warlog.events.codes import CODES
from warlog.events.group import INCIDENT_FAMILY, Group
from warlog.models import Event
from warlog.nlp.parse import span_text

_ALSO_RX = re.compile(r"\balso\b|\bas well\b(?! as)", re.I)
_ANAPHOR_RX = re.compile(
    r"\bthe (?:attacks?|incidents?|bombings?|blasts?|explosions?|"
    r"strikes?|assault|killings?|kidnapping|abduction)\b",
    re.I,
)


def claims_follow_incidents(groups: Sequence[Group], events: list[Event]) -> list[Event]:
    """A claim "for the attack" made after the attack was told is that attack's claim
    (attached to it already): it ranks below it, not above."""
    out = []
    for g, ev in zip(groups, events, strict=True):
        earlier = any(o.head.index < g.head.index and o.head.code != "ATTRIB" for o in groups)
        if (
            ev.sub_event_type == CODES["ATTRIB"][1]
            and earlier
            and _ANAPHOR_RX.search(span_text(g.head.sent))
        ):
            ev = dataclasses.replace(ev, confidence=round(ev.confidence * 0.5, 3))
        elif (
            earlier
            and g.head.code in INCIDENT_FAMILY
            and _ALSO_RX.search(span_text(g.head.sent))
        ):  # "Three soldiers were also abducted": more of the incident told before
            ev = dataclasses.replace(ev, confidence=round(ev.confidence * 0.6, 3))
        out.append(ev)
    return out
