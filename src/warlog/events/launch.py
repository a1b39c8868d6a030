"""Fire launched from a side's base or position is that side's: "an American base from
which mortar is launched every five minutes", "rockets fired from Turkish positions",
"mortar fire from regime posts" name who fired by whose the launch site is, even with no
one named as its subject. ACLED codes the side that fires as actor1 of a shelling,
wherever its base stands. Used by :mod:`warlog.events.extract` when the parse found no
agent of a shelling."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.actors import dictionary as ad
from warlog.events.located import is_demonym
from warlog.models import ActorKind, ActorMention, Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
