"""Places: detect place mentions and resolve them against the local GeoNames index.

Detection (see docs/places.md):

* spaCy's GPE, LOC and FAC entities;
* places inside organisation names ("Paris police", "Hama governorate", "University of
  Alberta"): the longest sub-span that is a strong name (a country, a first-level
  division, a curated region or alias, or a town of at least 100,000 people);
* strong names that spaCy left untagged (proper nouns only);
* adjectives used as modifiers ("the Syrian army", "Mexican officials"), reported with
  ``method`` ``geocode.adjective.v1`` so that consumers can tell them from names; plural
  nouns for people ("Syrians") and demonyms used as nouns are not places.

Resolution scores every candidate by its prior (:meth:`Gazetteer.prior`) plus context:
the countries and first-level divisions the article names, an "X, Y" qualifier
("Paterson, N.J."), a feature word ("Hama governorate", "Washington state"). A mention
that matches nothing is kept, unresolved (no coordinates).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.config import Settings
from warlog.models import Document, Place
from warlog.stages.gazetteer import Gazetteer, GazetteerEntry, data_file, open_gazetteer
from warlog.stages.placenames import loose_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Gazetteer", "GazetteerEntry", "find_places", "load_gazetteer"]

METHOD = "geocode.gazetteer.v1"
ADJECTIVE_METHOD = "geocode.adjective.v1"
UNRESOLVED_METHOD = "geocode.unresolved.v1"
FOCUS_METHOD = "geocode.focus.v1"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
STRONG_FEATURES = frozenset({"country", "admin1", "continent", "region", "water", "river",
                             "mountain", "landmark"})
STRONG_TOWN = 100_000
HINTS = {
    "governorate": "admin1", "province": "admin1", "state": "admin1", "region": "admin1",
    "oblast": "admin1", "prefecture": "admin1", "county": "admin2", "district": "admin2",
    "city": "city", "town": "city", "village": "city", "river": "river",
    "mountains": "mountain", "valley": "river",
}
GENERIC = frozenset(
    "the of and lake mount mt river valley airport international station county city "
    "town village district province governorate state region park center centre "
    "hospital university college school bridge street avenue road square market "
    "camp base port harbour harbor north south east west northern southern eastern "
    "western upper lower new old greater".split()
)
_DROP_TAIL = ("'s", "’s", "'", "’")
INSTITUTIONS = frozenset(
    "police council county city town borough municipal district mdc fire sheriff "
    "sheriff's university college school schools hospital chamber herald times post "
    "tribune airport port harbour harbor club woman's women's chamber ambulance court "
    "regional public state parish".split())
LOCATIVE = frozenset("in at near from to outside into across around toward towards "
                     "inside via".split())
FACILITY_WORDS = frozenset(
    "street st st. avenue ave ave. road rd rd. drive boulevard blvd lane way highway "
    "bridge airport station stadium arena hospital school university college centre "
    "center hall theatre theater church cathedral mosque temple market mall square "
    "park camp base prison jail court building tower palace hotel plaza port".split())


def load_gazetteer(settings: Settings) -> Gazetteer:
    """Open the place index, building it first (once) if it is missing."""
    return open_gazetteer(settings)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    adjective: bool = False
    hint: str | None = None
    qualifier: str | None = None  # the Y of "X, Y"
    candidates: tuple[GazetteerEntry, ...] = ()
    aliased: frozenset[int] = frozenset()
    lookup: str = ""
    best: GazetteerEntry | None = None
    confidence: float = 0.0
    facility: bool = False  # a building or street: placed at the article's focus if unknown
    evidence: bool = False  # a locative preposition or a facility word: keep if unknown
    modifier: bool = False  # "White House aides": a landmark used as a modifier
    partial: bool = False  # resolved by a part of its text ("Old Town Manassas")
    weak: bool = False  # only alternate names or a common word: needs the article's support
    weight: float = 0.0  # what it adds to the article's context


def find_places(doc: Document, sdoc: "Doc", gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Every place mention of ``doc``, resolved where the gazetteer allows, in text order."""
    mentions = _detect(sdoc, gazetteer)
    for m in mentions:
        _candidates(m, gazetteer)
    empty = _Context.empty()
    for m in mentions:
        _choose(m, gazetteer, empty)
    mentions = sorted(mentions + _repeats(sdoc, mentions), key=lambda m: m.start)
    ctx = _Context.of(mentions)
    for m in mentions:
        _choose(m, gazetteer, ctx)
    focus = _focus(mentions)
    places = (_place(m, gazetteer, focus) for m in mentions)
    return tuple(p for p in places if p is not None)


