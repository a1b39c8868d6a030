"""The trigger lexicon (``warlog/data/event_triggers.tsv``: CODE, weight, pattern) and the
matching of a sentence against it, with the cheap tests that skip most of the lexicon.
Codes starting with ``@`` are features that qualify other cues ("soldiers", "peaceful")
or mark irrealis ("plans to")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warlog.errors import WarlogError
from warlog.events.codes import CODES

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Trigger:
    code: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger match inside a scored text (offsets relative to that text)."""

    code: str
    weight: float
    start: int
    end: int


def _parse_lexicon(text: str, where: str) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise WarlogError(f"{where}:{n}: expected CODE<TAB>WEIGHT<TAB>PATTERN")
        code, weight, pattern = parts
        if not code.startswith("@") and code not in CODES:
            raise WarlogError(f"{where}:{n}: unknown event code {code!r}")
        try:
            rx = re.compile(_GUARD_BEFORE + pattern + _GUARD_AFTER)
        except re.error as exc:
            raise WarlogError(f"{where}:{n}: bad pattern: {exc}") from exc
        out.append(Trigger(code, float(weight), rx))
    return tuple(out)


@lru_cache(maxsize=1)
def lexicon() -> tuple[Trigger, ...]:
    """The bundled trigger lexicon, read once."""
    path = DATA_DIR / "event_triggers.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WarlogError(f"{path}: cannot read the event trigger lexicon: {exc}") from exc
    return _parse_lexicon(text, str(path))


_CLAIM_CUE = re.compile(
    r"\b(?:according to|said|says|told|reported|announced|claim\w*|blam\w+|"
    r"accus\w+|attribut\w+|den(?:y|ied|ies))\b"
)


def needs_parse(text: str) -> bool:
    """Whether a sentence may report an event or a claim, so that the events stage
    needs its dependency parse (see :func:`warlog.nlp.load.parse`).

    It reads the trigger matches that the events stage reads for the same sentence
    (:func:`cached_hits`, kept per sentence text), so each sentence is scanned once: an
    event trigger (not a context-only or irrealis one) matches exactly where the joined
    cue expression (:func:`_cue_pattern`) would."""
    return any(h.code not in _CONTEXT_ONLY for h in cached_hits(text)) or (
        _CLAIM_CUE.search(text.lower()) is not None
    )


_GUARD_BEFORE = r"(?<!\w)(?<!anti-)(?<!non-)(?<!counter-)(?:"


_GUARD_AFTER = r")(?![\w])"


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str] | None:
    """One expression that matches where any event trigger (not a context-only or
    irrealis one) matches: a sentence is scanned once instead of once per trigger. None
    when the lexicon's patterns cannot be joined (then each is tried in turn)."""
    inner: list[str] = []
    for t in lexicon():
        p = t.pattern.pattern
        if not (p.startswith(_GUARD_BEFORE) and p.endswith(_GUARD_AFTER)):
            return None
        if t.code not in _CONTEXT_ONLY and t.code != "@IRREALIS":
            inner.append(p[len(_GUARD_BEFORE) : -len(_GUARD_AFTER)])
    try:
        return re.compile(_GUARD_BEFORE + "|".join(f"(?:{p})" for p in inner) + _GUARD_AFTER)
    except re.error:
        return None


# features that only qualify another cue ("soldiers", "people", "peaceful")
_CONTEXT_ONLY = frozenset({"@MILTARGET", "@CIVTARGET", "@PEACEFUL", "@RIOTING", "@DAMAGE"})


def clear_sentence_cache() -> None:
    """Forget the trigger matches kept per sentence text (for timings: a real run seldom
    meets the same sentence twice, a benchmark's second round meets every one again)."""
    cached_hits.cache_clear()


@lru_cache(maxsize=8192)
def cached_hits(text: str) -> tuple[Hit, ...]:
    """The matches in ``text`` but irrealis markers, kept per sentence text."""
    return tuple(h for h in find_hits(text) if h.code != "@IRREALIS")


def find_hits(text: str, triggers: Sequence[Trigger] | None = None) -> list[Hit]:
    """Every trigger match in ``text`` (first match of each pattern)."""
    low = text.lower()
    hits: list[Hit] = []
    groups = _trigger_groups() if triggers is None else None
    if groups is None:
        groups = [(None, tuple(triggers if triggers is not None else lexicon()))]
    for joined, group in groups:
        start = 0
        if joined is not None:
            first = joined.search(low)
            if first is None:
                continue  # none of this group's triggers occurs: skip them all
            start = first.start()  # nor does any of them before the group's first match
        for trig in group:
            m = trig.pattern.search(low, start)
            if m is not None:
                hits.append(Hit(trig.code, trig.weight, m.start(), m.end()))
    return hits


_GROUP_SIZE = 12


@lru_cache(maxsize=1)
def _trigger_groups() -> list[tuple[re.Pattern[str] | None, tuple[Trigger, ...]]] | None:
    """The lexicon in groups of _GROUP_SIZE triggers in file order, each with one joined
    expression that matches where any of them does (a cheap test before trying each);
    None when the patterns cannot be joined."""
    lex = lexicon()
    inner: list[str] = []
    for t in lex:
        p = t.pattern.pattern
        if not (p.startswith(_GUARD_BEFORE) and p.endswith(_GUARD_AFTER)):
            return None
        inner.append(p[len(_GUARD_BEFORE) : -len(_GUARD_AFTER)])
    out: list[tuple[re.Pattern[str] | None, tuple[Trigger, ...]]] = []
    for i in range(0, len(lex), _GROUP_SIZE):
        part = inner[i : i + _GROUP_SIZE]
        try:
            joined = re.compile(_GUARD_BEFORE + "|".join(f"(?:{p})" for p in part) + _GUARD_AFTER)
        except re.error:
            return None
        out.append((joined, lex[i : i + _GROUP_SIZE]))
    return out
