"""Names listed in an event's sentence that the places stage did not take for a place.

Wire copy often loses its commas, so a roundup's places run together ("killed terrorists
in Saraqeb Khan Sheikhoun Maarat al-Numan and Jabal al-Arbaeen in Idleb countryside") and
a recogniser reads one long name or none. A run of proper names is read here as the names
it holds: the longest stretch that the gazetteer knows in the report's country is one
place; what it does not know is a place of its own, cut where an Arabic toponym's generic
head begins a new name ("Tal al-Mal Tal Mashara": two hills). Known names followed by
"countryside", "province" or "governorate" name the governorate. Unknown names are kept
unresolved: :mod:`warlog.events.split` places them at the governorate the sentence
names, as ACLED codes a village the gazetteer lacks (geo-precision 3), or leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.split import GAP_RX
from warlog.models import ActorMention, Place
from warlog.nlp.columns import columns, pos_ids
from warlog.nlp.parse import doc_text, token_starts
from warlog.places.cues import ARABIC_HEADS
from warlog.times import dates as DATES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.places.gazetteer import GazetteerEntry

METHOD = "events.listed.v1"
_MAX_WORDS = 4  # the longest name tried against the gazetteer
# a word of a name: "Saraqeb", "al-Numan", "Ma'arrat"
_NAME_WORD_RX = re.compile(r"(?:(?:al|el|as|ash|ad|ar|an|at|az|es|ez)-)?[A-Z][\w'’-]*$")
_PROVINCE_NEXT_RX = re.compile(r"\s+(?:countryside|province|governorate)\b", re.I)
# what may stand before a listed name: a locative preposition or a verb of taking or
# striking, then perhaps "the towns of" ("in Saraqeb", "regained Khatab town", "near the
# villages of al-Murayeh"); or a place already found and a list's glue ("X and Y",
# :data:`warlog.events.split.GAP_RX`)
_LOCATIVE_BEFORE_RX = re.compile(
    r"\b(?:in|on|near|at|around|outside|between|of|into|regained|recaptured|captured|took|"
    r"seized|stormed|liberated|targeted|hit|shelled|bombed|struck|entered)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities|city|areas?|neighbou?rhoods?|districts?|suburbs?|"
    r"hills?|outskirts|countryside|region)\s+(?:of\s+)?)?$",
    re.I,
)
_DATE_WORDS = frozenset(k.lower() for table in (DATES.MONTHS, DATES.WEEKDAYS) for k in table)
_NOT_PLACE = frozenset({"continent", "water", "country", "region"})
_PROPN = pos_ids(("PROPN",))


def _word_bounds(sent: Span) -> list[tuple[int, int]]:
    """The sentence's whitespace-separated words, each as (first, last + 1) token index:
    a token joins the word before when the token before has no trailing space (the
    Doc's ``SPACY`` column, read once per Doc, so that no Token is built to ask)."""
    doc = sent.doc
    spaced = doc.user_data.get("warlog.spacy")
    if not isinstance(spaced, list) or len(spaced) != len(doc):
        from spacy.attrs import SPACY

        spaced = doc.to_array(SPACY).tolist()
        doc.user_data["warlog.spacy"] = spaced
    out: list[tuple[int, int]] = []
    for i in range(sent.start, sent.end):
        if out and not spaced[i - 1]:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _name_like(sent: Span, first: int, end: int) -> bool:
    """A word that may be (part of) a name: capitalised (after an Arabic article), with a
    proper-noun token, not a month or a weekday. Its text is the Doc's text from its first
    token to the next word (its tokens with their spaces, as they are contiguous)."""
    doc = sent.doc
    starts = token_starts(doc)
    text = doc_text(doc)
    word = text[starts[first] : starts[end] if end < len(doc) else len(text)].strip()
    if not _NAME_WORD_RX.match(word):
        return False  # most words: decided on the text alone
    pos = columns(doc)[0]
    return any(pos[i] in _PROPN for i in range(first, end)) and word.lower() not in _DATE_WORDS


def _runs(sent: Span) -> list[list[list[Token]]]:
    """Runs of name-like words standing one after the other (Tokens built only for the
    words in a run)."""
    doc = sent.doc
    runs: list[list[list[Token]]] = [[]]
    for first, end in _word_bounds(sent):
        if _name_like(sent, first, end):
            runs[-1].append([doc[i] for i in range(first, end)])
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _find(lookup: object, name: str, country: str) -> GazetteerEntry | None:
    if len(name) < 4:
        return None
    for loose in (False, True):
        hits = [e for e in lookup(name, loose=loose)  # type: ignore[operator]
                if e.country_code == country and e.feature not in _NOT_PLACE]
        if hits:
            return hits[0]  # type: ignore[no-any-return]
    return None


def _span(words: Sequence[list[Token]]) -> tuple[int, int]:
    return words[0][0].idx, words[-1][-1].idx + len(words[-1][-1].text)


def _segment(
    run: list[list[Token]], text: str, gazetteer: object, country: str,
) -> list[Place]:
    """The places a run of names holds: known names longest first, unknown ones cut at
    each generic head."""
    lookup = getattr(gazetteer, "lookup")  # noqa: B009 - a duck-typed gazetteer
    out: list[Place] = []
    unknown: list[list[Token]] = []

    def close_unknown() -> None:
        if unknown:
            s, e = _span(unknown)
            if e - s >= 4:
                out.append(Place(s, e, text[s:e], None, None, None, None, None, country,
                                 None, 0.3, METHOD))
            unknown.clear()

    i = 0
    while i < len(run):
        for j in range(min(len(run), i + _MAX_WORDS), i, -1):
            if run[j - 1][0].text.lower() in ARABIC_HEADS:
                continue  # "Tell", "Khan" alone name no place: the head wants its name
            s, e = _span(run[i:j])
            entry = _find(lookup, text[s:e], country)
            if entry is not None:
                close_unknown()
                out.append(_known(entry, s, e, text, gazetteer))
                i = j
                break
        else:
            head = run[i][0].text.lower()
            # a generic head alone names no place: it opens the name after it, itself
            # perhaps another head ("Khirbet Umm Zeitouneh", "Deir Ain X"), so only a
            # piece holding a word of a name of its own is closed at the next head
            if unknown and head in ARABIC_HEADS and not all(
                    w[0].text.lower() in ARABIC_HEADS for w in unknown):
                close_unknown()
            unknown.append(run[i])
            i += 1
    close_unknown()
    return out


def _known(entry: GazetteerEntry, s: int, e: int, text: str, gazetteer: object) -> Place:
    """A known name as a place; "Idleb countryside" is the governorate."""
    if entry.feature != "admin1" and _PROVINCE_NEXT_RX.match(text, e):
        admin1 = getattr(gazetteer, "admin1", None)
        province = admin1(entry.country_code, entry.admin1) if admin1 and entry.admin1 else None
        if province is not None:
            entry = province
    admin1_name = getattr(gazetteer, "admin1_name", None)
    region = (admin1_name(entry.country_code, entry.admin1)
              if admin1_name is not None and entry.admin1 else None)
    return Place(s, e, text[s:e], entry.name, entry.lat, entry.lon, entry.geonameid,
                 entry.feature, entry.country_code, region, 0.5, METHOD)


def listed_names(
    sent: Span, places: Sequence[Place], actors: Sequence[ActorMention],
    country: str | None, gazetteer: object,
) -> list[Place]:
    """The places named in ``sent`` that no stage took for a place or an actor."""
    if country is None or getattr(gazetteer, "lookup", None) is None:
        return []
    text = doc_text(sent.doc)
    taken = [(p.start, p.end) for p in places] + [(a.start, a.end) for a in actors]
    out: list[Place] = []
    for run in _runs(sent):
        part: list[list[Token]] = []
        for word in [*run, None]:
            if word is not None:
                s, e = _span([word])
                if not any(a < e and s < b for a, b in taken):
                    part.append(word)
                    continue
            if part and _in_list_position(part[0][0].idx, text, [*places, *out]):
                out.extend(_segment(part, text, gazetteer, country))
            part = []
    return out


def _in_list_position(start: int, text: str, places: Sequence[Place]) -> bool:
    """Whether a name at ``start`` stands where a list of the event's places stands."""
    before = text[max(0, start - 40) : start]
    if _LOCATIVE_BEFORE_RX.search(before):
        return True
    prev = max((p for p in places if p.end <= start), key=lambda p: p.end, default=None)
    return prev is not None and bool(GAP_RX.fullmatch(text[prev.end : start]))


def listed_once(
    places: Sequence[Place], actors: Sequence[ActorMention], country: str | None,
    gazetteer: object, skip: Sequence[tuple[int, int]] = (),
) -> Callable[[Span], list[Place]]:
    """:func:`listed_names` against one document's final places, asked once per sentence:
    the roundup scan and each telling of the events ask it of the same sentences, and
    the answer depends on the sentence alone once the rest is fixed. A name that starts
    in a ``skip`` span (a page's keyword list: keywords run together, no one name) is none."""
    memo: dict[int, list[Place]] = {}

    def names(s: Span) -> list[Place]:
        if s.start not in memo:
            memo[s.start] = [p for p in listed_names(s, places, actors, country, gazetteer)
                             if not any(a <= p.start < b for a, b in skip)]
        return memo[s.start]

    return names
