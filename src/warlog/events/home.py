"""The report's home and its units: where the report is set, and one event per ACLED unit.

Two steps of :func:`warlog.events.extract.extract_events` that read the whole report at
once: its places read again in the country the report is about (a town read abroad is a
wrong namesake, :mod:`warlog.events.abroad`; a part lies near its whole,
:mod:`warlog.events.partof`), and the report's events folded to ACLED's unit (an incident
told twice, under two readings or with its details, is one event: :mod:`warlog.events.units`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import fields as ef
from warlog.events import places as ep
from warlog.events import sides
from warlog.events.abroad import unsupported
from warlog.events.compass import compass_parts
from warlog.events.group import Group, another_incident
from warlog.events.partof import parts_in_wholes
from warlog.events.told_when import claim_time
from warlog.events.units import (
    fold_arrests_at_protests,
    fold_details,
    fold_generic_attacks,
    fold_same_toll,
    fold_withdrawal_under_fire,
    listed_after_first,
    merge_repeats,
)
from warlog.nlp.parse import doc_text

if TYPE_CHECKING:
    from warlog.models import ActorMention, Event, Place, TimeExpr
    from warlog.places.geocode import Gazetteer


def home_places(places: tuple[Place, ...], text: str, actors: Sequence[ActorMention],
                gazetteer: Gazetteer
                ) -> tuple[tuple[Place, ...], str | None, tuple[Place, ...]]:
    """The places read in the report's country (a name the report places nowhere else),
    each part of a whole set near it, that country, and the compass parts of countries
    the report names ("south-western Syria": :mod:`warlog.events.compass`)."""
    places = parts_in_wholes(places, text, gazetteer)  # "X village of Y": X lies near Y
    country = ep.dominant_country(places, text, actors)
    named = {p.country_code for p in places if p.feature == "country" and not ep.is_demonym(p)}
    places = tuple(p if p.country_code in named
                   else unsupported(ep.reresolve(p, country, gazetteer), country, places,
                                    gazetteer)
                   for p in places)
    places = parts_in_wholes(places, text, gazetteer)  # read again: still near
    return places, country, compass_parts(places, text, gazetteer)


def one_per_unit(events: list[Event], groups: Sequence[Group], ids: dict[int, str],
                 times: Sequence[TimeExpr] = ()) -> list[Event]:
    """ACLED's unit within the report (:mod:`warlog.events.units`): an incident told twice,
    under two readings or with its details, is one event; so is one told again in
    sentences that state no date of their own (its date borrowed from the report)."""
    events = [sides.imply_forces(e) for e in listed_after_first(events)]
    # an incident the writer set apart is not a retelling of a like one (group.py)
    apart = {ids[id(g)] for g in groups if g.head.index and another_incident(g.head.sent)}
    # a claim's time dates the claim, not the act ("IS on Monday claimed responsibility")
    text = doc_text(groups[0].head.sent.doc) if groups else ""
    acts = [t for t in times if not claim_time(t, text)]
    undated = {ids[id(g)] for g in groups
               if not any(ef.sentence_date(c.sent, acts) for c in g.members)}
    return merge_repeats(fold_same_toll(fold_withdrawal_under_fire(fold_details(
        fold_arrests_at_protests(fold_generic_attacks(events))))), apart, undated)
