"""Which case-insensitive patterns can match a text at all.

A pattern that cannot match without one of a few words ("criminal gangs" needs "crim" or
"gang" somewhere) need not be run over a text that holds none of them: Python's ``re``
tries such a pattern at every character, and a report seldom holds the rarer words. The
test is on the text lower-cased once, which finds every word ``re.IGNORECASE`` would
(an ASCII letter in any case lowers to itself, the Kelvin sign to "k"), except where the
text holds one of the three characters ``re`` folds to an ASCII letter that ``str.lower``
does not ("İ", "ı" to "i", "ſ" to "s"): there every pattern is run, so that the gate never
hides a match, only the work of looking where none can be.
"""

from __future__ import annotations

from collections.abc import Iterable

_FOLDED_APART = ("İ", "ı", "ſ")  # re.IGNORECASE matches them with i, i, s; lower() does not


class WordGate:
    """``may_match(words)``: whether the text holds one of ``words`` (lower case) in any
    case, so that a pattern needing one of them might match; always True when unsure."""

    __slots__ = ("_low",)

    def __init__(self, text: str) -> None:
        self._low: str | None = (
            None if any(c in text for c in _FOLDED_APART) else text.lower()
        )

    def may_match(self, words: Iterable[str]) -> bool:
        low = self._low
        return low is None or any(w in low for w in words)
