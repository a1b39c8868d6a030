"""The agent after a phrasal verb: "shot down by IS", "blown up by the militants".

A verb particle ("down", "up", "off", "out") follows a verb, never a noun, so a "by"
phrase right after one names the agent of that verb, even where the parser has read the
participle as a noun ("was the fourth shot down by IS": "shot" taken for a noun, "by IS"
for a mere modifier).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTICLES = frozenset("down up off out".split())


def agent_after_particle(by: Token) -> bool:
    """Whether the preposition "by" follows a verb particle: its object is the agent."""
    if by.lower_ != "by" or by.i == 0:
        return False
    prev = by.doc[by.i - 1]
    if prev.lower_ not in _PARTICLES or prev.i == 0:
        return False
    verb = by.doc[prev.i - 1]  # "shot down", "blown up": a participle before the particle
    return prev.dep_ == "prt" or verb.tag_ == "VBN"
