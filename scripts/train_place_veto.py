"""Train and measure a learned veto on place mentions (tried in round 15 of issue 15, not
shipped: see docs/places.md), reproducibly.

The idea: a logistic regression over general cues of language (spaCy's entity label and
the token's part of speech and dependency, capitalisation, sentence position, the
classes of the words before and after, what the index makes of the name: its feature,
population band and number of namesakes, whether the name is also a lower-case word of
the article or a word of a person's name elsewhere in it, how often the article tags it
a place) gives each mention ``find_places`` keeps the probability that it is a place, and
a veto drops those below a floor. Features are named classes, never words of an article.

Training data: GeoWebNews dev only (../shared/gold/dev/geoparse.jsonl; Gritta et al.
2019, from the GPL-3.0 repository milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation,
the corpus under its own terms). Never ../shared/gold/check/. The examples are every
candidate a detector could consider, not only the mentions warlog keeps (21 of whose
1,016 on dev are false: too few negatives to learn from): the places ``find_places``
returns, every spaCy entity whose text (past "the") the index or the demonym table
knows, and every run of proper nouns the index knows. Each is a place when it overlaps a
gold place, not one when it overlaps none; those overlapping only ``other_places`` are
left out.

Model: scikit-learn's L2 logistic regression (``pip install scikit-learn``; only this
script needs it), cross-validated by article (5 folds, GroupKFold). The floor is chosen
on the out-of-fold probabilities of the mentions warlog keeps: the one that removes the
most false places net of right ones lost (a right place lost counts ``LOSS`` times);
none (floor 0) when no floor removes more false places than right ones, which is what
dev gives today.

``--bands FILE`` prints, per corpus of any geoparse gold file, the predictions by band of
a trained model's probability with their precision, what each floor would remove, and
the veto's time against spaCy's: aggregate counts only, so that it may run on check/.

    python scripts/train_place_veto.py --cache /tmp/veto.pkl          # cross-validate
    python scripts/train_place_veto.py --out /tmp/place_veto.json     # and write weights
    python scripts/train_place_veto.py --bands ../shared/gold/check/geoparse-other.jsonl \
        --model /tmp/place_veto.json
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warlog.places.borrowed import SPEECH
from warlog.places.cues import INSTITUTIONS, OF_CUES, PLACE_AFTER, RESIDENTS, TITLES
from warlog.places.index import Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev" / "geoparse.jsonl"
FOLDS = 5
LOSS = 2.0  # a right place lost weighs twice a false place removed
SKIP = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"))
BANDS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)
FLOORS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


PLACE_PREPS = frozenset(("in", "near", "outside", "around", "across", "throughout"))
MOTION_PREPS = frozenset(("to", "from", "into", "toward", "towards", "via"))
DEPS = frozenset(("compound", "pobj", "nsubj", "nsubjpass", "poss", "amod", "dobj", "conj",
                  "appos", "ROOT", "npadvmod", "nmod"))
FEATURE_KINDS = frozenset(("country", "admin1", "admin2", "city", "continent", "region",
                           "water", "river", "landmark", "island", "mountain", "area"))


@dataclass(frozen=True, slots=True)
class Article:
    """What the article as a whole says of names: its lower-case words, the words of
    its persons' names, and how often each text is tagged a place."""

    lower: frozenset[str]
    person: tuple[tuple[int, int, frozenset[str]], ...]  # each person's span and words
    placed: dict[str, int]
    said: dict[str, int]

    @classmethod
    def of(cls, sdoc: Doc) -> Article:
        placed: dict[str, int] = {}
        for e in sdoc.ents:
            if e.label_ in ("GPE", "LOC", "FAC"):
                placed[e.text] = placed.get(e.text, 0) + 1
        said: dict[str, int] = {}
        for t in sdoc:
            if t.text[:1].isupper():
                said[t.text] = said.get(t.text, 0) + 1
        return cls(frozenset(t.text for t in sdoc if t.text.islower()),
                   tuple((e.start_char, e.end_char, frozenset(t.text for t in e))
                         for e in sdoc.ents if e.label_ == "PERSON"),
                   placed, said)


