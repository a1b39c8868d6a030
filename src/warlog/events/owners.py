"""The owner of the craft: "planes from a US-led coalition", "jets of the regime".

A side named after an aircraft or a gun by "from", "of" or "belonging to" owns it, as
one named before it does ("coalition planes", "the regime's jets"): the craft's owner
flew or fired it, unless the craft itself is what was hit ("shot down a jet of the
coalition": the coalition lost it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_CRAFT = frozenset("jet warplane aircraft plane drone helicopter gunship bomber artillery "
                   "tank warship".split())


def craft_owner(tok: Token) -> str | None:
    """actor1 for the owner of a craft that acted, actor2 for one whose craft was hit,
    None when ``tok`` names no craft's owner."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    craft = prep.head
    if prep.lower_ == "to" and craft.lower_ == "belonging":  # "jets belonging to X"
        craft = craft.head
    elif prep.lower_ not in ("from", "of"):
        return None
    if craft.lemma_.lower() not in _CRAFT or craft.i == prep.i:
        return None
    return "actor2" if craft.dep_ in ("dobj", "nsubjpass") else "actor1"
