"""Sides: what the kind of event says about who can be its actor1.

:func:`warlog.events.fields.assign_roles` reads roles off the parse, one mention at a
time. Some roles follow from the event's type rather than from the grammar, the way an
ACLED coder fills them:

- **Those who report or suffer never perpetrate.** In political violence (battles,
  explosions, violence against civilians) civilians are only ever a target, and a body
  that reports, counts or deliberates (the UN, its agencies, the Security Council) is no
  side: "the UN said air strikes killed 22" makes the UN the source, not the bomber.
- **A battle has two sides and no target.** When no side is the grammatical agent
  ("29 rebels were killed in clashes with regime troops"), the side whose losses are
  told (what was killed, hit or captured) is the target, and the first named side whose
  losses are not told fought them: that one is actor1. When only the losing side is
  named, the other is unknown (ACLED's unidentified armed group).
- **Territory types name their actor.** "Government regains territory" is by definition
  the state's forces: the forces of the event's country take actor1, and when none is
  named they are implied (:func:`imply_forces`). "Non-state actor overtakes territory"
  never has the state as actor1 when a non-state side is named.
- **Who tells is not who did it.** The subject of "accused", "blamed" or "condemned" is
  the source and its object the one who acted; the subject of "said" or "claimed" is no
  agent of an act told in a clause with a subject of its own ("X said its jets struck":
  a subject the speaker owns is the speaker's, and X did it).
- **The agent stands before the verb.** When the act's verb has no subject in the parse
  and a named side stands right before it, that side is the subject the parser missed.
- **The one hit is not the one who hit.** In a strike, a bombing or an attack on
  civilians, the side told as killed or targeted, or as holding what was hit ("an IS
  training base", "the IS bastion"), is actor2.
- **Whose aircraft.** An air strike with no agent in its own sentences belongs to the
  side the same report names as flying strikes ("regime air raids", "Russian jets"),
  when the report names exactly one such side.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.actors import dictionary as ad
from warlog.events.aircraft import DRONES, air_owner
from warlog.events.aircraft import air_owners as air_owners  # re-exported
from warlog.events.aircraft import flies as flies  # re-exported
from warlog.events.bodies import is_body, is_side
from warlog.events.frame import mention_root, names_itself, tellers_not_targets
from warlog.events.hearsay import speaker_not_agent
from warlog.models import ActorKind, ActorMention, Event, EventActor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_ONE_SIDED = frozenset({"Explosions/Remote violence", "Violence against civilians"})

Roles = list[tuple[ActorMention, str]]


def _never_perpetrators(roles: Roles, sdoc: Doc | None) -> Roles:
    """Civilians are only ever hit; a body that reports is no doer, and no target unless
    the text tells it as hit ("a UN convoy was struck", "an attack on UN staff"): the UN
    named for its inquiry or its meeting is the act's audience, not its victim."""
    out: Roles = []
    for m, role in roles:
        if role in ("actor1", "assoc") and m.kind == ActorKind.CIVILIANS:
            role = "actor2"
        elif role in ("actor1", "assoc") and is_body(m):
            role = "source"
        elif role in ("actor2", "other") and is_body(m) and not _body_hit(m, sdoc):
            role = "told"
        out.append((m, role))
    return out


def _body_hit(m: ActorMention, sdoc: Doc | None) -> bool:
    """Whether a body is told as hit ("UN staff were killed", "an attack on a UN convoy")."""
    root = mention_root(m, sdoc) if sdoc is not None else None
    return root is None or _losing(m, sdoc) or any(
        tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "at")
        and tok.head.head.lemma_.lower() in _HARM for tok in _named(root, 4))


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})


def _named(tok: Token, most: int) -> list[Token]:
    """The mention's root and the nouns it modifies, up to ``most`` tokens: "Islamic
    State" -> "fighters" in "Islamic State fighters were killed"."""
    chain = [tok]
    while len(chain) < most and tok.dep_ in _MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    return chain


# what a side holds and another attacks: "the battle for the IS stronghold"
_HELD = frozenset("stronghold bastion position base territory capital enclave pocket "
                  "headquarters hideout den".split())


# verbs that tell harm done to their object (or passive subject)
_HARM = frozenset("kill hit strike target bomb shell attack destroy wound injure capture seize "
                  "pound raid ambush eliminate neutralize neutralise down repel rout defeat "
                  "besiege storm overrun slay execute behead massacre murder abduct kidnap "
                  "detain arrest".split())


