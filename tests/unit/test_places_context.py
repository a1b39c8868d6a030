"""The article's place context (places/context.py) and the origin test of events'
misnamed places: answers kept or skipped where they cannot change."""

from __future__ import annotations

import pytest

from warlog.events import misnamed
from warlog.models import Place
from warlog.places.context import Context
from warlog.places.detect import Mention
from warlog.places.index import GazetteerEntry


def _entry(i: int, name: str, cc: str, feature: str = "city") -> GazetteerEntry:
    return GazetteerEntry(i, i, name, feature, cc, "01", 36.0, 37.0, 50_000)


def _mention(start: int, name: str, best: GazetteerEntry) -> Mention:
    return Mention(start, start + len(name), name, candidates=(best,), best=best)


def test_context_without_a_name_is_kept_and_leaves_that_name_out() -> None:
    aleppo, idlib = _entry(1, "Aleppo", "SY"), _entry(2, "Idlib", "SY", "admin1")
    first, other = _mention(0, "Aleppo", aleppo), _mention(20, "Idlib", idlib)
    ctx = Context.of([first, other, _mention(40, "Aleppo", aleppo)])
    apart = ctx.without(first)
    assert apart.places[1] == 0 and apart.places[2] == 1  # a name is no evidence for itself
    assert apart.countries["SY"] == ctx.countries["SY"] - 2 * 2
    assert ctx.without(_mention(60, "Aleppo", aleppo)) is apart  # worked out once per name
    assert ctx.without(other) is not apart


def test_origin_test_runs_its_pattern_only_where_from_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "fighters from Chechnya and Iraq attacked Raqqa"
    place = Place(text.index("Iraq"), text.index("Iraq") + 4, "Iraq", "Iraq", 33.0, 44.0,
                  0, "country", "IQ", None, 0.9)
    assert misnamed.is_origin(place, text)
    raqqa = Place(text.index("Raqqa"), len(text), "Raqqa", "Raqqa", 35.9, 39.0, 0, "city",
                  "SY", None, 0.9)
    assert not misnamed.is_origin(raqqa, text)  # "from" before it, but not its list

    class Refused:
        def search(self, _text: str) -> None:
            raise AssertionError("searched a window without 'from'")

    monkeypatch.setattr(misnamed, "_ORIGIN_RX", Refused())
    plain = "Rebels attacked Raqqa"
    assert not misnamed.is_origin(
        Place(16, 21, "Raqqa", "Raqqa", 35.9, 39.0, 0, "city", "SY", None, 0.9), plain)


def test_origin_of_people_named_in_a_formal_address_is_their_homeland() -> None:
    text = ("a drone hit a car of two deputies from the Republic of Bashkortostan, Russia, "
            "near Tokmak")
    russia = Place(text.index("Russia"), text.index("Russia") + 6, "Russia", "Russia", 60.0,
                   100.0, 0, "country", "RU", None, 0.9)
    assert misnamed.is_origin(russia, text)
    tokmak = Place(text.index("Tokmak"), len(text), "Tokmak", "Tokmak", 47.3, 35.7, 0, "city",
                   "UA", None, 0.9)
    assert not misnamed.is_origin(tokmak, text)  # "near" ends the homeland's list
