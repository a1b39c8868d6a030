"""The actor dictionary: bundled data, user additions, and a token trie over every alias;
:class:`ActorDictionary` holds them and :func:`load_actor_dictionary` builds it.

Data files (``src/warlog/data``):

- ``actors.jsonl``: one actor a line, ``{"name", "kind", "country", "parent", "aliases"}``;
  ``kind`` is one of ACLED's actor types (see :class:`warlog.models.ActorKind`).
- ``countries.tsv``: countries with demonyms, other names and place hints; every country
  gets generated "Military Forces of X" and "Police Forces of X" actors.

A user file (setting ``actors_file``) in the same JSON Lines form is merged over these: a
line whose ``name`` is already known adds its aliases and overrides the fields it sets.

Matching works on word tokens, so "Al-Qa'ida", "al Qaida" and "AL-QAIDA" meet at the same
key. Aliases written without lower-case letters ("IS", "AQAP", "U.S.") or with inner
capitals ("LeT") must match with the same capitals. A trailing "(Country)" on an alias is
a qualifier: "Republican Guard (Syria)" is looked up as "Republican Guard", and chosen
for Syrian documents when another actor shares the alias.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from warlog.config import Settings
from warlog.errors import WarlogError, json_reason
from warlog.models import ActorKind

INTERNATIONAL = "International"
BREAK = "\x00"  # token key of sentence punctuation: no alias spans it
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’ʼ`]+|[.,;:!?\"“”«»\[\]]")
_POSSESSIVE = re.compile(r"['’ʼ`]s$", re.IGNORECASE)
_QUALIFIER = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
_THE = (
    "United States",
    "United Kingdom",
    "United Arab Emirates",
    "Central African Republic",
    "Philippines",
    "Netherlands",
)


class Token(NamedTuple):
    """One word of a text (a named tuple: a report has thousands, and a frozen dataclass
    costs several times as much to build; both are immutable and compare by value)."""

    start: int
    end: int
    text: str
    key: str  # normalised: lower case, no accents, apostrophes or dots; BREAK for punctuation
    cased: str  # the same without lower-casing, for aliases that must match capitals


def _fold(text: str) -> str:
    text = _POSSESSIVE.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "'’ʼ`.")


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with offsets; sentence punctuation becomes a BREAK token.
    Each Token is made by ``tuple.__new__`` itself, as the named tuple's own constructor
    makes it, without that constructor's Python frame (a report has thousands)."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        raw = m.group()
        keys = _word_keys(raw)
        if keys is not None:
            start, end = m.span()
            append(_new_tuple(Token, (start, end, raw, keys[0], keys[1])))
    return out


_new_tuple = tuple.__new__


@functools.lru_cache(maxsize=1 << 16)
def _word_keys(raw: str) -> tuple[str, str] | None:
    """(key, cased) of one matched word: BREAK for a lone punctuation mark, None for a
    word nothing is left of once folded ("'")."""
    if len(raw) == 1 and not raw[0].isalnum() and raw != "_":
        return BREAK, BREAK
    folded, key = _keys(raw)
    return (key, folded) if folded else None


@functools.lru_cache(maxsize=1 << 16)
def _keys(raw: str) -> tuple[str, str]:
    """(folded, lower-case folded) of one word; the same words recur in every text."""
    folded = _fold(raw)
    return folded, folded.lower()


_OWNER = re.compile(r"(\w)['’ʼ`]s\b")


def apostrophe_lost(alias: str) -> tuple[str, ...]:
    """The alias as a text that lost its apostrophes writes it: "Assad's forces" is also
    "Assads forces" (scraped corpora drop them, as the parser's own "Syrias" rule in
    ``nlp/load.py`` knows). Empty when the alias has no possessive."""
    lost = _OWNER.sub(r"\1s", alias)
    return (lost,) if lost != alias else ()


def alias_key(alias: str) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """(lower-case key, cased form or None) of an alias."""
    toks = tokenize(alias)
    key = tuple(t.key for t in toks)
    letters = [c for c in alias if c.isalpha()]
    no_lower = bool(letters) and not any(c.islower() for c in letters)
    inner_caps = len(toks) == 1 and any(c.isupper() for c in alias[1:]) and len(alias) <= 6
    cased = tuple(t.cased for t in toks) if (no_lower or inner_caps) else None
    return key, cased


@dataclass(frozen=True, slots=True)
class Actor:
    """One dictionary entry."""

    name: str
    kind: ActorKind
    country: str | None
    parent: str | None
    aliases: tuple[str, ...]
    generated: bool = False


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    demonyms: tuple[str, ...]
    other_names: tuple[str, ...]
    hints: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a trie path leads to: an actor (by index) or a country marker."""

    target: int
    cased: tuple[str, ...] | None
    qualifier: str | None  # country named in a "(Country)" qualifier
    alias: str
    role: str = "alias"  # for country markers: "name", "demonym" or "hint"


