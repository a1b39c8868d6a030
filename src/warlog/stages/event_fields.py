"""Event fields: choose, from the other stages' records, the ones that belong to an event.

The place where it happened (not every place the sentence names), its date and whether
that date is history, the actors and their roles, and the fatality and injury counts.
Every function takes the sentences that carry the event and the document-wide records.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.models import (
    ActorKind,
    ActorMention,
    EventActor,
    Location,
    Place,
    Precision,
    Quantity,
    Range,
    TimeExpr,
)
from warlog.stages.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.stages.gazetteer import GazetteerEntry

_FEATURE_RANK = {
    "city": 4,
    "town": 4,
    "village": 4,
    "place": 4,
    "locality": 4,
    "neighbourhood": 4,
    "neighborhood": 4,
    "landmark": 4,
    "admin3": 3,
    "admin2": 3,
    "district": 3,
    "region": 2,
    "admin1": 2,
    "country": 1,
}
_GROUP_NOUNS = frozenset(
    [
        "force",
        "group",
        "member",
        "fighter",
        "militant",
        "unit",
        "coalition",
        "alliance",
        "team",
        "column",
        "battalion",
        "brigade",
        "faction",
        "wing",
        "cell",
        "army",
        "troop",
        "soldier",
        "officer",
        "suspect",
        "gunman",
        "supporter",
        "commander",
        "leader",
        "militia",
        "division",
        "detachment",
        "squad",
    ]
)
_LOC_PREPS = frozenset(
    ["in", "near", "at", "outside", "inside", "around", "of", "from", "into", "on"]
)
_YEAR_RX = re.compile(r"\b(?:in|since|back in|during|of)\s+((?:19|20)\d\d)\b")
_ASSOC_RX = re.compile(
    r"\b(?:supported|backed|aided|helped|assisted|accompanied|joined) by\b|"
    r"\bwith the (?:\w+ )?(?:support|help|backing|assistance) of\b|\bin (?:collaboration|"
    r"cooperation|coordination) with\b|\balongside\b|\btogether with\b"
)
_UNIDENTIFIED_RX = re.compile(
    r"\b(?:gunm[ae]n|assailants|attackers|unidentified|unknown (?:armed )?(?:men|attackers|"
    r"assailants|gunmen)|armed men|suspected militants|militants)\b",
    re.I,
)


# --- place ---------------------------------------------------------------------------


def _place_score(p: Place, sent: Span, trigger: int) -> float:
    rank = _FEATURE_RANK.get((p.feature or "").lower(), 3)
    before = doc_text(sent.doc)[max(0, p.start - 12) : p.start].lower().split()
    prep = (
        0.3
        if before and before[-1] == "near"
        else (
            2.0
            if before and before[-1] in ("in", "at", "inside", "outside", "around")
            else 1.5
            if before
            and before[-1]
            in (
                "targeting",
                "targeted",
                "against",
                "toward",
                "towards",
                "hit",
                "struck",
                "attacked",
            )
            else 1.0
            if before and before[-1] in _LOC_PREPS
            else 0.0
        )
    )
    inside = sent.start_char <= trigger < sent.end_char
    distance = abs(p.start - trigger) / max(1, sent.end_char - sent.start_char) if inside else 0.5
    return rank + prep + p.confidence - distance


_SUFFIX_RX = re.compile(
    r"\s+(?:district|province|governorate|area|town|city|village|"
    r"region|county|state|municipality|neighbou?rhood)$",
    re.I,
)


def is_demonym(p: Place) -> bool:
    """ "Iranian forces", "Syrian army": a country named by its adjective is no location."""
    text, name = p.text.lower(), (p.name or "").lower()
    return (
        (p.feature or "") == "country"
        and not name.startswith(text)
        and text.endswith(("ian", "ese", "ish", "ean", "an", "i", "ic"))
    )


def dominant_country(places: Sequence[Place]) -> str | None:
    """The country most of the document's resolved places lie in (countries count double)."""
    votes: dict[str, float] = {}
    for p in places:
        if p.country_code and p.lat is not None and not is_demonym(p):
            w = 2.0 if (p.feature or "") == "country" else 1.0
            votes[p.country_code] = votes.get(p.country_code, 0.0) + w
    return max(votes, key=lambda c: votes[c]) if votes else None


