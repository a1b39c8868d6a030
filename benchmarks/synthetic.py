"""Synthetic, deterministic events and documents for the store and merge benchmarks.

Each real-world event gets 1 to 4 reports, as a merge would see them after extraction:
the same kind, place (jittered by up to ~3 km, sometimes only the district), date
(sometimes a day off, sometimes only the month), actors (sometimes missing or another
perpetrator) and fatalities (sometimes a different count). Events are spread over 60
countries and three years, about as dense as ACLED's busiest years.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from warlog.models import (
    ActorKind,
    AnnotatedDocument,
    Document,
    Event,
    EventActor,
    Location,
    Origin,
    Precision,
    Range,
    SourcedEvent,
)

TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Riots", "Mob violence"), ("Strategic developments", "Arrests"),
]
START = dt.date(2021, 1, 1).toordinal()
DAYS = 3 * 365


def countries(rng: random.Random) -> list[tuple[str, float, float]]:
    """60 invented country codes, each a 6 x 6 degree box somewhere on land-ish latitudes."""
    out = []
    for i in range(60):
        code = chr(65 + i // 26) + chr(65 + i % 26)
        out.append((code, rng.uniform(-30, 50), rng.uniform(-15, 110)))
    return out


def true_events(n: int, seed: int = 0) -> Iterator[tuple[int, SourcedEvent]]:
    """``n`` real-world events, each as 1-4 reports: (event number, report)."""
    rng = random.Random(seed)
    boxes = countries(rng)
    for k in range(n):
        code, lat0, lon0 = boxes[rng.randrange(len(boxes))]
        lat, lon = lat0 + rng.uniform(0, 6), lon0 + rng.uniform(0, 6)
        day = START + rng.randrange(DAYS)
        etype, sub = TYPES[rng.randrange(len(TYPES))]
        actor = f"Group {code}-{rng.randrange(12)}"
        dead = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 40])
        for r in range(rng.choice([1, 1, 2, 2, 3, 4])):
            yield k, _report(rng, k, r, code, lat, lon, day, etype, sub, actor, dead)


def _report(rng: random.Random, k: int, r: int, code: str, lat: float, lon: float, day: int,
            etype: str, sub: str, actor: str, dead: int | None) -> SourcedEvent:
    noisy = rng.random()
    date, prec = dt.date.fromordinal(day).isoformat(), Precision.DAY
    if noisy < 0.05:
        date, prec = date[:7], Precision.MONTH
    elif noisy < 0.10:
        date = dt.date.fromordinal(day + 1).isoformat()
    gid, geo = 10_000_000 + k, 1
    if rng.random() < 0.15:
        lat, lon, gid, geo = lat + rng.uniform(-0.2, 0.2), lon + rng.uniform(-0.2, 0.2), None, 2
    else:
        lat, lon = lat + rng.uniform(-0.02, 0.02), lon + rng.uniform(-0.02, 0.02)
    actors = () if rng.random() < 0.2 else (
        EventActor(actor, (), "actor1", ActorKind.REBEL_GROUP),)
    fat = None if dead is None else dead + (rng.choice([0, 0, 0, 1, 3]) if r else 0)
    event = Event(
        id=f"e{k}-{r}", event_type=etype, sub_event_type=sub, confidence=0.7, date=date,
        date_precision=prec, historical=False, actors=actors,
        location=Location(f"Town {gid}", f"Province {code}", None, code, round(lat, 5),
                          round(lon, 5), gid, geo),
        fatalities=None if fat is None else Range(fat, fat, fat), injured=None, claims=(),
        evidence=(), notes=f"{sub} near Town {gid}.")
    return SourcedEvent(event=event, document_id=f"syn-{k}-{r}", source=f"Outlet {r}",
                        published=dt.date.fromordinal(day + 1))


def documents(n: int, seed: int = 0) -> Iterator[AnnotatedDocument]:
    """``n`` small annotated documents, one report each, for ingest benchmarks."""
    for made, (_, it) in enumerate(true_events(n, seed), 1):
        text = f"{it.event.notes} Reported by {it.source}."
        doc = Document(id=it.document_id, text=text, title=it.event.sub_event_type,
                       source=it.source, url=None, published=it.published, language="en",
                       origin=Origin(path="synthetic", start=0, end=len(text)))
        yield AnnotatedDocument(document=doc, events=(it.event,))
        if made >= n:
            return
