"""Aggregate counts, per corpus, of predicted places by the signs that the name is a
person's or an organisation's: spaCy's label over the name and over the longer entity
holding it, whether the article writes the word inside a person's full name elsewhere
(as a given name or a surname) or after an honorific, the verb the name is subject of,
a title before it, what follows "at", whether the name stands alone in quotation marks
or after a legislator's party ("R-Neb."), whether the run of capitalised words holding
it ends in a surname or opens with a given name of the article, which pass found it
(detection, with or without a cue's evidence, or a later one: repeats, neighbours), and
for a lone word tagged PERSON, ORG or nothing whether the words around set it as a place
and whether it is a strong name; "combo:" rows cross label, feature and role. Each row
gives the predictions that carry the sign, how many match no gold place, and the
precision, so that a class of false places shows on a file that may be read for scores
only (../shared/gold/README.md).

    .venv/bin/warlog -q extract ../shared/gold/dev/geoparse.jsonl -o dev-out.jsonl
    .venv/bin/python benchmarks/geopeople.py ../shared/gold/dev/geoparse.jsonl dev-out.jsonl

``--cross`` also counts each sign within geocues' class of use ("standing alone & ...").
``--items SIGN`` (or ``--items false``) also prints the predictions carrying a sign (or
every false one), with their sentence and signs: for dev files only (it refuses a path
under ``check/``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. "
                       "gen gen. col col. capt capt. sgt sgt. lt lt. prof prof. rev rev. "
                       "coach judge mayor sheriff president chief officer".split())
BUILDINGS = frozenset("center centre church park hall stadium library airport museum mall "
                      "arena zoo hospital school college university hotel theater theatre "
                      "club field fairgrounds auditorium restaurant store".split())
QUOTES = frozenset("\"“”‘’'")
SAYING = frozenset("say tell add note explain write ask argue recall admit insist comment "
                   "reply announce state report".split())


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _ent_at(ents: list[Any], s: int, e: int) -> Any:
    hit = [x for x in ents if x.start_char < e and s < x.end_char]
    return hit[0] if hit else None


def signs(sdoc: Any, ents: list[Any], p: dict[str, Any],
          found: dict[int, bool] | None = None) -> list[str]:
    """The signs of prediction ``p`` in the parsed article ``sdoc`` (see the module
    docstring); one of each family, and the "person:" family may give several."""
    s, e = int(p["start"]), int(p["end"])
    text = str(p.get("text") or sdoc.text[s:e])
    out: list[str] = []
    ent = _ent_at(ents, s, e)
    if ent is None:
        out.append("label: none")
    elif ent.start_char >= s and ent.end_char <= e:
        out.append(f"label: {ent.label_} whole")
    else:
        out.append(f"label: {ent.label_} part")
    words = text.split()
    people = [x for x in ents if x.label_ == "PERSON" and len(x) > 1
              and not (x.start_char < e and s < x.end_char)]
    given = {x[0].text for x in people}
    surnames = {x[-1].text for x in people}
    fulls = {x.text for x in people}
    if method := p.get("method"):
        out.append(f"method: {method}")
    if text in surnames:
        out.append("person: a surname of the article")
    if text in given:
        out.append("person: a given name of the article")
    if any(w in surnames | given for w in words) and len(words) > 1:
        out.append("person: a word of it in a person's name")
    alone = sum(1 for x in ents if x.label_ == "PERSON" and x.text == text
                and not (x.start_char < e and s < x.end_char))
    if alone:
        out.append(f"person: tagged PERSON alone elsewhere ({'once' if alone == 1 else 'more'})")
    if text in fulls:
        out.append("person: a full person name elsewhere")
    before, after = sdoc.text[max(0, s - 1) : s], sdoc.text[e : e + 2]
    if before in QUOTES and (after[:1] in QUOTES or (after[:1] in ",.!?" and after[1:] in QUOTES)):
        out.append("quoted: the name alone in quotation marks")
    elif before in QUOTES:
        out.append("quoted: opens a quotation")
    if sdoc.text[max(0, s - 2) : s] in ("R-", "D-", "I-"):
        out.append("person: a legislator's party and state (R-Neb.)")
    run = _run(sdoc, s, e)
    if run != text and run in fulls:
        out.append("person: its longer name is a person's full name elsewhere")
    elif run != text and run.split()[-1] in surnames:
        out.append("person: its longer name ends in a surname of the article")
    elif run != text and run.split()[0] in given:
        out.append("person: its longer name opens with a given name of the article")
    low = sdoc.text.lower()
    if any(f"{h} {text.lower()}" in low for h in HONORIFICS if h.endswith(".")) or any(
            f"{h} {text.lower()}" in low for h in ("mr", "mrs", "ms", "dr", "miss")):
        out.append("person: after an honorific somewhere")
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return out
    out.append(_role(span))
    out += _before(sdoc, span)
    label = out[0][7:]
    role = next((x for x in out if x.startswith(("subject of", "role"))), "")
    stage = "" if found is None else (
        "later pass" if s not in found else "detect, evidence" if found[s] else "detect")
    out += [f"{x} | {label} | {role} | {stage}" for x in out if x.startswith("person: ")]
    out += [f"{x} | {label} | {p.get('feature')}" for x in out if x.startswith("at: ")]
    out.append(f"combo: {label} | {p.get('feature')} | {role}")
    if ent is not None and ent.label_ in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART",
                                          "EVENT", "FAC", "NORP"):
        where = "whole" if ent.start_char >= s and ent.end_char <= e else "inside"
        out.append(f"entity: {ent.label_} {where}, {len(ent)} words")
    return out


def _run(sdoc: Any, s: int, e: int) -> str:
    """The run of capitalised words holding the name at ``[s, e)`` (not past a sentence's
    start), as written."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return sdoc.text[s:e]
    a, b = span.start, span.end
    while a > 0 and sdoc[a - 1].text[:1].isupper() and not sdoc[a].is_sent_start:
        a -= 1
    while b < len(sdoc) and sdoc[b].text[:1].isupper():
        b += 1
    return str(sdoc[a:b].text)