def reresolve(p: Place, country: str | None, gazetteer: object) -> Place:
    """Resolve ``p`` again inside ``country`` when it is unresolved or lies elsewhere."""
    lookup = getattr(gazetteer, "lookup", None)
    if country is None or lookup is None or (p.lat is not None and p.country_code == country):
        return p
    for name in dict.fromkeys((p.text, _SUFFIX_RX.sub("", p.text))):
        for loose in (False, True):
            hits = [
                e
                for e in lookup(name, loose=loose)
                if e.country_code == country and e.feature not in ("continent", "water")
            ]
            if hits:
                e = hits[0]
                return Place(
                    p.start,
                    p.end,
                    p.text,
                    e.name,
                    e.lat,
                    e.lon,
                    e.geonameid,
                    e.feature,
                    e.country_code,
                    p.admin1 if p.admin1 else None,
                    min(p.confidence, 0.6),
                    "events.reresolve.v1",
                )
    return p


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
    if lookup is None or country is None:
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
                    found = _lookup_in(lookup, doc_text(sent.doc)[start:end], country)
                    if found is not None:
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
                                None,
                                0.5,
                                "events.unlisted.v1",
                            )
                        )
                run = []
    return out


def _lookup_in(lookup: object, name: str, country: str) -> GazetteerEntry | None:
    if len(name) < 4:
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


_ADDRESS_RX = re.compile(r"[^,.;:\n]{0,40}(?:,\s*[A-Z][\w'’.-]*(?:\s+[\w'’.()-]+){0,5}\s*)*,\s*")


def _address_country(p: Place, places: Sequence[Place], text: str) -> str | None:
    """The country closing an address after ``p`` ("in Boya area, FATA, Pakistan")."""
    for q in places:
        if (
            q.feature == "country"
            and q.country_code
            and 0 < q.start - p.end < 90
            and _ADDRESS_RX.fullmatch(text[p.end : q.start])
        ):
            return q.country_code
    return None


def pick_place(
    sents: Sequence[Span],
    trigger: int,
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None = None,
) -> Place | None:
    """The most specific resolved place in the event's sentences, nearest the trigger;
    a place used as a modifier ("US-backed") or inside an actor's name does not count."""
    inside_actor = [(a.start, a.end) for a in actors]
    best: tuple[float, Place] | None = None
    for order, sent in enumerate(sents):
        text = doc_text(sent.doc)
        for p in places:
            if (
                not sent.start_char <= p.start < sent.end_char
                or p.lat is None
                or is_demonym(p)
                or len(p.text) < 3
            ):
                continue
            if any(s <= p.start and p.end <= e for s, e in inside_actor):
                continue
            if re.match(
                r"-?(?:backed|led|supported|based|allied|born)\b", text[p.end : p.end + 11]
            ):
                continue
            score = _place_score(p, sent, trigger) - 0.6 * order
            named = _address_country(p, places, text)
            if named is not None and p.country_code != named:
                score -= 5.0  # "in Boya, ..., Pakistan" resolved abroad: misread
            elif country is not None:
                score += 1.0 if p.country_code == country else -0.5
            if best is None or score > best[0]:
                best = (score, p)
    return best[1] if best else None


def place_rank(p: Place) -> int:
    return _FEATURE_RANK.get((p.feature or "").lower(), 3)


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    hit = pycountry.countries.get(alpha_2=code.upper())
    if hit is None:
        return None
    return str(getattr(hit, "common_name", None) or hit.name)


