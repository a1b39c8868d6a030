"""Relations read off the dependency parse of one sentence.

Each rule looks for a cue word and the parties (:mod:`warlog.network.parties`) that the
parse attaches to it in a fixed way; a cue whose slots are not both parties gives nothing.

- supports: "US-backed SDF", "the army, backed by Russian air power", "Iran arms the
  Houthis", "with the support of the Russian Air Force" (the clause's subject is helped),
  "fought alongside the army" (the subject helps), "in cooperation with X" (X helps);
- member_of: "they joined the SDF", "the MFS was created as the military wing of the SUP",
  "the PYD, the YPG's political wing", "X is part of Y" (not "disguised as members of");
- agreement: "a deal between X and Y", "X struck a deal with Y", "X and Y agreed";
- fights: "X attacked Y", "Y was shelled by X", "the alliance fighting IS", "the SDF
  advance against IS", "clashes between X and Y".

A negated cue ("did not join") gives nothing. Each finding keeps its cue token and the
verb it is predicated on, if any (``anchor``): only a predicated relation can be what a
speaker claims (see :mod:`warlog.network.frames`); one inside a noun phrase ("the
US-backed SDF") is taken as the text's own description.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from warlog.models import ActorKind, Party, RelationKind
from warlog.network.parties import Parties

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FIGHTS, SUPPORTS = RelationKind.FIGHTS, RelationKind.SUPPORTS
MEMBER_OF, AGREEMENT = RelationKind.MEMBER_OF, RelationKind.AGREEMENT

_BACKED = frozenset("backed supported sponsored funded financed trained armed equipped".split())
_SUPPORT_VERBS = frozenset(
    "back support arm fund finance train nurture sponsor equip aid assist reinforce".split()
)
_SUPPORT_NOUNS = frozenset("support help backing assistance aid cover backup".split())
_TOGETHER_NOUNS = frozenset("cooperation collaboration coordination conjunction".split())
_MEMBER_NOUNS = frozenset(
    "wing part member members faction unit branch affiliate offshoot component arm".split()
)
_TITLE_NOUNS = frozenset("affiliate offshoot branch wing faction".split())
_PRETENCE = frozenset("disguise pose dress masquerade pretend impersonate".split())
_AGREE_NOUNS = frozenset(
    "agreement deal truce ceasefire cease-fire accord pact treaty settlement swap".split()
)
_AGREE_VERBS = frozenset("agree sign conclude".split())
_DEAL_VERBS = frozenset("reach strike sign conclude make seal agree negotiate".split())
_HOSTILE_VERBS = frozenset(
    "fight attack strike shell bomb bombard target clash battle ambush raid besiege storm "
    "assault engage confront pound repel oust expel rout defeat kill capture seize recapture "
    "retake wrest".split()
)
_HOSTILE_NOUNS = frozenset(
    "advance offensive attack attacks strike strikes airstrike airstrikes battle battles fight "
    "fighting war campaign operation operations assault push bombing shelling raid raids "
    "pressure clash clashes siege bombardment onslaught counteroffensive".split()
)
_ON_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes raid raids assault "
                      "pressure bombardment".split())
_OF_NOUNS = frozenset("bombing shelling siege bombardment targeting".split())
_RELATIVE = frozenset("that who which".split())
_QUANTITIES = frozenset(
    "some many most all several dozens hundreds scores one rest remnants remainder bulk".split()
)
_STOP = frozenset("with alongside by for and but or while as who which that".split())
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
_FAR = 6  # tokens between a verb and a subject the parse gave it, beyond which it is doubted
_TAKE = frozenset("capture seize recapture retake wrest take".split())
_HOSTILE_FORMS = frozenset("fighting attacking battling targeting shelling bombing".split())


@dataclass(frozen=True, slots=True)
class Finding:
    """A relation one rule read: the parties, the cue and the verb it rests on."""

    relation: RelationKind
    source: Party
    target: Party
    cue: Token
    anchor: Token | None


def subject_of(verb: Token, parties: Parties) -> Party | None:
    """The party doing what ``verb`` says: its subject, the noun a participle or relative
    clause describes, or the subject of the verb it is conjoined or complement to."""
    child = subject_token(verb)
    if child is not None:
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return parties.at(verb.head)
        return parties.at(child)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return parties.at(verb.head)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return subject_of(verb.head, parties)
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _objects(tok: Token, deps: tuple[str, ...], preps: frozenset[str]) -> list[Token]:
    """Direct objects (``deps``) of a word, and the objects of its prepositions ``preps``,
    with their conjuncts ("IS and al-Nusra")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    out = [_through_quantity(o) for o in out]
    return [t for o in out for t in (o, *o.conjuncts)]


