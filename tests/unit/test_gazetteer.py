"""Gazetteer: name keys, the index, aliases, and (marked ``model``) the full GeoNames
index built once per session by the ``full_gazetteer`` fixture."""

from __future__ import annotations

import math
import pickle
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from warlog.config import Settings
from warlog.errors import GazetteerUnavailable
from warlog.places import gazetteer as gz
from warlog.places import load as places_load
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import load_gazetteer, open_index
from warlog.places.names import admin_variants, loose_key, name_key, usable_alternate

TINY = [
    (GazetteerEntry(1, 163843, "Syria", "country", "SY", "", 35.0, 38.0, 16_906_283), []),
    (GazetteerEntry(2, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_167_434),
     ["America"]),
    (GazetteerEntry(3, None, "Hama", "admin1", "SY", "10", 35.2, 36.8, 754_036), []),
    (GazetteerEntry(4, None, "Massachusetts", "admin1", "US", "MA", 42.4, -71.1, 6_900_000), []),
    (GazetteerEntry(5, None, "Illinois", "admin1", "US", "IL", 40.0, -89.3, 12_800_000), []),
    (GazetteerEntry(6, 170017, "Ḩamāh", "city", "SY", "10", 35.13, 36.76, 460_602), ["Hama"]),
    (GazetteerEntry(7, 168668, "‘Uqayribāt", "city", "SY", "10", 35.04, 37.46, 0), []),
    (GazetteerEntry(8, 4250542, "Springfield", "city", "US", "IL", 39.80, -89.64, 116_565), []),
    (GazetteerEntry(9, 4951788, "Springfield", "city", "US", "MA", 42.10, -72.59, 155_929), []),
    (GazetteerEntry(10, 170794, "Deir ez-Zor", "city", "SY", "07", 35.34, 40.14, 271_800),
     ["Deir al-Zor"]),
]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture
def tiny(tmp_path: Path, settings: Settings) -> Gazetteer:
    path = gz.write_index(tmp_path / "tiny.sqlite", TINY)
    return open_index(path, settings)


