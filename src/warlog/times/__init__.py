"""Times: find time expressions and normalise them to TimeML values (:func:`find_times`).

Modules: ``grammar`` (the phrase patterns), ``normalise`` (the contract of a
normaliser, which turns a match into a value, and its context), the normalisers by
topic: ``days`` (calendar dates, holidays), ``months`` (months and years), ``weekdays``
(weekdays, today, clock times), ``periods`` (seasons, quarters, years, decades),
``relative`` (counted steps: "last week", "two days later"), ``units`` ("the year",
"the weekend", "year-end"), ``lengths`` (units, counts, durations), ``refs`` ("now",
"recently"); ``tense`` (before or after the publication date), ``dates`` (calendar
arithmetic), ``find`` (the stage, and :func:`~warlog.times.find.event_date` for the
events stage).
"""

from warlog.times.find import event_date, find_times

__all__ = ["event_date", "find_times"]
