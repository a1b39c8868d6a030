"""One sense per discourse: a name found as a place once is a place wherever else the
article repeats it (outside person names), with the same resolution.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from warlog.nlp.parse import doc_text
from warlog.places.detect import Mention
from warlog.places.known import STRONG_FEATURES, STRONG_TOWN, common

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc


def repeats(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Further occurrences of a name already found as a place elsewhere in the article
    (one sense per discourse), outside person names."""
    taken = [(m.start, m.end) for m in mentions]
    taken += [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "PERSON"]
    sources: dict[str, Mention] = {}
    countries = Counter(m.best.country_code for m in mentions if m.best is not None)
    top = countries.most_common(1)[0][0] if countries else None
    for m in mentions:
        if (
            m.adjective
            or m.best is None
            or m.partial
            or m.weak
            or len(m.text) < 3
            or common(m.text)
            or m.confidence < 0.5
        ):
            continue
        if (
            m.evidence
            or m.qualifier
            or m.best.feature in STRONG_FEATURES
            or m.best.population >= STRONG_TOWN
            or m.best.country_code == top
        ):
            sources.setdefault(m.text, m)
    out: list[Mention] = []
    text = doc_text(sdoc)
    occupied = bytearray(len(text))  # 1 where a mention or a person's name already is
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    for name, src in sources.items():
        for form in {name, name.upper()}:
            for a, b in _occurrences(text, form):
                if occupied.find(1, a, b) != -1:
                    continue
                occupied[a:b] = b"\x01" * (b - a)
                out.append(
                    Mention(
                        a,
                        b,
                        form,
                        candidates=src.candidates,
                        aliased=src.aliased,
                        lookup=src.lookup,
                        evidence=True,
                        best=src.best,
                        confidence=src.confidence,
                    )
                )
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where ``form`` stands as a whole word in ``text``, left to right without overlap:
    the matches of ``(?<![\\w.])form(?!\\w)``, found by plain substring search (a
    long article names hundreds of places, and a regular expression per name and case
    made this quadratic)."""
    if not form:
        return
    pos = text.find(form)
    while pos != -1:
        end = pos + len(form)
        before = text[pos - 1] if pos else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_word_char(before) or before == ".")) and not (
            after and _word_char(after)
        ):
            yield pos, end
            pos = text.find(form, end)
        else:
            pos = text.find(form, pos + 1)