def to_location(p: Place) -> Location:
    rank = _FEATURE_RANK.get((p.feature or "").lower(), 3)
    precision = 1 if rank >= 4 else 2 if rank == 3 else 3
    return Location(
        name=p.name or p.text,
        admin1=p.admin1,
        country=_country_name(p.country_code),
        country_code=p.country_code,
        lat=p.lat,
        lon=p.lon,
        geonameid=p.geonameid,
        precision=precision,
    )


# --- date ----------------------------------------------------------------------------


_DATE_VALUE_RX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4])?$")


def _year(value: str | None) -> int | None:
    """The year of a calendar date value (not of seasons, durations or references)."""
    if value and _DATE_VALUE_RX.match(value):
        return int(value[:4])
    return None


def _dated(sent: Span, times: Sequence[TimeExpr]) -> tuple[str, Precision] | None:
    dated = [
        t
        for t in times
        if sent.start_char <= t.start < sent.end_char
        and t.type == "DATE"
        and _year(t.value) is not None
    ]
    if dated:
        best = min(dated, key=lambda t: list(Precision).index(t.precision))
        return str(best.value), best.precision
    m = _YEAR_RX.search(sent.text)
    return (m.group(1), Precision.YEAR) if m else None


def pick_date(
    sents: Sequence[Span],
    times: Sequence[TimeExpr],
    published: dt.date | None,
    before: Sequence[Span] = (),
) -> tuple[str | None, Precision, bool]:
    """(date, precision, from_text): the date in the event's first sentence, else the last
    date stated before it (the report's narrative date), else a recent date in its other
    sentences, else the publication date."""
    found = _dated(sents[0], times) if sents else None
    for sent in reversed(before):
        if found is None:
            found = _dated(sent, times)
    for sent in sents[1:]:
        if found is None:
            got = _dated(sent, times)
            if got is not None and not is_historical(got[0], published):
                found = got
    if found is not None:
        return found[0], found[1], True
    if published is not None:
        return published.isoformat(), Precision.DAY, False
    return None, Precision.UNKNOWN, False


def is_historical(date: str | None, published: dt.date | None) -> bool:
    """Background rather than news: dated more than a year before publication."""
    year = _year(date)
    if year is None or published is None:
        return False
    if len(date or "") >= 10:
        try:
            return (published - dt.date.fromisoformat(date[:10])).days > 366  # type: ignore[index]
        except ValueError:
            return False
    return year < published.year - 1 or (year < published.year and published.month > 6)


# --- numbers -------------------------------------------------------------------------

_KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "died", "bodies"})
_INJURED = frozenset({"injured", "wounded", "hurt", "injuries"})


def pick_range(
    sents: Sequence[Span], numbers: Sequence[Quantity], kinds: frozenset[str]
) -> Range | None:
    """The largest count of ``kinds`` stated in the event's sentences."""
    found = [
        q
        for q in numbers
        if q.about in kinds and any(s.start_char <= q.start < s.end_char for s in sents)
    ]
    if not found:
        return None
    q = max(found, key=lambda q: q.best)
    return Range(q.low, q.best, q.high)


def casualties(
    sents: Sequence[Span], numbers: Sequence[Quantity]
) -> tuple[Range | None, Range | None]:
    killed = coded_fatalities(" ".join(s.text for s in sents))
    if killed is None:
        killed = pick_range(sents, numbers, _KILLED)
    return killed, pick_range(sents, numbers, _INJURED)


_CODED_RX = re.compile(
    r"(?:fatalit\w*|deaths?|killed)[^.;]{0,160}?\bcoded\s+(?:as\s+|to\s+)?(\d+)"
    r"(?:\s+(?:for|in)\s+this\s+event)?|\b(\d+)\s+fatalities\s+coded\b",
    re.I,
)


def coded_fatalities(text: str) -> Range | None:
    """A coder's note on the count ("Nine fatalities split across three locations ...
    coded 3 for this event", "fatalities coded as 0"): ACLED's own figure for the event."""
    found = [m for m in _CODED_RX.finditer(text)]
    if not found:
        return None
    own = [m for m in found if "this event" in m.group(0).lower()]
    m = (own or found)[-1]
    n = int(m.group(1) or m.group(2))
    return Range(n, n, n)


