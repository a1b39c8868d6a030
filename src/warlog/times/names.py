"""Day and date words inside names: "The Sunday Times", "the Mail on Sunday", "the
March 14 alliance" name a paper or a coalition, not a time (TIDES 2005 leaves time words
inside proper names untagged), so they neither get a value nor date an event; nor does
a number that labels a thing ("Resolution 2042", "Highway 2000")."""

from __future__ import annotations

import re

#: a weekday before the title noun of a paper or programme ("The Sunday Times",
#: "the Sunday Telegraph", "Sunday Express") or a named agreement or massacre
_TITLE_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Herald|Express|Mirror|Mail|Post|Star|Tribune|Independent"
    r"|Observer|Magazine|Edition|Agreement|Accords?|Massacre)\b(?!\s+Square)")
#: a day named as an event ("Bloody Sunday", "Black September")
_NAMED_BEFORE = re.compile(r"\b(?:Bloody|Black)\s+$")
#: a paper named "on Sunday" ("the Mail on Sunday", "the Independent on Sunday")
_ON_TITLE = re.compile(r"\b(?:Mail|Independent|Scotland|Observer|Sport)\s+on\s+$")
#: a date naming a coalition or a unit ("the March 14 alliance", "the 6th of October
#: Brigade"): the date is the group's name
_GROUP_AFTER = re.compile(
    r"\s+(?i:alliance|coalition|movement|bloc|camp|brigades?|battalions?|forces)\b")
_WAR_AFTER = re.compile(r"\s+(?:War|Revolution|Uprising)\b")
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w'’])")


#: a number after a noun it identifies is a label, not a year ("Resolution 2042",
#: "resolution 1701", "Highway 2000", "checkpoint No. 1990", "Flight 1549")
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:resolutions?|res\.|no\.|nos\.|numbers?|routes?|highways?|flights?|articles?"
    r"|rooms?|units?|buildings?|lines?|bus|model|section|paragraph|clause|page|item"
    r"|checkpoint|plot|km|kilometers?|kilometres?)\s+)$")


def in_name(text: str, start: int, end: int, rule: str) -> bool:
    """Whether the time phrase ``text[start:end]`` found by ``rule`` is part of a name."""
    phrase = text[start:end]
    before = text[max(0, start - 20):start]
    if rule in ("year", "year_pair") and _LABEL_BEFORE.search(before):
        return True
    if rule in ("weekday", "month") and _NAMED_BEFORE.search(before):
        return True
    if rule == "weekday" and _WEEKDAY.fullmatch(phrase):
        return bool(_TITLE_AFTER.match(text, end) or _ON_TITLE.search(before))
    if rule == "holiday":  # "the Good Friday Agreement"
        return bool(_TITLE_AFTER.match(text, end))
    if rule in ("month_day", "day_month"):
        return bool(_GROUP_AFTER.match(text, end))
    if rule == "month":  # "the March 14 alliance" read as a bare month; "the October War"
        if _WAR_AFTER.match(text, end):
            return True
        day = _DAY_AFTER.match(text, end)
        return day is not None and bool(_GROUP_AFTER.match(text, day.end()))
    return False
