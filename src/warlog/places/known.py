"""How well a text names a place: a known name, a strong one (found without spaCy's help),
a common English word, or an Arabic particle on its own. Shared by detection
(:mod:`warlog.places.detect`), the repeats pass and resolution."""

from __future__ import annotations

import functools
import re
import weakref
from typing import TYPE_CHECKING

from warlog.nlp.ents import entities
from warlog.places.data import data_file
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.names import ARTICLES, loose_key, name_key, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

STRONG_FEATURES = frozenset(
    {"country", "admin1", "continent", "region", "water", "river", "mountain", "landmark"}
)
STRONG_TOWN = 100_000
# a first-level division of fewer people than this (a parish of a microstate: Paul in
# Cape Verde, Paola in Malta) named by one word is no better known than a village, and
# the word is as often a person's name or a common word ("Paul", "Store", "Eastern")
STRONG_DIVISION = 10_000
PARTICLES = ARTICLES | words("ibn bin bani")


def common(text: str) -> bool:
    """A single common English word ("Centre", "Union", "Reading")."""
    word = text.strip()
    if " " in word or (word.isupper() and len(word) <= 4):
        return False
    return word.strip(".").lower() in _common_words()


def particle(text: str) -> bool:
    """An Arabic article or name particle on its own ("Al", "As"): never a place, however
    many Norwegian towns are called so."""
    return text.strip().lower() in PARTICLES