def _word_before(sdoc: Doc, i: int) -> str:
    if i < 0:
        return "none"
    t = sdoc[i]
    low = t.lower_
    if low in PLACE_PREPS:
        return "place prep"
    if low in MOTION_PREPS:
        return "motion prep"
    if low in ("at", "of", "the", "and", "by", "for", "on", "with"):
        return low
    if low in TITLES or low in ("president", "governor", "minister", "mr.", "mrs.", "dr."):
        return "title"
    if low in OF_CUES:
        return "place word"
    if t.is_punct or t.is_space:
        return "newline" if "\n" in t.text or t.is_space else "punct"
    if t.like_num:
        return "number"
    if t.text[:1].isupper():
        return "capitalised"
    return f"lower {t.pos_}" if t.pos_ in ("NOUN", "VERB", "ADJ", "DET") else "lower other"


def _word_after(sdoc: Doc, i: int) -> str:
    if i >= len(sdoc):
        return "none"
    t = sdoc[i]
    low = t.lower_
    if low in ("'s", "’s", "'", "’"):
        return "possessive"
    if low in (",", "(", "-", "—", "–"):
        return {",": "comma", "(": "bracket"}.get(low, "dash")
    if t.is_punct or t.is_space:
        return "newline" if "\n" in t.text or t.is_space else "punct"
    if t.lemma_.lower() in SPEECH:
        return "saying"
    if low in PLACE_AFTER:
        return "place word"
    if low in RESIDENTS:
        return "residents"
    if t.text[:1].isupper():
        return "capitalised institution" if low in INSTITUTIONS else "capitalised"
    if low in INSTITUTIONS:
        return "institution"
    if low in ("and", "or", "of"):
        return low
    return f"lower {t.pos_}" if t.pos_ in ("NOUN", "VERB", "ADJ", "AUX", "ADP") else "lower other"


