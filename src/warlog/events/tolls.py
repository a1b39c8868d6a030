"""Tolls: the killed and injured counts that belong to an event.

A count belongs to the event whose sentences state it (the event's own sentences and
those that follow up to the next event: "Five soldiers were killed" after the attack
sentence). A coder's note on the report ("fatalities coded as 3 for this event") wins.
A toll summed over a stretch of time ("since January, 300 people have been killed") is
no event's toll: it belongs to none (:func:`warlog.events.mood.cumulative_toll`).
ACLED's conventions for ranges, vague amounts and attackers' deaths are listed in
docs/times-and-numbers.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.mood import cumulative_toll
from warlog.models import Quantity, Range
from warlog.nlp.parse import span_text
from warlog.times.dates import years_in

if TYPE_CHECKING:
    from spacy.tokens import Span

_KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "died", "bodies"})
_INJURED = frozenset({"injured", "wounded", "hurt", "injuries"})
# a report of this many sentences or fewer is a record of one incident (a GTD or ACLED
# summary), whose largest count is its total; a longer one is news, told from its lead
RECORD_SENTENCES = 8


_FIGURE_RX = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand)\b",
    re.I,
)


# a later figure told as an update of the lead's toll
_UPDATE_RX = re.compile(
    r"\b(?:updated?|new (?:death )?toll|(?:rose|risen|rises|rising|climbed|climbs|jumped|"
    r"increased|reached) to|bringing (?:the (?:death )?toll )?to|confirm(?:ed|s)? the "
    r"(?:killing|deaths?) of)\b",
    re.I,
)


def _vague(q: Quantity) -> bool:
    """A guessed amount ("several", "dozens", "scores", "some of them"), not a stated
    figure (a lone victim, "a woman was killed", is a figure)."""
    return q.best != 1 and _FIGURE_RX.search(q.text) is None


def pick_range(
    sents: Sequence[Span], numbers: Sequence[Quantity], kinds: frozenset[str], lead: bool = True
) -> Range | None:
    """The largest count of ``kinds`` stated in the first of the event's sentences that
    states a figure (see :func:`_vague`), or in the last that updates it ("the toll rose
    to 12")."""
    found = [
        q
        for q in numbers
        if q.about in kinds and any(s.start_char <= q.start < s.end_char for s in sents)
    ]
    if not found:
        return None
    if lead:
        # the event's figure is the one its lead states: the first sentence that gives a
        # figure (a guess, "several", "dozens", yields to a later stated figure); later
        # ones update a toll, count a part, or tell another incident
        precise = [q for q in found if not _vague(q)] or found
        first = min(q.start for q in precise)
        told = next(s for s in sents if s.start_char <= first < s.end_char)
        updates = [s for s in sents if s.start_char > told.start_char
                   and _UPDATE_RX.search(span_text(s))
                   and any(s.start_char <= q.start < s.end_char for q in precise)]
        if updates:  # "Updated reports confirm the killing of at least 12": the toll now
            told = updates[-1]
        found = [q for q in found if told.start_char <= q.start < told.end_char]
    q = max(found, key=lambda q: q.best)  # a short record of one incident: its total
    return Range(q.low, q.best, q.high)


def _other_year(sent: Span, year: str | None) -> bool:
    """Does the sentence date what it tells to another year than the event's ("In 2017 a
    truck bomb in the city killed more than 500 people", told as background)?"""
    if not year:
        return False  # an event of no known year: no sentence is of another
    years = years_in(span_text(sent))  # cut from the Doc's kept text, not joined again
    return bool(years) and year not in years


def casualties(
    sents: Sequence[Span], numbers: Sequence[Quantity], note: str = "", lead: bool = True,
    year: str | None = None,
) -> tuple[Range | None, Range | None]:
    """Killed and injured: a coder's note on the report (``note``) first, else the counts
    stated in the event's sentences that are not tolls summed over time: in a news report
    (``lead``) those of its lead (:func:`pick_range`), in a short record the largest."""
    killed = coded_fatalities(note or " ".join(span_text(s) for s in sents))
    # a toll summed over time, or told of another year, is no count of this event
    sents = [s for s in sents if not cumulative_toll(s) and not _other_year(s, year)]
    if killed is None:
        killed = pick_range(sents, numbers, _KILLED, lead)
    injured = pick_range(sents, numbers, _INJURED, lead)
    if killed is None and injured is not None and any(
        q.about in _INJURED and not _vague(q) and q.best > 0
        and any(s.start_char <= q.start < s.end_char for s in sents) for q in numbers
    ):
        # a report that states a figure of wounded and names no dead tells that none died:
        # ACLED codes such an event 0 ("eight people were wounded by the shells" -> 0
        # killed); a guess ("killing or injuring scores") states nothing of the dead
        killed = Range(0, 0, 0)
    return killed, injured


_CODED_RX = re.compile(
    r"(?:fatalit\w*|deaths?|killed)[^.;]{0,160}?\bcoded\s+(?:as\s+|to\s+)?(\d+)"
    r"(?:\s+(?:for|in)\s+this\s+event)?|\b(\d+)\s+fatalities\s+coded\b",
    re.I,
)


def coded_fatalities(text: str) -> Range | None:
    """A coder's note on the count ("Nine fatalities split across three locations ...
    coded 3 for this event", "fatalities coded as 0"): ACLED's own figure for the event."""
    if "coded" not in text.lower():
        return None  # both forms of the note say "coded" (no letter of it case-folds apart)
    found = [m for m in _CODED_RX.finditer(text)]
    if not found:
        return None
    own = [m for m in found if "this event" in m.group(0).lower()]
    m = (own or found)[-1]
    n = int(m.group(1) or m.group(2))
    return Range(n, n, n)


