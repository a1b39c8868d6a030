"""A local report names the county its towns lie in ("Whitfield County deputies"): of a
town's namesakes, the one lying in a county the text names is the one meant, however
the county's own mention is read; a county named like the town is no pointer to it.
Tiny indexes with the real GeoNames ids of the towns (their counties come from the
bundled table) and invented sizes; the sentences are made up."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.counties import county_key, named_counties
from warlog.places.index import GazetteerEntry
from warlog.places.load import open_index

US = (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.8, -98.5,
                     330_000_000), [])


def test_places_counties_named_in_the_text() -> None:
    text = "St. Louis County police and Orleans Parish deputies met the county board."
    assert named_counties(text) == {"saint louis county", "orleans parish"}
    assert county_key("Saint Louis County") == county_key("St. Louis County")


def test_places_counties_the_town_in_the_county_named_wins(tmp_path: Path,
                                                           settings: Settings) -> None:
    # the Colorado namesake is made the larger: by size alone it would win
    rows = [US,
            (GazetteerEntry(2, 5438708, "Ferguson", "city", "US", "CO", 39.55, -107.66,
                            60_000), []),
            (GazetteerEntry(3, 4386387, "Ferguson", "city", "US", "MO", 38.74, -90.31,
                            21_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "f.sqlite", rows), settings)
    words = ["Police", "in", "Ferguson", "said", "St.", "Louis", "County", "deputies",
             "helped", ".", "The", "United", "States", "watched", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "I-GPE",
            "O", "O"]
    found = {p.text: p.lon for p in places(parsed(words, ents), gaz)}
    assert found["Ferguson"] == -90.31  # Missouri's


def test_places_counties_beat_a_wrong_cluster(tmp_path: Path, settings: Settings) -> None:
    # a Massachusetts Dalton beside a Massachusetts county of the same name as Dalton,
    # Georgia's county: read by size, town and county agree on the wrong state
    rows = [US,
            (GazetteerEntry(2, 4934429, "Dalton", "city", "US", "MA", 42.47, -73.17,
                            40_000), []),
            (GazetteerEntry(3, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97,
                            33_000), []),
            (GazetteerEntry(4, None, "Whitfield County", "admin2", "US", "MA", 42.4, -73.2,
                            150_000), []),
            (GazetteerEntry(5, None, "Whitfield County", "admin2", "US", "GA", 34.8, -84.97,
                            100_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "d.sqlite", rows), settings)
    words = ["A", "fire", "in", "Dalton", "closed", "a", "road", ",", "Whitfield", "County",
             "officials", "said", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O"]
    found = {p.text: p.lon for p in places(parsed(words, ents), gaz)}
    assert found == {"Dalton": -84.97, "Whitfield County": -84.97}  # both Georgia's


def test_places_counties_a_county_named_like_the_town_is_no_pointer(
    tmp_path: Path, settings: Settings,
) -> None:
    # Montgomery, Alabama lies in a Montgomery County; the Illinois town beside Aurora
    # is the one meant, whatever "the Montgomery County Democrats" names
    rows = [US,
            (GazetteerEntry(2, 4076784, "Montgomery", "city", "US", "AL", 32.37, -86.30,
                            195_000), []),
            (GazetteerEntry(3, 4902559, "Montgomery", "city", "US", "IL", 41.73, -88.35,
                            19_000), []),
            (GazetteerEntry(4, 4883817, "Aurora", "city", "US", "IL", 41.76, -88.32,
                            200_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "m.sqlite", rows), settings)
    words = ["The", "Montgomery", "County", "Democrats", "met", "in", "Montgomery", "near",
             "Aurora", "."]
    ents = ["O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    sdoc = parsed(words, ents)
    at = sdoc.text.index("in Montgomery") + 3
    town = next(p for p in places(sdoc, gaz) if p.start == at)
    assert town.lon == -88.35  # Illinois's


def test_places_counties_a_name_of_any_kind_in_the_county_is_the_town(
    tmp_path: Path, settings: Settings,
) -> None:
    # spaCy reads "Six Mile" as a quantity; the town of Six Mile lies in Pickens County,
    # South Carolina, which the report names: the town, whatever the label
    rows = [US,
            (GazetteerEntry(2, 4595921, "Six Mile", "city", "US", "SC", 34.81, -82.82, 700),
             []),
            (GazetteerEntry(3, None, "Pickens County", "admin2", "US", "SC", 34.78, -82.72,
                            50_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "s.sqlite", rows), settings)
    words = ["Pickens", "County", "deputies", "said", "the", "crash", "happened", "near",
             "Six", "Mile", "on", "Tuesday", "."]
    ents = ["B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O", "B-QUANTITY", "I-QUANTITY", "O",
            "B-DATE", "O"]
    found = [(p.text, p.lon) for p in places(parsed(words, ents), gaz)]
    assert found == [("Pickens County", -82.72), ("Six Mile", -82.82)]


def test_places_counties_a_person_named_like_a_town_of_the_county_stays_the_person(
    tmp_path: Path, settings: Settings,
) -> None:
    rows = [US,
            (GazetteerEntry(2, 4595921, "Six Mile", "city", "US", "SC", 34.81, -82.82, 700),
             []),
            (GazetteerEntry(3, None, "Pickens County", "admin2", "US", "SC", 34.78, -82.72,
                            50_000), [])]
    gaz = open_index(gz.write_index(tmp_path / "p.sqlite", rows), settings)
    words = ["Pickens", "County", "deputies", "thanked", "Six", "Mile", "."]
    ents = ["B-GPE", "I-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"]
    assert [p.text for p in places(parsed(words, ents), gaz)] == ["Pickens County"]
