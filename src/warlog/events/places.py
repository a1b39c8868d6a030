"""Event places: the place where an event happened, not every place its sentences name.

The most specific resolved place near the trigger, after "in/at/near"; modifiers
("US-backed"), demonyms ("Syrian army") and places inside actor names do not count;
places are kept to the report's country, looked up again there when resolved abroad, and
proper names no stage placed are looked up in that country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import misnamed as mn
from warlog.events.country import admin1_of as admin1_of  # re-exported
from warlog.events.country import dominant_country as dominant_country  # re-exported
from warlog.events.country import in_actor_name as in_actor_name  # re-exported
from warlog.events.country import is_border as is_border  # re-exported
from warlog.events.country import is_modifier as is_modifier  # re-exported
from warlog.events.country import reresolve as reresolve  # re-exported
from warlog.events.located import LOC_PREPS as _LOC_PREPS
from warlog.events.located import home_located, is_dateline, possessor, preposition_before
from warlog.events.located import is_demonym as is_demonym  # re-exported
from warlog.events.location import place_rank
from warlog.events.misnamed import names_no_place, route_end
from warlog.models import ActorMention, Place
from warlog.nlp.parse import doc_text
from warlog.places.points import place_at_point

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.events.detect import Candidate


_WORD_RANK = {
    "village": 4.5,
    "town": 4.2,
    "city": 4.0,
    "area": 3.8,
    "township": 3.9,
    "tehsil": 3.9,
    "subdistrict": 3.9,
    "sub-district": 3.9,
    "district": 3.4,
    "agency": 2.5,
    "county": 3.0,
    "province": 2.0,
    "governorate": 2.0,
    "region": 2.0,
    "state": 2.0,
}
# a rank word right after a name ("Bago district", "Shawa village")
WORD_RX = re.compile(r"\s*\b(" + "|".join(_WORD_RANK) + r")\b", re.I)


def _stated_rank(p: Place, text: str) -> float:
    """The rank the text gives the place ("Bago district", "Shawa village"), else its
    feature's: a district named after its town is a district here."""
    m = WORD_RX.match(text, p.end)
    word = m.group(1).lower() if m else None
    if word is None:
        tail = p.text.rsplit(None, 1)[-1].lower() if " " in p.text else ""
        word = tail if tail in _WORD_RANK else None
    feature = place_rank(p)
    return min(feature + 0.5, _WORD_RANK[word]) if word else feature


def _place_score(
    p: Place, sent: Span, trigger: int, country: str | None = None, owner: Place | None = None
) -> float:
    # a place in the report's country is ranked by what the text calls it, and rank
    # counts more: the most specific place of the address wins
    rank = (
        1.3 * _stated_rank(p, doc_text(sent.doc))
        if country is None or p.country_code == country
        else place_rank(p)
    )
    head = doc_text(sent.doc)[max(0, p.start - 30) : p.start].lower()
    before = head.split()[-2:]
    if before and before[-1] == "the":  # "at the Harir base": the preposition before "the"
        before = before[:-1]
    ahead = preposition_before(doc_text(sent.doc), p.start, owner)
    if ahead is not None:  # "in western Aleppo province", "in Syria's Idlib province"
        before = [ahead]
    if before and before[-1] not in _LOC_PREPS and place_rank(p) >= 2:
        m = _ADDRESS_PREP_RX.search(doc_text(sent.doc)[max(0, p.start - 100) : p.start])
        if m:  # "in Janaay Cabdalla, Lower Juba": the address's later parts are located
            before = ["of"]  # too, less than its head
    if _AROUND_RX.search(head) and place_rank(p) >= 3:  # "on the outskirts of X": at X
        before = ["at"]
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
                # a taking verb's object is the ground taken: the place of the act
                "captured", "recaptured", "seized", "overran", "stormed", "retook", "liberated",
            )
            else 1.0
            if before and before[-1] in _LOC_PREPS
            else 0.0
        )
    )
    inside = sent.start_char <= trigger < sent.end_char
    distance = abs(p.start - trigger) / max(1, sent.end_char - sent.start_char) if inside else 0.5
    return rank + prep + p.confidence - distance


# "in X, Y, Z": Y and Z stand in the address "in" opens, after its head X (not a country:
# "in Hama governorate, Russia's ministry said")
_ADDRESS_PREP_RX = re.compile(
    r"\b(in|at|near|outside|inside|around)\s+(?:[A-Z][^,.;:()]{0,40},\s*){1,3}$"
)

# "on the outskirts of X", "in the vicinity of X": the event is at X
_AROUND_RX = re.compile(r"\b(?:outskirts|vicinity|edge|entrance|centre|center)\s+of\s+(?:the\s+)?$")

