"""Tolls: the killed and injured counts that belong to an event.

A count belongs to the event whose sentences state it (the event's own sentences and
those that follow up to the next event: "Five soldiers were killed" after the attack
sentence). A coder's note on the report ("fatalities coded as 3 for this event") wins.
A toll summed over a stretch of time ("since January, 300 people have been killed") is
no event's toll: it belongs to none (:func:`warlog.events.cumulative.cumulative_toll`).
ACLED's conventions for ranges, vague amounts and attackers' deaths are listed in
docs/times-and-numbers.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import tollplace
from warlog.events.cumulative import cumulative_toll
from warlog.events.detect import RECORD_SENTENCES as RECORD_SENTENCES  # re-exported
from warlog.models import Document, Place, Quantity, Range
from warlog.nlp.parse import doc_text, span_text
from warlog.times.dates import years_in

if TYPE_CHECKING:
    from spacy.tokens import Span

_KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "died", "bodies"})
_INJURED = frozenset({"injured", "wounded", "hurt", "injuries"})
# a report of RECORD_SENTENCES sentences or fewer is a record of one incident (a GTD or
# ACLED summary), whose largest count is its total; a longer one is news, told from its
# lead (the same bound decides where a news report's body begins in detection)


def told_from_lead(doc: Document, sentences: int) -> bool:
    """Is the report news, whose toll its lead states? A report under a headline is, and
    so is a long one; a short record without a headline (a GTD or ACLED summary) states
    its total as its largest count."""
    return bool(doc.title) or sentences > RECORD_SENTENCES


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
        others = [q for q in precise if q.start >= told.end_char and _OTHER_SOURCE_RX.search(
            next((span_text(s) for s in sents if s.start_char <= q.start < s.end_char), ""))]
        found = [q for q in found if told.start_char <= q.start < told.end_char]
        q = max(found, key=lambda q: q.best)
        # another source's figure for the same toll ("the Observatory put the toll at 13"):
        # ACLED takes the lowest credible figure of conflicting sources
        low = min(others, key=lambda o: o.best, default=q)
        return Range(low.low, low.best, low.high) if low.best < q.best else Range(
            q.low, q.best, q.high)
    q = max(found, key=lambda q: q.best)  # a short record of one incident: its total
    return Range(q.low, q.best, q.high)


# a source's own figure for the toll already told (the same toll, put at another figure):
# "putting the number of civilians killed at 13", "put the death toll at 25"; a toll
# "given" for strikes somewhere ("giving a toll of eight") may be a part of it
_OTHER_SOURCE_RX = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their)\s+(?:(?:death|"
    r"casualty)\s+)?(?:toll|number\s+of\s+[\w\s]{0,30}?(?:killed|dead|deaths))\s+at\b",
    re.I,
)


def _other_year(sent: Span, year: str | None) -> bool:
    """Does the sentence date what it tells to another year than the event's ("In 2017 a
    truck bomb in the city killed more than 500 people", told as background)?"""
    if not year:
        return False  # an event of no known year: no sentence is of another
    years = years_in(span_text(sent))  # cut from the Doc's kept text, not joined again
    return bool(years) and year not in years


def _placed(
    sents: Sequence[Span], numbers: Sequence[Quantity], here: Place | None,
    places: Sequence[Place],
) -> list[Quantity]:
    """The counts that may be the event's by the place their phrase names
    (:mod:`warlog.events.tollplace`): never one located in another governorate; one
    summed over a list of places only when the event's sentences state no figure of that
    kind for it alone."""
    if here is None or not sents:
        return list(numbers)
    text = doc_text(sents[0].doc)
    own = [q for q in numbers if not tollplace.foreign(q, here, places, text)]
    summed = {id(q) for q in own if tollplace.summed(q, here, places, text)}
    out = []
    for q in own:
        if id(q) in summed and any(
            o.about == q.about and id(o) not in summed and not _vague(o)
            and any(s.start_char <= o.start < s.end_char for s in sents) for o in own
        ):
            continue
        out.append(q)
    return out


# a casualty noun with the definite article refers back to a toll already told ("84
# people have been killed ... The casualties occurred in clashes in eastern Ghouta")
_BACK_RX = re.compile(r"\bthe (?:casualties|deaths|dead|victims|killings|fatalities)\b", re.I)


def _told_before(
    sents: Sequence[Span], prior: Span | None, year: str | None
) -> list[Span]:
    """The sentence before the event when the event's first sentence refers back to its
    toll with a definite casualty noun ("The casualties occurred ..."), else none."""
    if prior is None or not sents or not _BACK_RX.search(span_text(sents[0])):
        return []
    if cumulative_toll(prior) or _other_year(prior, year):
        return []
    return [prior]


def casualties(
    sents: Sequence[Span], numbers: Sequence[Quantity], note: str = "", lead: bool = True,
    year: str | None = None, here: Place | None = None, places: Sequence[Place] = (),
    prior: Span | None = None,
) -> tuple[Range | None, Range | None]:
    """Killed and injured: a coder's note on the report (``note``) first, else the counts
    stated in the event's sentences that are not tolls summed over time: in a news report
    (``lead``) those of its lead (:func:`pick_range`), in a short record the largest.
    With the event's place (``here``, among the document's ``places``), a count whose
    phrase names another governorate, or sums several, is left to its own event."""
    killed = coded_fatalities(note or " ".join(span_text(s) for s in sents))
    # a toll summed over time, or told of another year, is no count of this event
    sents = [s for s in sents if not cumulative_toll(s) and not _other_year(s, year)]
    # only the counts of these sentences, or of the one just before, can be the event's:
    # the others are not placed (each placing scans the report's places)
    told = [*sents, prior] if prior is not None else sents
    numbers = [q for q in numbers if any(s.start_char <= q.start < s.end_char for s in told)]
    numbers = _placed(sents, numbers, here, places)
    if killed is None:
        killed = pick_range(sents, numbers, _KILLED, lead)
    injured = pick_range(sents, numbers, _INJURED, lead)
    back = _told_before(sents, prior, year) if killed is None and injured is None else []
    if back:  # the toll the event's sentence refers back to, told just before it
        killed = pick_range(back, numbers, _KILLED, lead)
        injured = pick_range(back, numbers, _INJURED, lead)
    if killed is None and injured is not None and any(
        q.about in _INJURED and not _vague(q) and q.best > 0
        and any(s.start_char <= q.start < s.end_char for s in sents) for q in numbers
    ):
        # a report that states a figure of wounded and names no dead tells that none died:
        # ACLED codes such an event 0 ("eight people were wounded by the shells" -> 0
        # killed); a guess ("killing or injuring scores") states nothing of the dead
        killed = Range(0, 0, 0)
    return killed, injured


def of_type(code: str, killed: Range | None) -> Range | None:
    """A disrupted weapon (a bomb defused, a missile intercepted, a cache seized) was not
    used to kill: with no dead stated its toll is 0, as ACLED codes it, not unknown."""
    if killed is None and code == "DISR_WEAP":
        return Range(0, 0, 0)
    return killed


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


