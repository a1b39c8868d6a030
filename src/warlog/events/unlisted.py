"""Names no stage placed: proper-noun runs of an event's sentences that are neither a
place nor an actor, looked up in the report's country ("targeting Khamis Mushayt, Asir").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.misnamed import names_a_state
from warlog.events.places import (
    WORD_RX,
    admin1_of,
    in_actor_name,
    is_border,
    is_demonym,
    is_modifier,
)
from warlog.models import ActorMention, Place
from warlog.nlp.parse import doc_text
from warlog.places.known import common
from warlog.places.names import ARTICLES
from warlog.places.points import point_for
from warlog.places.skeleton import skeleton_match
from warlog.times import dates as DATES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.places.gazetteer import GazetteerEntry


def unlisted_places(
    sents: Sequence[Span],
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None,
    gazetteer: object,
) -> list[Place]:
    """Proper-noun runs of the event's sentences that no stage took for a place or an
    actor, looked up in the report's country ("targeting Khamis Mushayt, Asir")."""
    lookup = getattr(gazetteer, "lookup", None)
    if lookup is None:
        return []
    taken = [(p.start, p.end) for p in places] + [(a.start, a.end) for a in actors]
    out: list[Place] = []
    home = sents and _set_at_home(country, places, doc_text(sents[0].doc), actors)
    for sent in sents:
        run: list[Token] = []
        for tok in [*sent, None]:
            if tok is not None and ((tok.pos_ == "PROPN" and tok.text[:1].isupper())
                                    or _in_article(tok) or _ranked_name(tok)):
                run.append(tok)
                continue
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                if not any(s < end and start < e for s, e in taken):
                    p = _run_place(doc_text(sent.doc), start, end, country, gazetteer,
                                   bool(home))
                    if p is not None:
                        out.append(p)
                run = []
    return out


def _run_place(text: str, start: int, end: int, country: str | None,
               gazetteer: object, home: bool = True) -> Place | None:
    """The place a proper-noun run no stage took names, if any: a curated point, else
    the name looked up in the report's country (``home``: a country named as a place,
    not only as an actor's origin), else, stated as a place, a name one country has."""
    lookup = getattr(gazetteer, "lookup", None)
    name = text[start:end]
    # a curated conflict town stated as a place ("in Sakow district") wins over a
    # namesake in the report's main country (with no country known, only a curated
    # point the text sets as a place: "drone attacks on Hmeimim airbase")
    point = point_for(name, country) if country is not None else None
    if point is None and (
        WORD_RX.match(text, end)
        or _BASE_RX.match(text, end)
        or re.search(r"\b(?:in|near|at)\s+$", text[max(0, start - 6) : start])
    ):
        point = point_for(name, None)
    if point is not None:
        return Place(start, end, name, point[0], point[3], point[4], None, point[2],
                     point[1], None, 0.5, "events.point.v1")
    if lookup is None:
        return None
    cued = bool(_PLACE_CUE.search(text[max(0, start - 20) : start]))
    found = None if country is None else _lookup_in(lookup, name, country, gazetteer, cued)
    if found is None and not home and (cued or _stated_place(text, start, end)):
        found = _sole_country(lookup, name)  # no country, or only an actor's: one country's
    if found is None and _IN_ADDRESS_RX.search(text[max(0, start - 60) : start]):
        found = _formal_division(lookup, name, country if home else None)  # "(Tikare, Bam)"
    if found is None:
        return None
    return Place(start, end, name, found.name, found.lat, found.lon, found.geonameid,
                 found.feature, found.country_code,
                 admin1_of(gazetteer, found.country_code, found.admin1), 0.5,
                 "events.unlisted.v1")


def _set_at_home(country: str | None, places: Sequence[Place], text: str,
                 actors: Sequence[ActorMention]) -> bool:
    """Whether the report's country is named as a place, not only as an actor's origin
    ("a US drone", "drones (likely US)", "coming from Ukraine", "the border with X")."""
    return country is not None and any(
        p.country_code == country and p.lat is not None and not is_demonym(p)
        and not (is_modifier(p, text) or is_border(p, text) or in_actor_name(p, actors)
                 or names_a_state(p, text))
        for p in places)