# "the X base in Y", "X city in Y": X lies in Y, so X is the more specific place
_WITHIN_RX = re.compile(
    r"(?:\s+(?:air\s*base|airbase|base|camp|airport|front|town|city|village|area|"
    r"township|district|neighbou?rhood))?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:rural|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)


def _within(p: Place, places: Sequence[Place], text: str) -> bool:
    """``p`` is named as lying in another resolved place of its country ("the Harir base
    in Erbil", "Al Mayadin city in Deir-ez-Zor")."""
    return any(
        q is not p
        and q.lat is not None
        and q.country_code == p.country_code
        and 0 < q.start - p.end < 30
        and _WITHIN_RX.fullmatch(text[p.end : q.start])
        for q in places
    )


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


_ADDRESS_NEXT_RX = re.compile(
    r"(?:\s+(?:town|city|village|district|area|tehsil|subdistrict))?,\s+[A-Z]"
)


def pick_place(
    sents: Sequence[Span],
    trigger: int,
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None = None,
    finer_in: str | None = None,
) -> Place | None:
    """The most specific resolved place in the event's sentences, nearest the trigger;
    a place used as a modifier ("US-backed") or inside an actor's name does not count.
    With ``finer_in`` (a country code), only places inside that country, below it."""
    best: tuple[float, Place] | None = None
    for order, sent in enumerate(sents):
        text, lo, hi = doc_text(sent.doc), sent.start_char, sent.end_char  # once, all places
        for p in places:
            if not lo <= p.start < hi or is_demonym(p):
                continue
            if finer_in is not None and (p.country_code != finer_in or place_rank(p) < 2):
                continue
            if len(p.text) < 3 and not (
                len(p.text) == 2 and place_rank(p) >= 3 and WORD_RX.match(text, p.end)
            ):
                continue  # "Ye township" is a place; a bare two-letter word is not
            if is_border(p, text) or in_actor_name(p, actors) or mn.state_acting(p, text):
                continue  # the state acting: "Russia's army", "Israel's Prime Minister"
            if names_no_place(p, text, places, actors, country):
                continue  # "Bab Sharqi", "Kurdish fighters", "al-Nile street"
            if re.match(
                r"-?(?:backed|led|supported|based|allied|born)\b", text[p.end : p.end + 11]
            ):
                continue
            if is_dateline(p, text):
                continue  # "MOSCOW -", "Moscow AFP": where the report was filed
            named = _address_country(p, places, text)
            if p.lat is None or (named is not None and p.country_code != named):
                # unresolved, or "in Bara, Khyber, Pakistan" resolved abroad: a curated point
                p = place_at_point(p, named or country) or p
            if p.lat is None:
                continue
            owner = possessor(p, places, text)
            score = _place_score(p, sent, trigger, country, owner) - 0.6 * order
            if named is not None and p.country_code != named:
                score -= 5.0  # "in Boya, ..., Pakistan" resolved abroad: misread
            elif country is not None:
                score += (
                    1.0
                    if p.country_code == country
                    else -0.5
                    if any(q.country_code == p.country_code and q.end != p.end for q in places)
                    else -2.0  # a lone town in a country the report never names: misread
                )
                if p.country_code != country and home_located(sent, places, country, text):
                    score -= 3.0  # "... strikes in Syria, the defence ministry in Moscow said"
            if (
                (country is None or p.country_code == country)
                and _ADDRESS_NEXT_RX.match(text, p.end)
                and not text[max(0, p.start - 3) : p.start].rstrip().endswith(",")
                and _stated_rank(p, text) >= 3.5
            ):
                score += 0.5  # "in X, Y province, Country": the address's first part
            if _within(p, places, text):
                score += 0.8  # "at the Harir base in Erbil": the base's town, not Erbil
            score -= 1.5 if route_end(p, places, text) else 0.0  # "from X to Y": done at X
            if best is None or score > best[0]:
                best = (score, p)
    return best[1] if best else None


# an ACLED coder's note naming the place coded: "Coded to Tiberias.", "(coded as Waw Lay)";
# not "9 coded to Kharita" inside a sentence, which splits fatalities across events
_CODED_RX = re.compile(r"(?:^|[.;(]\s*)coded\s+(?:to|as)\s+$", re.I)


def coded_place(places: Sequence[Place], text: str, country: str | None) -> Place | None:
    """The resolved town or district a coder's note names as the one coded ("Coded to
    Tiberias (Tiberias, HaZafon)"), in the report's country."""
    for p in sorted(places, key=lambda q: q.start):
        if not _CODED_RX.search(text[max(0, p.start - 16) : p.start]):
            continue
        if p.lat is None:
            p = place_at_point(p, country) or p
        if (
            p.lat is not None
            and place_rank(p) >= 3
            and (country is None or p.country_code == country)
        ):
            return p
    return None


def coarse_place(
    places: Sequence[Place],
    country: str | None,
    actors: Sequence[ActorMention] = (),
    text: str | None = None,
) -> Place | None:
    """The first province (or, failing one, the country itself) the report names in its
    main country: where an event goes when no town of its own is known (ACLED's geo
    precision 3). A country known only from adjectives ("Turkish troops") or named inside
    an actor's name ("Islamic Resistance in Iraq") or across a border ("the border with
    Ukraine") gives none."""
    coarse = [
        p
        for p in places
        if country is not None
        and p.country_code == country
        and p.lat is not None
        and not is_demonym(p)
        and (p.feature or "") in ("admin1", "country")
        and not in_actor_name(p, actors)
        and not (text is not None and (is_border(p, text) or mn.is_suspect(p, text)))
    ]
    return min(coarse, key=lambda p: ((p.feature or "") == "country", p.start), default=None)


def finer_place(
    place: Place | None,
    sents: Sequence[Span],
    extent: Sequence[Span],
    head: Candidate,
    places: Sequence[Place],
    actors: Sequence[ActorMention],
    country: str | None,
) -> Place | None:
    """For an event its own sentences place only in a country ("... killed 21 civilians in
    northern Syria"), the most specific place of that country named by the sentences that
    go on telling it, up to the next event ("At least 15 were killed in raids on Manbij");
    None when there is none or the event has a finer place already."""
    if place is None or (place.feature or "") != "country":
        return None
    own = {s.start_char for s in sents}
    told = [s for s in extent if s.start_char not in own and s.start_char > head.sent.start_char]
    return pick_place(told, head.trigger, places, actors, country, finer_in=place.country_code)
