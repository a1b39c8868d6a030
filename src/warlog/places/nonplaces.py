"""Capitalised words that the words around tell are no place, whatever the index makes
of them, in any annotation convention:

- a field of study after a degree ("a BA (Hons) in Divinity", "a master's degree in
  Public Health", "majored in Geography"): "in" after a degree names its subject, not
  where it was earned, so it sets no place; so does "in" right after a verb of
  publishing, writing or storing, which names the medium ("published in Science",
  "stored in Dropbox"; not "reported in", "appeared in": cases are reported and
  viruses appear in places);
- an abbreviation in brackets right after the name it shortens, when that name is no
  place ("4,4'-methylene-bis(2-chloroaniline) (MOCA)", "the Centers for Disease Control
  (CDC)"): a writer defines an abbreviation by the words just before it, so it names
  what they name; one after a place's name is that place's ("the United Arab Emirates
  (UAE)") and stays a place;
- a sea's or ocean's one-word name used bare as a modifier ("a Mediterranean diet",
  "farmed Atlantic salmon", "an Arctic blast", "Pacific oysters"): English names the
  sea with the article ("the Mediterranean", "across the Pacific"), so the bare name
  before a noun of some kind is an adjective that names the kind, not the sea; before
  a word for the sea's parts or shores it stays the sea ("Pacific waters", "Atlantic
  coast", "Gulf countries").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.nlp.parse import doc_text, first_token_at
from warlog.places.names import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warlog.places.index import Gazetteer

# Nouns and verbs for a degree or a course of study that take their subject after
# "in". Not "major" (also a rank: "a major in Iraq") nor "studied" ("studied in
# Paris" names where); the two-letter abbreviations only with their points ("M.S.",
# "M.A."), since "MS" and "MA" are also state codes ("Jackson, MS in 1980").
DEGREES = frozenset(
    "degree degrees diploma diplomas doctorate doctorates master's masters bachelor's "
    "bachelors majored majoring minored ba bsc msc mba phd llb llm b.a. b.s. m.a. m.s. "
    "ph.d. ph.d b.sc. m.sc. m.b.a.".split()
)


# verbs of publishing, writing and storing: "in" right after them names the medium
# ("published in Science", "wrote in Vogue", "stored in Dropbox"), not where
MEDIA_VERBS = frozenset(
    "published publishes publish wrote writes write written writing posted posts "
    "stored saved uploaded printed".split()
)


def subject_in(sdoc: Doc, prep: int) -> bool:
    """Whether the word at ``prep`` is an "in" that names a subject, not where: a field
    of study right after a degree ("degree in", "BA in", "majored in"), past a bracket
    between ("a BA (Hons) in Divinity"); or a medium, right after a verb of publishing
    or storing ("published in Science", "stored in Dropbox")."""
    if sdoc[prep].lower_ != "in":
        return False
    if prep > 0 and sdoc[prep - 1].lower_ in MEDIA_VERBS:
        return True
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


# words after a sea's bare name that name a part of it, its shores or the lands around:
# there the name is the sea ("Pacific waters", "Atlantic coast", "Gulf countries")
SEA_PARTS = words(
    "coast coasts coastline coastlines seaboard shore shores waters water sea seas ocean "
    "basin rim island islands isles region regions states countries nations side port "
    "ports beaches beach littoral floor seabed crossing route routes"
)


def sea_as_modifier(sdoc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether the name at characters [start, end) is a sea's or ocean's one-word name
    used bare before a noun that is no part of the sea ("Mediterranean diet", "Arctic
    blast"): no "the" before it, a lower-case word after it."""
    name = doc_text(sdoc)[start:end]
    if not name.isalpha() or not name[:1].isupper():
        return False
    i, j = first_token_at(sdoc, start), first_token_at(sdoc, end)
    if (i > 0 and sdoc[i - 1].lower_ == "the") or j >= len(sdoc):
        return False
    nxt = sdoc[j]
    if not (nxt.is_lower and nxt.is_alpha) or nxt.lower_ in SEA_PARTS:
        return False
    return any(c.feature == "water" for c in gaz.lookup(name))


def named_otherwise(sdoc: Doc, gaz: Gazetteer, start: int, end: int, place_end: int) -> bool:
    """Whether the words around tell that the name at characters [start, end) is no
    place: an abbreviation of words that are no place, or a sea's name as a modifier."""
    # the Doc's kept text: spaCy's ``Doc.text`` joins every token again on each access,
    # and this is asked of every place of the report
    return abbreviates_other(doc_text(sdoc), start, end, place_end) or sea_as_modifier(
        sdoc, gaz, start, end
    )

