"""What locates a place in a war report's sentence: the preposition that governs it past
modifiers and its country's possessive ("in Syria's Idlib province", "in western Aleppo
province", "in the central province of Hama"), datelines ("MOSCOW -", "Moscow AFP"),
demonyms, and whether a sentence sets its event in the report's own country. Used by
:mod:`warlog.events.places` to choose an event's place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.models import Place

if TYPE_CHECKING:
    from spacy.tokens import Span

LOC_PREPS = frozenset(
    ["in", "near", "at", "outside", "inside", "around", "of", "from", "into", "on"]
)


def is_demonym(p: Place) -> bool:
    """ "Iranian forces", "Syrian army": a country named by its adjective is no location."""
    text, name = p.text.lower(), (p.name or "").lower()
    return (
        (p.feature or "") == "country"
        and not name.startswith(text)
        and text.endswith(("ian", "ese", "ish", "ean", "an", "i", "ic"))
    )


# words that may stand between a preposition and the place it locates: an article, a
# compass or size adjective, "rural", a "-held"/"-controlled" modifier ("in the northern
# province of X" reads "of X"; "in western Aleppo province", "in rebel-held Douma" read "in")
_MODIFIER_WORDS = frozenset(
    "the a an northern southern eastern western central northeastern northwestern "
    "southeastern southwestern north-eastern north-western south-eastern south-western "
    "north south east west northeast northwest southeast southwest rural greater "
    "besieged nearby neighbouring neighboring".split()
)
# "the province of X": a division's kind, then its name
_DIVISION_WORDS = frozenset(("province", "governorate", "region", "countryside"))
_HELD_RX = re.compile(r"[a-z]+-(?:held|controlled|run|rich|dominated|populated|besieged)$")


def preposition_before(text: str, start: int, owner: Place | None) -> str | None:
    """The locative preposition that governs a place name further back than the word
    before it: past modifiers ("in western Aleppo province", "in rebel-held Douma") and
    past the place's own country in the possessive ("in Syria's Idlib province", also
    "in Syrias Idlib" where the apostrophe was lost). None when no such preposition."""
    end = owner.start if owner is not None else start
    words_ = text[max(0, end - 80) : end].lower().split()
    skipped = owner is not None
    while True:
        while words_ and (words_[-1] in _MODIFIER_WORDS or _HELD_RX.match(words_[-1])):
            words_.pop()
            skipped = True
        if len(words_) > 2 and words_[-1] == "of" and words_[-2] in _DIVISION_WORDS:
            del words_[-2:]  # "in the central province of Hama"
            skipped = True
            continue
        break
    if skipped and words_ and words_[-1] in LOC_PREPS and words_[-1] != "of":
        return words_[-1]
    return None


def possessor(p: Place, places: Sequence[Place], text: str) -> Place | None:
    """The country that ``p`` is named with in the possessive ("Syria's Idlib", "Syrias
    Idlib"): the preposition before the country locates ``p``."""
    for q in places:
        if (
            q is not p
            and (q.feature or "") == "country"
            and q.country_code == p.country_code
            and 0 < p.start - q.end <= 60
            and _OWNED_RX.fullmatch(text[q.end : p.start])
        ):
            return q
    return None


# between a country in the possessive and its place: modifiers, "province of" ("Syria's
# Idlib", "Syrias southwestern province of Daraa")
_OWNED_RX = re.compile(
    r"(?:'s|’s|s|'|’)?\s+(?:(?:" + "|".join(sorted(_MODIFIER_WORDS - {"a", "an", "the"}))
    + r"|[a-z]+-(?:held|controlled|run|rich|dominated|populated|besieged))\s+){0,3}"
    r"(?:(?:" + "|".join(sorted(_DIVISION_WORDS)) + r")\s+of\s+)?"
)


# a dateline: a place in capitals opening a report or paragraph ("BEIRUT A Russian
# helicopter ...", "MOSCOW -"), or a place before a news agency's name ("Moscow AFP",
# "DAMASCUS, Syria (AP) -", "Beirut (Reuters)")
_AGENCY_RX = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[(\[]?\s*(?:AFP|AP|Reuters|REUTERS|Xinhua|"
    r"XINHUA|SANA|Anadolu|AA|DPA|dpa|UPI|Sputnik|IANS|PTI|ANI|ANSA|EFE|TASS|RIA Novosti|"
    r"Al Arabiya|Al Jazeera)\b(?!\s+(?:reported|said|says|news|that|quoted|cited))"
)


def is_dateline(p: Place, text: str) -> bool:
    """Whether ``p`` is a dateline: where the report was filed, not where its events
    happened ("MOSCOW Some 120 militants were killed ... in Syria")."""
    before = text[max(0, p.start - 12) : p.start].lower().split()
    if before and before[-1] in (*LOC_PREPS, "to", "for", "the", "and", "or"):
        return False  # "in the city of Daraa Sputnik ...": a place, then the byline
    after = text[p.end : p.end + 40]
    if _AGENCY_RX.match(after):
        return True
    word = text[p.start : p.end]
    return (
        len(word) > 3
        and word.isupper()
        and (p.feature or "") not in ("country", "admin1")
        and re.match(r"\s*(?:[-—–:(]|,\s*[A-Z]|\s[A-Z][a-z])", after) is not None
    )


_LOCATED_RX = re.compile(r"\b(?:in|inside|across|over|near|at)\s+(?:\S+\s+){0,2}$", re.I)


def home_located(sent: Span, places: Sequence[Place], country: str, text: str) -> bool:
    """The sentence says the event is in the report's own country ("killed in a series
    of Russian air strikes in Syria"): a place abroad in it is a speaker's, a
    sponsor's or an origin's."""
    return any(
        sent.start_char <= q.start < sent.end_char
        and q.country_code == country
        and q.lat is not None
        and not is_demonym(q)
        and _LOCATED_RX.search(text[max(0, q.start - 40) : q.start]) is not None
        for q in places
    )
