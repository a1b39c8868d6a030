"""A news page's related-links trailer: the other reports a page lists after its own.

A scraped page often runs on past the report into a list of links to other reports:
"... Source TRTWorld and agencies Related News Turkish warplanes hit ... Category News
...", or "... 285 Related Syrian Army Liberates Kokab ..." after a view counter. Those
are the headlines of other reports, told on other days: nothing from the trailer on is an
event of this report, though each headline reads like one.

The trailer is found only where "Related" (or "Related News/Articles/Stories ...") stands
where a page puts it: after the report's source credit ("Source AA", "Source TRTWorld and
agencies"), after a view counter ("... 285"), after a topic tag's count ("(200)"), or
at a sentence's start, and only when what follows it starts with a capital (a headline).
The credit or counter before it belongs to the trailer too.

A page may also embed a card for another report inside the text: a photo credit (agency
and photographer, "Sputnik Ilya Pitalev", "AP Photo Pavel Golovkin", "REUTERS Rodi Said")
and then that report's headline in title case ("Russian Su-24 Warplane Crashes in Syria
All Crew Members Dead"), glued to the next sentence of this report. An act whose trigger
lies in such a card is the other report's (:func:`cards`).

A photo's caption, closed by its credit in brackets ("A man rides past burning tyres in
Aleppo August 1 2016 (Reuters Photo)"), describes a picture, not the report's account:
the scene it shows may be of another day and is told in the present of a picture. Its
sentence tells no event of the report (:func:`is_caption`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.detect import Candidate, candidates
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.events.types import Scored
    from warlog.models import Quantity

_LEAD_IN = (
    r"(?:Source\s+(?:[A-Z][\w.&-]*\s+){1,2}(?:and\s+agencies\s+)?"  # the report's credit
    r"|(?:\.\.\.|…)\s+\d[\d,]*\s+(?:Topic\s+[^()]{1,120}\(\d[\d,]*\)\s+)?"  # view counter
    r"|\(\d[\d,]*\)\s+"  # a topic tag's count
    r"|(?<=[.!?\"”]\s))"  # or a sentence's start
)
TRAILER = re.compile(
    _LEAD_IN + r"Related(?:\s+(?:News|Articles|Stories|Content|Topics|Coverage|Posts))?"
    r"\s+(?=[A-Z0-9\"“])"
)


# a photo credit: an agency, then a photographer's name (first and last, an initial between)
_CREDIT = re.compile(
    r"(?<![\w-])(?:Sputnik|REUTERS|Reuters|AFP|AP Photo|AFP Photo|EPA|Getty Images)[/ ]\s*"
    r"[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+\s+(?=[A-Z0-9])")
# a caption's closing credit: "(Reuters Photo)", "(AFP Photo)", "(IHA Photo)"
_CAPTION_CREDIT = re.compile(r"\((?:[A-Z][\w.&/-]*\s+){1,3}(?:Photo|Photos|Images?)\)\s*$")
# words a headline leaves in lower case
_SMALL = frozenset("a an the of in on at to for from by and or as with near after over into "
                   "amid against vs".split())
_WORD = re.compile(r"\S+")


def cards(text: str) -> list[tuple[int, int]]:
    """The spans of embedded cards: a photo credit and the title-case headline after it,
    up to the first word a headline would not capitalise (or a bracket, "MOSCOW (Sputnik)")."""
    out = []
    for m in _CREDIT.finditer(text):
        end, words = m.end(), 0
        for w in _WORD.finditer(text, m.end()):
            word = w.group().strip("\"'“”‘’.,:;")
            if w.group().startswith(("(", "[")) or not word:
                break
            if word[0].islower() and word.lower() not in _SMALL:
                break
            if words and word in ("The", "A", "An"):
                break  # title case keeps articles low: a capital one starts a sentence
            if not word[0].islower():  # the headline ends on a capitalised word or number
                end, words = w.end(), words + 1
        if words >= 3:  # a headline, not a caption's closing credit ("REUTERS/Rodi Said")
            out.append((m.start(), end))
    return out


# a page's keyword list glued before its lead: "Tags Syria Idlib Russia airstrikes Syrian
# regime Airstrikes on a rebel-held village ... killed 12"
_TAGS = re.compile(r"(?:^|(?<=[.!?\"”]\s))Tags\s+(?=[A-Z])")
# words a keyword list never holds but a sentence soon does
_FUNCTION = frozenset("in of on at to for from by with was were is are has have had been be "
                      "will would that which who after before during since when while as into "
                      "against over near across amid despite through than".split())
_OPENERS = frozenset("The A An At Some More Over Nearly About Dozens Hundreds".split())


def tag_lists(text: str) -> list[tuple[int, int]]:
    """The spans of a page's keyword lists ("Tags Syria Idlib Russia airstrikes ..."): up
    to where the lead starts, read off the words since the page runs them together: the
    lead begins at the last opener word ("The", "A", "At least", a number) or else the
    last capitalised word before the first word a keyword list would not hold ("in",
    "of", "was" ...). What the list names are keywords, not parties to the lead's act."""
    out = []
    for m in _TAGS.finditer(text):
        words = list(_WORD.finditer(text, m.end(), min(len(text), m.end() + 400)))
        stop = next((i for i, w in enumerate(words) if w.group().lower() in _FUNCTION
                     and w.group()[0].islower()), None)
        if stop is None or stop < 2:
            continue
        before = words[:stop]
        opener = [i for i, w in enumerate(before) if w.group() in _OPENERS
                  or w.group()[0].isdigit()]
        caps = [i for i, w in enumerate(before) if w.group()[0].isupper()]
        start = opener[-1] if opener else (caps[-1] if caps else stop)
        if start >= 2 and " ".join(w.group() for w in before[start - 2:start]) in (
                "At least", "More than", "at least", "more than"):
            start -= 2  # "At least 43 people": the lead opens on its quantifier
        if start > 0:
            out.append((m.start(), words[start].start()))
    return out


def is_caption(sent: Span) -> bool:
    """Whether the sentence is a photo caption: it ends with the photo's credit."""
    # the sentence's text cut from the Doc's kept text: the same string as ``sent.text``,
    # without a Token built for each of its words to join them again
    return bool(_CAPTION_CREDIT.search(span_text(sent)))


def trailer_start(text: str) -> int:
    """Where the page's related-links trailer starts in ``text`` (its length if none)."""
    m = TRAILER.search(text)
    return m.start() if m else len(text)


def before_trailer(sents: Sequence[Span], text: str) -> list[Span]:
    """The sentences that start before the trailer: the report's own."""
    end = trailer_start(text)
    return [s for s in sents if s.start_char < end]


def report_part(sents: Sequence[Span], text: str, numbers: Sequence[Quantity]
                ) -> tuple[list[Span], tuple[Quantity, ...]]:
    """The report's own sentences and counts: none from the trailer on."""
    own = before_trailer(sents, text)
    return own, tuple(q for q in numbers if not own or q.start < own[-1].end_char)


def own_candidates(own: Sequence[Span], text: str, memo: dict[int, Scored | None],
                   past: Callable[[Span], bool] | None = None) -> list[Candidate]:
    """The candidates of the report's own sentences, but an act an embedded card tells
    (``past``: :func:`warlog.events.detect.candidates`)."""
    embedded = cards(text)
    return [c for c in candidates(own, memo, past) if not is_caption(c.sent)
            and not any(a <= c.trigger < b for a, b in embedded)]
