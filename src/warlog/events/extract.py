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

import hashlib
from collections.abc import Callable, Sequence, Set
from typing import TYPE_CHECKING

from warlog.actors.mentions import with_country
from warlog.events import claims as claims_mod
from warlog.events import fields as ef
from warlog.events import focus, sides, tolls
from warlog.events import places as ep
from warlog.events.backed import with_backed
from warlog.events.calibrate import calibrate, confirmed
from warlog.events.clauses import counter_taking, detach, peel_units, rank_below_origin
from warlog.events.codes import CODES, VIOLENT_CODES
from warlog.events.compass import part_of
from warlog.events.detect import Candidate, weak_candidates
from warlog.events.earlier import dated
from warlog.events.follow import claims_follow_incidents
from warlog.events.group import (
    INCIDENT_FAMILY,
    TERRITORY_CODES,
    Group,
    group_candidates,
    incident_code,
)
from warlog.events.handover import with_transfers
from warlog.events.home import home_places, one_per_unit
from warlog.events.known import known_attacks_first
from warlog.events.launch import fired_by_owner, fired_by_site, gun_owners, launch_sites
from warlog.events.launcher import led_by_launcher
from warlog.events.listed import listed_once
from warlog.events.location import to_location
from warlog.events.members import member_sents
from warlog.events.named import cap_history, named_incidents
from warlog.events.past import news_part, past_sentence, past_units
from warlog.events.qualified import addressed
from warlog.events.regime import regime_flyers, told_here
from warlog.events.retold import headed_place
from warlog.events.scene import located_or_scene
from warlog.events.split import lists_places, province, split_listed
from warlog.events.trailer import own_candidates, report_part, tag_lists
from warlog.events.units import acled_unless_main, headline
from warlog.events.unlisted import unlisted_places
from warlog.models import (
    ActorMention,
    Claim,
    Document,
    Event,
    EventActor,
    Evidence,
    Location,
    Place,
    Quantity,
    TimeExpr,
)
from warlog.nlp.dateline import stamp_only
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from warlog.events.types import Scored
    from warlog.places.geocode import Gazetteer

METHOD = "events.rules.v1"
# what _assemble returns: date from text, place, event, location the model sees, whether
# the event names a party of the telling as its target (frame.py)
Assembled = tuple[bool, Place | None, Event, Location | None, bool]
_CLAIMABLE = frozenset({"DISR_WEAP", "PROPERTY_DISTRUCT", "ABDUCT_DISSAP"})


def _claims(
    g: Group, actors: Sequence[ActorMention], claim_sents: Sequence[Span]
) -> list[Claim]:
    """The claims of the group's sentences and, for an incident, of every sentence of the
    report that mentions a claim (``claim_sents``, in order)."""
    out: list[Claim] = []
    sents = [c.sent for c in g.members]
    # claims of responsibility elsewhere in the report belong to its main incident
    if g.head.code in INCIDENT_FAMILY | _CLAIMABLE:
        own = {s.start for s in sents}
        sents += [s for s in claim_sents if s.start not in own]
    for s in sents:
        out.extend(claims_mod.sentence_claims(s, actors))
    seen: set[tuple[str, str]] = set()
    unique = []
    for cl in out:
        if (cl.by, cl.kind) not in seen:
            seen.add((cl.by, cl.kind))
            unique.append(cl)
    return unique


def _confidence(g: Group, historical: bool) -> float:
    top = max(c.scored.score * c.weight for c in g.members)
    conf = min(0.95, top / 12) + min(0.15, 0.05 * (len(g.members) - 1))
    if span_text(g.head.sent).lstrip().startswith(("“", '"')):
        conf *= 0.85
    if historical:
        conf *= 0.35
    return round(max(0.01, min(0.99, conf)), 3)


def _note(
    sub: str, actors: Sequence[object], place: str | None, date: str | None, killed: int | None
) -> str:
    from warlog.models import EventActor

    names = [a.name for a in actors if isinstance(a, EventActor) and a.role in ("actor1", "actor2")]
    who = " against ".join(names) if names else "unknown actors"
    where = f" in {place}" if place else ""
    when = f" on {date}" if date else ""
    dead = f"; {killed} killed" if killed else ""
    return f"{sub}: {who}{where}{when}{dead}."


