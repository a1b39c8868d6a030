"""Places: detect place mentions and resolve them against the local GeoNames index.

Detection (see docs/places.md):

* spaCy's GPE, LOC and FAC entities;
* places inside organisation names ("Paris police", "University of Alberta"): the longest
  sub-span that is a strong name (a country, division, curated region, town of 100,000);
* strong names that spaCy left untagged (proper nouns only);
* adjectives used as modifiers ("the Syrian army"), with ``method`` ``geocode.adjective.v1``;
  plural nouns for people ("Syrians") and demonyms used as nouns are not places.

Resolution scores every candidate by its prior (:meth:`Gazetteer.prior`) plus context:
the countries, divisions and towns the article names, an "X, Y" qualifier, a feature
word ("Hama governorate"); counties, whose names repeat from state to state, are read
again once the towns are placed. A mention that matches nothing is kept, unresolved.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from warlog.models import Document, Place
from warlog.nlp.parse import doc_text
from warlog.places.address import address_divisions
from warlog.places.bare import bare_county, speaking_town
from warlog.places.borrowed import kin_before
from warlog.places.context import (
    NEAR_KM,
    Context,
    country_share,
    home_first,
    located_in,
    mention_name,
    possessed,
    street_abroad,
)
from warlog.places.counties import in_named_county, named_counties
from warlog.places.cues import ARABIC_HEADS, DROP_TAIL, GENERIC, kind_before
from warlog.places.detect import Mention, detect
from warlog.places.index import FEATURE_PRIOR, Gazetteer, GazetteerEntry
from warlog.places.known import STRONG_FEATURES, STRONG_TOWN, common, named, state_code
from warlog.places.points import at_point, point_for
from warlog.places.record import ADJECTIVE_METHOD as ADJECTIVE_METHOD  # re-exported
from warlog.places.record import FOCUS_METHOD as FOCUS_METHOD  # re-exported
from warlog.places.record import METHOD as METHOD  # re-exported
from warlog.places.record import beside, focus_of, to_place
from warlog.places.repeats import city_of, counties, neighbours, one_sense, repeats
from warlog.places.stray import stray

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Gazetteer", "GazetteerEntry", "find_places"]



def find_places(doc: Document, sdoc: Doc, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Every place mention of ``doc``, resolved where the gazetteer allows, in text order."""
    mentions = detect(sdoc, gazetteer)
    named = named_counties(doc_text(sdoc))  # "X County": a local report names its counties
    first = Context.of([], named)  # by size, and by the counties named, as by a qualifier
    for m in mentions:
        _candidates(m, gazetteer)
        _choose(m, gazetteer, first)
    for m in city_of(mentions, doc_text(sdoc)):  # "the Dalton City Council": Dalton's
        _candidates(m, gazetteer)
        _choose(m, gazetteer, first)
    mentions = sorted(mentions + repeats(sdoc, mentions, named)
                      + address_divisions(mentions, doc_text(sdoc), gazetteer),
                      key=lambda m: m.start)
    _peers(mentions, doc_text(sdoc))
    ctx = Context.of(mentions, named)
    mentions = sorted(mentions + neighbours(sdoc, mentions, gazetteer, ctx),
                      key=lambda m: m.start)
    for m in mentions:
        _choose(m, gazetteer, ctx)
        if m.best is None and not m.adjective:
            at_point(m, ctx.without(m))
    ctx = Context.of(mentions, named)  # counties read again against the towns as placed
    for m in counties(mentions):
        _choose(m, gazetteer, ctx)
    one_sense(mentions, gazetteer)
    possessed(mentions, doc_text(sdoc))
    located_in(mentions, doc_text(sdoc))
    text = doc_text(sdoc)
    for m in mentions:
        if street_abroad(m, ctx.without(m), text):
            m.best = None  # placed at the article's main town, as an unknown street
    mentions = [m for m in mentions
                if not (speaking_town(m, sdoc) or bare_county(m, sdoc, gazetteer))
                and (m.adjective or not (kind_before(sdoc, m.start)
                                         or kin_before(text, m.start, m.end)))]
    for m in stray(mentions, named):
        m.best, m.evidence = None, True  # placed at the report's home, as an unknown name
    focus = focus_of(mentions)
    return tuple(p for m in mentions
                 if (p := to_place(m, gazetteer, beside(m, mentions) or focus)) is not None)


# --------------------------------------------------------------------------- resolution

CURATED = frozenset(FEATURE_PRIOR)  # countries, continents and curated regions
COUNTRY_BONUS = 3.0  # for the country the article names most, in proportion for others
ADMIN1_BONUS = 2.0  # likewise for first-level divisions
NEAR_BONUS = 2.0  # a namesake near another town or county of the article (NEAR_KM)
# a town in a county the article names ("Whitfield County"), read with the article's
# context: the writer's own pointer, as strong as an "X, Y" qualifier's
COUNTY_BONUS = 6.0


