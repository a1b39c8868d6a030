"""Which trigger patterns can match a text at all, read from the words' first letters.

A trigger can only match where a word begins with one of the few letter sequences its
pattern allows ("air[- ]?strikes?|drone[- ]?strikes?" only at a word starting "air" or
"dro"). :class:`StartTable` reads those beginnings off each compiled pattern (its parse
tree: literals, character sets, alternatives, optional and repeated parts; look-arounds
count as matching nothing, which can only widen the set); its ``candidates`` then looks
up every word start of a text and says, for each trigger, the first position where it
could match, or that it cannot match at all. A pattern whose beginning cannot be read
this way (``\\w+ ...``, an empty match, case-insensitive flags) is asked everywhere, so
the answer is always a superset: the first candidate position where the pattern matches
(``pattern.match(text, position)``, whose look-behinds still see the text before it) is
where a search from the text's start finds its match, and the match is the same.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

# the regular-expression parser (private since Python 3.11, stable across its versions)
_sre_parse: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

PREFIX_LEN = 4  # at most this many letters are read at each word start
_MAX_STRINGS = 4096  # beyond this many beginnings a pattern is asked everywhere
_WORD_START = re.compile(r"(?<!\w)\w")

Starts = frozenset[str] | None  # None: no useful bound (ask everywhere)


def _concat(left: set[str], right: set[str] | None, k: int) -> set[str] | None:
    """Beginnings of a string of ``left`` followed by one of ``right`` (cut at k)."""
    out = {s for s in left if len(s) >= k}
    short = [s for s in left if len(s) < k]
    if not short:
        return out
    if right is None:
        return None
    out |= {(s + r)[:k] for s in short for r in right}
    return out if len(out) <= _MAX_STRINGS else None


def _seq(items: Iterable[Any], k: int) -> set[str] | None:
    """Beginnings (up to k characters; shorter only when the whole match is shorter)."""
    acc: set[str] | None = {""}
    for op, av in items:
        assert acc is not None
        if all(len(s) >= k for s in acc):
            return acc  # the first k characters are settled: the rest cannot change them
        acc = _concat(acc, _op(op, av, k), k)
        if acc is None:
            return None
    return acc


def _op(op: Any, av: Any, k: int) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        return _charset(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq(alt, k)
            if got is None:
                return None
            out |= got
        return out
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _seq(sub, k)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return _repeat(av, k)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero width: matching nothing here can only widen the set
    return None  # any character, a category (\w, \d), a back-reference, ...


def _charset(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 64:
            out |= {chr(c) for c in range(av[0], av[1] + 1)}
        else:
            return None  # a negated set, a category, a wide range
    return out


def _repeat(av: Any, k: int) -> set[str] | None:
    lo, hi, sub = av
    one = _seq(sub, k)
    if one is None:
        return None
    out: set[str] = set()
    cur: set[str] | None = {""}
    n = 0
    while cur is not None:
        if n >= lo:
            out |= cur
        if n == hi or all(len(s) >= k for s in cur):
            return out if len(out) <= _MAX_STRINGS else None
        if n > lo + k:
            return None  # the part can match nothing: its repeats never settle k letters
        cur = _concat(cur, one, k)
        n += 1
    return None


def pattern_starts(pattern: re.Pattern[str], k: int = PREFIX_LEN) -> Starts:
    """Every beginning (first k characters, or the whole match when shorter) a match of
    ``pattern`` can have, each starting with a word character; None when unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled already
        return None
    got = _seq(list(parsed), k)
    if got is None or "" in got or any(not s[0].isalnum() and s[0] != "_" for s in got):
        return None  # an empty match, or one that need not start a word
    return frozenset(got)


class StartTable:
    """For a sequence of patterns: which of them can begin at which word beginnings."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], k: int = PREFIX_LEN) -> None:
        self.size = len(patterns)
        self.everywhere: list[int] = []
        self.by_start: dict[str, tuple[int, ...]] = {}
        self.lengths: tuple[int, ...] = ()
        table: dict[str, list[int]] = {}
        for i, p in enumerate(patterns):
            # the longest beginnings that can be read tell the most; fewer letters where
            # the pattern leaves a later one open ("(\\w+ )?...")
            starts = next((got for n in range(k, 1, -1)
                           if (got := pattern_starts(p, n)) is not None), None)
            if starts is None:
                self.everywhere.append(i)
                continue
            for s in starts:
                table.setdefault(s, []).append(i)
        self.by_start = {s: tuple(ix) for s, ix in table.items()}
        self.lengths = tuple(sorted({len(s) for s in table}, reverse=True))

    def candidates(self, low: str) -> dict[int, list[int]]:
        """{pattern index: the positions, in order, where it could begin a match} for the
        text ``low`` (a pattern absent cannot match anywhere in it; for one asked
        everywhere, every position)."""
        found: dict[int, list[int]] = {i: list(range(len(low) + 1)) for i in self.everywhere}
        by_start, lengths = self.by_start, self.lengths
        for m in _WORD_START.finditer(low):
            p = m.start()
            for n in lengths:
                for i in by_start.get(low[p : p + n], ()):
                    at = found.setdefault(i, [])
                    if not at or at[-1] != p:
                        at.append(p)
        return found
