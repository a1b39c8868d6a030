"""Aggregate counts, per corpus, of the predictions that stand alone (class "standing
alone" of ``evaluate/geocues.py``: no demonym, street, building or part of a longer
name), by the traits that might tell a town's name from a word used otherwise: the
place's kind and size, a locative word before, a sentence's or a heading's capital, a
title in quotes, a common English word, a list, how far the nearest other place of the
article lies, whether the name read is an alternate name of the place, and how often
the article repeats it; also a few of them crossed with whether the nearest other place
lies far (over 160 km). Printed per row: predictions, false ones (overlapping no gold
place), precision, and the gold places among them placed within 161 km (what leaving
the row out would cost end-to-end accuracy).

Counts only, so that it can be run on the files kept for scores (../shared/gold/README.md):

    .venv/bin/warlog -q extract ../shared/gold/dev/geoparse.jsonl -o dev-out.jsonl
    .venv/bin/python benchmarks/geoalone.py ../shared/gold/dev/geoparse.jsonl dev-out.jsonl
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from warlog.geo import haversine_km
from warlog.places.borrowed import KIN, KINDS

AT_FOCUS = ("geocode.focus.v1", "geocode.nearby.v1")
_CAP = re.compile(r"[A-Za-z][\w'’.-]*")


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _line(text: str, start: int, end: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right >= 0 else len(text)]


def _heading(line: str) -> str:
    words = [w for w in _CAP.findall(line) if len(w) > 3]
    if not words:
        return "line: short"
    if line.strip().isupper():
        return "line: all capitals"
    caps = sum(w[:1].isupper() for w in words) / len(words)
    if caps >= 0.7 and not line.rstrip().endswith((".", "?", "!", '"', "”")):
        return "line: title case, no full stop"
    return "line: running text"


def _nearest(p: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    if p.get("lat") is None:
        return "nearest other: (unplaced)"
    others = [q for q in preds if q is not p and q.get("lat") is not None
              and q.get("text") != p.get("text") and q.get("method") not in AT_FOCUS
              and q.get("method") != "geocode.adjective.v1"]
    if not others:
        return "nearest other: none"
    km = min(haversine_km(float(p["lat"]), float(p["lon"]), float(q["lat"]), float(q["lon"]))
             for q in others)
    bins = ((40, "<40 km"), (160, "40-160 km"), (1000, "160-1000 km"), (5000, "1000-5000 km"))
    return "nearest other: " + next((n for top, n in bins if km < top), ">5000 km")


_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_LIST = re.compile(rf"{_NAME}(?:(?:, (?:and |or )?| (?:and|or|&) ){_NAME})+")


def _list_members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the series of capitalised names ("A, B and C") that holds the
    span, or [] when it stands in none."""
    lo = max(0, start - 200)
    for m in _LIST.finditer(text[lo : end + 200]):
        if m.start() + lo <= start and end <= m.end() + lo:
            at = lo + m.start()
            return [(at + n.start(), at + n.end()) for n in re.finditer(_NAME, m.group())
                    if n.group() not in ("And", "Or")]
    return []


_PLACE_NOUNS = frozenset(
    "towns cities villages counties communities states countries areas neighborhoods "
    "neighbourhoods districts provinces regions places locations sites parishes suburbs "
    "municipalities nations capitals destinations schools campuses stops".split()
)
_HEADED = re.compile(r"\b([a-z]+s)(?: —| -|:|,)? ((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
                     r"(?:,? and |, ))+)$")


def _list_head(text: str, start: int) -> str:
    """For a name inside a series of capitalised names right after a lower-case plural
    noun ("four floor plans — Jamison, Norbury, Granville and Somerville"), whether
    that noun is one for places ("the towns of"; "place noun") or not ("other noun")."""
    m = _HEADED.search(text[max(0, start - 120) : start])
    if m is None:
        return ""
    return "place noun" if m.group(1) in _PLACE_NOUNS else "other noun"