def _ranked_name(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word inside a sentence, not a common English word,
    right before a word of place rank ("Sagaing township", "Kessa district"): English
    writes a place's kind after its name, so the word is a name whatever the tagger made
    of it (an unfamiliar name ending in "-ing" or "-ed" is tagged a verb)."""
    doc, i = tok.doc, tok.i
    if not tok.text[:1].isupper() or i == tok.sent.start or i + 1 >= len(doc):
        return False
    if tok.pos_ == "PROPN" or not tok.text.isalpha() or common(tok.text):
        return False
    return WORD_RX.match(doc_text(doc), tok.idx + len(tok.text)) is not None


def _in_article(tok: Token) -> bool:
    """Whether ``tok`` is the lower-case Arabic article of a name, or its hyphen:
    "al-" in "Maaret al-Nouman", "al-Qameshli". The article belongs to the name (spaCy
    splits it off and it is not capitalised), so the run goes on through it."""
    doc, i = tok.doc, tok.i
    if (tok.text in ARTICLES and not tok.whitespace_ and i + 2 < len(doc)
            and doc[i + 1].text == "-"):
        return doc[i + 2].text[:1].isupper() and not doc[i + 1].whitespace_
    return (tok.text == "-" and 0 < i < len(doc) - 1 and doc[i - 1].text in ARTICLES
            and not tok.whitespace_ and doc[i + 1].text[:1].isupper())


# a base or airfield after a name ("Hmeimim airbase"): the name is the base's place
_BASE_RX = re.compile(r"\s+(?:air\s*base|air\s*field|airport|military\s+base|base)\b", re.I)


# months and weekdays are date words, never an unplaced town ("on August 21" is no
# August, California, in a report from Washington)
# (the full names of warlog.times.dates' months and weekdays: "Mar Elias" is a place)
_DATE_WORDS = frozenset(DATES.full_names(DATES.MONTHS) + DATES.full_names(DATES.WEEKDAYS))


# a preposition of place right before a name ("shelling on Saraqeb", "clashes near
# Kafr Nabl"), or the kind of place it names ("the town of Maaret al-Nouman"): the
# sentence states it as a place, so a spelling guess may be tried
_PLACE_CUE = re.compile(
    r"\b(?:(?:in|near|at|on|outside|around|towards?|into)|(?:town|village|city|district"
    r"|neighbou?rhood|suburb|countryside)\s+of)\s+$", re.I)


# how an incident report sets a name as a place besides a preposition of place: "the road
# between X and Y", an address in brackets after a place ("Hajibah (Marib City)"), a
# distance or bearing from it ("11km SW of X", "south of X")
_SET_BEFORE_RX = re.compile(
    r"(?:\bbetween\s+|\w\s+\((?:[^()]*,)?\s*|(?:\b(?:km|kilomet(?:er|re)s?|miles?)\s+)?\b(?:north|south|"
    r"east|west|N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW)(?:-?(?:east|west))?"
    r"(?:ern)?\s+of\s+)$", re.I)


# a name inside the brackets of an address after a place: "Tikare (Tikare, Bam)"
_IN_ADDRESS_RX = re.compile(r"\w\s+\((?:[^()]*,)?\s*$")

# the formal names a division is filed under, which an address writes bare ("(Tikare,
# Bam)" for "Province du Bam", "(Cumbal, Narino)" for "Municipio de Cumbal")
_FORMAL = ("Province du {}", "Province de la {}", "Province de l'{}", "Province des {}",
           "Province de {}", "Province of {}", "{} Province", "Provincia de {}",
           "Departement du {}", "Departement de {}", "Departement des {}", "Municipio de {}",
           "Municipio {}", "Distrito de {}", "Prefecture de {}")


def _formal_division(lookup: object, name: str, country: str | None) -> GazetteerEntry | None:
    """The division an address names bare that the gazetteer files under its formal name
    ("Bam" as "Province du Bam"), in ``country`` or, with none, in the one country that
    has it."""
    if len(name) < 3 or any(w.lower() in _DATE_WORDS for w in name.split()):
        return None
    hits = [e for form in _FORMAL for e in lookup(form.format(name))  # type: ignore[operator]
            if e.feature in ("admin1", "admin2") and country in (None, e.country_code)]
    if not hits or len({e.country_code for e in hits}) > 1:
        return None
    return hits[0]  # type: ignore[no-any-return]


def _stated_place(text: str, start: int, end: int) -> bool:
    """Whether the text sets the name at ``start:end`` as a place otherwise than by a
    preposition of place: after "between", in an address's brackets, as the point a
    distance or bearing is taken from, or before its kind ("the Rabnita district")."""
    return bool(_SET_BEFORE_RX.search(text[max(0, start - 30) : start])
                or WORD_RX.match(text, end))


def _sole_country(lookup: object, name: str) -> GazetteerEntry | None:
    """For a report that names no country, the town a name stated as a place names when
    every place of that exact name lies in one country ("near the village of Qibar on the
    road between Afrin and Azaz": Afrin is a Syrian town, and no other Afrin is known). A
    name shared across countries (or known only by a spelling guess) is left alone: with
    no country to choose by, a namesake abroad is as likely as the place meant."""
    if len(name) < 4 or any(w.lower() in _DATE_WORDS for w in name.split()):
        return None
    hits = [e for e in lookup(name)  # type: ignore[operator]
            if e.feature not in ("continent", "water", "country")]
    if not hits or len({e.country_code for e in hits}) > 1:
        return None
    return hits[0]  # type: ignore[no-any-return]


def _lookup_in(
    lookup: object, name: str, country: str, gazetteer: object = None, cued: bool = False
) -> GazetteerEntry | None:
    if len(name) < 4 or any(w.lower() in _DATE_WORDS for w in name.split()):
        return None
    for loose in (False, True):
        hits = [
            e
            for e in lookup(name, loose=loose)  # type: ignore[operator]
            if e.country_code == country
            and e.feature not in ("continent", "water", "country", "region")
        ]
        if hits:
            return hits[0]  # type: ignore[no-any-return]
    # last resort, for a name stated as a place: the same consonants in another
    # transliteration ("in Saraqeb": "Saraqib")
    return skeleton_match(gazetteer, name, country) if cued and gazetteer is not None else None