def _variants(text: str) -> list[tuple[str, bool]]:
    """``text``, then its form without generic words, then (marked partial) its proper
    sub-spans, longest first ("Old Town Manassas" -> "Manassas"; not "Tal" of "Tal X")."""
    words = text.replace("/", " / ").split()
    out = [(text, False)]
    core = list(words)
    while core and core[0].lower().strip(".") in GENERIC:
        core = core[1:]
    while core and core[-1].lower().strip(".") in GENERIC:
        core = core[:-1]
    if core and core != words:
        out.append((" ".join(core), False))
    for n in range(len(core) - 1, 0, -1):
        for i in range(len(core) - n + 1):
            sub = core[i : i + n]
            joined = " ".join(sub)
            if (
                not (sub[0][:1].isupper() and sub[-1][:1].isupper())
                or common(joined)
                or sub[0].lower() in GENERIC or (n == 1 and sub[0].lower() in ARABIC_HEADS)
                or sub[-1].lower() in GENERIC
                or any(w.endswith(DROP_TAIL) for w in sub)
            ):
                continue
            out.append((joined, True))
    return out


def _candidates(m: Mention, gaz: Gazetteer) -> None:
    if m.adjective:
        e = gaz.adjective(m.text)
        m.candidates = (e,) if e is not None else ()
        m.aliased = frozenset(c.id for c in m.candidates)
        m.lookup = e.name if e is not None else m.text
        return
    text = m.text
    if "," in text:
        text, _, qual = text.partition(",")
        m.qualifier = m.qualifier or qual.strip() or None
    for variant, partial in _variants(text.strip()):
        cands = state_code(gaz, variant, gaz.candidates(variant))
        if cands:
            m.candidates, m.partial, m.lookup = cands, partial, variant
            m.aliased = frozenset(c.id for c in gaz.alias_targets(variant))
            if m.hint == "admin1":
                m.candidates += _own_divisions(cands, gaz)
            is_common = common(variant)
            m.weak = not m.aliased and not any(
                named(c, variant) and (not is_common or c.feature in CURATED) for c in cands
            )
            return


def _own_divisions(cands: tuple[GazetteerEntry, ...], gaz: Gazetteer) -> tuple[GazetteerEntry, ...]:
    """The divisions named after the towns among ``cands`` ("Lattakia countryside": the
    alias gives the town, the feature word asks for its province)."""
    out: list[GazetteerEntry] = []
    for c in cands:
        if c.feature != "city" or not c.admin1:
            continue
        div = gaz.admin1(c.country_code, c.admin1)
        if div is not None and div not in cands and div not in out and named(div, c.name):
            out.append(div)
    return tuple(out)


def _peers(mentions: list[Mention], text: str) -> None:
    """Mark mentions listed with a country or division ("California or Washington",
    "Iraq, Syria and Jordan") with that feature."""
    for a, b in itertools.pairwise(mentions):
        if text[a.end : b.start].strip(" ") not in (",", "and", "or", ", and", ", or"):
            continue
        for x, y in ((a, b), (b, a)):
            if x.best is not None and x.best.feature in ("country", "admin1") and not x.adjective:
                y.peer = y.peer or x.best.feature


def _qualifiers(m: Mention, gaz: Gazetteer) -> list[GazetteerEntry]:
    if not m.qualifier:
        return []
    return [
        q for q in gaz.candidates(m.qualifier, qualifier=True) if q.feature in ("country", "admin1")
    ]


