"""Names no stage placed: proper-noun runs of an event's sentences that are neither a
place nor an actor, looked up in the report's country ("targeting Khamis Mushayt, Asir").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.places import WORD_RX, admin1_of
from warlog.models import ActorMention, Place
from warlog.nlp.parse import doc_text
from warlog.places.points import point_for
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
    for sent in sents:
        run: list[Token] = []
        for tok in [*sent, None]:
            if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
                run.append(tok)
                continue
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                if not any(s < end and start < e for s, e in taken):
                    text = doc_text(sent.doc)
                    name = text[start:end]
                    # a curated conflict town stated as a place ("in Sakow district") wins
                    # over a namesake in the report's main country
                    # (with no country known, only a curated point the text sets as a
                    # place: "drone attacks on Hmeimim airbase")
                    point = point_for(name, country) if country is not None else None
                    if point is None and (
                        WORD_RX.match(text, end)
                        or _BASE_RX.match(text, end)
                        or re.search(r"\b(?:in|near|at)\s+$", text[max(0, start - 6) : start])
                    ):
                        point = point_for(name, None)
                    found = (None if point is not None or country is None
                             else _lookup_in(lookup, name, country))
                    if found is None:
                        if point is not None:
                            p = Place(
                                start,
                                end,
                                name,
                                point[0],
                                point[3],
                                point[4],
                                None,
                                point[2],
                                point[1],
                                None,
                                0.5,
                                "events.point.v1",
                            )
                            out.append(p)
                    elif found is not None:
                        out.append(
                            Place(
                                start,
                                end,
                                doc_text(sent.doc)[start:end],
                                found.name,
                                found.lat,
                                found.lon,
                                found.geonameid,
                                found.feature,
                                found.country_code,
                                admin1_of(gazetteer, found.country_code, found.admin1),
                                0.5,
                                "events.unlisted.v1",
                            )
                        )
                run = []
    return out


# a base or airfield after a name ("Hmeimim airbase"): the name is the base's place
_BASE_RX = re.compile(r"\s+(?:air\s*base|air\s*field|airport|military\s+base|base)\b", re.I)


# months and weekdays are date words, never an unplaced town ("on August 21" is no
# August, California, in a report from Washington)
# (the full names of warlog.times.dates' months and weekdays: "Mar Elias" is a place)
_DATE_WORDS = frozenset(
    max((k for k, n in table.items() if n == v), key=len)
    for table in (DATES.MONTHS, DATES.WEEKDAYS) for v in set(table.values()))


def _lookup_in(lookup: object, name: str, country: str) -> GazetteerEntry | None:
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
    return None
