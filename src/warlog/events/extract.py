"""Events: who did what to whom, where, when, how many, and according to whom.

Each sentence is scored against the trigger lexicon (:mod:`warlog.events.types`);
statements of intent, threats, calls to attack, hypotheticals and examples are dropped.
Neighbouring sentences that tell the same incident (same family of type, no conflicting
place or year) are merged into one event, whose fields come from all its sentences:
place, date, actors with roles, fatalities and injured, and claims. Events are returned
main event first, each with its probability of being real; background history is kept
but flagged and ranked low.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events import claims as claims_mod
from warlog.events import places as ep
from warlog.events import sides
from warlog.events.assemble import assembled_once
from warlog.events.calibrate import calibrate, confirmed
from warlog.events.clauses import counter_taking, detach, peel_units, rank_below_origin
from warlog.events.codes import VIOLENT_CODES
from warlog.events.detect import Candidate, weak_candidates
from warlog.events.follow import claims_follow_incidents
from warlog.events.group import TERRITORY_CODES, Group, group_candidates
from warlog.events.handover import with_transfers
from warlog.events.home import home_places, one_per_unit
from warlog.events.known import known_attacks_first
from warlog.events.launch import fired_by_owner, gun_owners
from warlog.events.listed import listed_once
from warlog.events.named import cap_history, named_incidents
from warlog.events.past import past_sentence, past_units
from warlog.events.qualified import addressed
from warlog.events.regime import regime_flyers
from warlog.events.split import lists_places, province, split_listed
from warlog.events.trailer import own_candidates, report_part, tag_lists
from warlog.events.units import acled_unless_main
from warlog.events.unlisted import unlisted_places
from warlog.models import (
    ActorMention,
    Document,
    Event,
    Place,
    Quantity,
    TimeExpr,
)
from warlog.nlp.dateline import stamp_only
from warlog.nlp.parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from warlog.events.types import Scored
    from warlog.places.geocode import Gazetteer


def extract_events(
    doc: Document,
    sdoc: Doc,
    places: tuple[Place, ...],
    times: tuple[TimeExpr, ...],
    actors: tuple[ActorMention, ...],
    numbers: tuple[Quantity, ...],
    gazetteer: Gazetteer,
    trace: dict[str, dict[str, float]] | None = None,
) -> tuple[Event, ...]:
    """Events of one parsed document, the main event first (:mod:`warlog.events.calibrate`:
    the order is the ranking model's, each confidence the probability of being real).
    With ``trace``, the confidence model's inputs for each event are put there by event
    id, and no event is held back by the model's floor (training must not depend on the
    weights it replaces)."""
    if not sdoc.has_annotation("DEP"):
        return ()
    sents = [s for s in sdoc.sents if not stamp_only(s)]  # the date stamp tells no event
    text = doc_text(sdoc)
    own, numbers = report_part(sents, text, numbers)  # no page's links to other reports
    tags = tag_lists(text)  # a page's keyword list names no party (trailer.py)
    actors = tuple(m for m in actors if not any(a <= m.start < b for a, b in tags))
    places, country, regions = home_places(places, text, actors, gazetteer)
    memo: dict[int, Scored | None] = {}  # each sentence's reading, scored once
    cands = own_candidates(own, text, memo, past_sentence(times, doc.published))
    lead = list({c.sent.start: c.sent for c in cands}.values())[:4]
    places = addressed(  # a town of the province its address names ("X, Guerrero")
        places + tuple(unlisted_places(lead, places, actors, country, gazetteer)), text, gazetteer)
    names = listed_once(places, actors, country, gazetteer, tags)
    listing = _listing(own, cands, places, actors, country, names, text, memo)
    cands = sorted([*cands, *listing[1]], key=lambda c: c.index)
    base = group_candidates(cands, places, actors, listing[0])
    peeled = peel_units(base)  # a clause with its own day and toll: its own unit too
    past = past_units(base, times, doc.published, {p.head.index for p, _ in peeled})
    peeled += past
    claim_sents = [s for s in sents if claims_mod.mentions_claim(text[s.start_char : s.end_char])]
    home = ep.dominant_country(places, text, actors) if base else None  # a pure function
    # the sides told as flying, the regime's aircraft too ("regime air raids", regime.py)
    flyers = (*sides.air_owners(sdoc, actors), *regime_flyers(sdoc, home, actors))

    assemble = assembled_once(doc, places, times, actors, numbers, sents, claim_sents,
                               flyers, home, {p.head.index for p, _ in past}, regions)

    def tell(groups: list[Group], starts: list[int], trace: dict[str, dict[str, float]] | None
             ) -> tuple[list[Event], dict[str, float], dict[int, str]]:
        assembled = [assemble(g, starts) for g in groups]
        events = claims_follow_incidents(groups, [a[2] for a in assembled])
        parts = [(g, (told, party), part, seen if part.location == ev.location else None)
                 for g, (told, place, _, seen, party), ev in zip(groups, assembled, events,
                                                                 strict=True)
                 for part in _split(g, ev, place, places, actors, names, text)]
        ids = {id(g): a[2].id for g, a in zip(groups, assembled, strict=True)}
        ranked, real = calibrate([g for g, _, _, _ in parts], [e for _, _, e, _ in parts],
                                 [told for _, (told, _), _, _ in parts], len(sents), trace,
                                 [seen for _, _, _, seen in parts],
                                 [party for _, (_, party), _, _ in parts])
        return rank_below_origin(ranked, {ids[id(p)]: ids[id(o)] for p, o in peeled}), real, ids

    groups, starts = [*base, *(p for p, _ in peeled)], sorted(g.head.index for g in base)
    events, real, ids = tell(groups, starts, trace if not peeled else None)
    if peeled:  # the main event (ranked with every clause in place) keeps its clauses
        top = max((e for e in events if not e.historical), key=lambda e: e.confidence,
                  default=None)
        main = next((g for g in base if top and ids[id(g)] == top.id), None)
        # the other side's taking is peeled from the report's main incident only: it
        # answers the news; another incident keeps its counter-attack (clauses.py)
        kept = {id(p) for p, o in peeled
                if o is main or not counter_taking(o.head.code, p.head.code)}
        peeled = detach([(p, o) for p, o in peeled if id(p) in kept], main)
        groups = [*base, *(g for g in groups[len(base):] if id(g) in kept)]
        starts = sorted({*starts, *(g.head.index for g in groups[len(base):])} - {
            p.head.index for p, _ in peeled})
        events, real, ids = tell(groups, starts, trace)
    owners = gun_owners(sdoc, actors)  # whose shelling the report tells (launch.py)
    events = one_per_unit([fired_by_owner(e, owners) for e in events], groups, ids, times)
    events += named_incidents(doc.id, sents, places, times, doc.published, events)
    events = sorted(cap_history(events), key=lambda e: -e.confidence)
    events = confirmed(acled_unless_main(known_attacks_first(events)), real)
    return tuple(with_transfers(events))  # an evacuation deal hands ground over too


def _listing(
    sents: Sequence[Span], cands: Sequence[Candidate], places: Sequence[Place],
    actors: Sequence[ActorMention], country: str | None,
    names: Callable[[Span], list[Place]], text: str, memo: dict[int, Scored | None] | None = None,
) -> tuple[dict[int, str], list[Candidate]]:
    """The sentences that list two or more places where their act happened (a roundup:
    each its own group, never merged into a neighbour's incident), and the roundups whose
    cue alone is too weak to be an event: the list of places anchors them ("The army
    units killed a number of terrorists in Saraqeb, Khan Sheikhoun and Maarat al-Numan")."""
    def governorate(s: Span) -> str | None:  # the governorate a roundup names, or ""
        here = [*places, *names(s)]
        if not lists_places(s.start_char, s.end_char, here, text, actors):
            return None
        named = province(s.start_char, s.end_char, here, country)
        return named.text.casefold() if named is not None else ""

    weak = [c for c in weak_candidates(sents, {c.index for c in cands}, memo)
            if c.code in VIOLENT_CODES or c.code in TERRITORY_CODES]
    listed = {c.index: g for c in weak if (g := governorate(c.sent)) is not None}
    return listed, [c for c in weak if c.index in listed]


def _split(
    g: Group, ev: Event, place: Place | None, places: Sequence[Place],
    actors: Sequence[ActorMention], names: Callable[[Span], list[Place]], text: str,
) -> list[Event]:
    """The event once per place its sentences list (:mod:`warlog.events.split`), with the
    names the places stage missed in those sentences (:mod:`warlog.events.listed`)."""
    sents = list({c.sent.start: c.sent for c in g.members if c.code == g.head.code}.values())
    found = [p for s in sents for p in names(s)]
    spans = [(s.start_char, s.end_char) for s in sents]
    return split_listed(ev, place, spans, [*places, *found], text, actors)

