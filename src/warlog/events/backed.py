"""Backed sides: a force the report says the doer backs stands with the doer, never as the
target of the doer's fire.

A report on a war fought by proxies names who backs whom once, often far from the act:
"the Syrian Democratic Forces, the US-backed alliance fighting IS", "Russian-backed
government forces", "rebels, backed by Turkey". When the doer of a strike or a shelling is
that backer, ACLED codes the backed force beside actor1 (``assoc_actor_1``), not as its
actor2, and the side that force is told fighting ("fighting IS", "against IS") as the
target: in "A key factor in the SDF advance against IS are the US air strikes" the strikes
hit IS, with the SDF on the striker's side. A mortar fired from an American base, with no
target named, in a report whose US-backed alliance is "fighting IS", is fired at IS.

The backer is a country ("US-backed": a country name or demonym, its forces and the
coalition it leads count as that backer) or a named actor; the backed force is the actor
named right after the cue ("US-backed SDF fighters") or right before it, the cue standing
in apposition to it ("the SDF, the US-backed alliance"); the enemy is the first actor
named after "fighting" or "against" in the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warlog.actors import dictionary as ad
from warlog.events.generic import unnamed
from warlog.events.location import country_name
from warlog.models import ActorKind, ActorMention, Place

# "US-backed", "Russian backed", "Iranian-supported"; and "backed by Turkey"
_CUE_RX = re.compile(r"[- ](?:backed|supported|sponsored)\b")
_BY_RX = re.compile(r"^,?\s+(?:backed|supported|sponsored) by\s+(?:the\s+)?$")
_APPOSED_RX = re.compile(r"^,\s+(?:the|a|an)\s+$")  # "the SDF, the US-backed alliance"
_AFTER_MAX = 40  # characters from the cue to the backed force named after it
_ENEMY_RX = re.compile(r"\b(?:fighting|battling|combating|against)\s+(?:the\s+)?$")
# the acts whose target the backing settles: fire and strikes from afar
_FIRE_CODES = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK"})


@dataclass(frozen=True, slots=True)
class Backing:
    """``backed`` (an actor name) is backed by a country or an actor, and is told
    fighting ``enemy`` where the report says so."""

    backer_country: str | None
    backer_actor: str | None
    backed: str
    enemy: ActorMention | None


def _backer(text: str, at: int, actors: Sequence[ActorMention], places: Sequence[Place],
            ) -> tuple[str | None, str | None] | None:
    """(country, actor) of the word ending at ``at``: an actor named there, or a country
    or demonym; None when it is neither."""
    for m in actors:
        if m.end == at:
            return m.country, m.actor
    for p in places:  # "US-backed", "Russian-backed"
        if p.end == at and p.feature == "country" and p.country_code:
            return country_name(p.country_code), None
    return None


def _modifiers(between: str) -> bool:
    """Whether the words between the cue and a name only describe that name: at most two,
    none a preposition or a verb's -ing form ("US-backed alliance fighting IS" names IS as
    the one fought, not the one backed)."""
    words = between.split()
    return (len(between) <= _AFTER_MAX and len(words) <= 2 and not re.search(r"[,.;]", between)
            and not any(w.endswith("ing") or w in _LINKS for w in words))


_LINKS = frozenset("in at on of near to from against with by for and or the a an".split())


def _enemy(text: str, start: int, stop: int, actors: Sequence[ActorMention]
           ) -> ActorMention | None:
    """The first side named after "fighting" or "against" from ``start`` to the clause's
    end (no full stop or semicolon in between), before ``stop``."""
    for m in actors:
        if start <= m.start < stop and m.kind != ActorKind.CIVILIANS:
            between = text[start : m.start]
            if re.search(r"[.;]", between):
                return None
            if _ENEMY_RX.search(between[-40:]):
                return m
    return None


def backings(text: str, actors: Sequence[ActorMention], places: Sequence[Place]
             ) -> list[Backing]:
    """Every "X-backed Y" and "Y, backed by X" of the report."""
    out: list[Backing] = []
    ordered = sorted(actors, key=lambda m: m.start)
    for cue in _CUE_RX.finditer(text):
        backer = _backer(text, cue.start(), ordered, places)
        after = next((m for m in ordered if cue.end() <= m.start), None)
        before = next((m for m in reversed(ordered) if m.end <= cue.start()), None)
        backed: ActorMention | None = None
        start = text.rfind(" ", 0, cue.start() - 1) + 1  # where the backer's word starts
        inside = next((m for m in ordered if m.start < cue.start() < m.end), None)
        if backer is not None and inside is not None:
            backed = inside  # "US-backed SDF" as one name of the dictionary
        elif backer is not None and before is not None and _APPOSED_RX.match(
                text[before.end : max(start, before.end)]):
            backed = before  # "the SDF, the US-backed alliance"
        elif backer is not None and after is not None and _modifiers(text[cue.end() :
                                                                          after.start]):
            backed = after  # "US-backed SDF fighters", "Russian-backed Kurdish-led forces"
        if backed is None or backer is None or backed.actor == backer[1]:
            continue
        stop = min((m.start for m in ordered if m.start > cue.end() + 200), default=len(text))
        out.append(Backing(backer[0], backer[1], backed.actor,
                           _enemy(text, cue.end(), stop, ordered)))
    for m in ordered:  # "rebels, backed by Turkey, ..."
        for by in (x for x in ordered if m.end < x.start <= m.end + 40):
            if _BY_RX.match(text[m.end : by.start]):
                out.append(Backing(by.country, by.actor, m.actor, None))
            break
    return out


def _backs(b: Backing, doer: ActorMention) -> bool:
    """Whether the doer is the backer: that actor, or the backer country's forces or a
    force they lead ("the US-led coalition", whose parent is the US military)."""
    if b.backer_actor is not None and b.backer_actor == doer.actor:
        return True
    country = b.backer_country
    return country is not None and (
        (doer.country == country and doer.kind == ActorKind.STATE_FORCES)
        or doer.parent == ad.military_name(country))


def with_backed(roles: list[tuple[ActorMention, str]], lead: ActorMention | None, code: str,
                text: str, actors: Sequence[ActorMention], places: Sequence[Place],
                ) -> list[tuple[ActorMention, str]]:
    """The doer's fire spares the force it backs: that force stands beside the doer, and
    with no other target named, the side it fights is the target. ``lead``: the doer
    when a claim or a launcher names it (it leads the roles read off the parse)."""
    doer = lead or next((m for m, r in roles if r == "actor1"), None)
    # an unnamed doer ("unidentified drones") is known to back no one
    if code not in _FIRE_CODES or doer is None or unnamed(doer) or not _CUE_RX.search(text):
        return roles
    mine = [b for b in backings(text, actors, places) if _backs(b, doer)]
    backed = {b.backed for b in mine}
    if not backed:
        return roles
    out = [(m, "assoc" if r in ("actor2", "other") and m.actor in backed else r)
           for m, r in roles]
    if any(r in ("actor2", "other") for _, r in out):
        return out
    enemy = next((b.enemy for b in mine if b.enemy is not None
                  and b.enemy.actor not in backed and b.enemy.actor != doer.actor), None)
    return out if enemy is None else [*out, (enemy, "actor2")]
