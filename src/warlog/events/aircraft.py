"""Whose aircraft: the sides a report names as flying strikes ("regime air raids", "Russian
jets", "the Syrian air force"), and the actor1 of an air strike with no agent in its own
sentences when the report names one such side (or two, whose strikes ACLED codes
together); a side that flies no aircraft is the one struck. Split from
:mod:`warlog.events.sides`, which re-exports :func:`flies` and :func:`air_owners`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.bodies import is_side
from warlog.events.generic import implied, unnamed
from warlog.models import ActorKind, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Roles = list[tuple[ActorMention, str]]  # as in :mod:`warlog.events.sides`

# a report on drones, which an armed group may fly too (downing one is its act)
DRONES = re.compile(r"(?i)\b(?:drones?|UAVs?|unmanned|quadcopters?|shot down|downed)\b")
_GROUNDED = frozenset({ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA,  # no aircraft of
                       ActorKind.IDENTITY_MILITIA})  # their own: an air strike's actor1 is hit


def air_owner(roles: Roles, air_owners: Sequence[ActorMention], drones: bool) -> Roles:
    """The roles of an air strike settled by the sides the report names as flying
    (``air_owners``); ``drones``: the sentence tells of drones."""
    named = [m for m in air_owners if not unnamed(m)]
    owners = {m.actor for m in named}
    # "air strikes on an IS base in Raqa" in a report on the Syrian air force, or naming no
    # flyer: IS, flying no aircraft (drones aside; downing one is its act), was struck
    if len(owners) == 1 or (not owners and not drones):
        roles = [
            (m, "actor2") if r == "actor1" and m.kind in _GROUNDED and m.actor not in owners
            else (m, r)
            for m, r in roles
        ]
    if any(r == "actor1" and not implied(m) for m, r in roles) or not 1 <= len(owners) <= 2:
        return roles  # an air force implied by "an air strike" is the one the report names
    # two air forces flying over the same war ("both Russian and Syrian warplanes are
    # carrying out air strikes"): the report leaves open whose strike it was, and ACLED
    # then codes both, the first named as actor1 and the other as its associate
    first = list({m.actor: m for m in named}.values())
    kept = [(m, r) for m, r in roles
            if m.actor not in owners and not (r == "actor1" and implied(m))]
    return [*((m, "actor1") for m in first), *kept]


# what flies: the means of an air strike, by lemma ("air raids", "warplanes", "jets")
_AIR = frozenset("airstrike jet warplane aircraft plane drone helicopter gunship bomber raid "
                 "aviation aerospace".split())


def flies(tok: Token) -> bool:
    """An aircraft, an air raid, or a strike told as from the air ("US air strikes")."""
    lemma = tok.lemma_.lower()
    if lemma in _AIR:
        return True
    return lemma == "strike" and any(c.lower_ in ("air", "drone", "aerial") for c in tok.children)


def air_owners(sdoc: Doc, actors: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The sides a report names as flying strikes: a mention that is the aircraft or owns
    them ("Russian jets", "regime air raids", "the Syrian air force"), not one that was
    hit ("shot down a Russian jet")."""
    out = []
    for m in actors:
        if not is_side(m):
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        lemmas = {t.lemma_.lower() for t in span}
        owns = root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i != root.i
        if lemmas & _AIR or flies(root) or ("air" in lemmas and "force" in lemmas):
            if root.dep_ not in ("dobj", "nsubjpass"):
                out.append(m)
        elif owns and flies(root.head):
            out.append(m)
    return tuple(out)
