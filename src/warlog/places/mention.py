"""A place mention read off a span of tokens: the :class:`Mention` record that place
detection hands to geocoding, the span trimmed of articles and possessives, extended over
a longer known name ("U.S." + "Virgin Islands", "Deir" + "ez-Zor"), and the cues read
right after it (a hint word, a qualifier, a modifier or an agent). Split from
:mod:`warlog.places.detect`, which re-exports :class:`Mention`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.nlp.parse import doc_text, span_text, token_starts
from warlog.places.cues import (
    CONNECTORS,
    DISEASE_NAMES,
    DROP_TAIL,
    FACILITY_WORDS,
    HINTS,
    MONTHS,
    WEEKDAYS,
    bracket_qualifier,
    is_agent,
    locative,
    names_disease,
)
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.known import (
    PARTICLES,
    dotted_end,
    known,
    qualifier_text,
    strong,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    adjective: bool = False
    hint: str | None = None
    qualifier: str | None = None  # the Y of "X, Y"
    candidates: tuple[GazetteerEntry, ...] = ()
    aliased: frozenset[int] = frozenset()
    lookup: str = ""
    best: GazetteerEntry | None = None
    confidence: float = 0.0
    facility: bool = False  # a building or street: placed at the article's focus if unknown
    evidence: bool = False  # a locative preposition or a facility word: keep if unknown
    modifier: bool = False  # "White House aides": a landmark used as a modifier
    agent: bool = False  # "the Kremlin said", "on behalf of the Pentagon": a speaker
    partial: bool = False  # resolved by a part of its text ("Old Town Manassas")
    peer: str | None = None  # the feature of a place it is listed with
    weak: bool = False  # only alternate names or a common word: needs the article's support


def from_span(sdoc: Doc, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """A mention for tokens [start, end), trimmed of articles and possessives and
    extended over a longer known name ("U.S." + "Virgin Islands")."""
    while start < end and (
        sdoc[start].lower_ in ("the", "a", "an") or not any(ch.isalnum() for ch in sdoc[start].text)
    ):
        start += 1
    while end > start and sdoc[end - 1].text in DROP_TAIL:
        end -= 1
    if start >= end:
        return None
    end = dotted_end(sdoc, start, extend(sdoc, start, end, gaz), gaz)
    span = sdoc[start:end]
    text = span_text(span)
    for tail in DROP_TAIL:
        if text.endswith(tail) and len(text) > len(tail):
            text = text[: -len(tail)]
    if not any(ch.isupper() for ch in text) or sum(ch.isalpha() for ch in text) < 2:
        return None
    last = sdoc[end - 1].lower_
    nxt = sdoc[end].lower_ if end < len(sdoc) else ""
    if names_disease(sdoc, end) or (nxt == "respiratory" and last == "east"):
        return None  # the name of a disease, not a place: "West Nile virus"
    if end - start == 1 and last in WEEKDAYS and (nxt in MONTHS or nxt[:1].isdigit()):
        return None  # a date: "Mon Oct 31 2016"
    m = Mention(span.start_char, span.start_char + len(text), text)
    m.hint = HINTS.get(last) or HINTS.get(nxt)
    m.facility = last in FACILITY_WORDS and end - start > 1
    possessive = nxt in DROP_TAIL or text != span_text(span)
    m.evidence = (locative(sdoc, start, end) and not possessive) or m.facility
    if text in DISEASE_NAMES and not m.evidence:
        return None  # "cases of West Nile": the disease
    m.modifier = is_modifier(sdoc, end)
    m.agent = is_agent(sdoc, end)
    if nxt == "," and end + 1 < len(sdoc) and sdoc[end + 1].text[:1].isupper():
        m.qualifier = qualifier_text(sdoc, end + 1, gaz)
    elif nxt == "(":
        m.qualifier = bracket_qualifier(sdoc, end + 1, gaz)
    return m


def extend(sdoc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """``end`` moved over a longer known name: "U.S." + "Virgin Islands", or an Arabic
    name cut before its article ("Deir" + "ez-Zor", "Ras" + "al-Ain"). A token's first
    character is the text's character at its offset (no token is empty), so capitals are
    read from the text, and a Token is built only for a candidate that passes."""
    text, starts, size = doc_text(sdoc), token_starts(sdoc), len(sdoc)
    for k in (5, 4, 3, 2, 1):
        stop = end + k
        if stop > size or not text[starts[stop - 1]].isupper():
            continue
        if all(
            text[starts[i]].isupper() or sdoc[i].lower_ in CONNECTORS for i in range(end, stop)
        ) and strong(gaz, span_text(sdoc[start:stop])):
            return stop
    for k in (5, 4, 3, 2):
        stop = end + k
        if stop > size or not text[starts[stop - 1]].isupper():
            continue
        inner = sdoc[end : stop - 1]
        if (
            any(t.lower_ in PARTICLES for t in inner)
            and all(t.lower_ in PARTICLES or t.text in ("-", "‐") for t in inner)
            and sdoc[stop - 1].is_alpha
            and known(gaz, span_text(sdoc[start:stop]))
        ):
            return stop
    return end


def is_modifier(sdoc: Doc, end: int) -> bool:
    """Whether the token before ``end`` modifies a following noun ("Syrian army")."""
    tok = sdoc[end - 1]
    if tok.dep_ in ("amod", "compound", "nmod"):
        return True
    nxt = sdoc[end] if end < len(sdoc) else None
    if nxt is not None and nxt.text == "-" and end + 1 < len(sdoc):
        return True  # "Russian-backed"
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
