"""Whose word a relation is, and when it held.

Claims. A relation predicated on a verb inside what a party (a side: see
:meth:`Parties.is_side`) says ("Hezbollah's deputy
leader said the US nurtured IS", "the SDF accused Turkey of arming the rebels", or a
headline "Hezbollah co-leader: US nurtured ISIS ...") is that party's claim: its
``claimed_by`` is the party named in the speaker's phrase. A speaker who is no party (an
observatory, a news agency, "officials") leaves the relation the outlet's own report; so
does a relation inside a noun phrase ("the US-backed SDF"), which the sentence takes for
granted rather than asserts.

Dates. A past date attached to the relation's cue ("captured ... last year") dates it as
history first. A relation in the sentence of an extracted event of the day between the
same two actors takes the event's date; otherwise a date the sentence itself names ("In 2015 they
joined the SDF", "last year") that ends more than half a year before publication, or a
year before the publication's, dates it and makes it historical; otherwise it holds at
publication. An event the events stage took for history does not make the relation
history: that takes a date in the relation's own sentence (the events stage may have
dated the event from a neighbouring sentence).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.claims import REPORT_LEMMAS
from warlog.models import Document, Event, TimeExpr
from warlog.network.parties import Parties

if TYPE_CHECKING:
    from spacy.tokens import Token

_SAY = REPORT_LEMMAS | frozenset(
    "accuse claim allege argue charge insist assert maintain blame believe".split()
)
_HEADLINE_SPEAKER_TOKENS = 8
HISTORY_DAYS = 182


def claimed_by(anchor: Token | None, parties: Parties) -> str | None:
    """The party whose statement the relation resting on ``anchor`` is, if any."""
    if anchor is None:
        return None
    tok = anchor
    for _ in range(6):
        head = tok.head
        if head is tok:
            break
        if head.lemma_.lower() in _SAY and tok.dep_ not in ("nsubj", "nsubjpass"):
            speaker = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return _speaker(speaker, parties) if speaker is not None else None
        tok = head
    return _headline_speaker(anchor, parties)


def _speaker(tok: Token, parties: Parties) -> str | None:
    """The one party named in the speaker's phrase ("Hezbollah's Deputy Secretary General,
    Sheikh Naim Qassem"), else None."""
    names = {p.name for t in tok.subtree for p in [parties.at(t)]
             if p is not None and parties.is_side(p)}
    return names.pop() if len(names) == 1 else None


def _headline_speaker(anchor: Token, parties: Parties) -> str | None:
    """ "Hezbollah co-leader: US nurtured ISIS ...": the party before a short lead-in."""
    sent = anchor.sent
    colon = next((t for t in sent if t.text == ":" and t.i < anchor.i), None)
    if colon is None or colon.i - sent.start > _HEADLINE_SPEAKER_TOKENS:
        return None
    names = {p.name for t in sent[: colon.i - sent.start] for p in [parties.at(t)]
             if p is not None and parties.is_side(p)}
    return names.pop() if len(names) == 1 else None


def sentence_date(start: int, end: int, names: tuple[str, str], doc: Document,
                  events: Sequence[Event], times: Sequence[TimeExpr],
                  cue: Token | None = None) -> tuple[str | None, bool]:
    """(date, historical) of a relation between the ``names`` told in text[start:end] (see
    the module docstring); a past date that the cue's own clause names comes first ("the
    YPG captured large areas from IS last year", in the sentence of the day's bombing)."""
    mine = [t for t in times if start <= t.start < end and t.value is not None
            and not _since(doc.text, t.start)]
    if cue is not None:
        for t in mine:
            if _attached(t, cue) and _past(t.value or "", doc.published):
                return t.value, True
    for e in events:
        if not e.historical and {a.name for a in e.actors} >= set(names) and any(
                ev.start < end and start < ev.end for ev in e.evidence):
            return e.date, False
    for t in mine:
        if _past(t.value or "", doc.published):
            return t.value, True  # "in 2015"; "last year", however few months back
    return (doc.published.isoformat() if doc.published else None), False


def _past(value: str, published: dt.date | None) -> bool:
    """A date that ends more than half a year before publication, or a year before its."""
    last = _period_end(value)
    if last is None or published is None:
        return False
    return (published - last).days > HISTORY_DAYS or (len(value) == 4
                                                      and last.year < published.year)


def _attached(t: TimeExpr, cue: Token) -> bool:
    """Whether the time expression modifies the cue or the verb the cue hangs on."""
    span = cue.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.i in (cue.i, cue.head.i):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _since(text: str, at: int) -> bool:
    """ "since 2011", "since the start of the war six years ago": a period lasting to now."""
    return bool(re.search(r"\bsince\b(?:\s+\S+){0,6}\s*$", text[max(0, at - 60):at], re.I))


def _period_end(value: str) -> dt.date | None:
    """Last day of a TimeML year, month or day value ("2015", "2017-08", "2017-09-14")."""
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(value) == 4:
            return dt.date(int(value), 12, 31)
        if len(parts) == 2 and parts[1].isdigit():
            year, month = int(parts[0]), int(parts[1])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(parts) == 3:
            return dt.date.fromisoformat(value)
    except ValueError:
        return None
    return None
