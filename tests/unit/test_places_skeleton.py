"""Consonant skeletons (warlog.places.skeleton): a name in another transliteration of the
same Arabic consonants finds its town in the report's country, when nothing else did.
The index is written for these tests: invented places in an invented layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.events.unlisted import _lookup_in
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.skeleton import skeleton, skeleton_match


def _entry(pid: int, name: str, feature: str, cc: str, lat: float, lon: float,
           pop: int = 1000) -> tuple[GazetteerEntry, list[str]]:
    return GazetteerEntry(pid, pid, name, feature, cc, "01", lat, lon, pop), []


ENTRIES = [
    _entry(1, "Qaşrūn al Wardīyah", "city", "SY", 35.0, 36.0, 20_000),
    # a governorate named after its town, far from it: no rival of the town
    _entry(2, "Tall Marqab", "admin1", "SY", 34.0, 38.0),
    _entry(3, "Tall Marqab", "city", "SY", 35.5, 37.0, 5000),
    # two towns far apart with one skeleton: ambiguous
    _entry(4, "Kafr Zaytun", "city", "SY", 33.0, 36.0),
    _entry(5, "Kufr Zitan", "city", "SY", 36.0, 40.0),
    # the same skeleton in another country only
    _entry(6, "Bayt Shamalin", "city", "IQ", 33.0, 44.0),
]


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    return Gazetteer(gz.write_index(tmp_path / "index.sqlite", ENTRIES), [], [])


def test_skeleton_drops_articles_vowels_and_doubles() -> None:
    assert skeleton("al-Qameshli") == skeleton("Al Qāmishlī") == "kmshl"
    assert skeleton("Deir Ezzor") == skeleton("Dayr az Zawr") == "drzr"


def test_skeleton_finds_the_town_of_the_country(gazetteer: Gazetteer) -> None:
    got = skeleton_match(gazetteer, "Kasroun el-Wardieh", "SY")
    assert got is not None and got.id == 1
    town = skeleton_match(gazetteer, "Tel Marqeb", "SY")
    assert town is not None and town.id == 3


def test_skeleton_refuses_ambiguous_short_and_foreign(gazetteer: Gazetteer) -> None:
    assert skeleton_match(gazetteer, "Kfar Zeitoun", "SY") is None  # two towns far apart
    assert skeleton_match(gazetteer, "Beit Shamaleen", "SY") is None  # only in Iraq
    assert skeleton_match(gazetteer, "Beit Shamaleen", "IQ") is not None
    assert skeleton_match(gazetteer, "Tal", "SY") is None  # too few consonants


def test_unlisted_lookup_falls_back_to_the_skeleton(gazetteer: Gazetteer) -> None:
    # only for a name the sentence states as a place ("in Kasroun el-Wardieh")
    got = _lookup_in(gazetteer.lookup, "Kasroun el-Wardieh", "SY", gazetteer, cued=True)
    assert got is not None and got.id == 1
    assert _lookup_in(gazetteer.lookup, "Kasroun el-Wardieh", "SY", gazetteer) is None


def test_skeleton_only_where_names_come_from_arabic_script(tmp_path: Path) -> None:
    # written vowels tell names apart elsewhere: "Kyaung Kone" is no "Kyaing Kan"
    path = gz.write_index(tmp_path / "mm.sqlite", [_entry(7, "Kyaung Kone", "city", "MM",
                                                          20.0, 96.0)])
    assert skeleton_match(Gazetteer(path, [], []), "Kyaing Kan", "MM") is None


def test_a_lower_case_article_stays_in_the_name() -> None:
    import spacy

    from warlog.events.unlisted import _in_article

    doc = spacy.blank("en")("Shelling hit Maaret al-Nouman and al - Bab as of now.")
    inside = [t.text for t in doc if _in_article(t)]
    assert inside == ["al", "-"]  # "al - Bab" (spaced) and "as of" are no article


def test_the_kind_of_place_before_a_name_cues_it_as_a_place() -> None:
    from warlog.events.unlisted import _PLACE_CUE

    for before in ("shelled the town of ", "raids on the village of ", "clashes near ",
                   "in the Damascus neighbourhood of "):
        assert _PLACE_CUE.search(before), before
    assert not _PLACE_CUE.search("the leader of ") and not _PLACE_CUE.search("said ")
