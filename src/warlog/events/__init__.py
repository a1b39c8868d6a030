"""Events: ACLED-typed events with roles, place, date and figures (:func:`extract_events`).

Modules: ``types`` (the trigger lexicon and type rules), ``syntax`` (clause-level
readings of a trigger), ``extract`` (candidates, grouping, assembly), ``fields`` (actors,
date and figures of an event), ``places`` (its place), ``unlisted`` (names no stage
placed), ``claims`` (claims of responsibility and attribution).
"""

from warlog.events.extract import extract_events
from warlog.events.triggers import needs_parse

__all__ = ["extract_events", "needs_parse"]