def _losing(m: ActorMention, sdoc: Doc | None) -> bool:
    """Whether the text tells this side as the one attacked: it (or the noun it names,
    "Islamic State fighters") is what was killed, hit or captured (a passive subject or
    an object), or it holds the place fought over ("the IS stronghold")."""
    root = mention_root(m, sdoc) if sdoc is not None else None
    if root is None:
        return False
    return any(
        (tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_.lower() in _HARM)
        or (tok is not root and tok.lemma_ in _HELD)
        for tok in _named(root, 3)
    )


# verbs whose subject blames another for the act and whose object is the one blamed
_ACCUSE = frozenset("accuse blame condemn denounce charge hold".split())
# verbs whose subject tells of an act done by the subject of the clause it governs
_TELL = frozenset("say claim report tell state allege announce add insist assert".split())


def _speakers_and_blamed(roles: Roles, sdoc: Doc | None, trigger: int | None) -> Roles:
    """Who tells of an act is its source, not its agent: the subject of "accused",
    "blamed" or "condemned" points at another, and that other (the object: "accused
    Assad's forces of gassing") did it; the subject of "said" or "claimed" is no agent
    when the act is told in a clause with its own subject ("the opposition claimed that
    Russian jets hit an outpost")."""
    if sdoc is None or trigger is None:
        return roles
    out: Roles = []
    blamed = False
    for m, r in roles:
        root = mention_root(m, sdoc)
        if root is not None and r in ("actor1", "actor2", "other"):
            tok = _named(root, 5)[-1]  # the noun that hangs from the verb
            verb, lemma = tok.head, tok.head.lemma_.lower()
            if tok.dep_ == "nsubj" and lemma in _ACCUSE:
                r = "source"
            elif tok.dep_ == "dobj" and lemma in _ACCUSE and is_side(m):
                r, blamed = "blamed", True
            elif (tok.dep_ == "nsubj" and r == "actor1" and lemma in _TELL
                  and speaker_not_agent(verb, sdoc, trigger)
                  and not names_itself(m, verb, trigger)):
                r = "source"
        out.append((m, r))
    if not blamed:
        return out
    # the one blamed did it; whoever else the parse made an agent is not
    return [(m, "actor1" if r == "blamed" else ("other" if r == "actor1" else r))
            for m, r in out]


_BETWEEN = frozenset({"aux", "auxpass", "advmod", "neg", "punct"})


