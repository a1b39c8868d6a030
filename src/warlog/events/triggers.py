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
from warlog.events.prefixes import StartTable

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
_CONTEXT_ONLY = frozenset({"@MILTARGET", "@CIVTARGET", "@PEACEFUL", "@RIOTING", "@DAMAGE",
                           "@TEST", "@RELIEF", "@ARMED"})


def clear_sentence_cache() -> None:
    """Forget the trigger matches kept per sentence text (for timings: a real run seldom
    meets the same sentence twice, a benchmark's second round meets every one again)."""
    cached_hits.cache_clear()


@lru_cache(maxsize=8192)
def cached_hits(text: str) -> tuple[Hit, ...]:
    """The matches in ``text`` but irrealis markers, kept per sentence text."""
    return tuple(h for h in find_hits(text) if h.code != "@IRREALIS")


# "without" negates what it governs: "took the town without any armed clashes", "without
# firing a shot", "without fighting" tell a fight that did not happen, so a cue right
# after it (past a gerund, a preposition, determiners and one modifier) is no cue of the
# act. The whole phrase is the lexicon's own cue of a non-violent taking.
_WITHOUT = re.compile(
    r"\bwithout (?:[\w'’-]+ing )?(?:(?:in|into|any|a|an|the|single|further) )*"
    r"(?:[\w'’-]+ )?$"
)


def _negated(low: str, start: int) -> bool:
    """Whether the cue at ``start`` is the object of a preceding "without"."""
    return _WITHOUT.search(low, max(0, start - 60), start) is not None


def find_hits(text: str, triggers: Sequence[Trigger] | None = None) -> list[Hit]:
    """Every trigger match in ``text`` (first match of each pattern), in lexicon order.

    The bundled lexicon is not searched pattern by pattern: a pattern is tried only at
    the word starts whose first letters it allows (:mod:`warlog.events.prefixes`), which
    finds the same first match of each in a fraction of the time."""
    if "[" in text and _EDITORIAL.search(text):
        return _unbracketed_hits(text, triggers)
    low = text.lower()
    hits: list[Hit] = []
    if triggers is not None:
        for trig in triggers:
            m = trig.pattern.search(low)
            if m is not None and not _negated(low, m.start()):
                hits.append(Hit(trig.code, trig.weight, m.start(), m.end()))
        return hits
    lex = lexicon()
    found = _start_table().candidates(low)
    for i in sorted(found):
        trig = lex[i]
        match = trig.pattern.match
        for pos in found[i]:
            m = match(low, pos)  # look-behinds see the text before pos too
            if m is not None and not _negated(low, pos):
                hits.append(Hit(trig.code, trig.weight, m.start(), m.end()))
                break
    return hits


# square brackets in a quotation mark the editor's word put in for the speaker's ("one
# [drone] that attacked us", "[IS] fighters took the town"): the sentence reads as the
# speaker meant it, the brackets left out (the matches keep the text's own offsets)
_EDITORIAL = re.compile(r"\[([^\[\]]{1,40})\]")


def _unbracketed_hits(text: str, triggers: Sequence[Trigger] | None) -> list[Hit]:
    """:func:`find_hits` of ``text`` read without its editorial brackets."""
    keep = list(range(len(text)))
    for m in reversed(list(_EDITORIAL.finditer(text))):
        del keep[m.end() - 1]
        del keep[m.start()]
    plain = "".join(text[i] for i in keep)
    return [Hit(h.code, h.weight, keep[h.start], keep[max(h.start, h.end - 1)] + 1)
            for h in find_hits(plain, triggers)]


@lru_cache(maxsize=1)
def _start_table() -> StartTable:
    """The word beginnings at which each pattern of the lexicon can match."""
    return StartTable([t.pattern for t in lexicon()])