def _series(text: str, p: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    members = _list_members(text, int(p["start"]), int(p["end"]))
    if len(members) < 3:
        return "series: none"
    placed = sum(any(int(q["start"]) < e and s < int(q["end"]) for q in preds)
                 for s, e in members)
    return "series: most members no place" if placed * 2 < len(members) else \
        "series: most members places"


def _traits(text: str, p: dict[str, Any], preds: list[dict[str, Any]],
            gaz: Any, common: frozenset[str]) -> list[str]:
    """Every trait of the prediction ``p``, then the crossings of a few of them with
    whether the nearest other place of the article lies far (over 160 km) or near."""
    from warlog.evaluate.geocues import cues

    start, end = int(p["start"]), int(p["end"])
    cs = cues(text, p)
    out = [c for c in cs if c.startswith(("before:", "after:", "shape:", "position:"))]
    out.append(_heading(_line(text, start, end)))
    out += _word_traits(text, p, gaz, common)
    if p.get("feature") in ("city", "admin2") and p.get("geonameid"):
        entry = gaz.by_id(int(p["geonameid"]))
        if entry is not None:
            pop = entry.population
            out.append("town size: <1k" if pop < 1_000 else "town size: 1k-10k"
                       if pop < 10_000 else "town size: 10k-100k" if pop < 100_000
                       else "town size: 100k+")
    near = _nearest(p, preds)
    out += [near, _series(text, p, preds)]
    loc = "cue: locative before" if any(
        c in cs for c in ("before: 'in'", "before: 'near'", "before: 'outside'",
                          "before: 'from'", "before: 'at'", "before: 'to'", "before: 'of'")
    ) else "cue: none before"
    out.append(loc)
    far = "far" if near.endswith(("160-1000 km", "1000-5000 km", ">5000 km", "none")) \
        else "near"
    size = next((t for t in out if t.startswith("town size")), "town size: -")
    out += [f"x {far} / {loc[5:]}", f"x {far} / {size[5:]}", f"x {far} / {loc[5:]} / {size[5:]}"]
    for trait in ("weak: only an alternate name", "after: a possessive", "before: 'the'",
                  "person-like: with a capitalised word beside it elsewhere"):
        if trait in out:
            out.append(f"x {trait.split(':')[0]} / {far}")
    return out


def _tagged(sdoc: Any, p: dict[str, Any], traits: list[str]) -> list[str]:
    """spaCy's label of the entity over the prediction ("none" where it put none) and the
    part of speech of its first word, each also crossed with far or near and with a
    locative word before or none."""
    start, end = int(p["start"]), int(p["end"])
    ents = [e for e in sdoc.ents if e.start_char < end and start < e.end_char]
    label = f"label: {ents[0].label_}" if ents else "label: none"
    toks = [t for t in sdoc if t.idx >= start and t.idx < end]
    pos = f"pos: {toks[0].pos_}" if toks else "pos: ?"
    far = next((t for t in traits if t.startswith(("x far /", "x near /"))), "x ? /")
    far = far.split(" / ")[0][2:]
    loc = next((t for t in traits if t.startswith("cue: ")), "cue: ?")[5:]
    nxt = [t for t in sdoc if t.idx >= end][:2]
    out = []
    if nxt and nxt[0].text in ("'s", "’s") and len(nxt) > 1:
        out.append(f"possessive, then {'a relative' if nxt[1].lower_ in KIN else nxt[1].pos_}")
    if text_before(sdoc, start).lower().endswith("the "):
        out.append(f"'the' name, then {nxt[0].pos_ if nxt else 'end'}")
    conf = float(p.get("confidence") or 0.0)
    cbin = "confidence: <0.6" if conf < 0.6 else "confidence: 0.6-0.8" if conf < 0.8 \
        else "confidence: 0.8-0.95" if conf < 0.95 else "confidence: 0.95+"
    return [*out, label, pos, cbin, f"x {label} / {far}", f"x {label} / {loc}",
            f"x {pos} / {far}", f"x {cbin} / {far}"]


def text_before(sdoc: Any, start: int) -> str:
    return str(sdoc.text[max(0, start - 4) : start])


def _word_traits(text: str, p: dict[str, Any], gaz: Any, common: frozenset[str]) -> list[str]:
    """What the name's own words and their neighbours say: quotes, a common word, how
    often it is repeated, a capitalised word beside it elsewhere (a person's name), a
    list, an alternate name of the place read, "the" before it."""
    from warlog.places.known import known

    start, end, span = int(p["start"]), int(p["end"]), str(p["text"])
    out = []
    quotes = text[max(0, text.rfind("\n", 0, start)) : start]
    if (quotes.count('"') % 2) or quotes.count("“") > quotes.count("”"):
        out.append("in quotes")
    if text[start - 1 : start] in ('"', "“") and text[end : end + 2].lstrip(".,")[:1] in \
            ('"', "”"):
        out.append("quoted alone: a title")
    low = span.lower()
    if low in common:
        out.append("word: in common_words")
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
        out.append("word: also in lower case in the text")
    n = len(re.findall(rf"(?<![\w-]){re.escape(span)}(?![\w-])", text))
    out.append("repeats: once" if n <= 1 else "repeats: 2-3" if n <= 3 else "repeats: 4+")
    if re.search(rf"\b[A-Z][a-z]+ {re.escape(span)}\b(?! (County|City))", text) or \
            re.search(rf"\b{re.escape(span)} [A-Z][a-z]+(?![\w])", text):
        out.append("person-like: with a capitalised word beside it elsewhere")
    gap_b, gap_a = text[max(0, start - 2) : start], text[end : end + 2]
    if gap_b.endswith(", ") or gap_a.startswith(",") or text[max(0, start - 5):start] == " and ":
        out.append("list: comma or 'and' beside it")
    name = str(p.get("name") or "")
    if name and name.lower() != low and not low.startswith(name.lower()[:4]):
        out.append("name: an alternate name of the place")
    if not known(gaz, span):
        out.append("weak: only an alternate name")
    if text[max(0, start - 4) : start].lower() == "the ":
        out.append("before: 'the'")
    # the words right before, up to a mark that is no comma ("her baby, Chicago")
    left = re.split(r"[^\w\s,'’-]", text[max(0, start - 40) : start])[-1]
    prev = [w.lower() for w in re.findall(r"[A-Za-z]+", left)]
    joined = len(prev) > 1 and prev[-1] == "and"
    noun = prev[-2] if joined else prev[-1] if prev else ""
    gap = " and" if joined else ""
    tail, lead = text[end : end + 12], text[max(0, start - 12) : start]
    if re.match(r", \d{1,3},", tail):
        out.append("then ', age,'")
    if re.match(r",? (Jr|Sr|II|III|IV)\b", tail):
        out.append("then a suffix of a person's name")
    if re.search(r"\b(named|called|nicknamed|dubbed)\s$", lead):
        out.append("after 'named' or 'called'")
    if re.match(r" ?\(\d+-\d+", tail):
        out.append("then a team's record in brackets")
    if re.match(r"[@.][a-z]", tail) or re.search(r"(@|www\.|https?://\S*)$", lead):
        out.append("inside an e-mail or web address")
    if lead.endswith("#"):
        out.append("a hashtag")
    head = _list_head(text, start)
    if head:
        out.append(f"in a list headed by a plural noun: {head}")
    if noun in KIN:
        comma = ", comma" if left.rstrip().endswith(",") else ""
        closed = ", closed" if text[end : end + 1] in (",", ".", ";", ")") else ""
        out.append(f"after: a noun for a person{gap}")
        out.append(f"after: a noun for a person{gap}{comma}{closed}")
    elif noun in KINDS:
        out.append(f"after: a noun for a kind of thing{gap}")
    after = text[end : end + 30].split()
    if len(after) > 1 and after[1].lower().strip(".,") in ("his", "her", "he", "she"):
        out.append("then a personal pronoun")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", help="warlog extract output for the gold file")
    ap.add_argument("--kinds", default="city,placed nearby,landmark,water,river,continent,"
                    "country,admin1,admin2",
                    help="the kinds of standing-alone predictions to break down")
    ap.add_argument("--labels", action="store_true",
                    help="also run spaCy and tell each prediction by the label of the entity "
                         "over it and the part of speech of its first word")
    args = ap.parse_args()

    from warlog.config import load_settings
    from warlog.evaluate.common import predictions_for, read_gold
    from warlog.evaluate.geocues import cues
    from warlog.places import load_gazetteer
    from warlog.places.data import data_file

    settings = load_settings()
    gaz = load_gazetteer(settings)
    common = frozenset(w.strip() for w in data_file("common_words.txt").splitlines()
                       if w.strip() and not w.startswith("#"))
    kinds = args.kinds.split(",")
    nlp = None
    if args.labels:
        from warlog.nlp.load import load_nlp

        nlp = load_nlp(settings.spacy_model)
    tally: Counter[tuple[str, str, str, bool | str]] = Counter()
    for row, obj in predictions_for(read_gold(args.gold, None), settings, args.predictions):
        corpus, text = str(row.get("corpus") or "all"), str(row["text"])
        preds = list((obj or {}).get("places") or [])
        gold, others = row.get("places") or [], row.get("other_places") or []
        sdoc = nlp(text) if nlp is not None else None
        for p in preds:
            hit = [g for g in gold if _overlaps(p, g)]
            right = bool(hit)
            placed = right and p.get("lat") is not None and any(haversine_km(
                float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"])) <= 161
                for g in hit)
            if not right and any(_overlaps(p, o) for o in others):
                continue
            cls = [c for c in cues(text, p) if c.startswith("class: standing alone, ")]
            if not cls:
                continue
            kind = cls[0][len("class: standing alone, "):]
            kind = kind if kind in kinds else "other"
            traits = _traits(text, p, preds, gaz, common)
            if sdoc is not None:
                traits += _tagged(sdoc, p, traits)
            for t in ["all", *traits]:
                tally[(corpus, kind, t, right)] += 1
                tally[(corpus, kind, t, "placed")] += placed
    _print(tally)


def _print(tally: Counter[tuple[str, str, str, bool | str]]) -> None:
    keys = sorted({k[:3] for k in tally})
    print("corpus / kind / trait: predicted, false, precision, gold places placed within "
          "161 km")
    for corpus, kind, trait in keys:
        right, false = tally[(corpus, kind, trait, True)], tally[(corpus, kind, trait, False)]
        n = right + false
        placed = tally[(corpus, kind, trait, "placed")]
        print(f"  {corpus:10s} {kind:14s} {trait:58s} {n:5d} {false:4d}  {right / n:.2f}"
              f" {placed:5d}")


if __name__ == "__main__":
    main()
