"""A compass part of a country ("south-western Zorvia") places an event in that part, at
the middle of the country's provinces on that side, where the country would be its
place. Invented country ("Zorvia", code ZZ) and names ("Kessin", "Dalmora", "Vantor")."""

from __future__ import annotations

import pytest

from tests.unit.test_events_place_cues import _place
from warlog.events.compass import compass_parts, part_of, part_point
from warlog.places.index import GazetteerEntry

# Zorvia's provinces: a square of sixteen, one degree apart, around (35.5, 38.5)
_PROVINCES = {f"{i:02d}": (34.0 + (i // 4), 37.0 + (i % 4)) for i in range(16)}


class _Gazetteer:
    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        if name != "North Zorvia":
            return ()
        return (GazetteerEntry(99, None, name, "country", "NZ", "", 40.0, 38.0, 0),)

    def alias_targets(self, name: str) -> tuple[GazetteerEntry, ...]:
        return ()

    def admin1_codes(self, cc: str) -> tuple[str, ...]:
        return tuple(sorted(_PROVINCES)) if cc == "ZZ" else ()

    def admin1(self, cc: str, code: str) -> GazetteerEntry | None:
        lat, lon = _PROVINCES[code]
        return GazetteerEntry(int(code), None, f"P{code}", "admin1", cc, code, lat, lon, 0)


def _country(text: str, word: str = "Zorvia") -> object:
    p = _place(text, word, "country", "ZZ", 35.0, 38.0)
    return p


@pytest.mark.parametrize(("text", "lat", "lon"), [
    # south-west: the corner's four provinces
    ("A truce for south-western Zorvia held.", 34.5, 37.5),
    ("A truce for southwestern Zorvia held.", 34.5, 37.5),
    ("A truce for south west Zorvia held.", 34.5, 37.5),
    # north: the top row and the two middle provinces below it
    ("Jets struck villages in northern Zorvia.", 36.67, 38.5),
])
def test_events_compass_a_compass_word_before_a_country_names_its_part(
        text: str, lat: float, lon: float) -> None:
    parts = compass_parts([_country(text)], text, _Gazetteer())  # type: ignore[list-item]
    assert len(parts) == 1
    part = parts[0]
    assert part.text == text[text.index(part.text.split()[0]): text.index("Zorvia") + 6]
    assert part.feature == "region" and part.country_code == "ZZ"
    assert (round(part.lat or 0, 2), round(part.lon or 0, 2)) == (lat, lon)


@pytest.mark.parametrize("text", [
    "Jets struck villages in Zorvia.",  # no compass word
    "Jets struck villages in North Zorvia.",  # a compass word that is part of a name
    "Jets struck the northern Zorvian city of Dalmora.",  # the adjective: a demonym
    "Jets struck a village in western Zorvia's Kessin province.",  # the address of a province
    "Jets struck a village in western Zorvias Kessin province.",  # its apostrophe lost
])
def test_events_compass_no_part_without_a_compass_word_on_the_country_itself(text: str) -> None:
    word = "Zorvian" if "Zorvian" in text else "Zorvia"
    p = _place(text, word, "country", "ZZ", 35.0, 38.0)
    if word == "Zorvian":
        p = p.__class__(p.start, p.end, p.text, "Zorvia", p.lat, p.lon, None, "country", "ZZ",
                        None, 0.9)
    assert compass_parts([p], text, _Gazetteer()) == ()  # type: ignore[arg-type]


def test_events_compass_a_country_with_few_provinces_has_no_parts() -> None:
    assert part_point(_Gazetteer(), "YY", (1.0, 0.0)) is None  # type: ignore[arg-type]


def test_events_compass_the_part_stands_for_its_country_only() -> None:
    text = "A truce for south-western Zorvia held in Dalmora."
    zorvia = _country(text)
    dalmora = _place(text, "Dalmora", "city", "ZZ", 34.2, 37.1)
    parts = compass_parts([zorvia, dalmora], text, _Gazetteer())  # type: ignore[list-item]
    assert part_of(zorvia, parts) == parts[0]  # type: ignore[arg-type]
    assert part_of(dalmora, parts) is dalmora
    assert part_of(None, parts) is None


def _finer(text: str, head_at: int) -> object:
    """focus.finer_place for an agreement told in sentence ``head_at`` of ``text``, its
    place the compass part of the first sentence."""
    import spacy

    from warlog.events.detect import Candidate
    from warlog.events.focus import finer_place
    from warlog.events.triggers import cached_hits
    from warlog.events.types import Scored

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    head_sent = sents[head_at]
    hits = cached_hits(head_sent.text)
    head = Candidate(head_at, head_sent, Scored("AGREEMENT", 7.0, (("AGREEMENT", 7.0),), hits),
                     1.0)
    zorvia = _country(text)
    places = [zorvia, *(_place(text, name, feature, "ZZ", lat, lon)
                        for name, feature, lat, lon in (("Kessin", "admin1", 34.0, 37.0),
                                                        ("Vantor", "city", 36.0, 39.0))
                        if name in text)]
    part = compass_parts(places, text, _Gazetteer())[0]  # type: ignore[arg-type]
    return finer_place(part, [head_sent], sents[head_at:], head, places, [], "ZZ", text)


def test_events_compass_a_part_in_the_events_own_sentence_is_refined_as_its_country() -> None:
    """ "a truce for south-western Zorvia ... signed in Kessin province": the province the
    sentences going on to tell it name is where, as it would be for "Zorvia"."""
    text = ("A truce for south-western Zorvia was agreed on Monday. The truce was signed in "
            "Kessin province.")
    got = _finer(text, 0)
    assert got is not None and got.text == "Kessin"  # type: ignore[attr-defined]


def test_events_compass_a_part_an_act_refers_back_to_stands() -> None:
    """ "A truce for south-western Zorvia ... Shortly after the deal was agreed in July,
    ...": the deal is the truce, placed by the sentence before it; the sentences after
    it tell what followed (a later deal in Vantor), not where the truce was."""
    text = ("A truce for south-western Zorvia angered its neighbours. Shortly after the deal "
            "was agreed in July, the minister denounced it. In August, a deal was struck for "
            "Vantor.")
    assert _finer(text, 1) is None