def _continued(sents: Sequence[Span], all_sents: Sequence[Span]) -> list[Span]:
    """The event's sentences and those the parser split off them without a full stop
    ("... Oil Company (Aramco) | Pump Station 8 in Afif district, ...")."""
    out = list(sents)
    starting = {t.start: t for t in all_sents}
    for s in sents:
        nxt: Span | None = s
        while nxt is not None and not span_text(nxt).rstrip().endswith(
            (".", "!", "?", '"', "”", "'", "’", ":")
        ):
            nxt = starting.get(nxt.end)
            if nxt is None or any(t.start == nxt.start for t in out):
                break
            out.append(nxt)
    return out


def _assemble(
    doc: Document, g: Group, places: Sequence[Place], times: Sequence[TimeExpr],
    actors: Sequence[ActorMention], numbers: Sequence[Quantity], all_sents: Sequence[Span],
    extent: Sequence[Span], claim_sents: Sequence[Span], flyers: Sequence[ActorMention],
    country: str | None, background: Set[int] = frozenset(), regions: Sequence[Place] = (),
) -> Assembled:
    """One group's event; ``country`` is ``dominant_country`` of the document's places,
    text and actors, the same for every group of the document (worked out once); its
    place and type from its news alone, not the ``background`` members (past.news_part),
    a country's compass part (``regions``) for it in its own or prior sentence (compass.py)."""
    sents = list({c.sent.start: c.sent for c in g.members}.values())
    news = news_part(g, background)
    here = list({c.sent.start: c.sent for c in news.members}.values())
    code = incident_code(news)
    text = doc_text(g.head.sent.doc)
    # a coder's note ("Coded to Tiberias.") names the place coded, wherever it stands
    place = ep.coded_place(places, text, country)
    seen: Location | None = None  # the location the confidence model sees, if not its own
    if place is None:
        place = part_of(ep.pick_place(_continued(here, all_sents), g.head.trigger, places,
                                      actors, country), regions)
        prior = next((s for s in reversed(all_sents) if s.end_char <= g.head.sent.start_char),
                     None)
        said = headed_place(g.head, _continued(here[:1], all_sents), prior, len(here),
                            places, actors, country)
        if said is not None and place is not None and said.country_code == place.country_code:
            seen, place = to_location(place), said  # not its own: the model sees its own
    place = focus.named_part(place, here, places, text) or place  # "a Damascus suburb"
    if place is None:  # "... bombing of ISIS positions there": the place said just before
        before = [s for s in all_sents if s.end_char <= g.head.sent.start_char][-2:]
        place = part_of(ep.pick_place(list(reversed(before)), g.head.trigger, places, actors,
                                      country), regions)
    if place is None:  # "... The attack took place in X.": the place said just after
        last = max(s.end_char for s in here)
        after = [s for s in all_sents if s.start_char >= last][:2]
        place = ep.pick_place(after, g.head.trigger, places, actors, country)
    finer = focus.finer_place(place, here, extent, g.head, places, actors, country, text)
    if finer is not None:  # no evidence that the event is real: the model sees the country
        seen, place = to_location(place) if place is not None else None, finer
    if place is None:  # the report's province or country, as ACLED codes an unknown town
        place = ep.coarse_place(places, country, actors, text)  # else where it is set:
    place, location = located_or_scene(place, places, country, actors, text)
    before = [s for s in all_sents if s.end_char <= g.head.sent.start_char][-6:]
    # only a sentence of the same kind lends its date ("in retaliation for" another's day)
    led = g.head.index == 0 and headline(span_text(sents[0]))  # dated by its lead (index 1)
    dating = [sents[0]] + [c.sent for c in g.members[1:] if (c.code == g.head.code or (
        led and c.index == 1)) and c.sent.start != sents[0].start]
    date, precision, from_text = ef.pick_date(dating, times, doc.published, before,
                                              len(all_sents) > tolls.RECORD_SENTENCES)
    date, precision, historical = dated(g.head, times, doc.published, date, precision)
    claims = _claims(g, actors, claim_sents)
    country = location.country if location else None
    code, ev_actors, told = _sides(g, sents + member_sents(sents, extent), code, actors,
                                   claims, country, flyers, places)  # + a force's members
    event_type, sub = CODES[code]
    # a coder's note ("... coded as 3 for this event") speaks for the report's one event
    killed, injured = tolls.casualties(extent, numbers, doc.text if len(all_sents) <= 12 else "",
                                       tolls.told_from_lead(doc, len(all_sents)), (date or "")[:4],
                                       place, places, next((s for s in reversed(all_sents)
                                       if s.end_char <= g.head.sent.start_char), None))
    key = f"{doc.id}:{code}:{g.head.sent.start_char}"
    return from_text, place, Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        event_type=event_type,
        sub_event_type=sub,
        confidence=_confidence(g, historical),
        date=date,
        date_precision=precision,
        historical=historical,
        actors=ev_actors,
        location=location,
        fatalities=tolls.of_type(code, killed),
        injured=injured,
        claims=tuple(claims),
        evidence=tuple(Evidence(s.start_char, s.end_char, span_text(s)) for s in sents),
        notes=_note(sub, ev_actors, location.name if location else None, date,
                    killed.best if killed else None),
        method=METHOD,
    ), seen, told