def _through_quantity(tok: Token) -> Token:
    """ "some of the fighters", "dozens of IS militants": the counted noun."""
    if tok.lower_ in _QUANTITIES or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is not None:
            return obj
    return tok


def _parties(toks: list[Token], parties: Parties) -> list[Party]:
    found = [parties.at(t) for t in toks]
    return [p for p in found if p is not None]


def _clause_verb(tok: Token) -> Token | None:
    """The verb a word hangs on (through prepositions and nouns), if any, within 4 steps."""
    for _ in range(4):
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _holder(tok: Token, parties: Parties) -> Party | None:
    """Who is named with a word: the party it modifies, or the subject of its verb."""
    verb = _clause_verb(tok)
    head = tok.head
    while head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") and head.head is not head:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        found = parties.at(head)
        if found is not None:
            return found
    return subject_of(verb, parties) if verb is not None else None


def sentence_findings(sent: Span, parties: Parties) -> Iterator[Finding]:
    """Every relation the rules read in one parsed sentence."""
    for tok in sent:
        if _negated(tok):
            continue
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in _BACKED or (lemma in _SUPPORT_VERBS and tok.tag_ == "VBN"):
            yield from _backed(tok, parties)
        if lemma in _SUPPORT_VERBS and tok.pos_ == "VERB" and tok.tag_ != "VBN":
            yield from _active(tok, SUPPORTS, parties, ("dobj",), frozenset())
        if low in _SUPPORT_NOUNS and tok.pos_ == "NOUN":
            yield from _support_noun(tok, parties)
        if low == "alongside" or (low in _TOGETHER_NOUNS and tok.head.lower_ == "in"):
            yield from _together(tok, parties)
        if lemma == "join" and tok.pos_ == "VERB":
            yield from _active(tok, MEMBER_OF, parties, ("dobj",), frozenset())
        if low in _MEMBER_NOUNS and tok.pos_ == "NOUN":
            yield from _member_noun(tok, parties)
        if low in ("linked", "affiliated") and tok.i > tok.sent.start:
            yield from _linked(tok, parties)
        if low in _AGREE_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            yield from _agree_noun(tok, parties)
        if lemma in _AGREE_VERBS and tok.pos_ == "VERB":
            yield from _agree_verb(tok, parties)
        if lemma in _HOSTILE_VERBS and tok.pos_ == "VERB":
            yield from _hostile_verb(tok, parties)
        if low in _HOSTILE_FORMS:
            yield from _reduced_relative(tok, parties)
        if low in _HOSTILE_NOUNS and tok.pos_ in ("NOUN", "VERB"):
            yield from _hostile_noun(tok, parties)


def _pair(relation: RelationKind, a: Party | None, b: Party | None, cue: Token,
          anchor: Token | None) -> Iterator[Finding]:
    if a is not None and b is not None and a.name != b.name:
        yield Finding(relation, a, b, cue, anchor)


# --- supports -----------------------------------------------------------------------------


def _prenominal(tok: Token, parties: Parties) -> tuple[Party | None, Party | None]:
    """(X, Y) of "X-backed Y", "X backed Y forces", "Y, the X-backed alliance"."""
    doc = tok.doc
    before = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" else tok.i - 1
    if before < tok.sent.start or doc[before].dep_ == "punct":
        return None, None
    backer = parties.backer(doc[before])
    head = tok.head if tok.head.i > tok.i else None
    target = parties.at(head) if head is not None else None
    for k in range(tok.i + 1, min(tok.i + 5, tok.sent.end)):
        if target is not None or (doc[k].is_punct and doc[k].text != "-"):
            break
        if k in parties.by_token:
            target = parties.at(doc[k])
    return backer, target or parties.appositive(doc[before])


