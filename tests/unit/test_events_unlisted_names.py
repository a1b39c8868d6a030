"""Names no stage placed, looked up by the events stage (`events/unlisted.py`): incident
reports' addresses ("X town (Y township, Y district)"). Invented names throughout
("Kessing", "Dalmora"), on Docs built by hand with the tags a tagger may give."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from warlog.events.unlisted import unlisted_places
from warlog.models import Place
from warlog.places.index import GazetteerEntry

KESSING = GazetteerEntry(1, 1, "Kessing", "city", "ZZ", "01", 21.9, 96.0, 80000)


class _Gaz:
    """A gazetteer that knows one town, Kessing, in country ZZ."""

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        return (KESSING,) if name == "Kessing" else ()

    def admin1_name(self, cc: str, code: str) -> str | None:
        return "Dalmora Region" if (cc, code) == ("ZZ", "01") else None


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_events_unlisted_a_name_before_a_rank_word_is_a_name_whatever_its_tag() -> None:
    """An unfamiliar name ending in "-ing" is tagged a verb ("Sagaing township"); a
    capitalised word inside the sentence right before "township", "district" or
    "region" is a name all the same, and is looked up in the report's country."""
    words = ["Drones", "hit", "Tawzi", "town", "(", "Kessing", "township", ",",
             "Kessing", "district", ")", "."]
    pos = ["NOUN", "VERB", "PROPN", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT",
           "VERB", "NOUN", "PUNCT", "PUNCT"]
    got = unlisted_places(list(_doc(words, pos).sents), [], [], "ZZ", _Gaz())
    assert [(p.text, p.name, p.admin1) for p in got] == [
        ("Kessing", "Kessing", "Dalmora Region"), ("Kessing", "Kessing", "Dalmora Region")]


def test_events_unlisted_a_capitalised_verb_without_a_rank_word_stays_a_verb() -> None:
    # not before a word of place rank, and the sentence's first word: no name
    words = ["Kessing", "went", "on", ";", "troops", "Kessing", "ahead", "."]
    pos = ["VERB", "VERB", "ADP", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"]
    assert unlisted_places(list(_doc(words, pos).sents), [], [], "ZZ", _Gaz()) == []


TOWNS = {"Tarvo": (GazetteerEntry(2, 2, "Tarvo", "city", "ZZ", "01", 36.5, 36.9, 40000),),
         "Kell": (GazetteerEntry(3, 3, "Kell", "city", "YY", "02", 10.0, 10.0, 90000),
                  GazetteerEntry(4, 4, "Kell", "city", "ZZ", "01", 36.0, 37.0, 5000))}


class _World:
    """A gazetteer of towns in several countries: Tarvo in ZZ only, Kell in ZZ and YY."""

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        return () if loose else TOWNS.get(name, ())

    def admin1_name(self, cc: str, code: str) -> str | None:
        return None


def _names(words: list[str]) -> Doc:
    pos = ["PROPN" if w[:1].isupper() and i else "NOUN" for i, w in enumerate(words)]
    pos = ["PUNCT" if w == "." else p for w, p in zip(words, pos, strict=True)]
    return _doc(words, pos)


def test_events_unlisted_a_report_with_no_country_takes_a_name_only_one_country_has() -> None:
    """A report that names no country ("a car on the road between Tarvo and Kell") still
    places a name stated as a place when every place of that name lies in one country;
    a name two countries share is left alone (no country to choose by)."""
    doc = _names(["Drones", "hit", "a", "car", "on", "the", "road", "between", "Tarvo",
                  "and", "Kell", "."])
    got = unlisted_places(list(doc.sents), [], [], None, _World())
    assert [(p.text, p.country_code) for p in got] == [("Tarvo", "ZZ")]
    shared = _names(["Drones", "hit", "a", "car", "near", "Kell", "."])
    assert unlisted_places(list(shared.sents), [], [], None, _World()) == []


def test_events_unlisted_with_no_country_a_name_not_stated_as_a_place_is_left() -> None:
    # "Tarvo" as a bare subject: no preposition or kind of place sets it as a place
    doc = _names(["Yesterday", "Tarvo", "said", "drones", "flew", "."])
    assert unlisted_places(list(doc.sents), [], [], None, _World()) == []


def _text_doc(text: str) -> Doc:
    """``text`` split at spaces and before punctuation, capitalised words inside the
    sentence tagged as proper nouns."""
    words, spaces = [], []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        words.append(m.group())
        spaces.append(text[m.end() : m.end() + 1] == " ")
    pos = ["PROPN" if w[:1].isupper() and i else "PUNCT" if not w[0].isalnum() else "NOUN"
           for i, w in enumerate(words)]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def _country(text: str, word: str, cc: str) -> Place:
    start = text.index(word)
    return Place(start, start + len(word), word, word, 10.0, 10.0, None, "country", cc, None,
                 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "A Kelland drone hit a bus in Hajira (Tarvo) on Monday.",  # an address in brackets
        "Drones (likely Kelland) bombed camps south of Hajira (11km SW of Tarvo).",
        "A Kelland drone hit a radar station in the Tarvo district on Monday.",
    ],
)
def test_events_unlisted_a_country_named_only_as_the_actors_is_not_the_reports(
    text: str,
) -> None:
    """Where the report's only country is an actor's origin ("a US drone", "likely US"),
    a name that is no place of that country but is set as a place (an address in
    brackets, a bearing "SW of", its kind "district") is placed in the one country that
    has it."""
    doc = _text_doc(text)
    places = [_country(text, "Kelland", "YY")]
    got = unlisted_places(list(doc.sents), places, [], "YY", _World())
    assert [(p.text, p.country_code) for p in got] == [("Tarvo", "ZZ")]


def test_events_unlisted_a_country_named_as_ground_keeps_its_lookups_at_home() -> None:
    # Kelland is named as where things happen: a name it lacks is no town abroad
    text = "Drones hit a bus in Hajira (Tarvo), Kelland, on Monday."
    doc = _text_doc(text)
    places = [_country(text, "Kelland", "YY")]
    assert unlisted_places(list(doc.sents), places, [], "YY", _World()) == []


PROVINCES = {
    "Province du Tamsa": (
        GazetteerEntry(5, None, "Province du Tamsa", "admin2", "BF", "05", 13.3, -1.5, 50000),),
    "Tamsa": (GazetteerEntry(6, 6, "Tamsa", "city", "IR", "29", 29.1, 58.4, 99000),
              GazetteerEntry(7, 7, "Tamsa", "city", "US", "FL", 27.7, -82.2, 1400))}


class _Provinces:
    """A gazetteer that files a province under its formal name only ("Province du
    Tamsa"), and knows a town Tamsa abroad."""

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        return () if loose else PROVINCES.get(name, ())

    def admin1_name(self, cc: str, code: str) -> str | None:
        return None


def test_events_unlisted_an_address_names_a_province_bare() -> None:
    """ "the town of Kivo (Kivo, Tamsa)": an address in brackets names the commune, then
    the province, bare; the gazetteer files the province under its formal name ("Province
    du Tamsa"), which is found where the bare name is only towns abroad."""
    text = "Militants dropped bombs in the town of Kivo (Kivo, Tamsa) on Monday."
    got = unlisted_places(list(_text_doc(text).sents), [], [], None, _Provinces())
    assert [(p.text, p.name, p.country_code) for p in got] == [
        ("Tamsa", "Province du Tamsa", "BF")]
    # outside an address, a bare name is no province's
    text = "Militants dropped bombs in Tamsa on Monday."
    assert unlisted_places(list(_text_doc(text).sents), [], [], None, _Provinces()) == []
