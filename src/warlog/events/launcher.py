"""Who launched what was shot down: "Coalition forces intercepted a drone launched by the
Islamic Resistance in Iraq", "troops shot down a drone sent by the rebels".

An interception stops an attack; it does not make the interceptor its doer. GTD and ACLED
code an intercepted attack by its attacker, the one the weapon is told as launched, fired
or sent by, and the one who stopped it stands on the other side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warlog.models import ActorMention

# the verbs that send a weapon off, and the weapons they send
_LAUNCH = frozenset("launch fire send fly dispatch operate".split())
_WEAPONS = frozenset("drone uav missile rocket projectile aircraft".split())


def _launched_by(m: ActorMention, doc: Doc) -> bool:
    """Whether ``m`` is the agent of a weapon's launching: "a drone launched by X"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    by = tok.head
    if tok.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return False
    verb = by.head
    return (verb.lemma_.lower() in _LAUNCH and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in _WEAPONS)


def led_by_launcher(roles: Sequence[tuple[ActorMention, str]], doc: Doc
                    ) -> tuple[list[tuple[ActorMention, str]], ActorMention | None]:
    """The roles with the weapon's launcher leading and the other agents (who stopped or
    met it) on the other side, and that launcher; the roles unchanged and None when no
    agent is told as launching the weapon."""
    launcher = next((m for m, _ in roles if _launched_by(m, doc)), None)
    if launcher is None:
        return list(roles), None
    return [(m, "actor1" if m.actor == launcher.actor else "actor2" if r == "actor1" else r)
            for m, r in roles], launcher
