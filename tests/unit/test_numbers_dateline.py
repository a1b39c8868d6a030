"""Numbers: a number written in words after a word in capitals counts (a dateline before
the lead: "OLDTOWN Twelve farmers were killed"); a code in capitals numbers in digits
("the SU 24"), and that is no count. Sentences written for the test."""

from __future__ import annotations

from warlog.models import Document, Origin
from warlog.numbers.find import find_quantities


def _killed(text: str) -> set[int]:
    doc = Document(id="n", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    return {q.best for q in find_quantities(doc) if q.about == "killed"}


def test_numbers_dateline_before_a_number_in_words() -> None:
    assert 12 in _killed("(Agency photo) OLDTOWN Twelve farmers were killed in raids.")


def test_numbers_code_in_capitals_before_digits_is_no_count() -> None:
    assert _killed("A jet of the SU 24 type was seen; 3 people were killed.") == {3}
