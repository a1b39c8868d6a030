"""Read access to the place index that :mod:`warlog.places.gazetteer` builds.

:class:`Gazetteer` answers name lookups (by exact key, alias, adjective or transliteration
key) from the SQLite file, with a small cache; countries and first-level divisions are
kept in memory. It is the interface other stages use (see docs/places.md).
"""

from __future__ import annotations

import functools
import math
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from warlog.errors import GazetteerUnavailable
from warlog.places import names as placenames

# the keys are pure functions of the name, asked for again and again per document
name_key = functools.lru_cache(maxsize=1 << 16)(placenames.name_key)
loose_key = functools.lru_cache(maxsize=1 << 16)(placenames.loose_key)

# a higher cost (1.0: "Kelly" as Kelly, NC over Harvest, AL, whose alternate name it is)
# cost a conflict town known in English by a GeoNames alternate name (docs/places.md)
ALTERNATE_COST = 0.3
FEATURE_PRIOR = {
    "country": 12.0,
    "continent": 11.0,
    "region": 10.0,
    "water": 10.0,
    "river": 10.0,
    "mountain": 10.0,
    "landmark": 10.0,
}

# below a town of the same population: divisions, and the features an import adds
# (warlog.places.imports) when asked for classes beyond towns and divisions
FEATURE_COST = {"admin1": 1.0, "admin2": 1.2, "admin3": 1.2, "spot": 0.5, "terrain": 0.5,
                "hydro": 0.5, "area": 0.5, "road": 0.5, "vegetation": 0.5, "undersea": 0.5}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the index. ``geonameid`` is None for divisions and regions that
    warlog derived itself; ``admin1`` is the GeoNames first-level division code."""

    id: int
    geonameid: int | None
    name: str
    feature: str  # country | admin1 | admin2 | city | continent | region | water | ...
    country_code: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Alias:
    """A curated name: ``text`` stands for ``target`` (a name, or a country code when
    ``feature`` is "country") in country ``cc``."""

    text: str
    target: str
    cc: str
    feature: str

    @property
    def exact(self) -> bool:
        """Abbreviations ("Va.", "NJ") match only their exact spelling."""
        return "." in self.text or (self.text.isupper() and len(self.text) <= 5)

    @property
    def qualifier_only(self) -> bool:
        """Two-letter state codes ("NJ") count only after a comma: "Paterson, NJ"; so do
        the abbreviations that are also a word or a name ("Me.", "Man.", "Ida.")."""
        return self.feature == "admin1" and (
            (len(self.text) == 2 and self.text.isupper()) or self.text in WORDLIKE)


# a state's or province's abbreviation that is also a word or a name at a sentence's end
# ("told me.", "the Iron Man.", "said Ida."): read as the division only after "Town, "
WORDLIKE = frozenset({"Me.", "Man.", "Ida.", "Penn."})


# a transliteration guess (the loose key) only reaches towns this big, and a spelling
# that names a town this big abroad is that town's own (events.places.reresolve)
WELL_KNOWN = 20_000
_COLS = "p.id, p.geonameid, p.name, p.feature, p.cc, p.admin1, p.lat, p.lon, p.population"


class Gazetteer:
    """Read access to the index, plus the alias and adjective tables.

    Stable methods for other stages: :meth:`resolve`, :meth:`candidates`,
    :meth:`country`, :meth:`country_name`, :meth:`admin1`, :meth:`admin1_name`,
    :meth:`adjective`. Safe to share between threads (one read-only connection) and to
    pickle (it reopens the file).
    """

    def __init__(self, path: str, aliases: list[Alias], adjectives: list[Alias]) -> None:
        self.path = path
        self._aliases_src = (aliases, adjectives)
        try:
            self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self._countries = {r[0]: r[1] for r in self._con.execute("SELECT cc, id FROM country")}
            self._admin1 = {
                (r[0], r[1]): r[2] for r in self._con.execute("SELECT cc, code, id FROM admin1")
            }
        except sqlite3.Error as exc:
            raise GazetteerUnavailable(
                f"gazetteer at {path} is unreadable ({exc}); "
                'rebuild it with "warlog gazetteer build --force"'
            ) from exc
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], tuple[GazetteerEntry, ...]] = {}
        # alias_targets and candidates per (kind, name, qualifier): pure, asked again and again
        self._kept: dict[tuple[str, str, bool], tuple[GazetteerEntry, ...]] = {}
        self._by_id: dict[int, GazetteerEntry] = {}
        self._exact: dict[str, list[Alias]] = defaultdict(list)
        self._keyed: dict[str, list[Alias]] = defaultdict(list)
        for a in aliases:
            (self._exact[a.text] if a.exact else self._keyed[name_key(a.text)]).append(a)
        self._adjectives = {a.text: a for a in adjectives}

    def close(self) -> None:
        """Close the index file (a closed gazetteer answers no more queries)."""
        con = getattr(self, "_con", None)
        if con is not None:
            con.close()

    def __del__(self) -> None:  # the connection is the gazetteer's own: never left open
        self.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "src": self._aliases_src}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], *state["src"])  # type: ignore[misc]

    def _query(self, sql: str, args: tuple[object, ...]) -> tuple[GazetteerEntry, ...]:
        with self._lock:  # one connection shared by threads: one query at a time
            rows = self._con.execute(sql, args).fetchall()
        return tuple(GazetteerEntry(*r) for r in rows)

    def by_id(self, pid: int) -> GazetteerEntry | None:
        if pid not in self._by_id:
            got = self._query(f"SELECT {_COLS} FROM place p WHERE p.id = ?", (pid,))
            if not got:
                return None
            self._by_id[pid] = got[0]
        return self._by_id[pid]

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        """Places filed under ``name``'s key (or its loose key), most populous first."""
        key = loose_key(name) if loose else name_key(name)
        ck = ("l" if loose else "n", key)
        if ck not in self._cache:
            table = "loose" if loose else "name"
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[ck] = self._query(
                f"SELECT {_COLS} FROM {table} n JOIN place p ON p.id = n.id "
                "WHERE n.key = ? ORDER BY p.population DESC LIMIT 60",
                (key,),
            )
        return self._cache[ck]

    def official(self, entry: GazetteerEntry, name: str) -> bool:
        """Whether ``name`` is the entry's main name rather than an alternate."""
        return name_key(entry.name) == name_key(name)

    def _target(self, alias: Alias) -> GazetteerEntry | None:
        if alias.feature == "country" and alias.cc:
            return self.country(alias.cc)
        for e in self.lookup(alias.target):
            if (not alias.cc or e.country_code == alias.cc) and (
                not alias.feature or e.feature == alias.feature
            ):
                return e
        return None

    def _kept_answer(self, kind: str, name: str, qualifier: bool,
                     answer: Callable[[str, bool], tuple[GazetteerEntry, ...]]
                     ) -> tuple[GazetteerEntry, ...]:
        """``answer(name, qualifier)``, kept: the alias table never changes once read and
        an index query answers the same each time, so a name's entries are worked out once
        (places, events and the repeats pass ask the same names again and again)."""
        ck = (kind, name, qualifier)
        got = self._kept.get(ck)
        if got is None:
            if len(self._kept) > 20_000:
                self._kept.clear()
            got = self._kept[ck] = answer(name, qualifier)
        return got

    def alias_targets(self, text: str, qualifier: bool = False) -> tuple[GazetteerEntry, ...]:
        """Entries that the alias table gives for ``text`` (exact spelling, then key)."""
        return self._kept_answer("alias", text, qualifier, self._alias_targets)

    def _alias_targets(self, text: str, qualifier: bool) -> tuple[GazetteerEntry, ...]:
        found = [a for a in self._exact.get(text.strip(), []) if qualifier or not a.qualifier_only]
        found += self._keyed.get(name_key(text), [])
        out = [t for t in (self._target(a) for a in found) if t is not None]
        return tuple(dict.fromkeys(out))

    def adjective(self, text: str) -> GazetteerEntry | None:
        """The place an adjective names ("Syrian", "SYRIAN" -> Syria), or None."""
        a = self._adjectives.get(text)
        if a is None and text.isupper():
            a = self._adjectives.get(text.title())
        return self._target(a) if a is not None else None

    def candidates(self, name: str, qualifier: bool = False) -> tuple[GazetteerEntry, ...]:
        """Every place ``name`` may denote: aliases first, then the index by key, then by
        loose key when nothing else matched."""
        return self._kept_answer("candidates", name, qualifier, self._candidates)

    def _candidates(self, name: str, qualifier: bool) -> tuple[GazetteerEntry, ...]:
        out = self.alias_targets(name, qualifier) + self.lookup(name)
        if not out:  # a transliteration guess: only for well-known places
            out = tuple(
                c
                for c in self.lookup(name, loose=True)
                if c.population >= WELL_KNOWN or c.feature in FEATURE_PRIOR or c.feature == "admin1"
            )
        return tuple(dict.fromkeys(out))

    def prior(self, entry: GazetteerEntry, name: str, aliased: bool = False) -> float:
        """Context-free score of ``entry`` as the meaning of ``name``: countries, then
        curated regions, then divisions and towns by population (a division needs about
        five times a town's population to beat it); curated aliases add 3, an alternate
        name costs ALTERNATE_COST, a transliteration-only (loose) match 1.5."""
        base = FEATURE_PRIOR.get(entry.feature)
        if base is None:
            pop = math.log10(max(entry.population, 1000))
            base = pop - FEATURE_COST.get(entry.feature, 0.0)
        if aliased:
            return base + 3.0
        if name_key(entry.name) == name_key(name):
            return base
        if name_key(name) and loose_key(name) == loose_key(entry.name):
            return base - 0.5
        return base - (ALTERNATE_COST if self._has_key(entry, name) else 1.5)

    def _has_key(self, entry: GazetteerEntry, name: str) -> bool:
        return entry in self.lookup(name)

    def resolve(self, name: str, country_code: str | None = None) -> GazetteerEntry | None:
        """The likeliest place for a bare name, optionally within one country (by
        :meth:`prior`: a country, a curated region, else the most populous match)."""
        cands = [
            c
            for c in self.candidates(name)
            if country_code is None or c.country_code == country_code.upper()
        ]
        if not cands:
            return None
        aliased = set(self.alias_targets(name))
        return max(cands, key=lambda c: self.prior(c, name, c in aliased))

    def country(self, cc: str) -> GazetteerEntry | None:
        pid = self._countries.get(cc.upper())
        return self.by_id(pid) if pid is not None else None

    def country_name(self, cc: str) -> str | None:
        e = self.country(cc)
        return e.name if e else None

    def admin1(self, cc: str, code: str) -> GazetteerEntry | None:
        pid = self._admin1.get((cc.upper(), code))
        return self.by_id(pid) if pid is not None else None

    def admin1_name(self, cc: str, code: str) -> str | None:
        e = self.admin1(cc, code)
        return e.name if e else None

    def admin1_codes(self, cc: str) -> tuple[str, ...]:
        """The codes of a country's first-level divisions, in code order."""
        return tuple(sorted(code for c, code in self._admin1 if c == cc.upper()))