@dataclass(slots=True)
class Node:
    children: dict[str, Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class Trie:
    """Token trie; ``matches`` walks it from one position."""

    root: Node = field(default_factory=Node)
    size: int = 0

    def add(self, key: tuple[str, ...], entry: Entry) -> None:
        if not key:
            return
        node = self.root
        for part in key:
            node = node.children.setdefault(part, Node())
        # one entry per actor, and per country it is qualified for ("(Iraq)", "(Syria)")
        if all((e.target, e.qualifier) != (entry.target, entry.qualifier) for e in node.entries):
            node.entries.append(entry)
            self.size += 1

    def matches(self, toks: list[Token], i: int) -> list[tuple[int, list[Entry]]]:
        """(end token index, entries) of every key starting at token i, longest first."""
        if i >= len(toks) or toks[i].key not in self.root.children:
            return []  # most words begin no key: nothing to build
        found: list[tuple[int, list[Entry]]] = []
        node = self.root
        j = i
        while j < len(toks):
            nxt = node.children.get(toks[j].key)
            if nxt is None:
                break
            node, j = nxt, j + 1
            if node.entries:
                found.append((j, node.entries))
        found.reverse()
        return found


def cased_ok(toks: list[Token], i: int, j: int, entry: Entry) -> bool:
    if entry.cased is None:
        return True
    if tuple(t.cased for t in toks[i:j]) != entry.cased:
        return False
    # "THIS IS WAR": an acronym inside a run of capitals is not one.
    before = toks[i - 1].cased if i > 0 else ""
    after = toks[j].cased if j < len(toks) else ""
    return not (len(before) > 1 and before.isupper() and len(after) > 1 and after.isupper())


def military_name(country: str) -> str:
    return f"Military Forces of {'the ' if country in _THE else ''}{country}"


def police_name(country: str) -> str:
    return f"Police Forces of {'the ' if country in _THE else ''}{country}"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def read_countries(lines: Iterable[str]) -> list[Country]:
    out: list[Country] = []
    for line in lines:
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        cells = [*line.rstrip("\n").split("\t"), "", "", ""][:4]
        out.append(Country(cells[0].strip(), _split(cells[1]), _split(cells[2]), _split(cells[3])))
    return out


def read_actor_lines(lines: Iterable[str], path: str) -> list[dict[str, object]]:
    """Parse a JSON Lines actor file; blank lines and lines starting with # are skipped."""
    rows: list[dict[str, object]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line.rstrip("\r\n"))  # the line's own end is no control character
        except json.JSONDecodeError as exc:
            raise WarlogError(f"{path}:{n}: {json_reason(exc)}") from exc
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise WarlogError(f'{path}:{n}: expected an object with a "name"')
        kind = row.get("kind")
        if kind is not None and kind not in {k.value for k in ActorKind}:
            allowed = ", ".join(k.value for k in ActorKind)
            raise WarlogError(f"{path}:{n}: unknown kind {kind!r}; use one of: {allowed}")
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise WarlogError(f'{path}:{n}: "aliases" must be a list of strings')
        rows.append(row)
    return rows


def generated_forces(countries: list[Country]) -> list[dict[str, object]]:
    """A military and a police actor for every country."""
    rows: list[dict[str, object]] = []
    for c in countries:
        rows.append(
            {
                "name": military_name(c.name),
                "kind": ActorKind.STATE_FORCES.value,
                "country": c.name,
                "aliases": [f"Armed Forces of {c.name}"],
                "generated": True,
            }
        )
        rows.append(
            {
                "name": police_name(c.name),
                "kind": ActorKind.STATE_FORCES.value,
                "country": c.name,
                "aliases": [],
                "generated": True,
            }
        )
    return rows


def merge_rows(rows: Iterable[dict[str, object]]) -> list[Actor]:
    """Merge rows by name: later rows add aliases and override the fields they set."""
    merged: dict[str, Actor] = {}
    for row in rows:
        name = str(row["name"])
        old = merged.get(name) or Actor(name, ActorKind.EXTERNAL_OTHER, None, None, ())
        aliases = list(old.aliases)
        extra = row.get("aliases")
        for a in extra if isinstance(extra, list) else []:
            if a not in aliases and a != name:
                aliases.append(str(a))
        merged[name] = Actor(
            name=name,
            kind=ActorKind(str(row["kind"])) if row.get("kind") else old.kind,
            country=_text(row.get("country")) or old.country,
            parent=_text(row.get("parent")) or old.parent,
            aliases=tuple(aliases),
            generated=bool(row.get("generated", old.generated)),
        )
    return list(merged.values())


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def bundled_text(name: str) -> str:
    return resources.files("warlog").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def user_rows(path: str) -> list[dict[str, object]]:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise WarlogError(f"{path}: cannot read the actors file: {exc}") from exc
    return read_actor_lines(text.splitlines(), path)


def split_qualifier(alias: str, country_names: set[str]) -> tuple[str, str | None]:
    m = _QUALIFIER.match(alias)
    if m and (m.group(2) in country_names or m.group(2) == INTERNATIONAL):
        return m.group(1), m.group(2)
    return alias, None


class ActorDictionary:
    """Actors with their aliases, countries with their names, and tries over both."""

    def __init__(self, actors: list[Actor], countries: list[Country]) -> None:
        self.actors = actors
        self.countries = countries
        self.by_name = {a.name: i for i, a in enumerate(actors)}
        self.country_by_name = {c.name: c for c in countries}
        self.trie = Trie()
        self.markers = Trie()
        names = set(self.country_by_name)
        places = {f.lower() for c in countries for f in (c.name, *c.other_names, *c.demonyms)}
        for i, actor in enumerate(actors):
            parts = [p for p in _name_parts(actor.name) if p.lower() not in places]
            for alias in (actor.name, *actor.aliases, *parts):
                text, qualifier = split_qualifier(alias, names)
                for form in (text, *apostrophe_lost(text)):
                    key, cased = alias_key(form)
                    self.trie.add(key, Entry(i, cased, qualifier, alias))
        for n, c in enumerate(countries):
            for role, forms in (
                ("name", (c.name, *c.other_names)),
                ("demonym", c.demonyms),
                ("hint", c.hints),
            ):
                for form in forms:
                    key, cased = alias_key(form)
                    self.markers.add(key, Entry(n, cased, None, form, role))

    def get(self, name: str) -> Actor | None:
        i = self.by_name.get(name)
        return None if i is None else self.actors[i]

    def coverage(self) -> dict[str, int]:
        """How many actors, aliases and countries the dictionary holds."""
        curated = [a for a in self.actors if not a.generated or a.aliases[1:]]
        return {
            "actors": len(self.actors),
            "curated_actors": len(curated),
            "aliases": sum(len(a.aliases) for a in self.actors),
            "curated_aliases": sum(len(a.aliases) for a in self.actors)
            - sum(1 for a in self.actors if a.generated and a.name.startswith("Military")),
            "countries": len(self.countries),
            "actor_countries": len({a.country for a in curated if a.country}),
            "alias_keys": self.trie.size,
        }


def _name_parts(name: str) -> tuple[str, ...]:
    """ "AQAP: Al Qaeda in ..." and "Al-Qaida in ... (AQAP)" give both acronym and name."""
    parts: list[str] = []
    if ": " in name:
        head, tail = name.split(": ", 1)
        parts += [head, tail, *head.split("/"), *tail.split("/")]
    elif name.endswith(")") and " (" in name:
        head, tail = name[:-1].split(" (", 1)
        parts += [head, tail]
    return tuple(p.strip() for p in parts if p.strip())


def load_actor_dictionary(settings: Settings) -> ActorDictionary:
    """The bundled dictionary, with ``settings.actors_file`` merged over it."""
    countries = read_countries(bundled_text("countries.tsv").splitlines())
    rows = generated_forces(countries)
    rows += read_actor_lines(bundled_text("actors.jsonl").splitlines(), "actors.jsonl")
    if settings.actors_file:
        rows += user_rows(settings.actors_file)
    return ActorDictionary(merge_rows(rows), countries)
