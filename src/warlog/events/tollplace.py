"""Where a toll was counted: the place a count's own phrase names ("28 terrorists killed
in Idleb", "3 civilians killed ... in Deir Ezzor, Aleppo").

A count belongs to the event at the place its phrase names. A report's headline often
runs two acts together ("28 Terrorists Killed in Idleb Syrian Army Regains Several Towns
in Hamah"), or sums one act over several places ("3 Civilians Killed ... in Deir Ezzor
Aleppo" over a body that tells 2 in Deir Ezzor and 1 in Aleppo). So:

- a count located in another governorate than the event's is another event's toll;
- a count located in a list of places that holds the event's is a sum over them: the
  event takes a figure stated for it alone when its sentences state one (ACLED: fatalities
  are split only as the text splits them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.events.located import is_demonym
from warlog.events.split import GAP_RX
from warlog.models import Place, Quantity

# between a count and the place its phrase names: the casualty words and a preposition,
# no clause break ("Killed 38 Injured in Terrorist Rocket Attacks in "); or the attacks
# that killed them and their target ("killed in rocket attacks on "): an attack's dead
# are counted where it struck
_TO_PLACE_RX = re.compile(
    r"[^.;:!?\"“”]{0,60}\b(?:(?:in|at)|(?:attacks?|strikes?|shelling|raids?|bombing|"
    r"shells|rockets|bombardment)\s+on)\s+(?:the\s+)?$", re.I)


def _locates(p: Place, text: str) -> bool:
    """A name that can say where people were killed: a place below the country, not a
    demonym nor a modifier ("US-led", "the US latest airstrike" name who, not where)."""
    return (p.lat is not None and p.feature != "country" and not is_demonym(p)
            and text[p.end : p.end + 1] != "-")


def located_at(q: Quantity, places: Sequence[Place], text: str) -> list[Place]:
    """The run of places the count's phrase names right after it, [] if none."""
    after = sorted((p for p in places if p.start >= q.end and _locates(p, text)),
                   key=lambda p: p.start)
    if not after or not _TO_PLACE_RX.fullmatch(text[q.end : after[0].start]):
        return []
    run = [after[0]]
    for p in after[1:]:
        if not GAP_RX.fullmatch(text[run[-1].end : p.start]):
            break
        run.append(p)
    return run


def _holds(p: Place, here: Place) -> bool:
    """Whether the event's place ``here`` is ``p`` or lies in its governorate."""
    if p.geonameid is not None and p.geonameid == here.geonameid:
        return True
    return (p.country_code == here.country_code and p.admin1 is not None
            and p.admin1 == here.admin1)


def foreign(q: Quantity, here: Place | None, places: Sequence[Place], text: str) -> bool:
    """A count its phrase locates only outside the event's governorate: another event's."""
    run = located_at(q, places, text) if here is not None else []
    return bool(run) and here is not None and not any(_holds(p, here) for p in run)


def summed(q: Quantity, here: Place | None, places: Sequence[Place], text: str) -> bool:
    """A count its phrase locates in a list of places in several governorates, the
    event's among them: a sum over several events."""
    run = located_at(q, places, text) if here is not None else []
    return (len({(p.country_code, p.admin1) for p in run}) >= 2 and here is not None
            and any(_holds(p, here) for p in run))
