"""Accusations both ways (one side blames the other, which blames it back) are no clear
attribution: no one leads the event by the claimer rule (claims.claimer). A claim of
responsibility still leads, and one side blamed alone is still held responsible. Claims
and mentions built by hand."""

from __future__ import annotations

from warlog.events.claims import claimer as _claimer
from warlog.models import ActorKind, ActorMention, Claim

ARMY = ActorMention(0, 4, "army", "Military Forces of Oceania", (), ActorKind.STATE_FORCES)
FRONT = ActorMention(30, 41, "River Front", "River Front", (), ActorKind.REBEL_GROUP)


def _blame(by: str, whom: str) -> Claim:
    return Claim(by, "attributed", 0, 10, f"{by} accused {whom} of the attack.", whom)


def test_events_claimer_accusations_both_ways_name_no_one() -> None:
    claims = [_blame("River Front", "Military Forces of Oceania"),
              _blame("Military Forces of Oceania", "River Front")]
    assert _claimer(claims, [ARMY, FRONT]) is None


def test_events_claimer_one_side_blamed_or_a_claim_still_leads() -> None:
    assert _claimer([_blame("River Front", "Military Forces of Oceania")], [ARMY, FRONT]) is ARMY
    claimed = Claim("River Front", "claimed", 0, 10, "River Front claimed it.", "River Front")
    both = [_blame("River Front", "Military Forces of Oceania"),
            _blame("Military Forces of Oceania", "River Front"), claimed]
    assert _claimer(both, [ARMY, FRONT]) is FRONT
