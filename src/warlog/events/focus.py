"""An event its own sentences place only in a country ("a chemical attack that killed
hundreds of people in Syria", "coalition air strikes killed 10 civilians in Syria"):
first the most specific place of that country that the sentences going on to tell it
name (:func:`warlog.events.places.finer_place`), else the report's own focus in its main
country, the first province it names there, else its first town. ACLED codes an event
whose town is unknown to the province the report gives, and a report about one incident
names that incident's province or town somewhere, if only in passing ("Video footage
from districts east of Damascus", "the first sites to be visited"); the country's point
says nothing a reader can map.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import places as ep
from warlog.events.compass import is_part, within_part
from warlog.events.located import is_dateline
from warlog.events.location import place_rank
from warlog.events.triggers import cached_hits
from warlog.models import ActorMention, Place
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.events.detect import Candidate


def finer_place(
    place: Place | None,
    sents: Sequence[Span],
    extent: Sequence[Span],
    head: Candidate,
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None,
    text: str,
) -> Place | None:
    """A finer place for an event placed only at country level (see the module), or in a
    compass part of one, there (:func:`warlog.events.compass.within_part`); None when the
    event has a finer place already or the report names none in its country."""
    part = is_part(place)
    if place is None or ((place.feature or "") != "country" and not part):
        return None
    if part:  # refined as its country is, unless said in the sentence it refers back to
        place, places = within_part(place, places, head)
        if place is None:
            return None
    # a sentence with no cue of any act or role ("Deir ez-Zor province links the IS capital
    # in the city of Raqqa with Iraq") describes the ground, it does not go on telling the
    # event: its places are context, not a finer reading of where the event happened (an
    # armed side named, "the rebel capital", is a name, no role: types reads it only to
    # tell a battle from a riot)
    telling = [s for s in extent
               if any(h.code != "@ARMED" for h in cached_hits(span_text(s)))]
    told = ep.finer_place(place, sents, telling, head, places, actors, country)
    if told is not None:
        return told
    # a sentence that names the same kind of act ("Khan al-Assal near Aleppo, where a
    # chemical weapons attack was reported") places it first
    # (the document's sentences are read once, and each one's hits asked once, not again
    # for every place: spaCy builds ``doc.sents`` afresh on every access)
    doc_sents = list(head.sent.doc.sents)
    told_here: dict[int, bool] = {}

    def _same_act(k: int) -> bool:
        if k not in told_here:
            told_here[k] = any(h.code == head.code for h in cached_hits(span_text(doc_sents[k])))
        return told_here[k]

    same = [p for p in places if any(
        s.start_char <= p.start < s.end_char and _same_act(k) for k, s in enumerate(doc_sents))]
    return report_focus(same, country, actors, text) or report_focus(places, country, actors, text)


# a part near a city that the city's name qualifies: "a besieged Damascus suburb", "the
# Aleppo countryside", "the city's outskirts" name no place inside the city itself
_NEAR_CITY_RX = re.compile(r"\s+(?:suburbs?|outskirts|countryside|environs)\b", re.I)


def named_part(place: Place | None, sents: Sequence[Span], places: Sequence[Place],
               text: str) -> Place | None:
    """The part near a city that the event's sentences name, when its place is the city's
    name qualifying a part near it ("bombardment of a besieged Damascus suburb ... on
    rebel-held Eastern Ghouta"): the suburb is where it happened, not the city."""
    if place is None or place_rank(place) < 3 or not _NEAR_CITY_RX.match(text, place.end):
        return None
    spans = [(s.start_char, s.end_char) for s in sents]
    return next((p for p in places if p.lat is not None and p.text != place.text
                 and p.country_code == place.country_code and place_rank(p) >= 2
                 and not ep.is_demonym(p) and any(a <= p.start < b for a, b in spans)), None)


def report_focus(
    places: Sequence[Place], country: str | None, actors: Sequence[ActorMention], text: str
) -> Place | None:
    """The first province the report names in its main country, else its first town: not
    a demonym, a dateline, a place inside an actor's name or used as a modifier."""
    if country is None:
        return None
    named = [
        p
        for p in places
        if p.country_code == country
        and p.lat is not None
        and place_rank(p) >= 2
        and not ep.is_demonym(p)
        and not ep.in_actor_name(p, actors)
        and not ep.is_border(p, text)
        and not is_dateline(p, text)
        and not text[p.end : p.end + 10].startswith(("-backed", "-based", "-led", "-held"))
    ]
    return min(named, key=lambda p: (place_rank(p) != 2, p.start), default=None)
