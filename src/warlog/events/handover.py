"""Ground handed over under a deal: the agreement and the departure it lets happen.

ACLED codes an evacuation deal twice: the ``Agreement`` itself, and the ``Non-violent
transfer of territory`` that follows when one side's armed men leave the place under it
("allowing the evacuation of 300 fighters from the Qalamoun Mountains to Deir al-Zor as
part of the deal", "after the deal was struck and the militants departed"): the place
changes hands without a fight. A report tells both in the same sentences, which the
rules read once, as the agreement (one reading per type a sentence). So an agreement
whose own sentences tell armed men leaving, evacuated or withdrawing as part of it is
followed by its transfer: same place, day and sides, told by those sentences. A deal
that only provides for a departure ("will withdraw", "would allow the evacuation") has
handed nothing over yet, and neither has one told as background.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

from warlog.events.codes import CODES
from warlog.models import Event

TRANSFER = "NON_VIOL_TERRIT_TRANSFER"
_AGREEMENT = CODES["AGREEMENT"][1]
_SHARE = 0.95  # as likely as the deal that lets it happen; ranked just after it

# armed men, by the common nouns reports use for them
_ARMED = (r"(?:fighters|militants|terrorists|rebels|jihadists|gunmen|insurgents|"
          r"militiamen|militias|troops|combatants)")
# leaving a place: the noun of the act ("the evacuation of 300 fighters") or its verb
# after the men ("the militants departed", "the rebels pulled out")
_LEAVING_RX = re.compile(
    r"\b(?:evacuation|departure|withdrawal|pull-?out|relocation)\s+of\s+(?:[\w'’-]+\s+){0,5}?"
    + _ARMED + r"\b"
    + r"|\b" + _ARMED + r"\s+(?:had\s+|have\s+)?(?:departed|left|withdrew|pulled\s+out|"
    r"were\s+evacuated|had\s+been\s+evacuated|were\s+bussed|were\s+relocated)\b",
    re.I,
)
# what the deal only provides for or someone seeks: no one has left yet
_NOT_YET_RX = re.compile(
    r"\b(?:will|would|shall|could|might|may|to\s+be|is\s+to|are\s+to|plans?\s+to|"
    r"expected|calls?\s+for|demand\w*|provides?\s+for|proposed?)\b", re.I)


def _departure(text: str) -> bool:
    """Whether a sentence tells armed men leaving a place as a thing that happened."""
    m = _LEAVING_RX.search(text)
    return m is not None and not _NOT_YET_RX.search(text[max(0, m.start() - 40) : m.start()])


def with_transfers(events: Sequence[Event]) -> list[Event]:
    """The events, each current agreement whose sentences tell armed men leaving under
    it followed by that non-violent transfer of territory (see the module)."""
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if ev.sub_event_type != _AGREEMENT or ev.historical:
            continue
        told = tuple(e for e in ev.evidence if _departure(e.text))
        if not told:
            continue
        kind, sub = CODES[TRANSFER]
        key = f"{ev.id}:{TRANSFER}"
        out.append(dataclasses.replace(
            ev, id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], event_type=kind,
            sub_event_type=sub, confidence=round(ev.confidence * _SHARE, 3), evidence=told,
            fatalities=None, injured=None, claims=(),
            notes=ev.notes.replace(_AGREEMENT, sub, 1)))
    return out
