"""Times: find time expressions and normalise them to TimeML values (:func:`find_times`).

Modules: ``grammar`` (the phrase patterns), ``normalise`` (a match to a value),
``periods`` (seasons, quarters, years, decades),
``relative`` (vague and relative expressions), ``tense`` (before or after the
publication date), ``dates`` (calendar arithmetic), ``find``
(the stage, and :func:`~warlog.times.find.event_date` for the events stage).
"""

from warlog.times.find import event_date, find_times

__all__ = ["event_date", "find_times"]