# --- actors --------------------------------------------------------------------------


def _role_of(m: ActorMention, sent: Span, verb: Token) -> str:
    """actor1 (agent), actor2 (target) or assoc for a mention in the trigger's sentence."""
    doc = sent.doc
    before = doc_text(doc)[sent.start_char : m.start]
    tail = before[-60:]
    if _ASSOC_RX.search(tail) and not re.search(r"[.;]", tail.split(" by ")[-1]):
        return "assoc"
    tok = doc.char_span(m.start, m.end, alignment_mode="expand")
    if tok is None:
        return "other"
    cur = tok.root
    for _ in range(12):
        dep = cur.dep_
        if dep == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_ in _GROUP_NOUNS:
            cur = cur.head.head  # "members of X", "a combined force of X": X acts
            continue
        if (dep == "pobj" and cur.head.dep_ == "agent") or dep in ("nsubj", "agent", "csubj"):
            return "actor1"
        if dep in ("dobj", "nsubjpass", "pobj", "attr", "dative", "oprd"):
            return "actor2"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "other"


def assign_roles(
    sents: Sequence[Span], trigger: int, actors: Sequence[ActorMention]
) -> list[tuple[ActorMention, str]]:
    """Mentions of the event's sentences with a role each, agents first."""
    out: list[tuple[ActorMention, str]] = []
    seen: set[str] = set()
    for sent in sents:
        verb = sent.root
        for m in actors:
            if not sent.start_char <= m.start < sent.end_char or m.actor in seen:
                continue
            after = doc_text(sent.doc)[m.end : m.end + 8]
            if after.startswith(("-backed", "-led", " backed", "-supported")):
                role = "assoc"
            else:
                role = _role_of(m, sent, verb)
            seen.add(m.actor)
            out.append((m, role))
    order = {"actor1": 0, "actor2": 1, "assoc": 2, "other": 3}
    return sorted(out, key=lambda mr: (order[mr[1]], _clause_depth(mr[0], sents)))


def _clause_depth(m: ActorMention, sents: Sequence[Span]) -> int:
    """How deep the mention's clause sits: the main clause's subject acts, not that of
    "after the militants departed"."""
    for sent in sents:
        if sent.start_char <= m.start < sent.end_char:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                return 9
            hops, cur = 0, span.root
            while cur.head.i != cur.i and hops < 9:
                hops += int(cur.dep_ in ("advcl", "relcl", "ccomp", "acl", "xcomp", "pcomp"))
                cur = cur.head
            return hops
    return 9


def event_actors(
    roles: Sequence[tuple[ActorMention, str]],
    claimer: ActorMention | None,
    sents: Sequence[Span],
    country: str | None,
) -> tuple[EventActor, ...]:
    """actor1, actor2 and associated actors, in that order (ACLED's columns)."""
    first = [m for m, r in roles if r == "actor1"]
    second = [m for m, r in roles if r in ("actor2", "other")]
    assoc = [m for m, r in roles if r == "assoc"]
    if claimer is not None and claimer.actor not in {m.actor for m in first}:
        first = [claimer, *first]
        second = [m for m in second if m.actor != claimer.actor]
    out: list[EventActor] = []
    assoc = assoc + second[1:]
    if first:
        out.append(_ea(first[0], "actor1"))
        assoc = first[1:] + assoc
    elif any(_UNIDENTIFIED_RX.search(s.text) for s in sents):
        name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.append(EventActor(name, (), "actor1", ActorKind.POLITICAL_MILITIA))
    if second:
        out.append(_ea(second[0], "actor2"))
    for i, m in enumerate(assoc[:2], 1):
        out.append(_ea(m, f"assoc_actor_{i}"))
    return tuple(out)


def _ea(m: ActorMention, role: str) -> EventActor:
    return EventActor(name=m.actor, aliases=m.aliases, role=role, kind=m.kind)
