"""Fire launched from a side's base or position is that side's: "an American base from
which mortar is launched every five minutes", "rockets fired from Turkish positions",
"mortar fire from regime posts" name who fired by whose the launch site is, even with no
one named as its subject. ACLED codes the side that fires as actor1 of a shelling,
wherever its base stands. Used by :mod:`warlog.events.extract` when the parse found no
agent of a shelling."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.actors import dictionary as ad
from warlog.events.generic import unnamed
from warlog.events.located import is_demonym
from warlog.models import ActorKind, ActorMention, Event, EventActor, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

METHOD = "events.launch.v1"
# where armed men fire from
_SITES = frozenset("base bases position positions post posts outpost outposts".split())
# the act of firing, as a verb or a noun ("launched", "fired", "mortar fire")
_FIRE = frozenset("launch fire shell lob shoot".split())


def _fired_from(site: Token) -> bool:
    """Whether ``site`` is where something is fired from: the object of a "from" on a
    firing ("fired from the base"), or the head of a relative clause that fires from it
    ("a base from which mortar is launched")."""
    if site.dep_ == "pobj" and site.head.lower_ == "from" and site.head.head.lemma_ in _FIRE:
        return True
    return any(c.dep_ == "relcl" and c.lemma_ in _FIRE
               and any(p.lower_ == "from" for p in c.children) for c in site.children)


def launch_sites(sents: Sequence[Span], places: Sequence[Place]) -> list[ActorMention]:
    """The state forces whose base or position the sentences say fire came from: a
    country's adjective on the site ("an American base")."""
    out: list[ActorMention] = []
    for s in sents:
        doc = s.doc
        for p in places:
            if not s.start_char <= p.start < s.end_char or not is_demonym(p) or not p.name:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or span.root.dep_ not in ("amod", "compound"):
                continue
            site = span.root.head
            if site.lemma_.lower() not in _SITES or not _fired_from(site):
                continue
            out.append(ActorMention(p.start, site.idx + len(site), doc.text[p.start:site.idx
                                    + len(site)], ad.military_name(p.name), (),
                                    ActorKind.STATE_FORCES, p.name, None, METHOD))
    return out


def fired_by_site(roles: list[tuple[ActorMention, str]], code: str,
                  sites: Sequence[ActorMention]) -> list[tuple[ActorMention, str]]:
    """A shelling with no agent is fired by the side whose site it came from."""
    if code != "ART_MISS_ATTACK" or not sites or any(r == "actor1" for _, r in roles):
        return roles
    kept = [(m, r) for m, r in roles if m.actor != sites[0].actor]
    return [(sites[0], "actor1"), *kept]


# --- whose guns -------------------------------------------------------------------------

# what a shelling is fired with or called: a side named on it fired it ("rebel shelling",
# "regime artillery", "IS mortar fire")
_GUNS = frozenset("shelling shell rocket mortar artillery bombardment missile".split())
# a side that does these to a place shelled it ("rebels fired rockets into the city")
_SHELL_VERBS = frozenset("shell bombard pound".split())
_LAUNCH_VERBS = frozenset("fire launch lob".split())


def _gun(tok: Token) -> bool:
    return tok.lemma_.lower() in _GUNS or tok.lower_ in _GUNS


def _fires(span: Span) -> bool:
    """Whether the mention ``span`` is told as the one firing: it names the weapon or the
    act of shelling ("Rebel shelling", "after rebel shelling"), or modifies it ("regime
    artillery pounded"), or is the subject of shelling or of firing shells; not when what
    it names was hit ("destroyed regime artillery")."""
    tok = span.root
    if any(_gun(t) for t in span):
        return tok.dep_ not in ("dobj", "nsubjpass")
    head = tok.head
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and head.i != tok.i:
        return _gun(head) and head.dep_ not in ("dobj", "nsubjpass")
    if tok.dep_ != "nsubj":
        return False
    verb = head.lemma_.lower()
    return verb in _SHELL_VERBS or (verb in _LAUNCH_VERBS and any(
        c.dep_ == "dobj" and _gun(c) for c in head.children))


def gun_owners(sdoc: Doc, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The named armed sides a report tells as firing shells: "rebel shelling", "regime
    artillery", "rebel groups have fired rockets into Damascus". Civilians and bodies that
    report are no such side; an unnamed one ("gunmen") says nothing of whose guns."""
    out: list[ActorMention] = []
    for m in actors:
        if m.kind in (ActorKind.CIVILIANS, ActorKind.EXTERNAL_OTHER) or unnamed(m):
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _fires(span):
            out.append(m)
    return out


def fired_by_owner(ev: Event, owners: Sequence[ActorMention]) -> Event:
    """A shelling that names no one firing ("artillery fire killed two people in the old
    city") was fired by the side the same report tells as shelling, when it tells exactly
    one ("Rebel shelling on the capital killed four"): the report's own attribution of
    that kind of fire, as :func:`warlog.events.sides.air_owners` reads it for aircraft.
    With two sides shelling, whose fire it was stays open. Applied after confidence is
    computed, as :func:`warlog.events.sides.imply_forces` is: a side read off another
    sentence is no evidence that this incident is real."""
    named = {m.actor: m for m in owners}
    if (ev.sub_event_type != "Shelling/artillery/missile attack" or len(named) != 1
            or any(a.role == "actor1" for a in ev.actors)):
        return ev
    owner = next(iter(named.values()))
    first = EventActor(owner.actor, owner.aliases, "actor1", owner.kind)
    rest = tuple(a for a in ev.actors if a.name != owner.actor)
    return dataclasses.replace(ev, actors=(first, *rest))
