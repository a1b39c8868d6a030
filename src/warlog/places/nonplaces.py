"""Capitalised words that the words around tell are no place, whatever the index makes
of them, in any annotation convention:

- a field of study after a degree ("a BA (Hons) in Divinity", "a master's degree in
  Public Health", "majored in Geography"): "in" after a degree names its subject, not
  where it was earned, so it sets no place;
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

