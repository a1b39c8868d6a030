"""A person's surname standing alone is that person.

News style names a person in full once ("Chief of Staff John Kelly") and by the surname
alone after that ("Kelly said", "Kelly's attempts"). So a lone word that is the last
word of a person's full name in the article, and that spaCy did not tag as a place, is
the person wherever the words around do not set it as a place in a way a person cannot
be. Of the prepositions, only those of location set it so ("in Kelly", "near Kelly":
:func:`warlog.places.known.located`): "to", "from", "at", "by" and the like take persons
as well ("a letter from Kelly", "angry at Kelly"), and a name before a possessive is the
possessor of the noun that follows, not the preposition's object ("fatigue at Kelly's
attempts": "at" governs "attempts"). Used by detection (:mod:`warlog.places.detect`) and
the repeats pass (:mod:`warlog.places.repeats`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.nlp.columns import columns
from warlog.nlp.parse import first_token_at
from warlog.places.cues import LOCATIVE
from warlog.places.known import located, surnames_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# spaCy's labels that are the tagger's own reading of a place: a surname so tagged keeps it
PLACE_TAGS = frozenset({"GPE", "LOC", "FAC"})


def by_preposition_only(sdoc: Doc, start_char: int, end_char: int) -> bool:
    """Whether the name at ``[start_char, end_char)`` follows a preposition that may take
    a person (any but those of location, or any before a possessive): there the
    preposition is no evidence that the name is a place (see the module docstring)."""
    start = first_token_at(sdoc, start_char)
    end = first_token_at(sdoc, end_char)
    if start == 0 or start >= len(sdoc):
        return False
    return sdoc[start - 1].lower_ in LOCATIVE and not located(sdoc, start, end)


def lone_surnames(sdoc: Doc) -> list[tuple[int, int]]:
    """The character spans of the article's surnames standing alone ("Kelly" after "John
    Kelly"): a one-word entity that is no place by spaCy's tags, or a word in no entity,
    that no preposition of location sets as a place. Not a word inside a longer name
    ("Kelly Hardware"), which may open an institution named after a place."""
    surnames = surnames_of(sdoc)
    if not surnames:
        return []
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    # asked of the lower-case column first: a Token is built only for the words that match
    wanted = {int(hash_string(w.lower())) for w in surnames}
    lower = columns(sdoc)[2]
    out = []
    for i in (i for i, h in enumerate(lower) if h in wanted):
        tok = sdoc[i]
        if tok.text not in surnames:
            continue
        if tok.ent_type_:
            alone = tok.ent_iob_ == "B" and not (i + 1 < len(sdoc) and sdoc[i + 1].ent_iob_ == "I")
            if not alone or tok.ent_type_ in PLACE_TAGS:
                continue
        elif _in_name(sdoc, i):
            continue
        if located(sdoc, i, i + 1):
            continue
        out.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _in_name(sdoc: Doc, i: int) -> bool:
    """Whether word ``i`` stands beside another capitalised word (a longer name)."""
    before = i > 0 and sdoc[i - 1].text[:1].isupper() and not sdoc[i - 1].is_sent_start
    after = i + 1 < len(sdoc) and sdoc[i + 1].text[:1].isupper()
    return bool(before or after)

