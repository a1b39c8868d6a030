"""The words around a predicted place, for the ``by_cue`` breakdown of ``eval
geoparse``: the detection precision of the predictions that share a cue (after a
locative preposition, after a title, in capitals, in a dateline, ...), so that a class
of false detections shows on a file that may be read for scores only."""

from __future__ import annotations

import re
from typing import Any

LOCATIVES = frozenset("in at near from to into across outside inside throughout of".split())
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. judge mayor sheriff "
    "president chief officer coach pastor rev rev. st st. saint".split()
)
_WORD = re.compile(r"[\w.'’-]+")


def cues(text: str, p: dict[str, Any]) -> list[str]:
    """The cues of the prediction ``p`` (its ``start`` and ``end`` in ``text``): each
    prediction has one cue of each family (before, after, shape, position)."""
    start, end = int(p["start"]), int(p["end"])
    span = text[start:end]
    before = _WORD.findall(text[max(0, start - 40) : start])
    prev = before[-1].lower() if before else ""
    after = text[end : end + 40]
    nxt = _WORD.findall(after)[:1]
    raw_prev = text[max(0, start - 3) : start]
    out = []
    if not before or raw_prev.rstrip(" ").endswith(("\n", ".", "!", "?", "\"", "“")):
        out.append("before: sentence start")
    elif prev in LOCATIVES:
        out.append(f"before: '{prev}'")
    elif prev in TITLES:
        out.append("before: a title")
    elif prev[:1].isupper() or before[-1][:1].isupper():
        out.append("before: a capitalised word")
    elif prev[:1].isdigit():
        out.append("before: a number")
    else:
        out.append("before: another word")
    if after.startswith(("'s", "’s")):
        out.append("after: a possessive")
    elif after.startswith(","):
        rest = after[1:].lstrip()
        out.append("after: a comma and a capitalised word" if rest[:1].isupper()
                   else "after: a comma")
    elif after[:1] in ".;:!?" or not after.strip():
        out.append("after: end of sentence")
    elif nxt and nxt[0][:1].isupper():
        out.append("after: a capitalised word")
    elif after[:1] == "-":
        out.append("after: a hyphen")
    else:
        out.append("after: a lower-case word")
    if span.isupper() and len(span) > 1:
        out.append("shape: capitals")
    elif " " in span:
        out.append("shape: several words")
    else:
        out.append("shape: one word")
    out.append("position: first 100 characters" if start < 100 else "position: body")
    return out
