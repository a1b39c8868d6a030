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
# The head word of a longer capitalised name that a prediction opens ("Dalton High
# School", "Hall County Sheriff's Office"), by family, so that the places inside
# organisation names can be told apart by kind on a file read for scores only.
HEADS = {
    "division": "county counties parish state province district region",
    "government": "police sheriff sheriff's department dept council commission board "
                  "authority court office government ministry administration agency "
                  "city",
    "school": "school schools high elementary middle university college academy "
              "institute seminary",
    "health": "hospital health medical clinic",
    "media": "times news post herald journal tribune gazette star daily register press "
             "chronicle record observer courier sun telegraph guardian magazine tv radio",
    "business": "inc inc. co co. company corp corp. bank group airlines airways energy "
                "motors bancorp",
    "street": "street st. road rd. avenue ave. drive highway boulevard blvd. lane way",
    "building": "center centre church park hall stadium library airport museum mall "
                "arena zoo",
    "team": "fc united city's rangers",
}
_HEAD = {w: fam for fam, words in HEADS.items() for w in words.split()}


def cues(text: str, p: dict[str, Any]) -> list[str]:
    """The cues of the prediction ``p`` (its ``start`` and ``end`` in ``text``): each
    prediction has one cue of each family (before, after, shape, position), and one
    that opens a longer capitalised name also the family of that name's head word
    ("inside a name: school" for "Dalton State College"), and the class of use that
    the corpora annotate differently ("class: demonym", "class: standing alone")."""
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
    if nxt and nxt[0][:1].isupper() and not after.startswith((",", ".", ";", ":")):
        out.append(f"inside a name: {_head(after)}")
    return out + _convention(p, out, text[max(0, start - 2) : start], after)


def _convention(p: dict[str, Any], found: list[str], gap: str, after: str) -> list[str]:
    """The class of use that the corpora annotate differently, or "standing alone" (with
    the feature chosen) for a name used as no such class: demonyms (GeoWebNews marks
    them, GeoVirus does not), streets and buildings (GeoWebNews marks them, LGL does
    not), a name inside a longer capitalised name (GeoWebNews marks every one, LGL and
    GeoVirus few) and a name before a hyphen ("US-based"). The precision of "standing
    alone" is the one no convention explains. Predictions only (gold places carry no
    method); ``gap`` is the two characters before the name."""
    if "method" not in p:
        return []
    if p.get("method") == "geocode.adjective.v1":
        cls = "demonym"
    elif p.get("feature") == "facility" or p.get("method") == "geocode.focus.v1":
        cls = "street or building"
    elif any(c.startswith("inside a name") for c in found):
        cls = "opens a longer name"
    elif gap[1:] == " " and gap[:1].isalpha() and "before: a capitalised word" in found:
        cls = "closes a longer name"
    elif after[:1] == "-":
        cls = "before a hyphen"
    else:
        kind = p.get("feature") or ("unknown name" if p.get("lat") is None else "placed nearby")
        return ["class: standing alone", f"class: standing alone, {kind}"]
    return [f"class: {cls}"]


def _head(after: str) -> str:
    """The family of the last head word among the capitalised words that follow (the
    head of an English name comes last: "Dalton State College" is a school), else
    whether the run ends in a plural ("Celtics", "Braves": a team's name) or not."""
    run = []
    for word in _WORD.findall(after[:60])[:5]:
        if not word[:1].isupper() and word.lower() not in ("of", "&", "and", "the"):
            break
        run.append(word.lower() if word.lower() in _HEAD else word.lower().rstrip("."))
    fam = next((_HEAD[w] for w in reversed(run) if w in _HEAD), None)
    if fam:
        return fam
    return "a plural" if run and run[-1].endswith("s") and not run[-1].endswith("ss") \
        else "other"
