"""A place name heading a firm's name ("Wanbao mining company") names the firm, and a
country guessed as the perpetrator ("likely US") an actor: neither is the event's place."""

from __future__ import annotations

from warlog.events import misnamed
from warlog.events import places as ep
from warlog.models import Place


def _at(text: str, word: str, feature: str, cc: str, lat: float, lon: float,
        nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Place(start, start + len(word), word, word, lat, lon, 1, feature, cc, None, 0.95)


TEXT = ("Drones struck army camps at the copper mine of Zorvia run by the Dalmora-owned "
        "Kessin mining company. Kessin Group said its workers were safe.")


def test_events_a_firms_name_casts_no_vote_for_the_reports_country() -> None:
    kessin = _at(TEXT, "Kessin", "city", "CN", 45.8, 121.8)
    again = _at(TEXT, "Kessin", "city", "CN", 45.8, 121.8, nth=1)
    zorvia = _at(TEXT, "Zorvia", "city", "MM", 22.0, 95.0)
    assert misnamed.names_a_firm(kessin, TEXT) and misnamed.names_a_firm(again, TEXT)
    assert ep.dominant_country([zorvia, kessin, again]) == "CN"  # without the text
    assert ep.dominant_country([zorvia, kessin, again], TEXT) == "MM"


def test_events_a_firms_name_abroad_is_no_place_but_a_town_is() -> None:
    kessin = _at(TEXT, "Kessin", "city", "CN", 45.8, 121.8)
    zorvia = _at(TEXT, "Zorvia", "city", "MM", 22.0, 95.0)
    assert misnamed.names_no_place(kessin, TEXT, [kessin, zorvia], (), "MM")
    assert not misnamed.names_no_place(zorvia, TEXT, [kessin, zorvia], (), "MM")


def test_events_a_country_guessed_as_the_perpetrator_is_no_place() -> None:
    text = "Unidentified drones (likely Zorvia; no other force flies here) bombed a camp."
    zorvia = _at(text, "Zorvia", "country", "ZV", 10.0, 20.0)
    assert misnamed.is_suspect(zorvia, text)
    assert ep.coarse_place([zorvia], "ZV", (), text) is None
    plain = "Drones bombed a camp in Zorvia."
    assert not misnamed.is_suspect(_at(plain, "Zorvia", "country", "ZV", 10.0, 20.0), plain)
