"""The count a casualty verb takes as its object, past an aside set off by commas and a
possessive ("executed, an hour ago, his three sons"; invented sentences)."""

from __future__ import annotations

import pytest

from warlog.models import Document, Origin
from warlog.numbers.find import find_quantities


def _about(text: str, about: str) -> list[int]:
    doc = Document(id="n", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return [q.best for q in find_quantities(doc) if q.about == about]


@pytest.mark.parametrize(("text", "about", "best"), [
    ("The gunmen executed, a few hours earlier, his four brothers.", "killed", 4),
    ("The shelling killed their two daughters.", "killed", 2),
    ("Militants killed, the monitor said, 12 villagers near the dam.", "killed", 12),
    ("The raid wounded, according to medics, her three cousins.", "injured", 3),
])
def test_numbers_object_aside_count_after_the_verb(text: str, about: str, best: int) -> None:
    assert best in _about(text, about)


def test_numbers_object_aside_a_later_clause_is_not_the_object() -> None:
    # a count in a clause of its own after the verb's object is not what the verb took
    text = "Jets killed a commander, and his 40 men fled the town."
    assert 40 not in _about(text, "killed")
