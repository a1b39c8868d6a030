"""The regime's aircraft: "regime air raids", "government air strikes", "Syrian government
air raids", "jets thought to belong to the Syrian government" name the state's forces of
the report's country as the side that flies, even where no actor mention covers the
words (the actor stage takes "regime" alone for no one). Read into
:func:`warlog.events.sides.air_owners`' list of the sides a report tells as flying, so
that an air strike with no agent belongs to them when they are the only such side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.actors.forces import country_forces
from warlog.events.generic import unnamed
from warlog.events.location import country_name
from warlog.events.sides import flies
from warlog.models import ActorKind, ActorMention
from warlog.nlp.columns import columns, hashes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

METHOD = "events.regime.v1"
_STATE = frozenset({"regime", "government"})


def _owned(tok: Token) -> Token | None:
    """What belongs to ``tok``: what "belongs to" a side is that side's, as surely as its
    possessive says ("jets thought to belong to the Syrian government" are the
    government's jets); the subject of "belong", or of the verb it completes."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head.lemma_ != "belong":
        return None
    verb = tok.head.head
    if verb.dep_ in ("acl", "relcl"):  # "jets belonging to the regime"
        return verb.head
    subject = ("nsubj", "nsubjpass")
    while verb.dep_ == "xcomp" and not any(c.dep_ in subject for c in verb.children):
        verb = verb.head  # "jets thought to belong to": the subject of "thought"
    return next((c for c in verb.children if c.dep_ in subject), None)


# verbs whose subject bombs from afar; and verbs of carrying out whose object is a strike
_BOMB = frozenset("bomb bombard pound blitz".split())
_CARRY = frozenset("carry launch conduct intensify resume step escalate".split())


def bombs_alone(tok: Token) -> bool:
    """Whether the state's forces are told bombing ("the government has been bombing the
    province", "the regime carried out air strikes"): the subject of a verb of bombing, or
    of one of carrying out whose object flies, told alone: several told bombing together
    leave open whose strike it was. ACLED codes an air strike whose own sentences name no
    side to the one air force the report tells bombing that area."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("conj", "appos") for c in tok.children):
        return False  # "the government, its ally Russia and the coalition have all bombed"
    lemma = verb.lemma_.lower()
    return lemma in _BOMB or (lemma in _CARRY and any(
        c.dep_ == "dobj" and flies(c) for c in verb.children))


def bombing_forces(sdoc: Doc, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The state forces named as the subject of bombing ("Syrian forces have been bombing
    Idlib", "coalition forces carried out air strikes"): they fly, as ``air_owners``'
    aircraft owners do. Groups with no aircraft bomb with explosives: not them."""
    out: list[ActorMention] = []
    for m in actors:
        if m.kind not in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER):
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and not unnamed(m) and bombs_alone(span.root):
            out.append(m)
    return out


def regime_flyers(sdoc: Doc, code: str | None,
                  actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The country's forces, once per "regime"/"government" that owns aircraft or air
    raids in the text ("regime air raids on Douma"), not what was hit ("shot down a
    government jet") nor words an actor mention already covers. ``code``: the ISO code
    of the report's country."""
    out = bombing_forces(sdoc, actors)  # named forces told bombing fly too
    country = country_name(code)
    if country is None:
        return out
    forces = country_forces(country)
    state = hashes(_STATE)
    # only "regime"/"government" can own aircraft here: found in the Doc's lower-case
    # column, a Token built for them alone, not for every word of the report
    for i in [i for i, low in enumerate(columns(sdoc)[2]) if low in state]:
        tok = sdoc[i]
        owns = tok.dep_ in ("amod", "compound", "nmod", "poss")
        head = tok.head if owns else _owned(tok)
        while owns and head is not None and head.dep_ == "compound" and not flies(head):
            head = head.head  # "regime air raids" parsed (regime air) raids: still its raids
        if bombs_alone(tok):  # "the government has been bombing the province"
            head = tok.head
        elif head is None or not flies(head) or head.dep_ in ("dobj", "nsubjpass"):
            continue
        if any(m.start <= tok.idx < m.end for m in actors):
            continue
        start, end = min(tok.idx, head.idx), max(tok.idx + len(tok), head.idx + len(head))
        out.append(ActorMention(start, end, sdoc.text[start:end], forces.name,
                                forces.aliases, forces.kind, country, None, METHOD))
    return out


def told_here(flyers: Sequence[ActorMention], sent: Span) -> tuple[ActorMention, ...]:
    """The sides told as flying in the act's own sentence ("Regime air raids killed 15"),
    when it names any ("an air strike" names no one): the act is theirs, whatever other
    air forces the report names elsewhere; else every side the report tells as flying."""
    here = tuple(m for m in flyers
                 if sent.start_char <= m.start < sent.end_char and not unnamed(m))
    return here or tuple(flyers)
