"""The time expressions found in a sentence, as (text, value) pairs, for the times tests."""

from __future__ import annotations

import datetime as dt

from warlog.models import Document, Origin
from warlog.times.find import find_times


def found_times(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=published, language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    return [(t.text, t.value) for t in find_times(doc)]
