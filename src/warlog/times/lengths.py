"""Counts of calendar units and lengths of time: a unit's name ("weeks", "centuries"),
its count ("three", "several"), and "for three weeks", "the past 24 hours" as TimeML
durations (``P3W``, ``PT24H``). Same contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import re

from warlog.models import Precision
from warlog.numbers.words import parse_number
from warlog.times.normalise import Context, Value
from warlog.times.periods import no_length, someday

P = Precision


_UNIT_OF = {"second": "second", "minute": "minute", "hour": "hour", "day": "day",
            "night": "day", "week": "week", "weekend": "weekend", "month": "month",
            "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
            "centurie": "century"}
_VAGUE = {"several", "a few", "few", "many", "some", "a couple of"}


def unit_of(text: str) -> str:
    t = text.lower()
    return _UNIT_OF.get(t, _UNIT_OF.get(t.rstrip("s"), t.rstrip("s")))


def count_of(text: str | None) -> int | None:
    if text is None:
        return 1
    t = " ".join(text.lower().split())
    if t in _VAGUE:
        return None
    return parse_number(t)



_DUR_CODE = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
             "month": "M", "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE",
             "quarter": "Q"}


def duration_value(n: int | None, unit: str, text: str) -> Value | None:
    code = _DUR_CODE.get(unit)
    if code is None:
        return None
    count = "X" if n is None else str(n)
    if code.startswith("T"):
        return f"PT{count}{code[1]}", P.UNKNOWN, "DURATION"
    return f"P{count}{code}", P.UNKNOWN, "DURATION"


def norm_duration(m: re.Match[str], ctx: Context) -> Value | None:
    if m.string[m.end():m.end() + 1] == "-" or m.string[m.end():m.end() + 4] == " old":
        return None
    if no_length(unit_of(m["u"]), m["u"], m.string, m.end()):
        return None  # "a quarter of the town": a share; "a second bomb": the ordinal
    if someday(m, ctx):
        return "FUTURE_REF", P.UNKNOWN, "DATE"  # "may one day return": the time, no length
    return duration_value(count_of(m["n"]), unit_of(m["u"]), m["u"])
