"""An event placed only at country level takes the report's focus in that country: the
first province it names there, else its first town. Invented names ("Zorvia", "Kessin",
"Dalmora")."""

from __future__ import annotations

from warlog.events.focus import report_focus
from warlog.models import ActorKind, ActorMention, Place


def _place(text: str, word: str, feature: str, cc: str, lat: float, lon: float,
           nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Place(start, start + len(word), word, word, lat, lon, None, feature, cc, None, 0.9)


def test_the_first_province_of_the_main_country_is_the_focus() -> None:
    text = ("Zorvia seeks a resolution on the chemical attack in Zorvia. Video from districts "
            "east of Dalmora showed people choking. Inspectors went to Kessin province.")
    places = [_place(text, "Zorvia", "country", "ZZ", 35.0, 38.0),
              _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6)]
    got = report_focus(places, "ZZ", [], text)
    assert got is not None and got.text == "Kessin"
    # no province named: the first town
    got = report_focus(places[:2], "ZZ", [], text)
    assert got is not None and got.text == "Dalmora"


def test_a_demonym_an_actor_a_dateline_or_a_place_abroad_is_no_focus() -> None:
    text = ("DALMORA - Kessin Front fighters and Zorvian troops clashed in Zorvia, officials "
            "in Vantor said.")
    places = [_place(text, "DALMORA", "city", "ZZ", 33.5, 36.3),
              _place(text, "Kessin", "admin1", "ZZ", 35.9, 36.6),
              _place(text, "Zorvian", "country", "ZZ", 35.0, 38.0),
              _place(text, "Vantor", "city", "YY", 40.0, 30.0)]
    places[2] = Place(places[2].start, places[2].end, "Zorvian", "Zorvia", 35.0, 38.0, None,
                      "country", "ZZ", None, 0.9)
    start = text.index("Kessin")
    front = ActorMention(start, start + len("Kessin Front"), "Kessin Front", "Kessin Front",
                         (), ActorKind.REBEL_GROUP)
    assert report_focus(places, "ZZ", [front], text) is None
