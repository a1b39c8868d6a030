"""Named past incidents: "the deadly 2015 Paris attacks", "the Ghouta gas attack of August
2013". A report names a specific earlier incident by its place and its time inside a noun
phrase; it tells it as background, never as the news, and no verb of the sentence carries
it, so the trigger rules miss it. CODING.md lists such an incident (place and approximate
time named) as an event with ``historical`` set; a bare "the Berlin attack" (no time) or
"past chemical attacks" (no place) is not listed. Only incidents more than 30 days old are
taken here: a recent one is the news, for the trigger rules to read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.codes import CODES
from warlog.events.fields import is_historical
from warlog.events.located import is_demonym
from warlog.events.location import place_rank, to_location
from warlog.models import Event, Evidence, Place, TimeExpr
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span

METHOD = "events.named.v1"
CONFIDENCE = 0.1  # background: reported apart, flagged, ranked low
# the incident nouns after a place, and the code each names
_NOUNS = (
    (r"(?:gas|chemical|sarin|chlorine)\s+attacks?", "CHEM_WEAP"),
    (r"(?:suicide\s+)?(?:bombings?|blasts?|explosions?)", "REM_EXPLOS"),
    (r"(?:terror(?:ist)?\s+)?(?:attacks?|massacres?|shootings?|killings?)", "ATTACK"),
)
_NOUN_RX = [(re.compile(r"(?:[’']s)?\s+" + rx + r"\b", re.I), code) for rx, code in _NOUNS]
# a time inside the noun phrase before the place ("the deadly 2015 Paris attacks") or
# just after its noun ("the Paris attacks of November 2015", "... in 2015")
_BEFORE_RX = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s+$")  # at most two words between
_AFTER_RX = re.compile(r"^\s+(?:of|in|on)\s+$", re.I)


def _incident(p: Place, text: str) -> tuple[str, int] | None:
    """The code and end of an incident noun right after the place, if any."""
    for rx, code in _NOUN_RX:
        m = rx.match(text, p.end)
        if m is not None:
            return code, m.end()
    return None


def _time(p: Place, noun_end: int, text: str, times: Sequence[TimeExpr]) -> TimeExpr | None:
    for t in times:
        if t.value is None or not re.match(r"\d{4}", t.value):
            continue
        if t.end <= p.start and _BEFORE_RX.match(" " + text[t.end : p.start]) is not None:
            return t
        if t.start >= noun_end and _AFTER_RX.match(text[noun_end : t.start]) is not None:
            return t
    return None


def named_incidents(
    doc_id: str, sents: Sequence[Span], places: Sequence[Place], times: Sequence[TimeExpr],
    published: dt.date | None, told: Sequence[Event],
) -> list[Event]:
    """The past incidents the report names by place and time, as historical events; none
    that an event already told covers (same place, same date)."""
    text = doc_text(sents[0].doc) if sents else ""
    have = {(e.location.name if e.location else None, e.date) for e in told}
    out: list[Event] = []
    for p in places:
        if p.lat is None or is_demonym(p) or place_rank(p) < 2:
            continue
        found = _incident(p, text)
        if found is None:
            continue
        code, noun_end = found
        t = _time(p, noun_end, text, times)
        if t is None or not is_historical(t.value, published):
            continue
        loc = to_location(p)
        if (loc.name, t.value) in have:
            continue
        have.add((loc.name, t.value))
        sent = next((s for s in sents if s.start_char <= p.start < s.end_char), None)
        if sent is None:
            continue
        event_type, sub = CODES[code]
        key = f"{doc_id}:named:{p.start}".encode()
        out.append(Event(
            id=hashlib.sha1(key).hexdigest()[:16], event_type=event_type, sub_event_type=sub,
            confidence=CONFIDENCE, date=t.value, date_precision=t.precision,
            historical=True, actors=(), location=loc, fatalities=None, injured=None,
            claims=(), evidence=(Evidence(sent.start_char, sent.end_char, span_text(sent)),),
            notes=f"{sub}: unknown actors in {loc.name} on {t.value} (named as background).",
            method=METHOD))
    return out


def cap_history(events: Sequence[Event]) -> list[Event]:
    """History ranks below every event of the news: none is a report's first event while
    the report tells one that is not history."""
    news = [e.confidence for e in events if not e.historical]
    if not news:
        return list(events)
    floor = min(news)
    below = round(max(floor - 0.001, 0.0), 3)
    return [dataclasses.replace(e, confidence=below) if e.historical and e.confidence >= floor
            else e for e in events]
