"""A resolved place mention as the output :class:`~warlog.models.Place`: a landmark used
as a modifier or an agent ("White House aides", "the Kremlin said") is left out; an
unknown building or street is put at the article's main town (its focus), an unknown
name with some sign of being a place at the town named beside it, else at the focus,
flagged; a numbered road or a clock time is no point. Split from
:mod:`warlog.places.geocode`, which re-exports the method names.
"""

from __future__ import annotations

import re
from collections import Counter

from warlog.models import Place
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.mention import Mention
from warlog.places.points import NEARBY_METHOD, UNRESOLVED_METHOD

METHOD = "geocode.gazetteer.v1"
ADJECTIVE_METHOD = "geocode.adjective.v1"
FOCUS_METHOD = "geocode.focus.v1"


# an unknown name that is a numbered road ("Interstate 75", "Highway 41", "Route 9"), a
# house number ("2700 North Fourth"), or a clock time ("11:11pm PDT") names no place
# that can be put on a point; a numbered place keeps its name ("Brecha 109", "Sector 7")
NOT_A_POINT = re.compile(
    r"(?i)(\d|\S*:|(interstate|highway|hwy|route|rte|rt|state route|sr|county road|cr|"
    r"exit|i|us|u\.s\.|sh|nh)\.?[ -]?\d)"
)


def focus_of(mentions: list[Mention]) -> GazetteerEntry | None:
    """The article's main town (most mentioned), else its main division."""
    for features in (("city",), ("admin2", "admin1")):
        counts = Counter(
            m.best.id
            for m in mentions
            if m.best is not None and not m.adjective and m.best.feature in features
        )
        if counts:
            top = counts.most_common(1)[0][0]
            return next(m.best for m in mentions if m.best is not None and m.best.id == top)
    return None


BESIDE_CHARS = 150  # about a sentence


def beside(m: Mention, mentions: list[Mention]) -> GazetteerEntry | None:
    """For an unknown name, the town named nearest it within about a sentence: a place
    is told beside the town it lies in or near ("Salt + Smoke, in St. Louis")."""
    if m.best is not None:
        return None
    near = [o for o in mentions if o.best is not None and o.best.feature == "city"
            and not o.adjective and abs(o.start - m.start) <= BESIDE_CHARS]
    return min(near, key=lambda o: abs(o.start - m.start)).best if near else None


def _in_range(e: GazetteerEntry) -> bool:
    return -90.0 <= e.lat <= 90.0 and -180.0 <= e.lon <= 180.0 and (e.lat, e.lon) != (0, 0)


def to_place(m: Mention, gaz: Gazetteer, focus: GazetteerEntry | None) -> Place | None:
    """The output record, or None for a mention better left out (an unknown name with
    no sign of being a place; a landmark used as a modifier, "White House aides")."""
    b = m.best
    if b is not None and b.feature == "landmark" and (m.modifier or m.agent):
        return None  # "White House aides", "the Kremlin said": the institution
    if b is None or not _in_range(b):
        if m.facility and focus is not None:
            return Place(
                start=m.start,
                end=m.end,
                text=m.text,
                name=focus.name,
                lat=focus.lat,
                lon=focus.lon,
                geonameid=None,
                feature="facility",
                country_code=focus.country_code or None,
                admin1=gaz.admin1_name(focus.country_code, focus.admin1),
                confidence=0.2,
                method=FOCUS_METHOD,
            )
        if not (m.evidence or m.qualifier) or (m.text.isupper() and len(m.text) <= 4) \
                or NOT_A_POINT.match(m.text):
            return None
        # an unknown name lies most often near the report's main town (a village, a
        # quarter, a venue the index lacks): its point, flagged, at the least confidence
        return Place(
            start=m.start,
            end=m.end,
            text=m.text,
            name=None,
            lat=None if focus is None else focus.lat,
            lon=None if focus is None else focus.lon,
            geonameid=None,
            feature=None,
            country_code=None,
            admin1=None,
            confidence=0.0, method=UNRESOLVED_METHOD if focus is None else NEARBY_METHOD,
        )
    admin1 = gaz.admin1_name(b.country_code, b.admin1) if b.admin1 else None
    return Place(
        start=m.start,
        end=m.end,
        text=m.text,
        name=b.name,
        lat=b.lat,
        lon=b.lon,
        geonameid=b.geonameid,
        feature=b.feature,
        country_code=b.country_code or None,
        admin1=admin1,
        confidence=m.confidence,
        method=ADJECTIVE_METHOD if m.adjective else METHOD,
    )
