"""ACLED's rule for the unnamed side: in ACLED's layout ``actor1`` is never empty.

When a report tells of an event but names no one behind it, ACLED's codebook still codes
an actor1, a generic one for the event's kind and country:

- political violence (battles, explosions and remote violence, violence against
  civilians, and excessive force against protesters) by an unknown perpetrator:
  "Unidentified Armed Group (Country)"; an air or drone strike by an unknown force:
  "Unidentified Military Forces" (only states fly aircraft: the same name the actors
  stage gives "unidentified drones");
- "Government regains territory": by definition the government's forces, "Military
  Forces of Country";
- looting and property destruction by someone unnamed: "Unidentified Armed Group
  (Country)";
- a demonstration whose people are unnamed: "Protesters (Country)" for a protest,
  "Rioters (Country)" for a riot or mob violence.

Other strategic developments (agreements, arrests, changes to a group, disrupted
weapons use, transfers of territory, "Other") have no generic actor in the codebook and
stay empty, as does an event whose side is named only as an associate (``assoc_actor_1``:
that is a role to assign, not a side to invent). The rule applies where ACLED's layout is
written (:func:`warlog.export.acled_row`), not to the events themselves, so that merging
never votes a generic name against a named one, and the stored events still say what the
text said; the row's ``tags`` carry ``actor1_unnamed`` so a user can tell such a row.
"""

from __future__ import annotations

import re

from warlog.actors.mentions import unidentified
from warlog.models import ActorKind, CanonicalEvent, EventActor

TAG = "actor1_unnamed"
_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_STATE_FORCES = frozenset({"Air/drone strike"})
_GOVERNMENT = frozenset({"Government regains territory"})
_ARMED_GROUP_SUBS = frozenset({"Excessive force against protesters",
                               "Looting/property destruction"})
_RIOTS = frozenset({"Riots"})
_PROTESTS = frozenset({"Protests"})


def _actor(name: str, kind: ActorKind) -> EventActor:
    return EventActor(name=name, aliases=(), role="actor1", kind=kind)


def unnamed_actor1(ev: CanonicalEvent, country: str | None) -> EventActor | None:
    """The generic actor1 ACLED codes for ``ev`` when no actor1 was found, or None (the
    event has an actor1 or an associate of one, or its kind has no generic actor).
    ``country`` is the event's country name ("Syria"), None when unknown."""
    if any(a.role in ("actor1", "assoc_actor_1") for a in ev.actors):
        return None
    sub = ev.sub_event_type
    if sub in _STATE_FORCES:
        a = unidentified(country, "Military Forces")
        return _actor(a.name, a.kind)
    if sub in _GOVERNMENT and country:
        return _actor(f"Military Forces of {country}", ActorKind.STATE_FORCES)
    if ev.event_type in _VIOLENCE or sub in _ARMED_GROUP_SUBS:
        a = unidentified(country)
        return _actor(a.name, a.kind)
    if ev.event_type in _RIOTS:
        return _actor(f"Rioters ({country})" if country else "Rioters", ActorKind.RIOTERS)
    if ev.event_type in _PROTESTS:
        return _actor(f"Protesters ({country})" if country else "Protesters",
                      ActorKind.PROTESTERS)
    return None


_GENERIC = re.compile(r"(?:unidentified (?:armed group|military forces)|protesters|rioters)"
                      r"(?: \(.+\))?|military forces of .+")


def generic_name(name: str) -> bool:
    """Whether ``name`` has a form :func:`unnamed_actor1` writes ("Unidentified Armed Group
    (Japan)", "Protesters (Iraq)", "Military Forces of Syria"), any case: a name a user
    may copy from the ACLED columns that no stored event need hold."""
    return _GENERIC.fullmatch(" ".join(name.casefold().split())) is not None


__all__ = ["TAG", "generic_name", "unnamed_actor1"]
