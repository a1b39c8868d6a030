"""An evacuation deal hands ground over too (events/handover.py): an agreement whose own
sentences tell armed men leaving under it is followed by that non-violent transfer of
territory (invented sentences)."""

from __future__ import annotations

import pytest

from warlog.events.handover import with_transfers
from warlog.models import Event, Evidence, Location, Precision

TOWN = Location("Zabadani", "Rif-dimashq", "Syria", "SY", 33.72, 36.1, None, 1)


def _deal(*sentences: str, historical: bool = False) -> Event:
    told = tuple(Evidence(0, len(s), s) for s in sentences)
    return Event("d1", "Strategic developments", "Agreement", 0.6, "2016-04", Precision.MONTH,
                 historical, (), TOWN, None, None, (), told, "Agreement: unknown actors.")


@pytest.mark.parametrize("sentence", [
    "Under the truce the town council allowed the evacuation of some 200 rebel fighters "
    "from Zabadani to Idlib as part of the deal.",
    "After the accord was signed and the militants departed to Idlib, the road reopened.",
    "Once the deal was done, about 150 gunmen pulled out of the hills to the north.",
])
def test_events_handover_deal_with_departure_is_also_a_transfer(sentence: str) -> None:
    deal = _deal("The two sides reached a deal on Sunday.", sentence)
    out = with_transfers([deal])
    assert [e.sub_event_type for e in out] == ["Agreement", "Non-violent transfer of territory"]
    moved = out[1]
    assert moved.id != deal.id and moved.location == deal.location and moved.date == deal.date
    assert moved.confidence < deal.confidence
    assert [e.text for e in moved.evidence] == [sentence]


@pytest.mark.parametrize("sentence", [
    "The deal will allow the evacuation of 200 fighters from the town next week.",
    "The agreement provides for the withdrawal of rebel fighters from the hills.",
    "The two sides reached a ceasefire deal after weeks of talks.",
])
def test_events_handover_no_departure_yet_no_transfer(sentence: str) -> None:
    assert len(with_transfers([_deal(sentence)])) == 1


def test_events_handover_background_deal_stays_alone() -> None:
    past = _deal("In 2015 the fighters departed from the town under a deal.", historical=True)
    assert with_transfers([past]) == [past]