def _assembled_once(
    doc: Document, places: Sequence[Place], times: Sequence[TimeExpr],
    actors: Sequence[ActorMention], numbers: Sequence[Quantity], sents: Sequence[Span],
    claim_sents: Sequence[Span], flyers: Sequence[ActorMention], country: str | None,
    background: Set[int] = frozenset(), regions: Sequence[Place] = (),
) -> Callable[[Group, list[int]], Assembled]:
    """``_assemble`` of a group given the heads' indices (its extent), once per document:
    a group's event depends on its members and extent alone (the rest is the document's),
    so when the events are told again after peeling, an unchanged group is not redone."""
    made: dict[tuple[tuple[int, ...], tuple[int, ...]], Assembled] = {}

    def assemble(g: Group, starts: list[int]) -> Assembled:
        extent = _extent(g, sents, starts)
        key = (tuple(id(c) for c in g.members), tuple(s.start for s in extent))
        if key not in made:
            made[key] = _assemble(doc, g, places, times, actors, numbers, sents, extent,
                                  claim_sents, flyers, country, background, regions)
        return made[key]

    return assemble


def _sides(
    g: Group,
    sents: Sequence[Span],
    code: str,
    actors: Sequence[ActorMention],
    claims: Sequence[Claim],
    country: str | None,
    flyers: Sequence[ActorMention],
    places: Sequence[Place] = (),
) -> tuple[str, tuple[EventActor, ...], bool]:
    """The event's actors, their roles read off the parse and settled by what the type
    implies (:mod:`warlog.events.sides`), and the territory code that follows from them."""
    roles = sides.settle_sides(ef.assign_roles(sents, g.head.trigger, actors), code,
                               CODES[code][0], country, told_here(flyers, g.head.sent),
                               g.head.sent.doc, g.head.trigger)
    # fire launched from a side's base is that side's (launch.py)
    roles = fired_by_site(roles, code, launch_sites(sents, places) if places else [])
    if country:  # ACLED codes an unnamed group or crowd by the country the event is in
        roles = [(with_country(m, country), r) for m, r in roles]
    roles, launcher = led_by_launcher(roles, g.head.sent.doc)  # "a drone launched by X"
    lead = claims_mod.claimer(claims, actors) or launcher
    roles = with_backed(roles, lead, code, doc_text(g.head.sent.doc), actors, places)
    ev_actors = ef.event_actors(roles, lead, sents, country)
    told = any(r == "told" for _, r in roles)  # a party of the telling (frame.py)
    return sides.territory_code(code, ev_actors), ev_actors, told


def _extent(g: Group, sents: Sequence[Span], starts: Sequence[int]) -> list[Span]:
    """The event's sentences and those that follow it, up to the next event (at most
    three more): "Five soldiers were killed" after the attack sentence belongs to it."""
    last = g.members[-1].index
    later = [i for i in starts if i > g.head.index]
    stop = min([last + 4, *later]) if later else last + 4
    idx = sorted({c.index for c in g.members} | set(range(g.head.index, max(stop, last + 1))))
    return [sents[i] for i in idx if i < len(sents)]


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

    assemble = _assembled_once(doc, places, times, actors, numbers, sents, claim_sents,
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

