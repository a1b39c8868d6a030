"""Bodies that report, monitor, mediate or give aid are nobody's side: the UN, its
agencies, the Security Council, a monitor the text names. Split from
:mod:`warlog.events.sides`, which makes such a body a source or a party told, never a
perpetrator; :mod:`warlog.events.aircraft` reads the aircraft of the sides alone.
"""

from __future__ import annotations

from warlog.models import ActorKind, ActorMention

# bodies that report, monitor, mediate or give aid: no side, unless the text names their
# armed arm ("UN peacekeepers", "AU troops", "EU naval force"). Military alliances and
# coalitions (NATO, the Global Coalition) are not among them.
_BODIES = frozenset({"United Nations", "European Union", "African Union",
                     "Organization for Security and Cooperation in Europe (OSCE)",
                     "International Committee of the Red Cross (ICRC)"})
_ARMED_WORDS = ("peacekeep", "troops", "force", "soldiers", "blue helmets", "naval", "mission")
_FOUND_BY_NER = "actors.ner.v1"


def is_body(m: ActorMention) -> bool:
    """A body that reports, counts or deliberates rather than fights: one of the
    dictionary's such bodies, or an organisation recognised in the text whose name is not
    that of an armed group (the Security Council, UNICEF, a monitor)."""
    if m.kind != ActorKind.EXTERNAL_OTHER:
        return False
    if m.actor not in _BODIES and m.method != _FOUND_BY_NER:
        return False
    return not any(w in m.text.lower() for w in _ARMED_WORDS)


def is_side(m: ActorMention) -> bool:
    """A side of the fighting: neither civilians nor a body that reports."""
    return m.kind != ActorKind.CIVILIANS and not is_body(m)
