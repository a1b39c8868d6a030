"""The country a document's places point to is worked out once per document, not once per
event group: it depends only on the document's places, text and actors."""

from __future__ import annotations

import pytest

from tests.unit.test_events import _RAID, _document, _parsed
from warlog.events import extract


def test_events_dominant_country_is_asked_once_for_all_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    country, grouped = extract.ep.dominant_country, extract.group_candidates

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(1)
        return country(*args, **kwargs)

    def three_times(*args, **kwargs):  # type: ignore[no-untyped-def]
        return grouped(*args, **kwargs) * 3  # as many groups as a roundup of three

    monkeypatch.setattr(extract.ep, "dominant_country", counted)
    monkeypatch.setattr(extract, "group_candidates", three_times)
    sdoc = _parsed([_RAID])
    assert extract.extract_events(_document(sdoc.text), sdoc, (), (), (), (), None)  # type: ignore[arg-type]
    # once for the places found, once for them with the lead's unlisted places added
    assert len(asked) == 2
