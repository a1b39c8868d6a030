"""The day a wire report was filed, from its dateline: "BAGHDAD, June 7 (Reuters) -".

TimeML counts deictic times ("yesterday", "on Thursday", "last week") from the document
creation time. A wire dateline states that time; a publication date set later (the day a
page was published or collected) is not it: "BAGHDAD, June 7 (Reuters) - ... yesterday",
published June 9, is June 6. The dateline is believed when it lies in the week before the
publication date; otherwise the publication date stands.
"""

from __future__ import annotations

import datetime as dt
import re

from warlog.times import dates as D

#: a dateline opening the text: the place in capitals, the month and day (a year may
#: follow), the agency in brackets (AP copy may leave it out), the dash
_WIRE = re.compile(
    r"\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]{2,30})?,\s*(?P<mo>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<d>\d{1,2})(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]")
_REACH = 7  # days a dateline may lie before the publication date


def filed_on(text: str, published: dt.date | None) -> dt.date | None:
    """The dateline's day when it lies up to a week before ``published``, else
    ``published``."""
    m = _WIRE.match(text)
    month = D.MONTHS.get(m["mo"].lower()) if m else None
    if m is None or month is None or published is None:
        return published
    year = int(m["y"]) if m["y"] else published.year
    day = D.safe_date(year, month, int(m["d"]))
    if day is not None and day > published and not m["y"]:  # "Dec. 31" in a January report
        day = D.safe_date(year - 1, month, int(m["d"]))
    if day is None or not 0 < (published - day).days <= _REACH:
        return published
    return day
