"""Why a namesake lost, for the ``by_ranking`` breakdown of ``eval geoparse``: for a
gold place resolved wrongly although a candidate of its name lay within 161 km, where
the right one and the one chosen stand against the article's own leading state (the
first-level division most of its other places lie in), whether the article names the
right one's state, how much larger the one chosen is, and whether either lies in a
county the text names ("X County"). Aggregate keys only, so that
the breakdown can be run on files read for scores only."""

from __future__ import annotations

from collections import Counter
from typing import Any

from warlog.evaluate.geocues import cues
from warlog.places.cues import CIVIC, PLACE_AFTER, RESIDENTS
from warlog.places.index import Gazetteer, GazetteerEntry


def missed_keys(corpus: str, text: str, g: dict[str, Any], known: str) -> list[str]:
    """For a gold place not detected: the words around it (the cues of ``by_cue``, each
    and the words before and after with the position together), apart for names the
    index holds and names it lacks."""
    where = "in index" if known.endswith("gold name in index") else "not in index"
    found = cues(text, g)
    pair = " / ".join(found[:2] + found[3:4])  # before, after and position together
    keys = [f"missed:{corpus}: {where}, {c}" for c in [*found, pair]]
    nxt = text[int(g["end"]):int(g["end"]) + 30].split()[:1]
    if nxt and nxt[0].islower():
        w = nxt[0].strip(".,;:")
        kind = ("residents" if w in RESIDENTS else "civic" if w in CIVIC else
                "place word" if w in PLACE_AFTER else "verb-like" if w.endswith(("s", "ed"))
                else "other")
        keys.append(f"missed:{corpus}: {where}, lower-case word after: {kind}")
    return keys


def _size(pop: int) -> str:
    return next((n for top, n in ((10_000, "<10k"), (100_000, "10k-100k"),
                                  (1_000_000, "100k-1M")) if pop < top), "1M+")


def _ratio_bin(big: int, small: int) -> str:
    r = max(big, 1) / max(small, 1)
    return "under 10x" if r < 10 else "10-100x" if r < 100 else "over 100x"


def state_keys(gaz: Gazetteer, right: GazetteerEntry, mine: GazetteerEntry | None,
               chosen: dict[str, Any], others: list[dict[str, Any]]) -> list[str]:
    """The keys described in the module docstring for one ranking miss."""
    states = Counter(
        (p.get("country_code"), p.get("admin1") if p.get("feature") != "admin1" else p.get("name"))
        for p in others
        if p.get("method") != "geocode.adjective.v1"
        and p.get("feature") in ("city", "admin2", "admin1") and p.get("country_code")
    )
    keys = []
    right_state = (right.country_code, gaz.admin1_name(right.country_code, right.admin1))
    mine_state = (chosen.get("country_code"), chosen.get("admin1") if
                  chosen.get("feature") != "admin1" else chosen.get("name"))
    if states:
        lead = states.most_common(1)[0][0]
        where = ("both in it" if right_state == lead and mine_state == lead else
                 "right one in it" if right_state == lead else
                 "chosen one in it" if mine_state == lead else "neither in it")
        keys += [f"leading state: {where}", f"leading state: {where}, {right.feature}"]
    named = {(p.get("country_code"), p.get("name")) for p in others if p.get("feature") == "admin1"}
    keys.append("right one's state named" if right_state in named else
                "right one's state not named")
    keys.append("chosen one's state named" if mine_state in named else
                "chosen one's state not named")
    if mine is None:
        keys.append(f"chosen {chosen.get('feature')}, right {right.feature}")
    else:
        if mine.population >= right.population:
            keys.append(f"chosen larger {_ratio_bin(mine.population, right.population)}")
        else:
            keys.append(f"chosen smaller {_ratio_bin(right.population, mine.population)}")
        keys.append(f"chosen {mine.feature}, right {right.feature}")
        if mine.country_code != right.country_code:
            big = "right one larger" if right.population > mine.population else \
                "chosen one larger"
            keys.append(f"other country: {big}, right one of {_size(right.population)}, "
                        f"chosen one of {_size(mine.population)}")
    return keys


def county_keys(text: str, gaz: Gazetteer, g: dict[str, Any],
                hits: list[dict[str, Any]]) -> list[str]:
    """For a gold town resolved wrongly: whether the right namesake, or the one chosen,
    lies in a county the text names (:mod:`warlog.places.counties`)."""
    from warlog.geo import haversine_km
    from warlog.places.counties import in_named_county, named_counties

    counties = named_counties(text)
    chosen = next((p for p in hits if p.get("lat") is not None), hits[0])
    name = str(chosen.get("text") or g["text"])
    right = [c for c in gaz.candidates(name) if c.feature == "city"
             and haversine_km(float(g["lat"]), float(g["lon"]), c.lat, c.lon) <= 161.0]
    if not right:
        return []
    if not counties:
        return ["county named: none"]
    mine = gaz.by_id(int(chosen["geonameid"])) if chosen.get("geonameid") else None
    r = any(in_named_county(c, name, counties) for c in right)
    m = mine is not None and in_named_county(mine, name, counties)
    return [f"county named: right one in it {r}, chosen one in it {m}"]
