"""One group's event, assembled from its sentences: its place (a coder's note, the group's
own sentences, the report's focus, the sentences before or after, else the report's
province or country), its date, its sides and their roles, its toll, its claims, its
confidence and its note. Split from :mod:`warlog.events.extract`, which tells the groups
of a document and assembles each once (:func:`assembled_once`).
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
from warlog.events.codes import CODES
from warlog.events.compass import part_of
from warlog.events.earlier import dated
from warlog.events.group import INCIDENT_FAMILY, Group, incident_code
from warlog.events.launch import fired_by_site, launch_sites
from warlog.events.launcher import led_by_launcher
from warlog.events.location import to_location
from warlog.events.members import member_sents
from warlog.events.past import news_part
from warlog.events.regime import told_here
from warlog.events.retold import headed_place
from warlog.events.scene import located_or_scene
from warlog.events.units import headline
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
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span


METHOD = "events.rules.v1"
# what assemble_group returns: date from text, place, event, location the model sees,
# whether the event names a party of the telling as its target (frame.py)
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


def continued(sents: Sequence[Span], all_sents: Sequence[Span]) -> list[Span]:
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


def assemble_group(
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
        place = part_of(ep.pick_place(continued(here, all_sents), g.head.trigger, places,
                                      actors, country), regions)
        prior = next((s for s in reversed(all_sents) if s.end_char <= g.head.sent.start_char),
                     None)
        said = headed_place(g.head, continued(here[:1], all_sents), prior, len(here),
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


def assembled_once(
    doc: Document, places: Sequence[Place], times: Sequence[TimeExpr],
    actors: Sequence[ActorMention], numbers: Sequence[Quantity], sents: Sequence[Span],
    claim_sents: Sequence[Span], flyers: Sequence[ActorMention], country: str | None,
    background: Set[int] = frozenset(), regions: Sequence[Place] = (),
) -> Callable[[Group, list[int]], Assembled]:
    """``assemble_group`` of a group given the heads' indices (its extent), once per document:
    a group's event depends on its members and extent alone (the rest is the document's),
    so when the events are told again after peeling, an unchanged group is not redone."""
    made: dict[tuple[tuple[int, ...], tuple[int, ...]], Assembled] = {}

    def assemble(g: Group, starts: list[int]) -> Assembled:
        extent = _extent(g, sents, starts)
        key = (tuple(id(c) for c in g.members), tuple(s.start for s in extent))
        if key not in made:
            made[key] = assemble_group(doc, g, places, times, actors, numbers, sents, extent,
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
    roles = sides.settle_sides(ef.assign_roles(sents, g.head.trigger, actors, code), code,
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
