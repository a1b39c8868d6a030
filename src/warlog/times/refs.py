"""Normalisers for times told by no calendar unit: "now", "currently", "recently", "in
the past", "the future", "soon", "Earlier," (TimeML's ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``). Same contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import re

from warlog.models import Precision
from warlog.times.normalise import Context, Value

P = Precision


_REF = {
    "now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "someday": "FUTURE_REF", "some day": "FUTURE_REF",
}


def norm_ref(m: re.Match[str], ctx: Context) -> Value | None:
    w = " ".join(m["w"].lower().split())
    if w in _REF:
        value = _REF[w]
    elif "present" in w:  # "the present", "to the present day"
        value = "PRESENT_REF"
    elif w.endswith(("future", "ahead", "to come")) or w.startswith(
            ("coming", "the coming", "next", "the next")):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return value, P.UNKNOWN, "DATE"


def norm_earlier(m: re.Match[str], ctx: Context) -> Value | None:
    return ("FUTURE_REF" if m["w"] == "Later" else "PAST_REF"), P.UNKNOWN, "DATE"