# --------------------------------------------------------------------------- detection


def _detect(sdoc: "Doc", gaz: Gazetteer) -> list[_Mention]:
    found: list[_Mention] = []
    covered: set[int] = set()
    people = _person_words(sdoc)
    for ent in sdoc.ents:
        covered.update(range(ent.start, ent.end))
        found.extend(_from_entity(sdoc, ent, gaz, people))
    found.extend(_untagged(sdoc, covered, gaz))
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mention] = []
    for m in found:  # drop overlaps, keeping the earlier (then longer) mention
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _person_words(sdoc: "Doc") -> frozenset[str]:
    """Words of multi-word person names ("Seamus Morris"): a lone "Morris" is a person."""
    return frozenset(t.text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1
                     for t in e)


def _from_entity(sdoc: "Doc", ent: "Span", gaz: Gazetteer,
                 people: frozenset[str]) -> list[_Mention]:
    label = ent.label_
    if label in PLACE_LABELS:
        m = _from_span(sdoc, ent.start, ent.end, gaz)
        if m is None or (len(ent) == 1 and ent.text in people and label != "FAC"):
            return []
        return [m]
    if label == "NORP":
        return _adjectives(sdoc, ent.start, ent.end, gaz)
    if label in ("ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"):
        whole = _whole(sdoc, ent, gaz, people)
        if whole is not None:
            return [whole]
    if label in ("ORG", "EVENT", "MONEY", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"):
        found = _embedded(sdoc, ent.start, ent.end, gaz, strict=label == "MONEY")
        lead = _leading(sdoc, ent, gaz) if label == "ORG" and not found else None
        return found if lead is None else [lead]
    return []


def _leading(sdoc: "Doc", ent: "Span", gaz: Gazetteer) -> _Mention | None:
    """A town opening an institution's name: "Nenagh MDC", "Abuja Chamber of Commerce",
    "Beverly Hills Police Department"."""
    start = ent.start + (1 if sdoc[ent.start].lower_ == "the" else 0)
    for n in (3, 2, 1):
        stop = start + n
        if stop >= ent.end or sdoc[stop].lower_ not in INSTITUTIONS:
            continue
        text = sdoc[start:stop].text
        if text[:1].isupper() and not _common(text) and _known(gaz, text):
            return _from_span(sdoc, start, stop, gaz)
    return None


def _whole(sdoc: "Doc", ent: "Span", gaz: Gazetteer,
           people: frozenset[str]) -> _Mention | None:
    """An entity spaCy gave another label that is in fact a place: a strong name
    ("Hama", "Tamil Nadu" tagged ORG), or any town after a locative preposition."""
    text = ent.text
    if ent.label_ == "PERSON" and (text in people or len(ent) > 2):
        return None
    after_prep = ent.start > 0 and sdoc[ent.start - 1].lower_ in LOCATIVE
    if _common(text):
        return None
    if _strong(gaz, text) or (after_prep and not text.isupper() and _known(gaz, text)):
        m = _from_span(sdoc, ent.start, ent.end, gaz)
        if m is not None:
            m.evidence = m.evidence or after_prep
        return m
    return None


def _from_span(sdoc: "Doc", start: int, end: int, gaz: Gazetteer) -> _Mention | None:
    """A mention for tokens [start, end), trimmed of articles and possessives and
    extended over a longer known name ("U.S." + "Virgin Islands")."""
    while start < end and (sdoc[start].lower_ in ("the", "a", "an")
                           or not any(ch.isalnum() for ch in sdoc[start].text)):
        start += 1
    while end > start and sdoc[end - 1].text in _DROP_TAIL:
        end -= 1
    if start >= end:
        return None
    end = _extend(sdoc, start, end, gaz)
    span = sdoc[start:end]
    text = span.text
    for tail in _DROP_TAIL:
        if text.endswith(tail) and len(text) > len(tail):
            text = text[: -len(tail)]
    if not any(ch.isupper() for ch in text) or sum(ch.isalpha() for ch in text) < 2:
        return None
    m = _Mention(span.start_char, span.start_char + len(text), text)
    last = sdoc[end - 1].lower_
    nxt = sdoc[end].lower_ if end < len(sdoc) else ""
    m.hint = HINTS.get(last) or HINTS.get(nxt)
    m.facility = last in FACILITY_WORDS
    possessive = nxt in _DROP_TAIL or text != span.text
    m.evidence = (start > 0 and sdoc[start - 1].lower_ in LOCATIVE and not possessive) \
        or m.facility
    m.modifier = _is_modifier(sdoc, end)
    if nxt == "," and end + 1 < len(sdoc) and sdoc[end + 1].text[:1].isupper():
        q_end = end + 2
        while q_end < len(sdoc) and q_end < end + 4 and sdoc[q_end].text[:1].isupper():
            q_end += 1
        m.qualifier = sdoc[end + 1:q_end].text
    return m


def _extend(sdoc: "Doc", start: int, end: int, gaz: Gazetteer) -> int:
    for k in (3, 2, 1):
        stop = end + k
        if stop > len(sdoc) or not sdoc[stop - 1].text[:1].isupper():
            continue
        if all(t.text[:1].isupper() or t.lower_ in ("and", "of", "&") for t in sdoc[end:stop]) \
                and _strong(gaz, sdoc[start:stop].text):
            return stop
    return end


def _is_modifier(sdoc: "Doc", end: int) -> bool:
    """Whether the token before ``end`` modifies a following noun ("Syrian army")."""
    tok = sdoc[end - 1]
    if tok.dep_ in ("amod", "compound", "nmod"):
        return True
    nxt = sdoc[end] if end < len(sdoc) else None
    if nxt is not None and nxt.text == "-" and end + 1 < len(sdoc):
        return True  # "Russian-backed"
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _adjectives(sdoc: "Doc", start: int, end: int, gaz: Gazetteer) -> list[_Mention]:
    """Adjectival place mentions in tokens [start, end) ("Syrian", "North American")."""
    out: list[_Mention] = []
    i = start
    while i < end:
        step = 1
        for n in (3, 2, 1):
            if i + n > end:
                continue
            span = sdoc[i:i + n]
            if gaz.adjective(span.text) is not None:
                if _is_modifier(sdoc, i + n):
                    out.append(_Mention(span.start_char, span.end_char, span.text,
                                        adjective=True))
                step = n
                break
        i += step
    return out


def _common(text: str) -> bool:
    """A single common English word ("Centre", "Union", "Reading")."""
    word = text.strip()
    if " " in word or (word.isupper() and len(word) <= 4):
        return False
    return word.strip(".").lower() in _common_words()


def _known(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is an exact name (not a transliteration guess) of any place."""
    return bool(gaz.alias_targets(text) or gaz.lookup(text))


def _strong(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` names a place well enough to be found without spaCy's help: an
    alias, a country, division or curated region, or a town of 100,000 people."""
    if gaz.alias_targets(text):
        return True
    common = _common(text)
    for c in gaz.lookup(text):
        curated = c.feature in STRONG_FEATURES and c.feature != "admin1"
        if curated and (c.geonameid is None or gaz.official(c, text)):
            return True  # a country by its name, or a curated region by any of its names
        if common:
            continue
        if c.feature == "admin1" or (c.feature == "admin2" and gaz.official(c, text)):
            return True
        if c.population >= STRONG_TOWN and (
                gaz.official(c, text) or loose_key(c.name) == loose_key(text)):
            return True
    return False


def _embedded(sdoc: "Doc", start: int, end: int, gaz: Gazetteer,
              strict: bool = False) -> list[_Mention]:
    """Places named inside an organisation, event or amount ("University of Alberta",
    "US dollars"); ``strict`` keeps countries only."""
    out: list[_Mention] = []
    i = start
    while i < end:
        step = 1
        if sdoc[i].text[:1].isupper():
            for n in range(min(4, end - i), 0, -1):
                span = sdoc[i:i + n]
                if not sdoc[i + n - 1].text[:1].isupper():
                    continue
                if not strict and gaz.adjective(span.text) is not None:
                    out.append(_Mention(span.start_char, span.end_char, span.text,
                                        adjective=True))
                    step = n
                    break
                if _strong(gaz, span.text) and (not strict or any(
                        c.feature == "country" for c in gaz.candidates(span.text))):
                    m = _from_span(sdoc, i, i + n, gaz)
                    if m is not None:
                        out.append(m)
                    step = n
                    break
        i += step
    return out


def _untagged(sdoc: "Doc", covered: set[int], gaz: Gazetteer) -> list[_Mention]:
    """Strong names, towns after a locative preposition, and place adjectives that
    spaCy did not tag as entities."""
    out: list[_Mention] = []
    i = 0
    n_tok = len(sdoc)
    while i < n_tok:
        tok = sdoc[i]
        if i in covered or not tok.text[:1].isupper():
            i += 1
            continue
        step = 1
        after_prep = i > 0 and sdoc[i - 1].lower_ in LOCATIVE
        if tok.pos_ == "PROPN":
            for n in range(min(4, n_tok - i), 0, -1):
                if any(j in covered for j in range(i, i + n)):
                    continue
                text = sdoc[i:i + n].text
                if sdoc[i + n - 1].pos_ != "PROPN" or _common(text):
                    continue
                if _strong(gaz, text) or (after_prep and not text.isupper()
                                          and _known(gaz, text)):
                    m = _from_span(sdoc, i, i + n, gaz)
                    if m is not None:
                        out.append(m)
                        step = n
                    break
        elif gaz.adjective(tok.text) is not None and _is_modifier(sdoc, i + 1):
            out.append(_Mention(tok.idx, tok.idx + len(tok.text), tok.text, adjective=True))
        i += step
    return out


def _repeats(sdoc: "Doc", mentions: list[_Mention]) -> list[_Mention]:
    """Further occurrences of a name already found as a place elsewhere in the article
    (one sense per discourse), outside person names."""
    taken = [(m.start, m.end) for m in mentions]
    taken += [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "PERSON"]
    sources: dict[str, _Mention] = {}
    for m in mentions:
        if m.adjective or m.best is None or m.partial or m.weak or len(m.text) < 3 \
                or _common(m.text) or m.confidence < 0.5:
            continue
        if m.evidence or m.qualifier or m.best.feature in STRONG_FEATURES \
                or m.best.population >= STRONG_TOWN:
            sources.setdefault(m.text, m)
    out: list[_Mention] = []
    for name, src in sources.items():
        for form in {name, name.upper()}:
            for hit in re.finditer(r"(?<![\w.])" + re.escape(form) + r"(?![\w])", sdoc.text):
                a, b = hit.span()
                if any(a < e and s < b for s, e in taken):
                    continue
                taken.append((a, b))
                out.append(_Mention(a, b, form, candidates=src.candidates, aliased=src.aliased,
                                    lookup=src.lookup, evidence=True, best=src.best,
                                    confidence=src.confidence))
    return out


@functools.cache
def _common_words() -> frozenset[str]:
    return frozenset(line.strip() for line in data_file("common_words.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


# --------------------------------------------------------------------------- resolution


def _variants(text: str) -> list[tuple[str, bool]]:
    """``text``, then its form without generic words, then (marked partial) its proper
    sub-spans, longest first ("Old Town Manassas" -> "Manassas")."""
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
            sub = core[i:i + n]
            joined = " ".join(sub)
            if not (sub[0][:1].isupper() and sub[-1][:1].isupper()) or _common(joined) or \
                    sub[0].lower() in GENERIC or sub[-1].lower() in GENERIC or \
                    any(w.endswith(_DROP_TAIL) for w in sub):
                continue
            out.append((joined, True))
    return out


def _candidates(m: _Mention, gaz: Gazetteer) -> None:
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
        cands = gaz.candidates(variant)
        if cands:
            m.candidates, m.partial, m.lookup = cands, partial, variant
            m.aliased = frozenset(c.id for c in gaz.alias_targets(variant))
            common = _common(variant)
            m.weak = not m.aliased and not any(
                (gaz.official(c, variant) or loose_key(c.name) == loose_key(variant))
                and (not common or c.feature in STRONG_FEATURES) for c in cands)
            return


@dataclass(slots=True)
class _Context:
    """What the article as a whole says about where it is."""

    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    places: Counter[int]

    @classmethod
    def empty(cls) -> "_Context":
        return cls(Counter(), Counter(), Counter())

    @classmethod
    def of(cls, mentions: list[_Mention]) -> "_Context":
        ctx = cls.empty()
        for m in mentions:
            b = m.best
            if b is None or not b.country_code or m.partial:
                continue
            m.weight = {"country": 3.0, "admin1": 2.0}.get(b.feature, 1.0)
            if b.feature in ("city", "admin2") and b.population < STRONG_TOWN \
                    and len(m.candidates) > 1:
                m.weight = 0.5
            ctx.countries[b.country_code] += m.weight
            if b.admin1:
                ctx.admin1s[(b.country_code, b.admin1)] += m.weight
            ctx.places[b.id] += 1
        return ctx

    def without(self, m: _Mention) -> "_Context":
        """The context less ``m``'s own contribution (a mention is no evidence for itself)."""
        b = m.best
        if b is None or not m.weight:
            return self
        countries = self.countries.copy()
        countries[b.country_code] -= m.weight
        admin1s = self.admin1s.copy()
        admin1s[(b.country_code, b.admin1)] -= m.weight
        places = self.places.copy()
        places[b.id] -= 1
        return _Context(+countries, +admin1s, +places)


def _qualifiers(m: _Mention, gaz: Gazetteer) -> list[GazetteerEntry]:
    if not m.qualifier:
        return []
    return [q for q in gaz.candidates(m.qualifier, qualifier=True)
            if q.feature in ("country", "admin1")]


def _score(c: GazetteerEntry, m: _Mention, gaz: Gazetteer, ctx: _Context,
           quals: list[GazetteerEntry]) -> float:
    s = gaz.prior(c, m.lookup, c.id in m.aliased)
    if c.feature == "admin1" and not any(
            o.feature == "city" and o.country_code == c.country_code and o.admin1 == c.admin1
            for o in m.candidates):
        s += 1.0  # "Wyoming", "Ontario": a division not named after one of its towns
    if ctx.countries:
        s += 3.0 * ctx.countries[c.country_code] / max(ctx.countries.values())
        if c.feature not in ("country", "admin1") and ctx.admin1s[(c.country_code, c.admin1)]:
            s += 2.0
        if ctx.places[c.id]:
            s += 1.0
    if m.hint is not None and m.hint == c.feature:
        s += 4.0
    if quals:
        ok = any(q.country_code == c.country_code and
                 (q.feature == "country" or q.admin1 == c.admin1) for q in quals)
        s += 6.0 if ok else -3.0
    return s


def _plausible(c: GazetteerEntry, m: _Mention, ctx: _Context) -> bool:
    """A part of a name ("Manassas" in "Old Town Manassas") must be a place the article
    already points to; a name known only as an alternate or a common word ("Julia",
    "Centre"), or a small town named without a preposition, must lie in a country the
    article names."""
    if c.feature in STRONG_FEATURES and not m.weak:
        return True
    if m.partial:
        return bool(ctx.places[c.id]) or bool(ctx.admin1s[(c.country_code, c.admin1)])
    if not ctx.countries or (m.evidence and not _common(m.lookup)):
        return True
    if m.weak or c.population < STRONG_TOWN:
        return bool(ctx.countries[c.country_code])
    return True


def _choose(m: _Mention, gaz: Gazetteer, ctx: _Context) -> None:
    local = ctx.without(m)
    m.best, m.confidence = None, 0.0
    cands = [c for c in m.candidates if _plausible(c, m, local)]
    if not cands:
        return
    quals = _qualifiers(m, gaz)
    scored = sorted(((_score(c, m, gaz, local, quals), c) for c in cands),
                    key=lambda sc: -sc[0])
    m.best = scored[0][1]
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 3.0
    m.confidence = round(1.0 / (1.0 + math.exp(-margin)), 3)
    if m.partial:
        m.confidence = round(m.confidence * 0.7, 3)


def _focus(mentions: list[_Mention]) -> GazetteerEntry | None:
    """The article's main town (most mentioned), else its main division."""
    for features in (("city",), ("admin2", "admin1")):
        counts = Counter(m.best.id for m in mentions if m.best is not None
                         and not m.adjective and m.best.feature in features)
        if counts:
            top = counts.most_common(1)[0][0]
            return next(m.best for m in mentions if m.best is not None and m.best.id == top)
    return None


def _in_range(e: GazetteerEntry) -> bool:
    return -90.0 <= e.lat <= 90.0 and -180.0 <= e.lon <= 180.0 and (e.lat, e.lon) != (0, 0)


def _place(m: _Mention, gaz: Gazetteer, focus: GazetteerEntry | None) -> Place | None:
    """The output record, or None for a mention better left out (an unknown name with
    no sign of being a place; a landmark used as a modifier, "White House aides")."""
    b = m.best
    if b is not None and b.feature == "landmark" and m.modifier:
        return None
    if b is None or not _in_range(b):
        if m.facility and focus is not None:
            return Place(start=m.start, end=m.end, text=m.text, name=focus.name,
                         lat=focus.lat, lon=focus.lon, geonameid=None, feature="facility",
                         country_code=focus.country_code or None,
                         admin1=gaz.admin1_name(focus.country_code, focus.admin1),
                         confidence=0.2, method=FOCUS_METHOD)
        if not (m.evidence or m.qualifier):
            return None
        return Place(start=m.start, end=m.end, text=m.text, name=None, lat=None, lon=None,
                     geonameid=None, feature=None, country_code=None, admin1=None,
                     confidence=0.0, method=UNRESOLVED_METHOD)
    admin1 = gaz.admin1_name(b.country_code, b.admin1) if b.admin1 else None
    return Place(start=m.start, end=m.end, text=m.text, name=b.name, lat=b.lat, lon=b.lon,
                 geonameid=b.geonameid, feature=b.feature,
                 country_code=b.country_code or None, admin1=admin1,
                 confidence=m.confidence, method=ADJECTIVE_METHOD if m.adjective else METHOD)
