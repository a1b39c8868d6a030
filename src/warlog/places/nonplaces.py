"""Capitalised words that the words around tell are no place, whatever the index makes
of them, in any annotation convention:

- a field of study after a degree ("a BA (Hons) in Divinity", "a master's degree in
  Public Health", "majored in Geography"): "in" after a degree names its subject, not
  where it was earned, so it sets no place;
- an abbreviation in brackets right after the name it shortens, when that name is no
  place ("4,4'-methylene-bis(2-chloroaniline) (MOCA)", "the Centers for Disease Control
  (CDC)"): a writer defines an abbreviation by the words just before it, so it names
  what they name; one after a place's name is that place's ("the United Arab Emirates
  (UAE)") and stays a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns and verbs for a degree or a course of study that take their subject after
# "in". Not "major" (also a rank: "a major in Iraq") nor "studied" ("studied in
# Paris" names where); the two-letter abbreviations only with their points ("M.S.",
# "M.A."), since "MS" and "MA" are also state codes ("Jackson, MS in 1980").
DEGREES = frozenset(
    "degree degrees diploma diplomas doctorate doctorates master's masters bachelor's "
    "bachelors majored majoring minored ba bsc msc mba phd llb llm b.a. b.s. m.a. m.s. "
    "ph.d. ph.d b.sc. m.sc. m.b.a.".split()
)


def studied_in(sdoc: Doc, prep: int) -> bool:
    """Whether the word at ``prep`` is an "in" that names a field of study: right after a
    degree ("degree in", "BA in", "majored in"), past a bracket between ("a BA (Hons) in
    Divinity")."""
    if sdoc[prep].lower_ != "in":
        return False
    i = prep - 1
    if i >= 0 and sdoc[i].text == ")":
        while i >= 0 and sdoc[i].text != "(":
            i -= 1
        i -= 1
    return i >= 0 and sdoc[i].lower_ in DEGREES


def abbreviates_other(text: str, start: int, end: int, place_end: int) -> bool:
    """Whether the name at [start, end) of ``text`` is an abbreviation in capitals, alone
    in brackets, right after words that are no place: ``place_end``, the end of the last
    place mention before it, is not where the bracket opens ("United Arab Emirates
    (UAE)" keeps its place)."""
    name = text[start:end]
    if not (name.isalpha() and name.isupper() and len(name) > 1):
        return False
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    opened = start - 1
    return bool(text[:opened].strip()) and text[place_end:opened].strip() != ""
