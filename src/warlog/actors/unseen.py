"""Actors no name tells (split from :mod:`warlog.actors.context`): the generic actor an
unnamed perpetrator, an unidentified drone or a crowd stands for ("Unidentified Armed
Group (Country)", "Unidentified Military Forces", "Civilians (Country)"); a drone acting
with no owner named before it ("A drone targeted ...") as an unidentified group; and an
attack with no actor in sight, whose perpetrator stays unidentified (for an air strike,
unidentified military forces: aircraft are a state's arm).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.actors.mentions import overlaps, unidentified
from warlog.actors.organisations import NER
from warlog.models import ActorKind, ActorMention

if TYPE_CHECKING:

    from warlog.actors.dictionary import ActorDictionary

GENERIC = "actors.generic.v1"
IMPLICIT = "actors.implicit.v1"


def generic_actor(
    rule: str, country: str | None, dictionary: ActorDictionary
) -> tuple[str, ActorKind]:
    """The name and kind of the generic actor a rule stands for in ``country``: unidentified
    military forces, a gang, a crowd ("Civilians (Country)") or an armed group."""
    if rule == "military":
        a = unidentified(country, "Military Forces")
    elif rule == "gang":
        a = unidentified(country, "Gang")
    elif rule in ("Civilians", "Protesters", "Rioters"):
        kind = {
            "Civilians": ActorKind.CIVILIANS,
            "Protesters": ActorKind.PROTESTERS,
            "Rioters": ActorKind.RIOTERS,
        }[rule]
        return (f"{rule} ({country})" if country else rule), kind
    else:
        a = unidentified(country)
    return a.name, a.kind


DRONE = re.compile(
    r"\b(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|drone\s+strikes?)\b", re.IGNORECASE
)
_AGENT_VERB = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:strikes?\s+)?(?:reportedly\s+|also\s+|allegedly\s+)?"
    r"(?:(?!used\b|reported\b|based\b)\w+ed|fired|struck|hit|shot|fell|dropped|blew|"
    r"(?:were|was)\s+used)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}$")
_OWNER_GAP = 25  # characters before "drone" in which an owner ("US", "Houthi") would stand
_ATTACK = re.compile(
    r"\b(?:drones?|(?:air|drone|missile)\s*strikes?|explosions?|explosives?|bombs?|"
    r"missiles?|rockets?|shelling|IEDs?|grenades?|gunfire|shot\s+dead)\b",
    re.IGNORECASE,
)


def drone_agents(
    text: str, spans: list[tuple[int, int]], country: str | None, dictionary: ActorDictionary
) -> list[ActorMention]:
    """ "A drone targeted ...", "drones were used to drop ...": a drone acting with no
    owner named before it stands for an unidentified group."""
    out: list[ActorMention] = []
    for m in DRONE.finditer(text):
        before = text[max(0, m.start() - _OWNER_GAP) : m.start()]
        passive = _BY.search(before) is not None  # "wounded by a drone strike"
        if overlaps(m.start(), m.end(), spans) or not (
            passive or _AGENT_VERB.match(text, m.end())
        ):
            continue
        cut = max(before.rfind(". "), before.rfind(", "), before.rfind(" by "))
        np_start = m.start() - len(before) + cut + 2 if cut >= 0 else m.start() - len(before)
        if overlaps(np_start, m.start(), spans) or re.search(
            r"\b[A-Z][a-z]+n\b", text[np_start : m.start()]
        ):
            continue  # owned: "US drones", "Houthi drones", "Iranian drones"
        name, kind = generic_actor("unidentified", country, dictionary)
        out.append(
            ActorMention(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                actor=name,
                aliases=(),
                kind=kind,
                country=country,
                method=GENERIC,
            )
        )
        spans.append((m.start(), m.end()))
    return out


def fallback(
    text: str, mentions: list[ActorMention], country: str | None, dictionary: ActorDictionary
) -> list[ActorMention]:
    """An attack with no actor in sight keeps an unidentified perpetrator; an air strike's
    is unidentified military forces (aircraft are a state's arm: ACLED's "Unidentified
    Military Forces"), as for unidentified drones."""
    if any(m.kind != ActorKind.CIVILIANS and m.method != NER for m in mentions):
        return []  # someone is named, or a crowd: the events stage decides
    spans = [(m.start, m.end) for m in mentions]
    for m in _ATTACK.finditer(text):
        if not overlaps(m.start(), m.end(), spans):
            air = m.group().lower().startswith("air")
            name, kind = generic_actor("military" if air else "unidentified", country, dictionary)
            return [
                ActorMention(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    actor=name,
                    aliases=(),
                    kind=kind,
                    country=country,
                    method=IMPLICIT,
                )
            ]
    return []
