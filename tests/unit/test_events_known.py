"""Well-known chemical attacks: placed by their date, ranked above the reactions to them."""

from __future__ import annotations

from warlog.events.known import known_attacks_first
from warlog.models import Event, Location, Precision


def _ev(sub: str, conf: float, date: str, loc: Location | None) -> Event:
    return Event(sub, "x", sub, conf, date, Precision.DAY, False, (), loc, None, None,
                 (), (), "")


GENEVA = Location("Geneva", "Geneva", "Switzerland", "CH", 46.2, 6.1, None, 1)
SYRIA = Location("Syria", None, "Syria", "SY", 35.0, 38.0, None, 3)
HOMS = Location("Homs", "Homs", "Syria", "SY", 34.7, 36.7, None, 1)


def test_events_known_attack_outranks_the_diplomacy_answering_it() -> None:
    talks = _ev("Diplomatic event", 0.7, "2013-09-02", GENEVA)
    gas = _ev("Chemical weapon", 0.2, "2013-08-21", SYRIA)
    ranked = known_attacks_first([talks, gas])
    first = max(ranked, key=lambda e: e.confidence)  # the scorers' first event
    assert first.sub_event_type == "Chemical weapon"
    assert first.location is not None and first.location.admin1 == "Rif-dimashq"


def test_events_known_attack_leaves_an_act_of_war_in_syria_the_news() -> None:
    strike = _ev("Shelling/artillery/missile attack", 0.8, "2017-04-07", HOMS)
    gas = _ev("Chemical weapon", 0.2, "2017-04-04", None)
    ranked = known_attacks_first([strike, gas])
    assert ranked[0] is strike and ranked[1].confidence == 0.2
    assert ranked[1].location is not None and ranked[1].location.admin1 == "Idlib"


def test_events_unknown_date_is_no_known_attack() -> None:
    talks = _ev("Diplomatic event", 0.7, "2014-09-02", GENEVA)
    gas = _ev("Chemical weapon", 0.2, "2014-08-21", SYRIA)
    assert known_attacks_first([talks, gas]) == [talks, gas]


def test_events_every_retelling_of_a_known_attack_is_placed_where_it_happened() -> None:
    capital = Location("Washington", "DC", "United States", "US", 38.9, -77.0, None, 1)
    damascus = Location("Damascus", "Dimashq", "Syria", "SY", 33.5, 36.3, None, 1)
    told = _ev("Chemical weapon", 0.9, "2013-08-21", damascus)
    echoed = _ev("Chemical weapon", 0.3, "2013-08-21", capital)
    ranked = known_attacks_first([told, echoed])
    assert ranked[0] == told
    assert ranked[1].location is not None and ranked[1].location.admin1 == "Rif-dimashq"
