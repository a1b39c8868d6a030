"""What an article as a whole says about where it is, for choosing among namesakes
(:mod:`warlog.places.geocode`): the countries, first-level divisions and towns its place
names point to, with each name's share kept apart so that a name is never evidence for
itself."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from warlog.geo import haversine_km
from warlog.places.cues import BUILDINGS, FACILITY_WORDS
from warlog.places.detect import Mention
from warlog.places.index import GazetteerEntry, name_key
from warlog.places.known import STRONG_TOWN

# A metropolis names itself, not the region around it: "New York City" or "Houston" in
# an article says nothing of which state its other, smaller places lie in (a "Boston
# native" in a report naming New York City is no Bostonian of Boston, New York). Its
# division still counts as one the article names (for parts of names, home towns), but
# not in ranking a name's namesakes by division.
METROPOLIS = 1_000_000


def mention_name(m: Mention) -> str:
    """The key a mention's name is counted under."""
    return name_key(m.lookup or m.text)


@dataclass(slots=True)
class Context:
    """What the article as a whole says about where it is, with each name's share kept
    apart so that a name is never evidence for itself."""

    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    places: Counter[int]
    by_name: dict[str, Context] | None = None
    towns: dict[int, GazetteerEntry] | None = None  # the towns chosen, by id
    # the divisions the article's places lie in, less those of its metropolises: the
    # divisions that choose among a name's namesakes (see :meth:`of`)
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)
    # the counties the text names ("Whitfield County": :mod:`warlog.places.counties`)
    counties: frozenset[str] = frozenset()
    # what :meth:`without` gave for each name: a context is never changed once made, and
    # the geocoder asks for the same name's remainder up to three times per mention
    apart: dict[str, Context] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def empty(cls) -> Context:
        return cls(Counter(), Counter(), Counter(), None, {})

    def near(self, c: GazetteerEntry) -> float:
        """Distance in km from ``c`` to the nearest other town the article names."""
        return min((haversine_km(c.lat, c.lon, t.lat, t.lon)
                    for t in (self.towns or {}).values() if t.id != c.id), default=1e9)

    @classmethod
    def of(cls, mentions: list[Mention], counties: frozenset[str] = frozenset()) -> Context:
        ctx = cls.empty()
        ctx.by_name, ctx.counties = {}, counties
        for m in mentions:
            b = m.best
            if b is None or not b.country_code or m.partial:
                continue
            weight = {"country": 6, "admin1": 4}.get(b.feature, 2)
            if b.feature in ("city", "admin2") and b.population < STRONG_TOWN:
                weight = 1 if len(m.candidates) > 1 else 2
            elif b.feature == "admin2" and len(m.candidates) > 1:
                # "Washington County": one of thirty, its first reading chosen before any
                # context by size alone, says as little of where the article is as an
                # ambiguous small town
                weight = 1
            part = ctx.by_name.setdefault(mention_name(m), cls.empty())
            for c in (ctx, part):
                c.countries[b.country_code] += weight
                if b.admin1:
                    c.admin1s[(b.country_code, b.admin1)] += weight
                    if not (b.feature == "city" and b.population >= METROPOLIS):
                        c.regions[(b.country_code, b.admin1)] += weight
                c.places[b.id] += 1
                if b.feature in ("city", "admin2") and c.towns is not None:
                    c.towns[b.id] = b
        return ctx

    def without(self, m: Mention) -> Context:
        """The context less what every mention of ``m``'s name contributed."""
        name = mention_name(m)
        part = (self.by_name or {}).get(name)
        if part is None:
            return self
        if self.apart is None:
            self.apart = {}
        kept = self.apart.get(name)
        if kept is None:
            towns = {i: t for i, t in (self.towns or {}).items() if i not in (part.towns or {})}
            kept = self.apart[name] = Context(
                self.countries - part.countries, self.admin1s - part.admin1s,
                self.places - part.places, None, towns, regions=self.regions - part.regions,
                counties=self.counties,
            )
        return kept


HOME_ADMIN1 = 4  # the weight of a division named once, or of several towns in it
HOME_REPEATED = 2  # for a name repeated: one town of the division is enough ...
NEAR_KM = 40.0  # ... when the namesake lies this near another town of the article


def home_first(
    cands: list[GazetteerEntry], ctx: Context, repeated: bool = False
) -> list[GazetteerEntry]:
    """A country that nothing else in the article points to is not meant when the name
    is also a division or town of the article's own country that the article points to.

    Named once: a first-level division of the article's own country, or a town or
    county of a division it names ("Georgia" among US states, "the Flower Loft in
    Poland" in a report on Ohio). Named again and again, a country is more likely meant
    ("China" in a Texas paper, where a China, Texas exists): only the division of that
    name whose own places the article names (Georgia, in a report on Atlanta and
    Savannah), or a town of a named division lying near another town of the article
    ("Lebanon" in a report on Hershey and Palmyra)."""
    if not ctx.countries or not any(c.feature == "country" for c in cands):
        return cands
    home = ctx.countries.most_common(1)[0][0]
    need = HOME_REPEATED if repeated else HOME_ADMIN1
    local = [
        c for c in cands
        if c.country_code == home and (
            (c.feature == "admin1" and not repeated)
            or (c.feature in ("city", "admin2", "admin1")
                and ctx.admin1s[(c.country_code, c.admin1)] >= need
                and (not repeated or c.feature == "admin1" or ctx.near(c) <= NEAR_KM)))
    ]
    if not local:
        return cands
    return [c for c in cands if c.feature != "country" or ctx.countries[c.country_code]]