def _score(
    c: GazetteerEntry, m: Mention, gaz: Gazetteer, ctx: Context, quals: list[GazetteerEntry]
) -> float:
    s = gaz.prior(c, m.lookup, c.id in m.aliased)
    if c.id in m.aliased and any(
        o.id not in m.aliased and o.feature in ("country", "admin1") and gaz.official(o, m.lookup)
        for o in m.candidates
    ):
        s -= 1.5  # a preference, not a certainty: "Washington" -> D.C. over the state
    if m.peer is not None and c.feature == m.peer:
        s += 2.0  # "California or Washington": listed with a state, a state
    if c.feature == "admin1" and not any(
        o.feature == "city" and o.country_code == c.country_code and o.admin1 == c.admin1
        for o in m.candidates
    ):
        s += 1.0  # "Wyoming", "Ontario": a division not named after one of its towns
    if ctx.countries:
        s += COUNTRY_BONUS * country_share(c, m.candidates, ctx)
        if c.feature != "country" and ctx.regions:
            share = ctx.regions[(c.country_code, c.admin1)] / max(ctx.regions.values())
            s += ADMIN1_BONUS * share
        if ctx.places[c.id]:
            s += 1.0
        if c.feature in ("city", "admin2") and len(m.candidates) > 1:
            # a county's point is the middle of its towns, which lie tens of km from it:
            # it counts as near at twice a town's distance
            km = ctx.near(c) / (2.0 if c.feature == "admin2" else 1.0)
            s += NEAR_BONUS if km <= NEAR_KM else NEAR_BONUS / 2 if km <= 3 * NEAR_KM else 0.0
        elif c.feature == "admin1":
            # a division that bears the name as its own lies as near the article's towns
            # as its largest town of that name, when that town bears it only as a short
            # or alternate form ("Andrews Air Force Base, Maryland": the state, not
            # Maryland City)
            inside = [o for o in m.candidates if o.feature == "city"
                      and o.country_code == c.country_code and o.admin1 == c.admin1]
            top = max(inside, key=lambda o: o.population, default=None)
            km = 1e9 if top is None or gaz.official(top, m.lookup) else ctx.near(top)
            s += NEAR_BONUS if km <= NEAR_KM else NEAR_BONUS / 2 if km <= 3 * NEAR_KM else 0.0
    if len(m.candidates) > 1 and in_named_county(c, m.lookup, ctx.counties):
        s += COUNTY_BONUS
    if m.hint is not None and m.hint in (c.feature, f"{c.feature}:{c.country_code}"):
        s += 4.0
    if quals:
        s += 6.0 if _inside(c, quals) else -3.0
    return s


def _inside(c: GazetteerEntry, quals: list[GazetteerEntry]) -> bool:
    """Whether ``c`` lies in one of the countries or divisions of its qualifier."""
    return any(
        q.country_code == c.country_code and (q.feature == "country" or q.admin1 == c.admin1)
        for q in quals
    )


def _plausible(c: GazetteerEntry, m: Mention, ctx: Context) -> bool:
    """A part of a name ("Manassas" in "Old Town Manassas") must be a place the article
    already points to; an alternate name, a common word the text sets as a place ("in Flint",
    "Flint, Mich.": a name, then, not the word) or a small town named without a preposition
    must lie in a country the article names (unless inside its own qualifier: :func:`_choose`);
    a common word with no such sign ("Centre") is only ever a country or a curated region."""
    if c.feature in CURATED and not m.weak:
        return True
    if m.partial:
        return bool(ctx.places[c.id]) or bool(ctx.admin1s[(c.country_code, c.admin1)])
    if c.feature in STRONG_FEATURES and not m.weak:
        return True
    if common(m.lookup) and not (m.evidence or m.qualifier):
        return False
    if m.weak and ctx.countries and not m.qualifier:
        return bool(ctx.countries[c.country_code])  # "in Bilin" is no Bílina in Myanmar
    if not ctx.countries or (m.evidence and not common(m.lookup)):
        return True
    if not m.weak and max(ctx.countries.values()) < 2:
        return True  # the article's only pointer is one small ambiguous town: no evidence
    if m.weak or c.population < STRONG_TOWN:
        return bool(ctx.countries[c.country_code])
    return True


def _choose(m: Mention, gaz: Gazetteer, ctx: Context) -> None:
    local = ctx.without(m)
    m.best, m.confidence = None, 0.0
    quals = _qualifiers(m, gaz)  # "Dalton, Georgia": the writer's pointer beats the article's
    cands = [c for c in m.candidates if _plausible(c, m, local) or _inside(c, quals)]
    point = point_for(m.text, None) if cands and not m.adjective else None
    if point is not None and local.countries[point[1]]:
        # a curated conflict place of the article's country ("in Bilin town", Myanmar)
        # over a namesake abroad: left unresolved here, the events stage places it there
        cands = [c for c in cands if c.country_code == point[1]]
    if not cands:
        return
    part = (ctx.by_name or {}).get(mention_name(m))
    cands = home_first(cands, local, part is not None and sum(part.places.values()) > 1)
    if quals and not any(_inside(c, quals) for c in cands):
        # "El Plateado (Cauca)": a small namesake outside the division named is not meant
        cands = [c for c in cands if c.feature in STRONG_FEATURES or c.population >= STRONG_TOWN]
        if not cands:
            return
    scored = sorted(((_score(c, m, gaz, local, quals), c) for c in cands), key=lambda sc: -sc[0])
    m.best = scored[0][1]
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 3.0
    m.confidence = round(1.0 / (1.0 + math.exp(-margin)), 3)
    if m.partial:
        m.confidence = round(m.confidence * 0.7, 3)
