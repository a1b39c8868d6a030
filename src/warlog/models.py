"""Records passed between pipeline stages.

Every record is a frozen, slotted dataclass. Offsets (``start``/``end``) always count
Python ``str`` characters of the cleaned document ``text``, end exclusive, so that
``doc.text[m.start:m.end] == m.text`` holds for every mention.

The JSON form of these records is documented in ``docs/output-format.md``; ``to_json``
in :mod:`warlog.export` is the single place that turns them into dictionaries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Precision(StrEnum):
    """How exactly a date or a place is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    UNKNOWN = "unknown"


class ActorKind(StrEnum):
    """ACLED's actor types (inter codes 1-8), plus international bodies."""

    STATE_FORCES = "state forces"
    REBEL_GROUP = "rebel group"
    POLITICAL_MILITIA = "political militia"
    IDENTITY_MILITIA = "identity militia"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL_OTHER = "external/other"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document came from in the input."""

    path: str
    start: int  # character offset in the decoded input file (or line number for JSONL)
    end: int
    line: int | None = None  # 1-based line for JSON Lines input


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of cleaned text copied unchanged from the input: clean[start:start+length]
    equals input[origin_start:origin_start+length]."""

    start: int
    origin_start: int
    length: int


@dataclass(frozen=True, slots=True)
class RawInput:
    """One decoded unit of input before cleaning: a file, a JSONL line, an HTML page."""

    path: str
    text: str
    kind: str  # "text" | "html" | "jsonl"
    start: int = 0
    end: int = 0
    line: int | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    extra: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article, ready for the NLP stages."""

    id: str
    text: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    language: str
    origin: Origin
    segments: tuple[Segment, ...] = ()
    author: str | None = None
    extra: tuple[tuple[str, object], ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention, resolved to GeoNames where possible (lat/lon None = unresolved)."""

    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None  # "country" | "admin1" | "city" | "region" | ...
    country_code: str | None
    admin1: str | None
    confidence: float
    method: str = "geocode.gazetteer.v1"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised against the publication date (TimeML values)."""

    start: int
    end: int
    text: str
    value: str | None  # "2017-09-14", "2017-W37", "2017-08", "2017-Q3", "2015", "PAST_REF"
    precision: Precision
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    method: str = "times.rules.v1"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor, linked to the actor dictionary."""

    start: int
    end: int
    text: str
    actor: str  # canonical name
    aliases: tuple[str, ...]
    kind: ActorKind
    country: str | None = None
    parent: str | None = None
    method: str = "actors.dictionary.v1"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted phrase: "at least 70 killed", "dozens of civilians"."""

    start: int
    end: int
    text: str
    low: int
    best: int
    high: int | None  # None = open-ended ("more than 10")
    # "killed" | "injured" | "detained" | "displaced" | "fighters" | "civilians" | "people" | ...
    about: str
    method: str = "numbers.rules.v1"
    who: str | None = None  # whom it counts: "soldiers", "civilians", "people", ... (the noun)


@dataclass(frozen=True, slots=True)
class Range:
    """Low/best/high estimate, after UCDP."""

    low: int
    best: int
    high: int | None


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str
    aliases: tuple[str, ...]
    role: str  # "actor1" | "actor2" | "assoc_actor_1" | "assoc_actor_2"
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class Location:
    name: str | None
    admin1: str | None
    country: str | None
    country_code: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: int  # ACLED geo_precision: 1 town, 2 near/part of district, 3 region/country


@dataclass(frozen=True, slots=True)
class Claim:
    """Who claimed, reported or denied a fact."""

    by: str
    kind: str  # "claimed" | "reported" | "denied" | "attributed"
    start: int
    end: int
    text: str
    responsible: str | None = None  # who the claim holds responsible (claimer, or blamed)


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    event_type: str  # ACLED event type, or "Diplomatic event", "Attribution", ...
    sub_event_type: str
    confidence: float
    date: str | None
    date_precision: Precision
    historical: bool
    actors: tuple[EventActor, ...]
    location: Location | None
    fatalities: Range | None
    injured: Range | None
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    notes: str
    method: str = "events.rules.v1"


class RelationKind(StrEnum):
    """How two actors stand to each other (see docs/network.md)."""

    FIGHTS = "fights"  # on opposite sides of a battle, strike or attack (undirected)
    SUPPORTS = "supports"  # source backs, arms or fights alongside target
    MEMBER_OF = "member_of"  # source is a unit, wing or faction of target
    AGREEMENT = "agreement"  # a deal, truce or evacuation between them (undirected)


@dataclass(frozen=True, slots=True)
class Party:
    """One end of a relation: a canonical actor."""

    name: str
    aliases: tuple[str, ...]
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two actors that one sentence of the document shows.

    ``source`` and ``target`` are ordered by name for the undirected kinds. ``claimed_by``
    names the party whose statement it is (a claim, not a fact); ``date`` is when it held
    as the text tells (an event's date, a year named, else the publication date), and
    ``historical`` marks one from the background, not from the news of the day."""

    id: str
    relation: RelationKind
    source: Party
    target: Party
    evidence: Evidence
    claimed_by: str | None = None
    date: str | None = None
    historical: bool = False
    cue: str = ""  # the word that shows it: "backed", "joined", "deal", "fighting", ...
    method: str = "network.rules.v1"


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """A document with everything the pipeline found in it."""

    document: Document
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    numbers: tuple[Quantity, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (file, line or document) that was skipped, and why."""

    path: str
    stage: str  # "ingest" | "clean" | "annotate" | "store"
    reason: str
    line: int | None = None
    document_id: str | None = None

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SourcedEvent:
    """An extracted event with the document that reported it: the input of dedup."""

    event: Event
    document_id: str
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Version:
    """One value of a disputed field, and which documents (and outlets) gave it."""

    value: str
    documents: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A field on which the reports of one canonical event differ; every version kept."""

    field: str  # "fatalities" | "injured" | "actor1" | "date" | "sub_event_type" | ...
    versions: tuple[Version, ...]


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One real-world event, merged from every report of it (see docs/store.md)."""

    id: str
    event_type: str
    sub_event_type: str
    confidence: float
    date: str | None
    date_precision: Precision
    historical: bool
    actors: tuple[EventActor, ...]
    location: Location | None
    fatalities: Range | None
    injured: Range | None
    claims: tuple[Claim, ...]
    notes: str
    members: tuple[SourcedEvent, ...]
    disagreements: tuple[Disagreement, ...] = ()
    method: str = "dedup.greedy.v1"
    reviewed: tuple[str, ...] = ()  # what analysts corrected: fields, "deleted", "merged", ...
    deleted: bool = False  # an analyst said this is not an event (warlog correct --delete)
