"""places/known.credited_or_grouped reads the text before a name only for "States"."""

from __future__ import annotations

from typing import Any

from warlog.places.known import credited_or_grouped


class _Watched(str):
    """A text that counts how often a part of it is cut out."""

    cuts = 0

    def __getitem__(self, key: Any) -> str:
        type(self).cuts += 1
        return str.__getitem__(self, key)


def test_places_credited_reads_no_text_before_a_name_other_than_states() -> None:
    text = _Watched("Shelling hit Aleppo and the Gulf States condemned it.")
    _Watched.cuts = 0
    assert not credited_or_grouped(text, "Aleppo", text.index("Aleppo"))
    assert _Watched.cuts == 0  # the whole text before it is not split for every name
    assert credited_or_grouped(text, "States", text.index("States"))  # "Gulf States"
