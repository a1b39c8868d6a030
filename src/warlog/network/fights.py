"""Fights: two parties on opposite sides of a battle, strike or attack.

"X attacked Y", "Y was shelled by X", "X clashed with Y", "X captured the town from Y",
"the alliance fighting IS", "the SDF advance against IS", "Russian airstrikes on IS",
"X launched an offensive against Y", "its bombing of ISIS positions", "clashes between X
and Y". Where the parse gives a hostile verb no party as subject or object, the party
named next to it in the same stretch of words stands in (news text without punctuation,
a name the tagger took for a verb).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

from warlog.models import RelationKind
from warlog.network.parties import Parties
from warlog.network.syntax import (
    Finding,
    clause_verb,
    objects,
    pair,
    parties_of,
    subject_of,
    subject_token,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

FIGHTS = RelationKind.FIGHTS
HOSTILE_VERBS = frozenset(
    "fight attack strike shell bomb bombard target clash battle ambush raid besiege storm "
    "assault engage confront pound repel oust expel rout defeat kill capture seize recapture "
    "retake wrest".split()
)
HOSTILE_NOUNS = frozenset(
    "advance offensive attack attacks strike strikes airstrike airstrikes battle battles fight "
    "fighting war campaign operation operations assault push bombing shelling raid raids "
    "pressure clash clashes siege bombardment onslaught counteroffensive".split()
)
_ON_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes raid raids assault "
                      "pressure bombardment".split())
_OF_NOUNS = frozenset("bombing shelling siege bombardment targeting".split())
_STOP = frozenset("with alongside by for and but or while as who which that".split())
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
_FAR = 6  # tokens between a verb and a subject the parse gave it, beyond which it is doubted
_TAKE = frozenset("capture seize recapture retake wrest take".split())
HOSTILE_FORMS = frozenset("fighting attacking battling targeting shelling bombing".split())



def hostile_verb(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X attacked Y", "X fighting IS", "Y was shelled by X", "X clashed with Y"."""
    preps = frozenset(["against", "on", "with"] if tok.lemma_ == "clash" else ["against"])
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if passive:
        target = subject_of(tok, parties)
        for agent in parties_of(objects(tok, (), frozenset(["by"])), parties):
            yield from pair(FIGHTS, agent, target, tok, tok)
        return
    subj = subject_token(tok)
    who = subject_of(tok, parties)
    if who is None and (subj is None or abs(tok.i - subj.i) > _FAR):
        who = next(iter(parties_of(_surface_subject(tok, parties), parties)), None)
    if tok.lemma_.lower() in _TAKE:
        preps = frozenset(["from"])
    targets = parties_of(objects(tok, ("dobj",), preps), parties)
    for target in targets or parties_of(_surface_object(tok, parties), parties):
        yield from pair(FIGHTS, who, target, tok, tok)


def _surface_subject(verb: Token, parties: Parties) -> list[Token]:
    """The nearest party named before the verb in its own stretch of words, where the
    parse gave it no subject or one too far away to trust ("Elsewhere Syrian troops and
    Kurdish fighters ousted ...", in a text without punctuation)."""
    if verb.dep_ == "conj":
        return []  # "... before joining the Georgian military and fought": the first verb's
    doc = verb.doc
    for k in range(verb.i - 1, max(verb.i - 9, verb.sent.start - 1), -1):
        t = doc[k]
        if k in parties.by_token:
            return [t]
        if ((t.is_punct and t.text != "-") or t.lower_ in _STOP - {"and"}
                or t.pos_ in ("VERB", "AUX")):
            return []
    return []


def _surface_object(verb: Token, parties: Parties) -> list[Token]:
    """The first party named after the verb in its own stretch of words, where the parse
    found none ("is targeting the rest of the completely surrounded IS forces"): not past
    punctuation, a finite verb, a conjunction, or a preposition that names an ally or the
    agent ("with", "alongside", "by", "for")."""
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.i + 9, verb.sent.end)):
        t = doc[k]
        if k in parties.by_token:
            return [t]
        if (t.is_punct and t.text != "-") or t.lower_ in _STOP or t.tag_ in _FINITE:
            return []
    return []


def hostile_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "the SDF advance against IS", "Russian airstrikes on IS", "X launched an offensive
    against Y", "its bombing of ISIS positions", "clashes between X and Y"."""
    between = parties_of(objects(tok, (), frozenset(["between"])), parties)
    for a, b in combinations(between, 2):
        yield from pair(FIGHTS, a, b, tok, None)
    preps = {"against"} | ({"on"} if tok.lower_ in _ON_NOUNS else set())
    preps |= {"with"} if tok.lower_ in ("clash", "clashes") else set()
    preps |= {"of"} if tok.lower_ in _OF_NOUNS else set()
    targets = parties_of(objects(tok, (), frozenset(preps)), parties)
    if not targets:
        return
    who = parties.at(tok) or next(
        (p for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")
         for p in [parties.at(c)] if p is not None), None)
    verb = None
    if who is None and tok.dep_ in ("dobj", "nsubj") and tok.head.pos_ == "VERB":
        verb = tok.head
        who = subject_of(verb, parties) if tok.dep_ == "dobj" else None
    elif who is None and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        verb = clause_verb(tok)  # "rebels were killed in clashes with regime troops"
        who = subject_of(verb, parties) if verb is not None else None
    for target in targets:
        yield from pair(FIGHTS, who, target, tok, verb)


def reduced_relative(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "the US-backed alliance fighting IS", however the parse took it: the party the
    noun just before stands for, against the party just after."""
    doc, sent = tok.doc, tok.sent
    k = tok.i - 1
    while k > sent.start and doc[k].lower_ in ("today", "now", "still", "currently"):
        k -= 1
    if k < sent.start or doc[k].pos_ not in ("NOUN", "PROPN"):
        return
    who = parties.at(doc[k])
    nxt = tok.i + 1
    if nxt < sent.end and doc[nxt].lower_ in ("against", "the"):
        nxt += 1
    target = parties.at(doc[nxt]) if nxt < sent.end and nxt in parties.by_token else None
    yield from pair(FIGHTS, who, target, tok, None)

