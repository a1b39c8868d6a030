"""Place names lent to something else, so that the name there is no place: a disease
("West Nile virus", "Spanish flu"), a thing of a kind ("the yacht Granma"), a group
identity ("African American"), a speaker ("Dalton said"), an institution acting ("the
Kremlin said") or a relative set off by commas ("her baby, Chicago,"). Split from
:mod:`warlog.places.cues`, which re-exports these names; used by place detection
(:mod:`warlog.places.detect`) and geocoding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warlog.nlp.parse import first_token_at
from warlog.places.names import words

if TYPE_CHECKING:
    from spacy.tokens import Doc


# a place name right before one of these names a disease: "West Nile virus", "Rift
# Valley fever", "Lyme disease", "Middle East respiratory syndrome"
DISEASE_WORDS = words("virus viruses fever disease syndrome encephalitis")
# the head of a disease's name when lower-case modifiers stand between it and the place
# ("Rocky Mountain spotted fever", "Crimean-Congo haemorrhagic fever"), or after a
# demonym ("Spanish flu", "German measles", "African swine fever"). Not "virus" or
# "disease", which head generic compounds ("infectious disease experts", "Chinese virus
# researchers")
NAMED_DISEASE_HEADS = words("fever syndrome encephalitis flu influenza measles pox")
# names that, standing alone, are the disease named after the place, not the place:
# "cases of West Nile", "a Lyme diagnosis"; a locative still makes them places ("in
# West Nile", Uganda's region)
DISEASE_NAMES = frozenset({"West Nile", "Lyme", "Ebola", "Zika", "Nipah"})


def group_identity(
    text: str, start: int, end: int, demonym: Callable[[str], object | None]
) -> bool:
    """Whether the demonym at ``text[start:end]`` is part of an "X American" identity
    ("African American", "Mexican-Americans", "a Korean American family"): a group of
    Americans, which names neither X nor America as a place."""
    after = text[end : end + 10]
    if after[:1] in (" ", "-", "‐") and after[1:].startswith("American"):
        return True
    if text[start:end] != "American" or start < 2 or text[start - 1] not in (" ", "-", "‐"):
        return False
    i = start - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i < start - 1 and demonym(text[i : start - 1]) is not None


def is_agent(sdoc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` acts or speaks ("the Kremlin said", "the
    Pentagon, the State Department and CIA opposed ...") or is whom something is done on
    behalf of ("on behalf of the Kremlin"): for a seat of government, the institution."""
    tok = sdoc[end - 1]
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of"


def names_disease(sdoc: Doc, end: int, adjective: bool = False) -> bool:
    """Whether the words from token ``end`` finish the name of a disease that the place
    before begins, so that the place is none: a disease word right after a name ("West
    Nile virus", "Lyme disease"), or a disease's head after up to two lower-case
    modifiers, adjectives after a name ("Rocky Mountain spotted fever"), adjectives or
    nouns after a demonym ("African swine fever"); a demonym right before "flu" or
    "measles" names where the disease was first known ("Spanish flu", "German measles"),
    which is no place of the report."""
    n_tok = len(sdoc)
    if end < n_tok and not adjective and sdoc[end].lower_ in DISEASE_WORDS:
        return True
    kinds = ("ADJ", "NOUN") if adjective else ("ADJ",)
    for i in range(end, min(end + 3, n_tok)):
        tok = sdoc[i]
        if tok.lower_ in NAMED_DISEASE_HEADS:
            return adjective or i > end
        if not (tok.is_lower and tok.is_alpha and tok.pos_ in kinds):
            return False
    return False


# verbs of saying whose subject is a person: "Pskov made his comments", "Dalton said"
SPEECH = words("say tell add note explain write ask argue recall admit insist comment reply")


def speaks(sdoc: Doc, start_char: int, end_char: int) -> bool:
    """Whether the name at ``[start_char, end_char)`` is the subject of a verb of saying
    ("Dalton said", "Tyler told reporters")."""
    span = sdoc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH


# common nouns that, right before a proper name, give the kind of thing it names: "the
# daily Granma", "the yacht Granma", "the band Boston", "the horse Kentucky"
KINDS = words(
    "newspaper daily weekly magazine journal tabloid yacht ship vessel boat ferry tanker "
    "frigate destroyer submarine carrier firm company brand label band singer rapper "
    "album song single film movie novel book play musical opera show series horse dog "
    "cat hurricane storm typhoon cyclone virus strain drug vaccine"
)


def kind_before(sdoc: Doc, start_char: int) -> bool:
    """Whether a common noun of a kind that is no place stands right before the name
    starting at ``start_char`` ("the daily Granma", "the yacht Granma", "Hurricane
    Florence" in lower case): the name is that thing's."""
    i = first_token_at(sdoc, start_char)  # bisection, not a Token built per word before
    if i >= len(sdoc) or i == 0:
        return False
    prev = sdoc[i - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in KINDS


# nouns for a relative: a name set off by commas right after one is that person's, an
# appositive ("her baby, Chicago, in one hand"; "their son, Austin."), not a place
KIN = words(
    "son daughter baby child wife husband brother sister mother father grandson "
    "granddaughter niece nephew cousin"
)
_KIN_BEFORE = re.compile(r"\b([a-z]+), $")


def kin_before(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` stands in apposition to a noun for a relative:
    the noun, a comma, the name, then a comma or the sentence's end ("holding her baby,
    Chicago, in one hand"). An appositive names what the noun names, and a relative is a
    person; "her son in Chicago" or "her son, Chicago police said" is no appositive."""
    m = _KIN_BEFORE.search(text[max(0, start - 20) : start])
    return m is not None and m.group(1) in KIN and text[end : end + 1] in (",", ".", ";")