@pytest.mark.parametrize(("a", "b"), [
    ("Deir el-Zour", "Deir ez-Zor"), ("Deir ez-Zore", "Deir ez-Zor"),
    ("Deir al-Zor", "Deir ez-Zor"), ("Nassirijah", "Nasiriyah"), ("Hassaka", "Al-Hasakah"),
    ("Qamishli", "Kamishli"), ("Fallujah", "Falluja"),
])
def test_gazetteer_loose_key_joins_transliterations(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(("name", "key"), [
    ("Al-Hasakah", "hasakah"), ("the Netherlands", "netherlands"), ("Zürich", "zurich"),
    ("Tall ‘Afar", "tall afar"), ("Trinidad & Tobago", "trinidad and tobago"),
    ("ar-Raqqah", "raqqah"), ("Al", "al"),
])
def test_gazetteer_name_key_drops_articles_accents_and_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


def test_gazetteer_admin_variants_strip_generic_words() -> None:
    assert "Basra" in admin_variants("Basra Governorate")
    assert "Karbala" in admin_variants("Muhafazat Karbala")
    assert admin_variants("Hama") == ["Hama"]


@pytest.mark.parametrize(("name", "ok"), [
    ("Palmyra", True), ("Dair az-Zaur", True), ("DEZ", False), ("alnasryh", False),
    ("دير الزور", False), ("Ракка", False),
])
def test_gazetteer_keeps_only_usable_alternate_names(name: str, ok: bool) -> None:
    assert usable_alternate(name) is ok


def test_gazetteer_resolves_aliases_and_variants(tiny: Gazetteer) -> None:
    akerbat = tiny.resolve("Akerbat")
    assert akerbat is not None and akerbat.name == "‘Uqayribāt"
    deir = tiny.resolve("Deir el-Zour")
    assert deir is not None and deir.geonameid == 170794
    assert tiny.resolve("U.S.") == tiny.country("US")
    assert tiny.resolve("Atlantis") is None


def test_gazetteer_a_country_named_x_and_y_is_called_by_its_parts(
    tmp_path: Path, settings: Settings
) -> None:
    gaz = open_index(gz.write_index(tmp_path / "parts.sqlite", [
        (GazetteerEntry(1, 3277605, "Bosnia and Herzegovina", "country", "BA", "", 44.25,
                        17.83, 3_507_017), []),
        (GazetteerEntry(2, 3575174, "Saint Kitts and Nevis", "country", "KN", "", 17.33,
                        -62.75, 52_715), []),
    ]), settings)
    for name, cc in (("Bosnia", "BA"), ("Herzegovina", "BA"), ("Nevis", "KN"),
                     ("St. Kitts", "KN")):
        hit = gaz.resolve(name)
        assert hit is not None and hit.country_code == cc, name


def test_gazetteer_country_and_admin1_names(tiny: Gazetteer) -> None:
    assert tiny.country_name("sy") == "Syria"
    assert tiny.admin1_name("SY", "10") == "Hama"
    assert tiny.admin1_name("SY", "99") is None
    assert tiny.country_name("ZZ") is None


def test_gazetteer_resolve_within_country(tiny: Gazetteer) -> None:
    hit = tiny.resolve("Springfield", country_code="US")
    assert hit is not None and hit.country_code == "US"
    assert tiny.resolve("Springfield", country_code="SY") is None


def test_gazetteer_prefers_town_over_division_named_after_it(tiny: Gazetteer) -> None:
    hama = tiny.resolve("Hama")
    assert hama is not None and hama.feature == "city"


def test_gazetteer_state_codes_count_only_as_qualifiers(tiny: Gazetteer) -> None:
    assert tiny.alias_targets("MA") == ()
    assert tiny.alias_targets("MA", qualifier=True) == (tiny.admin1("US", "MA"),)
    assert tiny.alias_targets("Mass.") == (tiny.admin1("US", "MA"),)


def test_gazetteer_adjectives(tiny: Gazetteer) -> None:
    assert tiny.adjective("Syrian") == tiny.country("SY")
    assert tiny.adjective("Syrians") is None


def test_gazetteer_user_aliases_extend_the_bundled_table(
        tmp_path: Path, settings: Settings) -> None:
    extra = tmp_path / "aliases.tsv"
    extra.write_text("# mine\nSpringers\tSpringfield\tUS\tcity\n", encoding="utf-8")
    path = gz.write_index(tmp_path / "t.sqlite", TINY)
    g = open_index(path, Settings(cache_dir=str(tmp_path), aliases_file=str(extra)))
    hit = g.resolve("Springers")
    assert hit is not None and hit.name == "Springfield"


def test_gazetteer_missing_aliases_file_says_so(tmp_path: Path) -> None:
    path = gz.write_index(tmp_path / "t.sqlite", TINY)
    with pytest.raises(GazetteerUnavailable, match="aliases_file"):
        open_index(path, Settings(cache_dir=str(tmp_path), aliases_file="/nope.tsv"))


def test_gazetteer_unreadable_index_says_how_to_rebuild(tmp_path: Path,
                                                        settings: Settings) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(GazetteerUnavailable, match="gazetteer build --force"):
        open_index(str(bad), settings)


def test_gazetteer_survives_pickling(tiny: Gazetteer) -> None:
    again = pickle.loads(pickle.dumps(tiny))
    assert again.resolve("Akerbat") == tiny.resolve("Akerbat")


def test_gazetteer_built_on_first_use(monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path / "empty-cache"))
    calls: list[bool] = []

    def fake_build(s: Settings, force: bool = False) -> str:
        calls.append(force)
        path = gz.index_path(s)
        path.parent.mkdir(parents=True, exist_ok=True)
        return gz.write_index(path, TINY)

    monkeypatch.setattr(places_load, "build_gazetteer", fake_build)
    g = load_gazetteer(settings)
    assert calls == [False]
    assert g.country_name("SY") == "Syria"
    load_gazetteer(settings)
    assert calls == [False]
    with closing(sqlite3.connect(gz.index_path(settings))) as con, con:  # as if older
        con.execute("UPDATE meta SET value = 'old' WHERE key = 'source'")
    load_gazetteer(settings)
    assert calls == [False, True]


# ------------------------------------------------------------------ the full index


