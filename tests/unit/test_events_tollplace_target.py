"""Where a toll was counted: an attack's dead are counted where it struck, so "killed in
rocket attacks on A and B" locates the count in A and B, a sum over two events when A
and B lie in two provinces (events/tollplace.py). Places built by hand, sentences
written for the test."""

from __future__ import annotations

from warlog.events.tollplace import located_at, summed
from warlog.models import Place, Quantity

TEXT = "9 farmers killed in rocket attacks on Oldtown and Riverside, officials said."


def _place(name: str, admin1: str, gid: int) -> Place:
    start = TEXT.index(name)
    return Place(start, start + len(name), name, name, 10.0, 20.0, gid, "city", "RU",
                 admin1, 0.9)


OLDTOWN, RIVERSIDE = _place("Oldtown", "North", 1), _place("Riverside", "South", 2)
COUNT = Quantity(0, 9, "9 farmers", 9, 9, 9, "killed")


def test_events_tollplace_attack_target_locates_the_count() -> None:
    assert located_at(COUNT, [OLDTOWN, RIVERSIDE], TEXT) == [OLDTOWN, RIVERSIDE]
    assert summed(COUNT, OLDTOWN, [OLDTOWN, RIVERSIDE], TEXT)


def test_events_tollplace_on_without_an_attack_locates_nothing() -> None:
    text = "9 farmers killed on Oldtown road, officials said."
    place = Place(19, 26, "Oldtown", "Oldtown", 10.0, 20.0, 1, "city", "RU", "North", 0.9)
    assert located_at(COUNT, [place], text) == []
