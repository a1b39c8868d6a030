"""Grouping reads each candidate's own place once (events/group.py, _place_of's memo)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from warlog.events import group


def test_a_candidates_place_is_worked_out_once_per_grouping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Any] = []

    def pick_place(sents: Any, trigger: Any, places: Any, actors: Any) -> None:
        calls.append(sents)

    monkeypatch.setattr(group.ep, "pick_place", pick_place)
    head, other = SimpleNamespace(sent="s1", trigger=1), SimpleNamespace(sent="s2", trigger=2)
    memo: dict[int, Any] = {}
    for c in (head, other, head, head, other):
        assert group._place_of(c, (), (), memo) is None  # type: ignore[arg-type]
    assert calls == [["s1"], ["s2"]]
    group._place_of(head, (), ())  # type: ignore[arg-type]
    assert len(calls) == 3  # no memo: worked out afresh