def known(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is an alias or the main name of some place (give or take its
    transliteration), not only one of its alternate names."""
    if particle(text):
        return False
    if gaz.alias_targets(text):
        return True
    return any(named(c, text) for c in gaz.lookup(text))


def named(c: GazetteerEntry, text: str) -> bool:
    """Whether ``text`` is ``c``'s main name, give or take its transliteration, or a short
    form of it ("Clacton" for Clacton-on-Sea, "Maui" for Maui County)."""
    key, own = name_key(text), name_key(c.name)
    return own == key or own.startswith(key + " ") or loose_key(c.name) == loose_key(text)


def strong(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` names a place well enough to be found without spaCy's help: an
    alias, a country, division or curated region, or a town of 100,000 people. Kept per
    gazetteer and name: the answer depends on nothing else, and detection asks it of the
    same names many times (an entity, its longer names, its parts; Syria in every report)."""
    kept = _STRONG.get(gaz)
    if kept is None or len(kept) > _STRONG_KEPT:
        kept = _STRONG[gaz] = {}
    got = kept.get(text)
    if got is None:
        got = kept[text] = _strong(gaz, text)
    return got


# answers of strong() per gazetteer (forgotten with it), at most this many names each
_STRONG: weakref.WeakKeyDictionary[Gazetteer, dict[str, bool]] = weakref.WeakKeyDictionary()
_STRONG_KEPT = 50_000


def _strong(gaz: Gazetteer, text: str) -> bool:
    if particle(text):
        return False
    if gaz.alias_targets(text):
        return True
    is_common = common(text)
    for c in gaz.lookup(text):
        curated = c.feature in STRONG_FEATURES and c.feature != "admin1"
        if curated and (c.geonameid is None or gaz.official(c, text)):
            return True  # a country by its name, or a curated region by any of its names
        if is_common:
            continue
        tiny = c.population < STRONG_DIVISION and " " not in text.strip()
        if (c.feature == "admin1" and not tiny) or (
            c.feature == "admin2" and gaz.official(c, text)
        ):
            return True
        if c.population >= STRONG_TOWN and (
            gaz.official(c, text) or loose_key(c.name) == loose_key(text)
        ):
            return True
    return False


@functools.cache
def _common_words() -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in data_file("common_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


@functools.cache
def news_agencies() -> frozenset[str]:
    """Names of news agencies that are also place names ("SANA", not Sanaa), as written."""
    return frozenset(
        line.strip()
        for line in data_file("news_agencies.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


def credited_or_grouped(text: str, name: str, start: int) -> bool:
    """A news agency credited, also with the dash of a dateline glued to it ("told SANA",
    "Moscow, SANA- Russia's ..."), or "States" after a capitalised word ("Commonwealth of
    Independent States", "its Member States", "the Gulf States"): a group of states, not
    the United States, which "States" alone names only after "the" ("back in the States")."""
    if name.rstrip("-‐–—") in news_agencies():
        return True
    if name != "States":
        return False  # the text before is read only for "States": not split for every name
    before = text[:start].split()[-1:]
    return bool(before) and before[0][:1].isupper() and before[0] != "The"


def person_words(sdoc: Doc) -> frozenset[str]:
    """Words of multi-word person names ("Seamus Morris"): a lone "Morris" is a person."""
    return frozenset(
        t.text for e in entities(sdoc) if e.label_ == "PERSON" and len(e) > 1 for t in e)


def located(sdoc: Doc, start: int, end: int) -> bool:
    """A preposition of location before tokens [start, end) ("in X", "near X"): it takes
    a place, never a person, unlike "to", "from" or "at" ("listening to Howarth", "a
    letter from Morris"), so a word of a person's name found there is a place of that
    name; not before a possessive ("in Morris's view": the person's)."""
    poss = end < len(sdoc) and sdoc[end].lower_ in ("'s", "’s", "'", "’")
    return start > 0 and sdoc[start - 1].lower_ in ("in", "near", "outside", "around") \
        and not poss


def surnames_of(sdoc: Doc) -> frozenset[str]:
    """The last words of the article's multi-word person names ("Kelly" of "John
    Kelly", "Miranda" of "Lin-Manuel Miranda"): alone, a later mention of that person."""
    return frozenset(e[-1].text for e in entities(sdoc) if e.label_ == "PERSON" and len(e) > 1)


def country_like(gaz: Gazetteer, text: str) -> bool:
    """A country, a curated region or an alias ("Jordan", "Washington" for D.C.): too
    well known a place for a surname of the article to outweigh it."""
    if gaz.alias_targets(text):
        return True
    return any(c.feature in ("country", "continent", "region", "water", "river")
               for c in gaz.lookup(text))


def state_code(
    gaz: Gazetteer, text: str, cands: tuple[GazetteerEntry, ...]
) -> tuple[GazetteerEntry, ...]:
    """The candidates of ``text``, where two capitals that name only places written
    otherwise ("Wa", a town in Ghana; "Pa") are a state's or province's postal code
    ("WA": Washington or Western Australia, as the article's context decides): a
    code the alias table keeps for "Town, WA" counts standing alone too."""
    if len(text) == 2 and text.isupper() and not any(c.name.isupper() for c in cands):
        return gaz.alias_targets(text, qualifier=True) or cands
    return cands


def qualifier_end(sdoc: Doc, start: int, gaz: Gazetteer) -> int:
    """The end of the Y of "X, Y" that opens at token ``start``: up to three capitalised
    words ("Ga.", "New Mexico"), and the full stop of an abbreviation that spaCy split
    off as a sentence end ("Kingston, Ont." is "Ont" + "."; "Salem, Oreg." at a
    sentence's end): a stop glued to a word that is a state's or province's abbreviation
    with its point ("Ont." is Ontario, "Ont" is nothing) belongs to the abbreviation."""
    stop, n = start, len(sdoc)
    while stop < n and stop < start + 3 and sdoc[stop].text[:1].isupper():
        stop += 1
    if (stop < n and stop > start and sdoc[stop].text == "."
            and not sdoc[stop - 1].whitespace_
            and not sdoc[stop - 1].text.endswith(".")):
        dotted = sdoc[start:stop].text + "."
        if any(q.feature in ("country", "admin1")
               for q in gaz.alias_targets(dotted, qualifier=True)):
            return stop + 1
    return stop


def qualifier_text(sdoc: Doc, start: int, gaz: Gazetteer) -> str:
    """The Y of "X, Y" opening at token ``start`` (:func:`qualifier_end`), as written, up
    to a wire service's dash that spaCy left glued to it ("PLEASANTON,
    Calif.--(BUSINESS WIRE)--" is "Calif."): the dash ends the dateline's state."""
    text = sdoc[start : qualifier_end(sdoc, start, gaz)].text
    return re.split(r"--|—", text, maxsplit=1)[0]


def dotted_end(sdoc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """``end`` moved over the full stop of a qualifier's abbreviation that spaCy split off
    ("Red Deer, Alta., and": "Alta" + "."): the qualifier is "Alta.", Alberta, not the
    dotless "Alta", a Norwegian or Iowan town (:func:`qualifier_end`)."""
    if (start > 0 and end < len(sdoc) and sdoc[start - 1].text == ","
            and sdoc[end].text == "." and qualifier_end(sdoc, start, gaz) == end + 1):
        return end + 1
    return end


def split_series(sdoc: Doc, ent: Span, gaz: Gazetteer) -> list[Span]:
    """An organisation or person entity that spaCy made across the comma of a series of
    places ("from Dalton, Varnell, Rocky Face and Tunnel Hill": ORG "Varnell, Rocky
    Face", "Chatsworth, Eton and"), cut at its commas and conjunctions when every part is
    capitalised and the first a known place name: a list of towns, not one name (a town
    the index lacks may follow)."""
    from spacy.tokens import Span

    if ent.label_ not in ("ORG", "PERSON") or all(t.text != "," for t in ent):
        return [ent]
    cuts = [i for i in range(ent.start, ent.end) if sdoc[i].lower_ in (",", "and", "or")]
    bounds = [ent.start, *[b for i in cuts for b in (i, i + 1)], ent.end]
    parts = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if b > a]
    first = sdoc[parts[0][0] : parts[0][1]].text if parts else ""
    if any(not sdoc[a].text[:1].isupper() for a, b in parts) or not known(gaz, first):
        return [ent]
    return [Span(sdoc, a, b, label=ent.label) for a, b in parts]
