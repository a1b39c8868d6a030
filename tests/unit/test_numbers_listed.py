"""Numbers: a total sums the amounts of one list, joined by a comma or a conjunction (or a
headline's bare space); amounts with other words and no conjunction between them are no
list, even where a headline without punctuation runs into its lead. Sentences written for
the test."""

from __future__ import annotations

from warlog.models import Document, Origin
from warlog.numbers.find import find_quantities


def _killed(text: str) -> set[int]:
    doc = Document(id="n", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return {q.best for q in find_quantities(doc) if q.about == "killed"}


def test_numbers_listed_amounts_are_summed() -> None:
    assert 12 in _killed("Six soldiers, four police and two civilians were killed.")
    assert 9 in _killed("Floods kill 6 farmers 3 herders in Ruritania")


def test_numbers_amounts_apart_are_no_list() -> None:
    text = ("Raids kill 8 boys 4 girls in Oldtown monitor Agency Monday 3 May 2021 "
            "Eight boys and four girls have been killed in raids on the old town.")
    killed = _killed(text)
    assert 12 in killed and 16 not in killed and 20 not in killed