def _verb_of(sdoc: Doc, trigger: int) -> Token | None:
    """The verb that tells the act at ``trigger`` (the trigger itself, or the first verb
    above it)."""
    span = sdoc.char_span(trigger, trigger + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    for _ in range(4):
        if tok is None or tok.pos_ == "VERB":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _missed_subject(roles: Roles, sdoc: Doc | None, trigger: int | None) -> Roles:
    """English puts the agent before the verb: when the act's verb has no subject in the
    parse and a named side stands right before it ("... border Syrian forces have
    reportedly destroyed"), that side is the subject the parser attached elsewhere."""
    if sdoc is None or trigger is None or any(r == "actor1" for _, r in roles):
        return roles
    verb = _verb_of(sdoc, trigger)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return roles
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.tag_ == "VBN" and not perfect:
        return roles  # "28 Terrorists Killed in Idleb": before a participle stands its patient
    for m, r in roles:
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not is_side(m) or r not in ("actor2", "other"):
            continue
        i = span.end  # the token after the mention
        while i < verb.i and sdoc[i].dep_ in _BETWEEN:
            i += 1
        if i == verb.i:
            return [(x, "actor1" if x is m else y) for x, y in roles]
    return roles


def _hit_not_hitting(roles: Roles, sdoc: Doc | None) -> Roles:
    """In a one-sided attack (a strike, a bombing, an attack on civilians) the side told as
    hit, or as holding what was hit ("an IS training base", "fighters were killed"), is
    the target, whatever else the parse made of it."""
    return [(m, "actor2" if r == "actor1" and _losing(m, sdoc) else r) for m, r in roles]


def _clash_sides(roles: Roles, sdoc: Doc | None) -> Roles:
    """No agent in a battle: the first named side whose losses are not what is told
    fought the side that lost ("29 rebels were killed in clashes with regime troops")."""
    if any(r == "actor1" for _, r in roles):
        return roles
    sides = sorted((m for m, r in roles if r in ("actor2", "other") and is_side(m)),
                   key=lambda m: m.start)
    agent = next((m for m in sides if not _losing(m, sdoc)), None)
    if agent is None:
        return roles
    return [(m, "actor1" if m is agent else r) for m, r in roles]


def _state_of(country: str | None, m: ActorMention) -> bool:
    return m.kind == ActorKind.STATE_FORCES and (country is None or m.country == country)


def _territory(roles: Roles, code: str, country: str | None) -> Roles:
    """The state's forces named in a government's retaking take actor1 when the parse
    found no agent (not forces told as no side of it: those who took the surrender in
    "surrendered to Kurdish forces after the town was captured"); a non-state side named
    in a non-state actor's taking of territory outranks state forces read as its agent."""
    if code == "GOV_REGAINS_TERIT" and not any(r == "actor1" for _, r in roles):
        state = next((m for m, r in roles if _state_of(country, m) and r != "other"), None)
        return [(m, "actor1" if m is state else r) for m, r in roles]
    if code == "NON_STATE_ACTOR_OVERTAKES_TER":
        first = next((m for m, r in roles if r == "actor1"), None)
        rebel = next((m for m, _ in roles if m.kind not in (
            ActorKind.STATE_FORCES, ActorKind.CIVILIANS, ActorKind.EXTERNAL_OTHER)), None)
        if first is not None and first.kind == ActorKind.STATE_FORCES and rebel is not None:
            return [(m, "actor1" if m is rebel else ("actor2" if m is first else r))
                    for m, r in roles]
    return roles


def territory_code(code: str, actors: Sequence[EventActor]) -> str:
    """ACLED tells a change of territory by who gained it: the state's forces regaining
    it is "Government regains territory", anyone else taking it "Non-state actor
    overtakes territory" ("in 2014 IS seized Mosul" is no government's regaining)."""
    first = next((a for a in actors if a.role == "actor1"), None)
    if first is None or first.name.startswith(("Unidentified", "Unknown")):
        return code  # an unnamed side says nothing of who gained the place
    if code == "GOV_REGAINS_TERIT" and first.kind in _NON_STATE:
        return "NON_STATE_ACTOR_OVERTAKES_TER"
    if code == "NON_STATE_ACTOR_OVERTAKES_TER" and first.kind == ActorKind.STATE_FORCES:
        return "GOV_REGAINS_TERIT"
    return code


_NON_STATE = frozenset({ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA,
                        ActorKind.IDENTITY_MILITIA})


def imply_forces(ev: Event) -> Event:
    """A government's retaking of territory with no agent named is its state's forces'
    (ACLED's definition of the type). Applied after confidence is computed: an actor
    implied by the type is no evidence that the event is real."""
    if ev.sub_event_type != "Government regains territory" or ev.location is None:
        return ev
    country = ev.location.country
    # an unidentified armed group read from generic words ("militants") is no taker the
    # report names: the type itself says the state's forces took the place
    rest = tuple(a for a in ev.actors
                 if not (a.role == "actor1" and a.name.startswith("Unidentified Armed Group")))
    if country is None or any(a.role == "actor1" for a in rest):
        return ev
    implied = EventActor(ad.military_name(country), (), "actor1", ActorKind.STATE_FORCES)
    return dataclasses.replace(ev, actors=(implied, *rest))


def settle_sides(
    roles: Sequence[tuple[ActorMention, str]],
    code: str,
    event_type: str,
    country: str | None,
    air_owners: Sequence[ActorMention] = (),
    sdoc: Doc | None = None,
    trigger: int | None = None,
) -> Roles:
    """The roles of :func:`assign_roles`, settled by what the event's type implies; a
    role "source" marks a body that is nobody's side, "told" a party of the telling read
    as a target (both left out of the event's actors)."""
    told = tellers_not_targets(roles, sdoc, event_type == "Battles")
    out = _missed_subject(_speakers_and_blamed(told, sdoc, trigger), sdoc, trigger)
    if event_type in _VIOLENT_TYPES:
        out = _never_perpetrators(out, sdoc)
    if code == "ARMED_CLASH":
        out = _clash_sides(out, sdoc)
    elif event_type in _ONE_SIDED:
        out = _hit_not_hitting(out, sdoc)
    out = _territory(out, code, country)
    at = None if sdoc is None or trigger is None else sdoc.char_span(
        trigger, trigger + 1, alignment_mode="expand")
    # a gas attack told as dropped from the air ("an airstrike that released toxic gas",
    # "warplanes carried out a gas attack") has an air force for its doer, as a strike has
    aerial = code == "CHEM_WEAP" and at is not None and any(flies(t) for t in at.sent)
    if code == "AIR_STRIKE" or aerial:
        out = air_owner(out, air_owners, bool(at and DRONES.search(at[0].sent.text)))
    return out
