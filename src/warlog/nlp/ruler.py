"""The attribute ruler as table look-ups on the Doc's columns.

The package's attribute ruler maps a fine tag, a lowercase form, or both, to POS,
morphology and sometimes a lemma, one token at a time. With the parser off in the main
pass, its rules on dependency labels cannot fire, and every other rule has one of four
shapes, so the ruler reduces to four tables (:func:`ruler_tables`). What a token gets
depends only on (its tag, whether it is whitespace, its lowercase form): that outcome is
worked out once per distinct triple (the tables applied in the ruler's order, a later
table's value replacing an earlier one's) and kept, and the Doc's POS, TAG, MORPH and
LEMMA columns are written in one ``Doc.from_array`` instead of a Python ``Token`` per
word, four dictionary look-ups and up to four attribute writes each. The values written
are those the token setters write (``pos_``: the POS id; ``tag_``/``lemma_``: the
string's hash; ``set_morph``: the morphology table's key), so the Doc is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

Attrs = dict[str, str]
Tables = tuple[
    dict[str, Attrs], dict[str, Attrs], dict[str, Attrs], dict[tuple[str, str], Attrs],
    Attrs | None,
]
_ORDER = ("POS", "TAG", "MORPH", "LEMMA")  # the columns written, in from_array's order


def ruler_tables(patterns: list[dict[str, object]]) -> Tables | None:
    """(by tag, by tag of a non-space token, by lowercase form, by both, for whitespace)
    from the ruler's patterns; None when a rule of another shape would be lost."""
    by_tag: dict[str, Attrs] = {}
    by_lower: dict[str, Attrs] = {}
    by_both: dict[tuple[str, str], Attrs] = {}
    space: Attrs | None = None
    not_space: dict[str, Attrs] = {}
    for p in patterns:
        pats, attrs = p["patterns"], p["attrs"]
        if not isinstance(pats, list) or not isinstance(attrs, dict):
            return None
        lemma_only = set(attrs) <= {"LEMMA"}
        for pat in pats:
            if any("DEP" in t for t in pat):
                continue  # rules on the parse, which has not run yet
            tok = pat[0] if len(pat) == 1 else {}
            keys = set(tok)
            if keys == {"IS_SPACE"} and tok["IS_SPACE"] is True:
                space = attrs
            elif keys == {"TAG", "IS_SPACE"} and tok["IS_SPACE"] is False:
                not_space[str(tok["TAG"])] = attrs
            elif keys == {"TAG"} and isinstance(tok["TAG"], str):
                by_tag[tok["TAG"]] = {**by_tag.get(tok["TAG"], {}), **attrs}
            elif keys == {"LOWER"} and isinstance(tok["LOWER"], str):
                by_lower[tok["LOWER"]] = {**by_lower.get(tok["LOWER"], {}), **attrs}
            elif keys == {"LOWER", "TAG"} and _values(tok["TAG"]) and _values(tok["LOWER"]):
                for tag in _values(tok["TAG"]):
                    for low in _values(tok["LOWER"]):
                        by_both[(low, tag)] = {**by_both.get((low, tag), {}), **attrs}
            elif not lemma_only:
                return None  # a rule of another shape: keep the package's ruler
    return by_tag, not_space, by_lower, by_both, space


def _values(v: object) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict) and isinstance(v.get("IN"), list):
        return [str(x) for x in v["IN"]]
    return []


def column_ruler(tables: Tables, vocab: Vocab) -> Callable[[Doc], Doc]:
    """A pipeline function that sets what the ruler's ``tables`` give each token."""
    import numpy
    from spacy.attrs import IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
    from spacy.symbols import IDS

    by_tag, not_space, by_lower, by_both, space = tables
    strings = vocab.strings
    # only the lowercase forms the tables name can change an outcome: every other one is
    # read as 0, so the outcomes are few and each is worked out once for the run
    named = numpy.array(sorted({strings[w] for w in by_lower} | {strings[w] for w, _ in by_both}),
                        dtype=numpy.uint64)
    kept: dict[tuple[int, int, int], int] = {}  # key -> its row in the tables below
    values: list[tuple[int, ...]] = []
    masks: list[tuple[bool, ...]] = []
    arrays: list[Any] = []  # (values, masks) as arrays, remade when a key is added

    def outcome(key: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        tag_h, is_space, lower_h = key
        tag, lower = strings[tag_h], (strings[lower_h] if lower_h else "")
        merged: Attrs = {}
        for attrs in (by_tag.get(tag), space if is_space else not_space.get(tag),
                      by_lower.get(lower), by_both.get((lower, tag))):
            if attrs:
                merged.update(attrs)  # applied in the ruler's order: the later one stays
        value: dict[str, int] = {}
        for name, v in merged.items():
            if name == "POS":
                value[name] = IDS[v]
            elif name == "MORPH":
                value[name] = vocab.morphology.add(v)
            else:
                value[name] = strings.add(v)
        return tuple(value.get(k, 0) for k in _ORDER), tuple(k in value for k in _ORDER)

    def ruler(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys: Any = doc.to_array([TAG, IS_SPACE, LOWER])
        keys[:, 2] = numpy.where(numpy.isin(keys[:, 2], named), keys[:, 2], 0)
        rows = []
        for key in map(tuple, keys.tolist()):
            row = kept.get(key)
            if row is None:
                value, mask = outcome(key)
                row = kept[key] = len(values)
                values.append(value)
                masks.append(mask)
                arrays[:] = [numpy.array(values, dtype=numpy.uint64),
                             numpy.array(masks, dtype=bool)]
            rows.append(row)
        at = numpy.array(rows)
        mask = arrays[1][at]
        if mask.any():
            cols = doc.to_array([POS, TAG, MORPH, LEMMA])
            doc.from_array([POS, TAG, MORPH, LEMMA], numpy.where(mask, arrays[0][at], cols))  # type: ignore[arg-type]
        return doc

    return ruler