def _tagged(sdoc: Any, gaz: Any, p: dict[str, Any], label: str, detected: bool) -> list[str]:
    """For a name that spaCy tagged as a whole PERSON, ORG or in no entity: whether the
    words around set it as a place (places.cues.locative), whether it is a strong name,
    and the feature chosen."""
    from warlog.places.cues import locative
    from warlog.places.known import strong

    if label not in ("label: PERSON whole", "label: ORG whole", "label: none"):
        return []
    span = sdoc.char_span(int(p["start"]), int(p["end"]), alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    cue = "cue" if locative(sdoc, span.start, span.end) else "no cue"
    kind = "strong" if strong(gaz, str(p.get("text"))) else "weak"
    stage = "detect" if detected else "later pass"
    return [f"tagged {label[7:]}: {cue}, {kind}, {p.get('feature')}, {stage}"]


def _role(span: Any) -> str:
    """The name's role in its clause: the subject of a verb of saying or of another verb,
    a possessor, the object of a preposition (which) or of a verb, or spaCy's relation."""
    head = span[-1]
    while head.dep_ in ("conj", "appos", "compound") and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        saying = head.head.lemma_.lower() in SAYING
        return "subject of: a verb of saying" if saying else "subject of: another verb"
    if head.dep_ == "poss":
        return "role: possessor"
    if head.dep_ == "pobj":
        return f"role: object of '{head.head.lower_}'"
    if head.dep_ in ("dobj", "attr"):
        return "role: object of a verb"
    return f"role: {head.dep_ or 'none'}"

def _before(sdoc: Any, span: Any) -> list[str]:
    """A title or honorific right before the name, and after "at" what the name is part of:
    a name with a building word, a longer capitalised name, or the name alone."""
    out: list[str] = []
    first = span[0]
    prev = sdoc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ in HONORIFICS:
        out.append("before: a title or honorific")
    if prev is not None and prev.lower_ == "at":
        run = [t for t in sdoc[span.start : span.start + 6] if t.text[:1].isupper()]
        rest = sdoc[span.end : span.end + 4]
        nxt = [t.lower_ for t in rest if t.text[:1].isupper()]
        if any(w in BUILDINGS for w in nxt) or any(t.lower_ in BUILDINGS for t in run):
            out.append("at: a building word in the name")
        elif nxt:
            out.append("at: a longer capitalised name")
        else:
            out.append("at: the name alone")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", help="warlog extract output for the gold file")
    ap.add_argument("--min", type=int, default=3, help="leave out rows with fewer predictions")
    ap.add_argument("--items", help="print the false predictions carrying this sign (dev only)")
    ap.add_argument("--cross", action="store_true",
                    help="also count each sign within the class of use (geocues' class:)")
    args = ap.parse_args()
    if args.items and "/check/" in args.gold.replace("\\", "/"):
        ap.error("--items reads items: never on check/ (scores only)")

    from warlog.config import load_settings
    from warlog.evaluate.common import predictions_for, read_gold
    from warlog.evaluate.geocues import cues
    from warlog.nlp.ents import entities
    from warlog.nlp.load import load_nlp
    from warlog.places import load_gazetteer
    from warlog.places.detect import detect

    settings = load_settings()
    nlp = load_nlp(settings.spacy_model)
    gaz = load_gazetteer(settings)
    total: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    for row, obj in predictions_for(read_gold(args.gold, None), settings, args.predictions):
        corpus, preds = str(row.get("corpus") or "all"), list((obj or {}).get("places") or [])
        sdoc = nlp(str(row["text"]))
        ents = list(entities(sdoc))
        found = {m.start: m.evidence for m in detect(sdoc, gaz)}
        gold, others = row.get("places") or [], row.get("other_places") or []
        for p in preds:
            right = any(_overlaps(p, g) for g in gold)
            if not right and any(_overlaps(p, o) for o in others):
                continue
            got = signs(sdoc, ents, p, found)
            got += _tagged(sdoc, gaz, p, got[0], int(p["start"]) in found)
            cls = [c[7:] for c in cues(str(row["text"]), p) if c.startswith("class: ")][:1]
            if args.cross and cls:  # the same signs within the class of use
                got += [f"{cls[0]} & {g}" for g in got]
            for sign in ["all", *got]:
                total[(corpus, sign)] += 1
                false[(corpus, sign)] += 0 if right else 1
            if args.items and (args.items in got or (args.items == "false" and not right)):
                s = int(p["start"])
                ctx = str(row["text"])[max(0, s - 80): s + 80].replace("\n", " ")
                print(f"{'RIGHT' if right else 'FALSE'} {row['id']} {p.get('text')!r}: {ctx}")
                print(f"      {'; '.join(got)}")
    for (corpus, sign), n in sorted(total.items()):
        if n >= args.min:
            k = false[(corpus, sign)]
            print(f"{corpus:12s} {sign:48s} {n:5d} false {k:4d}  precision {1 - k / n:.3f}")


if __name__ == "__main__":
    main()
