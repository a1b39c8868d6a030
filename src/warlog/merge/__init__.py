"""Merge: the one stage that reduces across documents. Reports of the same real-world
event become one canonical event (:func:`merge_events`).

Modules: ``dedup`` (blocking by date and country, pair scores, linking), ``consensus``
(the canonical event's fields from its reports, disagreements kept).
"""

from warlog.merge.dedup import merge_events

__all__ = ["merge_events"]
