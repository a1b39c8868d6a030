"""Geocoding rules of round 9 of issue 15 (resolution): "D.C." after a comma names the
federal district, a first-level division, so "Washington, D.C." is the town inside it;
a bare name read as the state keeps that reading beside the town the writer qualified;
a name set as a place by its address, unknown there, is that unknown place where it recurs.
Hand-built spaCy docs and a tiny index, as in test_geocode; the sentences are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.detect import Mention
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index
from warlog.places.repeats import one_sense

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, None, "Washington", "admin1", "US", "WA", 47.5, -120.5, 7_000_000), []),
    (GazetteerEntry(3, None, "District of Columbia", "admin1", "US", "DC", 38.91, -77.01, 690_000),
     []),
    (GazetteerEntry(4, 4140963, "Washington", "city", "US", "DC", 38.9, -77.04, 689_545), []),
    (GazetteerEntry(5, None, "Florida", "admin1", "US", "FL", 28.75, -82.5, 20_000_000), []),
    (GazetteerEntry(6, 5812944, "Tacoma", "city", "US", "WA", 47.25, -122.44, 198_397), []),
    (GazetteerEntry(7, None, "Oregon", "admin1", "US", "OR", 44.0, -120.5, 4_000_000), []),
    (GazetteerEntry(8, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str]]) -> Doc:
    words, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_geocode_dc_after_a_comma_is_the_district(gaz: Gazetteer) -> None:
    quals = gaz.candidates("D.C.", qualifier=True)
    assert ("District of Columbia", "admin1") in [(q.name, q.feature) for q in quals]
    # listed with states, "Washington" alone would be the state; its qualifier says
    # it is the town in the district
    sdoc = _doc([("Crews", "O"), ("flew", "O"), ("to", "O"), ("Florida", "B-GPE"),
                 ("and", "O"), ("Washington", "B-GPE"), (",", "O"), ("D.C.", "B-GPE"),
                 (".", "O")])
    washington = [p for p in places(sdoc, gaz) if p.text == "Washington"]
    assert [(p.feature, p.admin1) for p in washington] == [("city", "District of Columbia")]


def test_geocode_one_sense_leaves_a_bare_name_read_as_the_state(gaz: Gazetteer) -> None:
    city, state = gaz.candidates("Washington")[:2]
    assert (city.feature, state.feature) == ("city", "admin1")
    qualified = Mention(0, 16, "Washington, D.C.", qualifier="D.C.", candidates=(city, state),
                        lookup="Washington", best=city)
    bare = Mention(40, 50, "Washington", candidates=(city, state), lookup="Washington",
                   best=state)
    one_sense([qualified, bare], gaz)
    assert bare.best == state  # "Washington, D.C." beside a report on the state
    # a bare name read as another town still takes the qualified one's place
    other = GazetteerEntry(99, None, "Washington", "city", "US", "WA", 47.0, -120.0, 500)
    bare = Mention(40, 50, "Washington", candidates=(city, other), lookup="Washington",
                   best=other)
    one_sense([qualified, bare], gaz)
    assert bare.best == city


def test_geocode_an_addressed_name_unknown_there_recurs_as_that_place(gaz: Gazetteer) -> None:
    # the index knows Dalton only in Georgia: "Dalton, Ore." is a town it lacks, and the
    # bare "Dalton" after it is the same town, not left out (nor put in Georgia)
    sdoc = _doc([("Crews", "O"), ("in", "O"), ("Dalton", "B-GPE"), (",", "O"),
                 ("Ore.", "B-GPE"), (",", "O"), ("waited", "O"), (".", "O"), ("Dalton", "O"),
                 ("has", "O"), ("few", "O"), ("roads", "O"), (".", "O")])
    dalton = [p for p in places(sdoc, gaz) if p.text == "Dalton"]
    assert len(dalton) == 2
    assert all(p.geonameid is None and p.admin1 is None for p in dalton)