def country_share(c: GazetteerEntry, cands: tuple[GazetteerEntry, ...], ctx: Context) -> float:
    """The share of the article's country pointers that point to ``c``'s country, for
    the country bonus; none for a town named like a metropolis abroad, unless the
    article also points to the town's own division or names a town near it. Naming a
    country's places says which country the article's unknown small places lie in, but
    a world city named bare is the world city ("flew to Paris" in a report on Chicago
    and Boston is no trip to Paris, Texas); a local report that does mean its own Rome
    names its state or its neighbours."""
    share = ctx.countries[c.country_code] / max(ctx.countries.values())
    if not share or c.feature != "city" or not any(
            o.feature == "city" and o.population >= METROPOLIS and o.country_code != c.country_code
            for o in cands):
        return share
    local = ctx.regions[(c.country_code, c.admin1)] or ctx.near(c) <= 3 * NEAR_KM
    return share if local else 0.0


ROADS = frozenset("street st st. avenue ave ave. road rd rd. drive boulevard blvd lane way "
                  "highway".split())
COMPASS = frozenset("north south east west n s e w n. s. e. w.".split())
INSTITUTES = BUILDINGS | frozenset("university college school academy tower".split())


def street_abroad(m: Mention, ctx: Context, text: str) -> bool:
    """A street or road whose name, less its road word, matched a town or division far
    from every other town the article names ("Eglinton Avenue West" in a report on
    Mississauga, "North Fourth Street" in one on Red Oak): a street lies in the town
    it is reported from, and one named after a town is most often named after a distant
    one; a street named after a town near the article's ("Hampton Road" in Hampton)
    keeps that town."""
    b = m.best
    words = m.text.lower().split()
    while len(words) > 2 and words[-1] in COMPASS:
        words.pop()  # "Eglinton Avenue West"
    if b is None or b.feature not in ("city", "admin2", "admin1"):
        return False
    # an institution named after a small town far from the article's ("Cornell
    # University", "Rogers Centre", "Heathrow Animal Reception Center") bears a
    # founder's or sponsor's name, or the town's only by chance: it lies where the report
    # is; one named after a city ("Kabul University", "Boston College") lies in that city.
    # The town's name alone may open the institution's ("Cornell" of "Cornell University").
    after = text[m.end:].split(None, 1)[:1]
    nxt = after[0].lower() if after and after[0][:1].isupper() else ""
    road = len(words) > 1 and words[-1] in ROADS
    institute = (words[-1] in INSTITUTES and len(words) > 1) or nxt in INSTITUTES
    if not (road or (institute and b.feature == "city" and b.population < STRONG_TOWN)):
        return False
    if not ctx.towns or ctx.near(b) <= 3 * NEAR_KM:
        return False
    m.facility = True
    return True


POSSESSIVES = ("'s ", "’s ")


def possessed(mentions: list[Mention], text: str) -> None:
    """A place named in a possessive before another name holds it ("London's Heathrow",
    "Texas's Paris", "Brooklyn's Barclays Center"): the name's namesakes outside that
    place are not meant; with none inside, the name is a local place the index lacks,
    kept unresolved (and placed beside the town that holds it)."""
    for a, b in itertools.pairwise(mentions):
        own = a.best
        if (text[a.end : b.start] not in POSSESSIVES or own is None or a.adjective
                or b.adjective or own.feature not in ("city", "admin2", "admin1", "country")):
            continue
        b.evidence = True  # a place's own: a place, whatever the index makes of it
        if b.best is not None and not _held(b.best, own):
            b.best = max((c for c in b.candidates if _held(c, own)),
                         key=lambda c: c.population, default=None)


def _held(c: GazetteerEntry, own: GazetteerEntry) -> bool:
    if own.feature == "country":
        return c.country_code == own.country_code
    if own.feature == "admin1":
        return c.country_code == own.country_code and c.admin1 == own.admin1
    return haversine_km(c.lat, c.lon, own.lat, own.lon) <= 60.0


def located_in(mentions: list[Mention], text: str) -> None:
    """A building or institution told as in a town lies in it ("Washington University in
    St. Louis", "Cornell Hospital in Dalton"): one named after a place more than 60 km
    from that town ("Washington" of "Washington University") is placed beside the town,
    as an unknown building is, not at the place it is named after."""
    for a, b in itertools.pairwise(mentions):
        town = b.best
        words = a.text.lower().split()
        if (text[a.end : b.start] != " in " or town is None or town.feature != "city"
                or b.adjective or len(words) < 2 or words[-1] not in FACILITY_WORDS):
            continue
        if a.best is not None and haversine_km(a.best.lat, a.best.lon, town.lat, town.lon) > 60:
            a.best = None
            a.facility = a.evidence = True
