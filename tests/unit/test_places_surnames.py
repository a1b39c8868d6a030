"""A surname standing alone after the person's full name is that person: a preposition
that may take a person ("from", "at", "to") or one before a possessive ("at Dorsey's
plan") is no evidence of a place, and a place found elsewhere under that name does not
recur onto it. Only a preposition of location ("in Dorsey") or spaCy's own place tag
sets it as the place. Hand-built spaCy docs and a tiny index; the sentences are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

# a town large enough to be a strong name, found without spaCy's place tag
TINY = [(GazetteerEntry(1, 5000201, "Dorsey", "city", "US", "OH", 40.1, -83.2, 120_000), [])]
PERSON = [("Senator", "O"), ("Ann", "B-PERSON"), ("Dorsey", "I-PERSON"), ("spoke", "O"),
          (".", "O")]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _places(rows: list[tuple[str, str]], gaz: Gazetteer) -> list[tuple[str, int]]:
    words, ents = (list(col) for col in zip(*rows, strict=True))
    sdoc = parsed(words, ents)
    return [(p.text, p.start) for p in places(sdoc, gaz)]


@pytest.mark.parametrize("before", [
    [("Voters", "O"), ("were", "O"), ("angry", "O"), ("at", "O")],  # at Dorsey's plan
    [("A", "O"), ("note", "O"), ("came", "O"), ("from", "O")],  # from Dorsey's office
    [("They", "O"), ("objected", "O"), ("to", "O")],  # to Dorsey's plan
])
def test_places_surnames_possessor_after_a_preposition_is_the_person(
    gaz: Gazetteer, before: list[tuple[str, str]]
) -> None:
    rows = [*PERSON, *before, ("Dorsey", "B-ORG"), ("'s", "O"), ("plan", "O"), (".", "O")]
    assert _places(rows, gaz) == []


def test_places_surnames_after_a_preposition_taking_persons_is_the_person(
    gaz: Gazetteer,
) -> None:
    rows = [*PERSON, ("A", "O"), ("letter", "O"), ("from", "O"), ("Dorsey", "B-ORG"),
            ("arrived", "O"), (".", "O")]
    assert _places(rows, gaz) == []


def test_places_surnames_after_in_stays_the_place(gaz: Gazetteer) -> None:
    rows = [*PERSON, ("The", "O"), ("fair", "O"), ("in", "O"), ("Dorsey", "B-ORG"),
            ("opened", "O"), (".", "O")]
    assert [t for t, _ in _places(rows, gaz)] == ["Dorsey"]


def test_places_surnames_a_place_found_once_does_not_recur_onto_the_person(
    gaz: Gazetteer,
) -> None:
    # "in Dorsey" is the town; the lone "Dorsey" that thanks the voters is the senator
    rows = [("The", "O"), ("fair", "O"), ("in", "O"), ("Dorsey", "B-GPE"), ("opened", "O"),
            (".", "O"), *PERSON, ("Later", "O"), ("Dorsey", "B-ORG"), ("thanked", "O"),
            ("voters", "O"), (".", "O")]
    assert _places(rows, gaz) == [("Dorsey", len("The fair in "))]
    # the word inside a longer name ("Dorsey Hardware") is left to the other rules
    shop = [*rows[:-4], ("Dorsey", "B-ORG"), ("Hardware", "I-ORG"), ("closed", "O"),
            (".", "O")]
    assert [t for t, _ in _places(shop, gaz)] == ["Dorsey", "Dorsey"]


def test_places_surnames_an_untagged_surname_is_no_neighbouring_town(
    tmp_path: Path, settings: Settings
) -> None:
    # a local report names its neighbours, but the senator's surname is the senator,
    # though a small town of that name lies next to the one reported on
    local = open_index(gz.write_index(tmp_path / "near.sqlite", [
        (GazetteerEntry(1, 5000301, "Millbrook", "city", "US", "OH", 40.10, -83.20, 8_000), []),
        (GazetteerEntry(2, 5000302, "Dorsey", "city", "US", "OH", 40.12, -83.25, 3_000), []),
    ]), settings)
    rows = [("The", "O"), ("fair", "O"), ("in", "O"), ("Millbrook", "B-GPE"),
            ("opened", "O"), (".", "O"), *PERSON, ("Voters", "O"), ("cheered", "O"),
            ("Dorsey", "O"), ("loudly", "O"), (".", "O")]
    assert [t for t, _ in _places(rows, local)] == ["Millbrook"]
    # a lone proper noun that no person of the article bears is still the neighbour
    other = list(rows)
    other[6:11] = [("Senator", "O"), ("Ann", "B-PERSON"), ("Pike", "I-PERSON"),
                   ("spoke", "O"), (".", "O")]
    assert [t for t, _ in _places(other, local)] == ["Millbrook", "Dorsey"]