def _band(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n < edge:
            return f"<{edge}"
    return f">={edges[-1]}"


def _shape(text: str) -> str:
    if text.isupper():
        return "upper"
    if all(w[:1].isupper() for w in text.split() if w[:1].isalpha()):
        return "title"
    return "lower" if text.islower() else "mixed"


def _entity(span: Span) -> tuple[str, str]:
    """spaCy's label over the span, and how the entity lies over it."""
    ent = next((e for e in span.doc.ents if e.start <= span.start < e.end), None)
    if ent is None:
        return "none", "none"
    if ent.start == span.start and ent.end == span.end:
        return ent.label_, "exact"
    return ent.label_, "opens" if ent.start == span.start else "inside"


def _index(text: str, gaz: Gazetteer) -> dict[str, float]:
    adjective = gaz.adjective(text)
    cands = gaz.candidates(text)
    best = adjective or (cands[0] if cands else None)
    kind = "unknown" if best is None else (
        best.feature if best.feature in FEATURE_KINDS else "other")
    out = {f"kind={'adjective ' if adjective else ''}{kind}": 1.0,
           f"namesakes={_band(len(cands), (1, 2, 6, 30))}": 1.0}
    if best is not None:
        out[f"population={_band(best.population, (1_000, 10_000, 100_000, 1_000_000))}"] = 1.0
    return out


def features(sdoc: Doc, start: int, end: int, gaz: Gazetteer, art: Article) -> dict[str, float]:
    """The cues of the mention at characters [start, end) of ``sdoc``'s text."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return {"bias only": 1.0}
    text = span.text
    label, lie = _entity(span)
    last = span[-1]
    words = text.split()
    feats = {
        f"ent={label}": 1.0, f"ent lie={lie}": 1.0, f"ent={label} {lie}": 1.0,
        f"pos={last.pos_}": 1.0, f"dep={last.dep_ if last.dep_ in DEPS else 'other'}": 1.0,
        f"shape={_shape(text)}": 1.0, f"words={min(len(words), 3)}": 1.0,
        f"before={_word_before(sdoc, span.start - 1)}": 1.0,
        f"after={_word_after(sdoc, span.end)}": 1.0,
        f"placed again={_band(art.placed.get(text, 0), (1, 2, 3))}": 1.0,
        f"said={_band(art.said.get(words[0], 0) if words else 0, (2, 3, 5))}": 1.0,
    }
    feats.update(_index(text, gaz))
    if span[0].is_sent_start:
        feats["sentence start"] = 1.0
    if start < 100:
        feats["first 100 chars"] = 1.0
    if any(w.lower() in art.lower for w in words):
        feats["also a lower-case word"] = 1.0
    if any(w in names for s, e, names in art.person for w in words
           if not (s < end and start < e)):
        feats["a person elsewhere bears it"] = 1.0
    return feats


def _spans(sdoc: Doc, gaz: Gazetteer, kept: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """Candidate character spans, True for those warlog keeps."""
    out = {k: True for k in kept}
    for e in sdoc.ents:
        if e.label_ in SKIP:
            continue
        s = e[1:] if len(e) > 1 and e[0].lower_ == "the" else e
        if gaz.candidates(s.text) or gaz.adjective(s.text):
            out.setdefault((s.start_char, s.end_char), False)
    i = 0
    while i < len(sdoc):
        if sdoc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        while j < len(sdoc) and sdoc[j].pos_ == "PROPN":
            j += 1
        span = sdoc[i:j]
        if gaz.candidates(span.text):
            out.setdefault((span.start_char, span.end_char), False)
        i = j
    return out


def _label(start: int, end: int, row: dict[str, Any]) -> int | None:
    def hit(spans: list[dict[str, Any]]) -> bool:
        return any(start < int(g["end"]) and int(g["start"]) < end for g in spans)

    if hit(row.get("places", [])):
        return 1
    return None if hit(row.get("other_places", [])) else 0


def examples(cache: Path | None) -> list[dict[str, Any]]:
    """One dict per candidate: article, features, label, kept."""
    if cache is not None and cache.exists():
        return list(pickle.loads(cache.read_bytes()))
    from warlog.config import load_settings
    from warlog.evaluate.common import read_gold
    from warlog.nlp.load import load_nlp
    from warlog.places import find_places, load_gazetteer
    from warlog.text.clean import document_from_record

    settings = load_settings()
    gold = read_gold(str(GOLD))
    nlp, gaz = load_nlp(settings.spacy_model), load_gazetteer(settings)
    docs = [document_from_record(row, settings) for row in gold]
    rows: list[dict[str, Any]] = []
    for row, d, sd in zip(gold, docs, nlp.pipe(d.text for d in docs), strict=True):
        kept = [(p.start, p.end) for p in find_places(d, sd, gaz)]
        art = Article.of(sd)
        for (s, e), is_kept in sorted(_spans(sd, gaz, kept).items()):
            y = _label(s, e, row)
            if y is not None:
                rows.append({"article": d.id, "x": features(sd, s, e, gaz, art), "y": y,
                             "kept": is_kept, "text": d.text[s:e]})
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def _floor(probs: list[float], ys: list[int]) -> tuple[float, list[str]]:
    """The floor with the best net gain over the kept mentions, and the table."""
    best, best_gain, lines = 0.0, 0.0, []
    for floor in [f / 100 for f in range(1, 96)]:
        false = sum(1 for p, y in zip(probs, ys, strict=True) if p < floor and y == 0)
        right = sum(1 for p, y in zip(probs, ys, strict=True) if p < floor and y == 1)
        gain = false - LOSS * right
        if floor * 100 % 5 == 0 or gain > best_gain:
            lines.append(f"  floor {floor:.2f}: removes {false} false, {right} right")
        if gain > best_gain:
            best, best_gain = floor, gain
    return best, lines


def train(args: argparse.Namespace) -> None:
    """Cross-validate by article, report, and write the weights where asked."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    rows = examples(args.cache)
    vec = DictVectorizer()
    x = vec.fit_transform([r["x"] for r in rows])
    y = [r["y"] for r in rows]
    groups = [r["article"] for r in rows]
    oof = [0.0] * len(rows)
    for fit, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(x[fit], [y[i] for i in fit])
        for i, p in zip(held, model.predict_proba(x[held])[:, 1], strict=True):
            oof[i] = float(p)
    kept = [i for i, r in enumerate(rows) if r["kept"]]
    print(f"examples {len(rows)} (places {sum(y)}), kept by warlog {len(kept)} "
          f"(false {sum(1 for i in kept if y[i] == 0)})")
    print(f"cross-validated AUC: all {roc_auc_score(y, oof):.3f}, "
          f"kept {roc_auc_score([y[i] for i in kept], [oof[i] for i in kept]):.3f}")
    floor, lines = _floor([oof[i] for i in kept], [y[i] for i in kept])
    print("\n".join(lines))
    print(f"floor chosen by cross-validation: {floor:.2f}")
    model = LogisticRegression(C=args.c, max_iter=2000).fit(x, y)
    weights = {k: round(float(w), 4) for k, w in zip(vec.get_feature_names_out(),
                                                     model.coef_[0], strict=True) if w}
    out = {"trained_on": "GeoWebNews dev (../shared/gold/dev/geoparse.jsonl)",
           "script": "scripts/train_place_veto.py", "c": args.c, "floor": floor,
           "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


def probability(model: dict[str, Any], feats: dict[str, float]) -> float:
    z = model["bias"] + sum(model["weights"].get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def bands(path: str, model: dict[str, Any]) -> None:
    """Aggregate counts per corpus of ``path``: predictions by band of the model's
    probability (right / all), what each floor would remove, the veto's time."""
    from warlog.config import load_settings
    from warlog.evaluate.common import read_gold
    from warlog.nlp.load import load_nlp
    from warlog.places import find_places, load_gazetteer
    from warlog.text.clean import document_from_record

    settings = load_settings()
    gold = read_gold(path)
    nlp, gaz = load_nlp(settings.spacy_model), load_gazetteer(settings)
    docs = [document_from_record(row, settings) for row in gold]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(d.text for d in docs))
    spacy_s, veto_s = time.perf_counter() - t0, 0.0
    counts: Counter[tuple[str, str, str]] = Counter()
    for row, d, sd in zip(gold, docs, parsed, strict=True):
        places = find_places(d, sd, gaz)
        t0 = time.perf_counter()
        art = Article.of(sd)
        probs = [probability(model, features(sd, p.start, p.end, gaz, art)) for p in places]
        veto_s += time.perf_counter() - t0
        for p, prob in zip(places, probs, strict=True):
            y = _label(p.start, p.end, row)
            if y is None:
                continue
            right, corpus = ("right" if y else "false"), str(row.get("corpus") or "?")
            top = next((b for b in BANDS if prob < b), None)
            counts[(corpus, f"< {top:.2f}" if top else ">= 0.90", right)] += 1
            for floor in FLOORS:
                if prob < floor:
                    counts[(corpus, f"floor {floor:.2f} removes", right)] += 1
    for corpus in sorted({c for c, _, _ in counts}):
        print(f"{corpus}: predictions by the veto's probability (right / all, precision)")
        for k in sorted({k for c, k, _ in counts if c == corpus},
                        key=lambda k: (k.startswith("floor"), k)):
            r, f = counts[(corpus, k, "right")], counts[(corpus, k, "false")]
            print(f"  {k:22s} {r:5d} / {r + f:5d}  {r / (r + f):.3f}")
    print(f"spaCy {spacy_s:.1f} s, veto {veto_s:.2f} s ({veto_s / spacy_s:.3f} of spaCy)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="pickle of the examples, reused if present")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--out", type=Path, help="write the weights (JSON) here")
    ap.add_argument("--bands", help="a geoparse gold file to break down (aggregates only)")
    ap.add_argument("--model", type=Path, help="weights for --bands")
    args = ap.parse_args()
    if args.bands:
        bands(args.bands, json.loads(args.model.read_text(encoding="utf-8")))
    else:
        train(args)


if __name__ == "__main__":
    main()
