"""A town qualified by its province ("in La Pradera, Kessin") is a town of that province:
a namesake elsewhere in the country is looked up again there, else left unresolved.
Invented names throughout."""

from __future__ import annotations

from dataclasses import dataclass

from warlog.events.qualified import honour_divisions, split_lost_commas
from warlog.models import Place


@dataclass(frozen=True)
class _Entry:
    name: str
    feature: str
    country_code: str
    admin1: str
    lat: float
    lon: float
    geonameid: int | None = None
    population: int = 1000


class _Gazetteer:
    """Two towns called La Pradera (provinces 01 Kessin and 02 Dolan), one Ortiga (02)."""

    ENTRIES = (
        _Entry("La Pradera", "city", "ZZ", "02", 20.0, -100.0, 1),
        _Entry("La Pradera", "city", "ZZ", "01", 17.5, -101.0, 2),
        _Entry("Ortiga", "city", "ZZ", "02", 20.1, -100.1, 3),
    )

    def lookup(self, name: str, loose: bool = False) -> tuple[_Entry, ...]:
        return tuple(e for e in self.ENTRIES if e.name.lower() == name.lower())

    def admin1_name(self, cc: str, code: str) -> str | None:
        return {"01": "Kessin", "02": "Dolan"}.get(code)


def _place(text: str, word: str, feature: str | None, admin1: str | None,
           lat: float | None = None, lon: float | None = None, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    cc = "ZZ" if lat is not None else None
    return Place(start, start + len(word), word, word if lat is not None else None, lat, lon,
                 None, feature, cc, admin1, 0.9)


def _kessin(text: str) -> Place:
    return _place(text, "Kessin", "admin1", "Kessin", 17.6, -99.6)


def test_a_namesake_outside_the_named_province_is_found_again_inside_it() -> None:
    text = "On 2 May, in the municipality of Vado (coded to La Pradera), Kessin, drones struck."
    wrong = _place(text, "La Pradera", "city", "Dolan", 20.0, -100.0)
    got = honour_divisions([wrong, _kessin(text)], text, _Gazetteer())
    assert (got[0].lat, got[0].admin1) == (17.5, "Kessin")


def test_every_mention_of_the_name_follows_the_qualified_one() -> None:
    text = "In La Pradera, Kessin, drones struck. Houses burned in La Pradera and Vado."
    places = [_place(text, "La Pradera", "city", "Dolan", 20.0, -100.0), _kessin(text),
              _place(text, "La Pradera", "city", "Dolan", 20.0, -100.0, nth=1)]
    got = honour_divisions(places, text, _Gazetteer())
    assert [p.admin1 for p in got] == ["Kessin", "Kessin", "Kessin"]


def test_a_name_with_no_namesake_in_the_province_is_left_unresolved() -> None:
    # a longer address: village, township, district, then the province in brackets
    text = "On 9 May, in Ortiga village (Vado township, Mira district, Kessin region), a drone hit."
    got = honour_divisions([_place(text, "Ortiga", "city", "Dolan", 20.1, -100.1),
                            _kessin(text)], text, _Gazetteer())
    assert got[0].lat is None and got[0].name is None
    assert got[1].name == "Kessin"


def test_a_town_already_in_its_province_or_not_qualified_is_kept() -> None:
    text = "In La Pradera, Dolan, drones struck."
    right = _place(text, "La Pradera", "city", "Dolan", 20.0, -100.0)
    dolan = _place(text, "Dolan", "admin1", "Dolan", 20.2, -100.2)
    assert honour_divisions([right, dolan], text, _Gazetteer())[0] is right
    # "X and Y": a list, not an address; and a province named in another sentence
    for text in ("Drones struck La Pradera and Kessin.", "Drones hit La Pradera. Kessin, too."):
        town = _place(text, "La Pradera", "city", "Dolan", 20.0, -100.0)
        assert honour_divisions([town, _kessin(text)], text, _Gazetteer())[0] is town


class _Provinces:
    """Kessin, a province of ZZ; Bashkor, a province of YY."""

    def lookup(self, name: str, loose: bool = False) -> tuple[_Entry, ...]:
        table = {"kessin": _Entry("Kessin", "admin1", "ZZ", "01", 35.9, 36.6),
                 "bashkor": _Entry("Bashkor", "admin1", "YY", "02", 54.0, 56.0)}
        hit = table.get(name.lower())
        return (hit,) if hit else ()


def test_a_run_that_lost_its_comma_is_a_town_then_its_province() -> None:
    """"in Saraqeb Idlib province" (wire copy lost the comma): Saraqeb, Idlib."""
    text = "Barrels of gas fell on people in Vado Kessin province, in Zorvia."
    run = Place(text.index("Vado"), text.index(" province"), "Vado Kessin", None, None, None,
                None, None, None, None, 0.0)
    zorvia = _place(text, "Zorvia", "country", None, 35.0, 38.0)
    got = split_lost_commas([run, zorvia], _Provinces())
    assert [(p.text, p.name, p.feature) for p in got[:2]] == [
        ("Vado", None, None), ("Kessin", "Kessin", "admin1")]
    assert text[got[1].start : got[1].end] == "Kessin"


def test_a_division_full_name_or_a_province_abroad_is_not_split() -> None:
    text = "Deputies from the Republic of Bashkor, near Vado Kessin, in Zorvia."
    zorvia = _place(text, "Zorvia", "country", None, 35.0, 38.0)
    republic = Place(text.index("Republic"), text.index(","), "Republic of Bashkor", None,
                     None, None, None, None, None, None, 0.0)
    assert split_lost_commas([republic, zorvia], _Provinces())[0] is republic
    # "Vado Bashkor": Bashkor is a province of a country the report never names
    text = "Drones hit Vado Bashkor in Zorvia."
    run = Place(11, 23, "Vado Bashkor", None, None, None, None, None, None, None, 0.0)
    zorvia = _place(text, "Zorvia", "country", None, 35.0, 38.0)
    assert split_lost_commas([run, zorvia], _Provinces())[0] is run
