"""ACLED's unit read per clause: a sentence that tells its own day and its own toll is its
own incident, not only more of the one told before it.

ACLED codes one event per sub-event type, place, day and pair of actors (CODING.md). A
sentence that dates its act to a day the incident has not been given ("SANA said four
people were wounded on Saturday when two mortar rounds hit ...", after Sunday's shelling)
and counts its own dead or wounded is another event, whatever its means: the day and the
toll are its own. So is a clause of another means of remote violence (jets, shells, a
bomb) on a day of its own ("Syrian fighter jets on Saturday targeted ...", after Friday's
fighting): ACLED tells remote violence apart by its means. So is the other side's taking
of ground told with one side's advance (a counter-attack that won ground back): ACLED
codes each side's taking apart, with its own actor. A later day told without a
toll or a weapon of its own is often the aftermath or the report of the same incident
("the army said on Monday", "regained the town on Saturday"), and stays with it.

Such a clause is peeled off as an event of its own and leaves the incident it was grouped
with; only the report's main event (the first, as ranked with every clause in place) keeps
it and stays as it was (its sentences, place, figures and rank), the peeled event ranking
just below it, as more of the report told after its news.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from warlog.events.claims import REPORT_LEMMAS
from warlog.events.codes import VIOLENT_CODES
from warlog.events.days import DAY_RX, days_named, starts_a_stretch
from warlog.events.group import TERRITORY_CODES, Group
from warlog.models import Event
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

# verbs that count casualties ("killed four", "four were wounded", "injuring")
_TOLL_LEMMAS = frozenset({"kill", "wound", "injure"})
# ACLED's means of remote violence: air strike, shelling, explosive, suicide bomb, grenade
_REMOTE = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE",
                     "CHEM_WEAP"})


def counts_casualties(sent: Span) -> bool:
    """Whether the sentence counts dead or wounded of its own (a verb of killing or
    wounding, "killing its pilot", "four people were wounded")."""
    return any(t.lemma_ in _TOLL_LEMMAS and t.pos_ in ("VERB", "AUX") for t in sent)


def incident_days(members: Sequence[Span], head: Span) -> set[str]:
    """The days an incident was given: those its sentences name, else the last day the
    report named before it (the narrative's day: "... on Sunday. Meanwhile SANA said ...")."""
    told = {d for s in members for d in days_named(span_text(s), acts_only=True)}
    if told:
        return told
    before = doc_text(head.doc)[: head.start_char]
    last = [m for m in DAY_RX.finditer(before) if not starts_a_stretch(before, m.start())]
    return days_named(last[-1].group(0)) if last else set()


def act_days(sent: Span) -> set[str]:
    """The days a sentence gives its act: not the day a count began ("since Thursday"),
    nor the day of its report ("it said Friday", "told SANA on Wednesday that ...")."""
    text, base = span_text(sent), sent.start_char
    out: set[str] = set()
    for m in DAY_RX.finditer(text):
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        head = tok.root.head if tok is not None else None
        if head is not None and head.dep_ == "prep":
            head = head.head
        if head is not None and head.lemma_ in REPORT_LEMMAS:
            continue
        if not starts_a_stretch(text, m.start()):
            out |= days_named(m.group(0))
    return out


def own_day_and_toll(members: Sequence[Span], head: Span, sent: Span,
                     other_means: bool = False) -> bool:
    """Whether ``sent`` dates its act to a day its incident was not given and counts
    its own casualties, or tells another means than the incident's: another ACLED unit."""
    own = act_days(sent)
    if not own or not (other_means or counts_casualties(sent)):
        return False
    told = incident_days(members, head)
    return bool(told) and not told & own


def counter_taking(head: str, code: str) -> bool:
    """Whether a clause tells the other side taking ground in an incident of one side's
    taking (the rebels' advance, then "government forces ... recovered lost ground"):
    ACLED codes one event per pair of actors and sub-event type, so the counter-attack
    is its own unit, with its own actor."""
    return head != code and head in TERRITORY_CODES and code in TERRITORY_CODES


def peel_units(groups: Sequence[Group]) -> list[tuple[Group, Group]]:
    """The clauses of each group that are units of their own, each as a group of its own
    with the group it was told in: (peeled, origin)."""
    out: list[tuple[Group, Group]] = []
    for g in groups:
        seen = {g.head.index}
        for c in g.members[1:]:
            if c.index in seen or c.code not in VIOLENT_CODES:
                continue
            seen.add(c.index)
            others = [m.sent for m in g.members if m.index != c.index]
            means = c.code != g.head.code and c.code in _REMOTE  # another weapon
            if counter_taking(g.head.code, c.code) or own_day_and_toll(
                    others, g.head.sent, c.sent, means):
                out.append((Group([c]), g))
    return out


def detach(peeled: Sequence[tuple[Group, Group]], main: Group | None) -> list[tuple[Group, Group]]:
    """Each peeled clause leaves the incident it was told in, except the report's main
    one, which stays as it was (its place, figures and rank are the report's news); the
    pairs whose origin keeps its clause."""
    for p, o in peeled:
        if o is not main:
            o.members[:] = [m for m in o.members if m.index != p.head.index]
    return [(p, o) for p, o in peeled if o is main]


def rank_below_origin(events: Sequence[Event], origin: Mapping[str, str]) -> list[Event]:
    """A peeled event (``origin`` maps its id to its incident's) ranks just below the
    incident it was told in."""
    conf = {e.id: e.confidence for e in events}
    return [dataclasses.replace(e, confidence=round(
        min(e.confidence, conf[origin[e.id]] - 0.001), 3))
        if e.id in origin and origin[e.id] in conf else e for e in events]