def _linked(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "the al Qaeda-linked Nusra Front", "IS-affiliated groups": Y is a member of X."""
    whole, member = _prenominal(tok, parties)
    if whole is not None and whole.kind != ActorKind.STATE_FORCES:
        yield from _pair(MEMBER_OF, member, whole, tok, None)


def _backed(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "US-backed SDF", "US backed SDF forces"; "the army, backed by Russian jets"."""
    agents = _objects(tok, (), frozenset(["by"]))
    if agents:
        target = parties.at(tok.head) if tok.dep_ in ("acl", "amod") else None
        target = target or subject_of(tok, parties)
        for a in agents:
            yield from _pair(SUPPORTS, parties.backer(a), target, tok, None)
        return
    backer, target = _prenominal(tok, parties)
    yield from _pair(SUPPORTS, backer, target, tok, None)


def _active(tok: Token, relation: RelationKind, parties: Parties, deps: tuple[str, ...],
            preps: frozenset[str]) -> Iterator[Finding]:
    """ "Iran arms the Houthis", "they joined the SDF": subject, verb, object."""
    subj = subject_token(tok)
    who = parties.backer(subj) if relation == SUPPORTS and subj is not None else None
    who = who or subject_of(tok, parties)
    for target in _parties(_objects(tok, deps, preps), parties):
        yield from _pair(relation, who, target, tok, tok)


def subject_token(verb: Token) -> Token | None:
    """The verb's subject: the one nearest before it, not across a headline's colon
    ("Hezbollah co-leader: US nurtured ISIS": the US)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    colon = max((t.i for t in verb.sent if t.text == ":" and t.i < verb.i), default=-1)
    before = [c for c in subjects if colon < c.i < verb.i]
    if before:
        return before[-1]
    after = [c for c in subjects if c.i > verb.i]
    return after[0] if after else None


def _support_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "with the support of the Russian Air Force", "with Russian air support" (the
    clause's subject is helped); "Israel's support of/for the opposition"."""
    backers = [parties.backer(o) for o in _objects(tok, (), frozenset(["of", "from"]))]
    backers += [parties.backer(c) for c in tok.children if c.dep_ in ("poss", "amod",
                                                                      "compound")]
    if tok.head.lower_ in ("with", "under") and tok.dep_ == "pobj":
        verb = _clause_verb(tok)
        helped = _holder(tok.head, parties)
        for b in backers:
            yield from _pair(SUPPORTS, b, helped, tok, verb)
        return
    owner = next((parties.backer(c) for c in tok.children if c.dep_ == "poss"), None)
    for target in _parties(_objects(tok, (), frozenset(["for", "to", "of"])), parties):
        yield from _pair(SUPPORTS, owner, target, tok, None)


def _together(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X fought alongside Y" (X supports Y); "X, in cooperation with Y, ..." (Y supports X)."""
    if tok.lower_ == "alongside":
        fighter = _holder(tok, parties)
        for ally in _parties(_objects(tok, ("pobj",), frozenset()), parties):
            yield from _pair(SUPPORTS, fighter, ally, tok, _clause_verb(tok))
        return
    helped = _holder(tok.head, parties)
    for helper in _parties(_objects(tok, (), frozenset(["with"])), parties):
        yield from _pair(SUPPORTS, helper, helped, tok, _clause_verb(tok))


# --- member_of ----------------------------------------------------------------------------


def _member_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X, the military wing of Y", "X was created as the wing of Y", "X is part of Y",
    "X, Y's political wing"; not "disguised as members of Y"."""
    whole = _parties(_objects(tok, (), frozenset(["of"])), parties)
    whole += _parties([c for c in tok.children if c.dep_ == "poss"], parties)
    if not whole and tok.lower_ in _TITLE_NOUNS and tok.dep_ == "compound":
        # "Al-Qaeda affiliate Al-Nusra Front": a title before the name
        whole = _parties([c for c in tok.children if c.dep_ == "compound"], parties)
        for w in whole:
            yield from _pair(MEMBER_OF, parties.at(tok.head), w, tok, None)
        return
    if not whole:
        return
    member: Party | None = None
    anchor: Token | None = None
    if tok.dep_ == "appos":
        member = parties.at(tok.head)
    elif tok.dep_ == "attr":
        member, anchor = subject_of(tok.head, parties), tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = _clause_verb(tok)
        if verb is not None and verb.lemma_.lower() not in _PRETENCE:
            member, anchor = subject_of(verb, parties), verb
    for w in whole:
        yield from _pair(MEMBER_OF, member, w, tok, anchor)


# --- agreement ----------------------------------------------------------------------------


def _agree_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "a deal between X and Y", "X struck a deal with Y", "X's truce with Y"."""
    made = [c for c in tok.children if c.dep_ == "acl"]  # "an agreement negotiated between"
    between = [p for t in (tok, *made)
               for p in _parties(_objects(t, (), frozenset(["between"])), parties)]
    for a, b in combinations(between, 2):
        yield from _pair(AGREEMENT, a, b, tok, None)
    others = _parties(_objects(tok, (), frozenset(["with"])), parties)
    if not others:
        return
    owner = next((parties.at(c) for c in tok.children if c.dep_ == "poss"), None)
    anchor = None
    if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DEAL_VERBS:
        owner, anchor = subject_of(tok.head, parties), tok.head
    for o in others:
        yield from _pair(AGREEMENT, owner, o, tok, anchor)


def _agree_verb(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X and Y agreed ...", "X agreed with Y"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    sides = _parties([subj, *subj.conjuncts], parties) if subj is not None else []
    for a, b in combinations(sides, 2):
        yield from _pair(AGREEMENT, a, b, tok, tok)
    if tok.lemma_.lower() == "agree":
        for o in _parties(_objects(tok, (), frozenset(["with"])), parties):
            yield from _pair(AGREEMENT, subject_of(tok, parties), o, tok, tok)


# --- fights -------------------------------------------------------------------------------


def _hostile_verb(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X attacked Y", "X fighting IS", "Y was shelled by X", "X clashed with Y"."""
    preps = frozenset(["against", "on", "with"] if tok.lemma_ == "clash" else ["against"])
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if passive:
        target = subject_of(tok, parties)
        for agent in _parties(_objects(tok, (), frozenset(["by"])), parties):
            yield from _pair(FIGHTS, agent, target, tok, tok)
        return
    subj = subject_token(tok)
    who = subject_of(tok, parties)
    if who is None and (subj is None or abs(tok.i - subj.i) > _FAR):
        who = next(iter(_parties(_surface_subject(tok, parties), parties)), None)
    if tok.lemma_.lower() in _TAKE:
        preps = frozenset(["from"])
    targets = _parties(_objects(tok, ("dobj",), preps), parties)
    for target in targets or _parties(_surface_object(tok, parties), parties):
        yield from _pair(FIGHTS, who, target, tok, tok)


def _surface_subject(verb: Token, parties: Parties) -> list[Token]:
    """The nearest party named before the verb in its own stretch of words, where the
    parse gave it no subject or one too far away to trust ("Elsewhere Syrian troops and
    Kurdish fighters ousted ...", in a text without punctuation)."""
    doc = verb.doc
    for k in range(verb.i - 1, max(verb.i - 9, verb.sent.start - 1), -1):
        t = doc[k]
        if k in parties.by_token:
            return [t]
        if (t.is_punct and t.text != "-") or t.lower_ in _STOP - {"and"} or t.tag_ in _FINITE:
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


def _hostile_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "the SDF advance against IS", "Russian airstrikes on IS", "X launched an offensive
    against Y", "its bombing of ISIS positions", "clashes between X and Y"."""
    between = _parties(_objects(tok, (), frozenset(["between"])), parties)
    for a, b in combinations(between, 2):
        yield from _pair(FIGHTS, a, b, tok, None)
    preps = {"against"} | ({"on"} if tok.lower_ in _ON_NOUNS else set())
    preps |= {"with"} if tok.lower_ in ("clash", "clashes") else set()
    preps |= {"of"} if tok.lower_ in _OF_NOUNS else set()
    targets = _parties(_objects(tok, (), frozenset(preps)), parties)
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
        verb = _clause_verb(tok)  # "rebels were killed in clashes with regime troops"
        who = subject_of(verb, parties) if verb is not None else None
    for target in targets:
        yield from _pair(FIGHTS, who, target, tok, verb)


def _reduced_relative(tok: Token, parties: Parties) -> Iterator[Finding]:
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
    yield from _pair(FIGHTS, who, target, tok, None)
