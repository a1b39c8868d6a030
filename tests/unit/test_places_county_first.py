"""The county a local report names is the writer's pointer from the first reading on,
as a qualifier is: a town lying in it is read there before any context, so the context
the other towns are read against is the county's; and a town the county holds is a
place wherever the article repeats its name, even where a person of the article bears
the word. Tiny indexes with the real GeoNames ids of the towns in a county named (their
counties come from the bundled table), invented ids, sizes and points for the others;
the sentences are made up."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import GazetteerEntry
from warlog.places.load import open_index

US = (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.8, -98.5,
                     330_000_000), [])


def test_places_county_first_sets_the_context_of_the_other_towns(
    tmp_path: Path, settings: Settings,
) -> None:
    # each town has a larger namesake in Kentucky, the two of them close together: read
    # by size first, Kentucky's pair pulls Calhoun there, whose county is not named
    rows = [US,
            (GazetteerEntry(2, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_000),
             []),
            (GazetteerEntry(3, 4290011, "Dalton", "city", "US", "KY", 37.00, -86.00, 50_000),
             []),
            (GazetteerEntry(4, 4190582, "Calhoun", "city", "US", "GA", 34.50, -84.95, 16_000),
             []),
            (GazetteerEntry(5, 4290012, "Calhoun", "city", "US", "KY", 37.10, -86.10, 40_000),
             [])]
    gaz = open_index(gz.write_index(tmp_path / "c.sqlite", rows), settings)
    words = ["Crews", "from", "Dalton", "and", "Calhoun", "helped", ",", "Whitfield",
             "County", "officials", "said", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"]
    found = {p.text: p.lon for p in places(parsed(words, ents), gaz)}
    assert found == {"Dalton": -84.97, "Calhoun": -84.95}  # both Georgia's


def test_places_county_first_a_town_of_the_county_recurs_beside_a_namesake_person(
    tmp_path: Path, settings: Settings,
) -> None:
    # the Colorado namesake is made the larger; the article's officer bears the town's
    # name, yet the town that St. Louis County holds is the place where it recurs
    rows = [US,
            (GazetteerEntry(2, 5438708, "Ferguson", "city", "US", "CO", 39.55, -107.66,
                            60_000), []),
            (GazetteerEntry(3, 4386387, "Ferguson", "city", "US", "MO", 38.74, -90.31,
                            21_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "f.sqlite", rows), settings)
    words = ["Officer", "Dana", "Ferguson", "spoke", "at", "a", "fair", "in", "Ferguson", ".",
             "St.", "Louis", "County", "police", "came", ".", "Ferguson", "voters", "met",
             "."]
    # spaCy's place label on the repeat is no sign here: a word of a person's name is a
    # place only where a preposition of location sets it, or where it recurs as one
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O",
            "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    sdoc = parsed(words, ents)
    found = [(p.start, p.lon) for p in places(sdoc, gaz) if p.text == "Ferguson"]
    at = sdoc.text.index("in Ferguson") + 3
    voters = sdoc.text.index("Ferguson voters")
    assert found == [(at, -90.31), (voters, -90.31)]  # Missouri's, both


def test_places_county_first_the_person_stays_the_person(
    tmp_path: Path, settings: Settings,
) -> None:
    rows = [US,
            (GazetteerEntry(2, 4386387, "Ferguson", "city", "US", "MO", 38.74, -90.31,
                            21_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "p.sqlite", rows), settings)
    words = ["Officer", "Dana", "Ferguson", "spoke", "in", "Ferguson", ".", "St.", "Louis",
             "County", "police", "came", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O",
            "O"]
    sdoc = parsed(words, ents)
    assert [p.start for p in places(sdoc, gaz) if p.text == "Ferguson"] == [
        sdoc.text.index("in Ferguson") + 3]  # the officer's name is no place