@pytest.mark.model
@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Raqqa", 35.953, 39.008), ("Nasiriyah", 31.058, 46.257), ("Nassirijah", 31.058, 46.257),
    ("Akerbat", 35.043, 37.464), ("Deir ez-Zor", 35.336, 40.141),
    ("Deir el-Zour", 35.336, 40.141), ("Deir al-Zor", 35.336, 40.141),
    ("Deir ez-Zore", 35.336, 40.141), ("Tal Afar", 36.379, 42.448),
    ("Qalamoun Mountains", 34.0, 36.6), ("Qamishli", 37.052, 41.231),
    ("Hassaka", 36.502, 40.748), ("Mosul", 36.335, 43.119), ("Fallujah", 33.349, 43.786),
    ("Najaf", 32.026, 44.346), ("Karbala", 32.616, 44.025), ("Manchester", 53.481, -2.237),
    ("Marawi", 8.003, 124.284), ("Tokyo", 35.69, 139.692), ("Hama governorate", 35.2, 36.8),
    ("Daraa", 32.62, 36.1), ("Beirut", 33.893, 35.502), ("Syria", 35.0, 38.0),
    ("Iraq", 33.0, 44.0), ("Euphrates valley", 35.0, 40.5),
])
def test_gazetteer_full_index_resolves_seed_places(full_gazetteer: Gazetteer, name: str,
                                                   lat: float, lon: float) -> None:
    hit = full_gazetteer.resolve(name)
    assert hit is not None, name
    assert km((hit.lat, hit.lon), (lat, lon)) < 40, (name, hit)


@pytest.mark.model
def test_gazetteer_full_index_names_countries_and_divisions(full_gazetteer: Gazetteer) -> None:
    assert full_gazetteer.country_name("IQ") == "Iraq"
    mosul = full_gazetteer.resolve("Mosul")
    assert mosul is not None and full_gazetteer.admin1_name("IQ", mosul.admin1) == "Ninawa"
    hama = full_gazetteer.resolve("Hama governorate")
    assert hama is not None and hama.feature == "admin1"
    assert full_gazetteer.resolve("Texas", country_code="US") == full_gazetteer.admin1("US", "TX")


@pytest.mark.model
@pytest.mark.parametrize(("name", "cc", "code"), [
    ("Duhok", "IQ", "08"), ("Logar", "AF", "17"), ("Nuristan", "AF", "38"),
    ("Galgaduud", "SO", "05"), ("Socotra", "YE", "28"),
])
def test_gazetteer_provinces_as_acled_spells_them(full_gazetteer: Gazetteer, name: str,
                                                 cc: str, code: str) -> None:
    """ACLED's and GTD's spelling of a province GeoNames spells otherwise ("Duhok" for
    Dahuk) names the province, so "(Al Amadiya, Duhok)" is found as a place."""
    assert full_gazetteer.resolve(name) == full_gazetteer.admin1(cc, code)


def test_gazetteer_shared_between_threads(tiny: Gazetteer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["Akerbat", "Springfield", "Hama", "Deir el-Zour", "U.S.", "Atlantis"] * 50
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(tiny.resolve, names))
    assert got == [tiny.resolve(n) for n in names]


@pytest.mark.model
@pytest.mark.parametrize("name", ["Ghoutta", "Eastern Ghoutta", "Ghuta"])
def test_gazetteer_ghouta_as_reports_spell_it(full_gazetteer: Gazetteer, name: str) -> None:
    """The Damascus countryside's Ghouta in the spellings reports use ("the Ghoutta
    Massacre"): an alias makes the name strong enough to be found inside an event's name."""
    hit = full_gazetteer.resolve(name)
    assert hit is not None and hit.name == "Eastern Ghouta", hit


@pytest.mark.model
@pytest.mark.parametrize(("name", "cc", "admin1"), [
    ("Deir Ezour", "SY", "07"), ("Marat Al Noman", "SY", "12"), ("Kfar Zeita", "SY", "10"),
])
def test_gazetteer_syrian_towns_as_al_manar_and_sana_spell_them(
    full_gazetteer: Gazetteer, name: str, cc: str, admin1: str
) -> None:
    """Spellings of Syrian towns that GeoNames' alternate names and the loose key miss
    ("Deir Ezour", one z): without them the town, and often its event, is lost."""
    hit = full_gazetteer.resolve(name)
    assert hit is not None and (hit.country_code, hit.admin1) == (cc, admin1), hit
