"""The days a sentence names, read the same whatever the spelling: "Sunday", "October 2",
"2 October", "Oct. 2" and "Jan 25" (wire copy abbreviates the month before a day's
number). Grouping compares them: a sentence that opens with a day its incident has not
named tells another incident (:mod:`warlog.events.group`)."""

from __future__ import annotations

import re

from warlog.times import dates as DATES

_MONTH_WORDS = "|".join(sorted(DATES.MONTHS, key=len, reverse=True))
_WEEKDAYS = "|".join(DATES.full_names(DATES.WEEKDAYS))  # "Sun", "Sat" are other words
_FULL = frozenset(n.lower() for n in DATES.full_names(DATES.MONTHS))
_MONTHS = "|".join(_FULL)
# a month's abbreviation counts only next to a day's number ("Jan. 25", "25 Jan"): alone,
# "mar", "may", "dec" are other words
DAY_RX = re.compile(
    rf"(?i)\b(?:(?P<wd>{_WEEKDAYS})\b|(?P<m1>{_MONTH_WORDS})\.?\s+(?P<d1>\d{{1,2}})\b"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS}|{_MONTH_WORDS}\b\.?))")


def days_named(text: str, acts_only: bool = False) -> set[str]:
    """The days a text names, as keys equal for every spelling of one day ("w6" for
    Sunday, "1-25" for 25 January); with ``acts_only``, not a day that opens a stretch
    of time ("since Thursday")."""
    out = set()
    for m in DAY_RX.finditer(text):
        if acts_only and starts_a_stretch(text, m.start()):
            continue
        if m.group("wd"):
            out.add(f"w{DATES.WEEKDAYS[m.group('wd').lower()]}")
            continue
        month = (m.group("m1") or m.group("m2")).rstrip(".")
        if month.lower() not in _FULL and not month[0].isupper():
            continue  # "may 5": the verb, not May
        out.add(f"{DATES.MONTHS[month.lower()]}-{int(m.group('d1') or m.group('d2'))}")
    return out


def opens_with_day(text: str) -> bool:
    """Whether a sentence names a day in its first words ("On Sunday in Damascus ...")."""
    return bool(days_named(text[:30]))


_SINCE_RX = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")


def starts_a_stretch(text: str, start: int) -> bool:
    """Whether the time expression at ``start`` opens a stretch of time ("killing 16
    people since Thursday"): the day a count began, not the day of an act."""
    return bool(_SINCE_RX.search(text[max(0, start - 12) : start]))
