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
from itertools import combinations
from typing import TYPE_CHECKING

from warlog.models import ActorKind, Party, RelationKind
from warlog.network.fights import (
    HOSTILE_FORMS,
    HOSTILE_NOUNS,
    HOSTILE_VERBS,
    hostile_noun,
    hostile_verb,
    reduced_relative,
)
from warlog.network.parties import Parties
from warlog.network.syntax import (
    Finding,
    clause_verb,
    holder,
    negated,
    objects,
    pair,
    parties_of,
    subject_of,
    subject_token,
)
from warlog.nlp.columns import columns, hashes

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

# every rule below starts from a word in one of these forms or of one of these lemmas: a
# word in neither starts none, and needs no Token built to be asked
_CUE_FORMS = frozenset({*_BACKED, *_SUPPORT_NOUNS, "alongside", *_TOGETHER_NOUNS,
                        *_MEMBER_NOUNS, "linked", "affiliated", *_AGREE_NOUNS,
                        *HOSTILE_FORMS, *HOSTILE_NOUNS})
_CUE_LEMMAS = frozenset({*_SUPPORT_VERBS, "join", *_AGREE_VERBS, *HOSTILE_VERBS})


def _cue_words(sent: Span) -> list[int]:
    """Indices of the sentence's words that may start a rule, found in the Doc's columns:
    the lower-case form among :data:`_CUE_FORMS`, or the lemma, lower-cased, among
    :data:`_CUE_LEMMAS` (each distinct lemma looked up once per Doc)."""
    doc = sent.doc
    _, lemmas, lowers = columns(doc)
    forms = hashes(_CUE_FORMS)
    known: dict[int, bool] = doc.user_data.setdefault("warlog.relation_lemmas", {})
    out: list[int] = []
    for i in range(sent.start, sent.end):
        if lowers[i] in forms:
            out.append(i)
            continue
        cue = known.get(lemmas[i])
        if cue is None:
            cue = known[lemmas[i]] = doc.vocab.strings[lemmas[i]].lower() in _CUE_LEMMAS
        if cue:
            out.append(i)
    return out


def sentence_findings(sent: Span, parties: Parties) -> Iterator[Finding]:
    """Every relation the rules read in one parsed sentence."""
    doc = sent.doc
    for i in _cue_words(sent):
        tok = doc[i]
        if negated(tok):
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
        if lemma in HOSTILE_VERBS and tok.pos_ == "VERB":
            yield from hostile_verb(tok, parties)
        if low in HOSTILE_FORMS:
            yield from reduced_relative(tok, parties)
        if low in HOSTILE_NOUNS and tok.pos_ in ("NOUN", "VERB"):
            yield from hostile_noun(tok, parties)


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
        yield from pair(MEMBER_OF, member, whole, tok, None)


def _backed(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "US-backed SDF", "US backed SDF forces"; "the army, backed by Russian jets"."""
    agents = objects(tok, (), frozenset(["by"]))
    if agents:
        target = parties.at(tok.head) if tok.dep_ in ("acl", "amod") else None
        target = target or subject_of(tok, parties)
        for a in agents:
            yield from pair(SUPPORTS, parties.backer(a), target, tok, None)
        return
    backer, target = _prenominal(tok, parties)
    yield from pair(SUPPORTS, backer, target, tok, None)


def _active(tok: Token, relation: RelationKind, parties: Parties, deps: tuple[str, ...],
            preps: frozenset[str]) -> Iterator[Finding]:
    """ "Iran arms the Houthis", "they joined the SDF": subject, verb, object."""
    subj = subject_token(tok)
    who = parties.backer(subj) if relation == SUPPORTS and subj is not None else None
    who = who or subject_of(tok, parties)
    for obj in objects(tok, deps, preps):
        anchor = None if tok.lower_ in _BACKED and _subject_in_truth(obj) else tok
        yield from pair(relation, who, parties.at(obj), tok, anchor)


def _subject_in_truth(obj: Token) -> bool:
    """ "US backed SDF forces are at risk": the verb's object is followed by a verb of its
    own, so "backed" modifies it (a description, not something asserted)."""
    nxt = obj.right_edge.i + 1
    return nxt < obj.sent.end and obj.doc[nxt].tag_ in ("VBP", "VBZ", "VBD", "MD")


def _support_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "with the support of the Russian Air Force", "with Russian air support" (the
    clause's subject is helped); "Israel's support of/for the opposition"."""
    backers = [parties.backer(o) for o in objects(tok, (), frozenset(["of", "from"]))]
    backers += [parties.backer(c) for c in tok.children if c.dep_ in ("poss", "amod",
                                                                      "compound")]
    if tok.head.lower_ in ("with", "under") and tok.dep_ == "pobj":
        verb = clause_verb(tok)
        helped = holder(tok.head, parties)
        for b in backers:
            yield from pair(SUPPORTS, b, helped, tok, verb)
        return
    owner = next((parties.backer(c) for c in tok.children if c.dep_ == "poss"), None)
    for target in parties_of(objects(tok, (), frozenset(["for", "to", "of"])), parties):
        yield from pair(SUPPORTS, owner, target, tok, None)


def _together(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X fought alongside Y" (X supports Y); "X, in cooperation with Y, ..." (Y supports X)."""
    if tok.lower_ == "alongside":
        fighter = holder(tok, parties)
        for ally in parties_of(objects(tok, ("pobj",), frozenset()), parties):
            yield from pair(SUPPORTS, fighter, ally, tok, clause_verb(tok))
        return
    helped = holder(tok.head, parties)
    for helper in parties_of(objects(tok, (), frozenset(["with"])), parties):
        yield from pair(SUPPORTS, helper, helped, tok, clause_verb(tok))


# --- member_of ----------------------------------------------------------------------------


def _member_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X, the military wing of Y", "X was created as the wing of Y", "X is part of Y",
    "X, Y's political wing"; not "disguised as members of Y"."""
    whole = parties_of(objects(tok, (), frozenset(["of"])), parties)
    whole += parties_of([c for c in tok.children if c.dep_ == "poss"], parties)
    if not whole and tok.lower_ in _TITLE_NOUNS and tok.dep_ == "compound":
        # "Al-Qaeda affiliate Al-Nusra Front": a title before the name
        whole = parties_of([c for c in tok.children if c.dep_ == "compound"], parties)
        for w in whole:
            yield from pair(MEMBER_OF, parties.at(tok.head), w, tok, None)
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
        verb = clause_verb(tok)
        if verb is not None and verb.lemma_.lower() not in _PRETENCE:
            member, anchor = subject_of(verb, parties), verb
    for w in whole:
        yield from pair(MEMBER_OF, member, w, tok, anchor)


# --- agreement ----------------------------------------------------------------------------


def _agree_noun(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "a deal between X and Y", "X struck a deal with Y", "X's truce with Y"."""
    made = [c for c in tok.children if c.dep_ == "acl"]  # "an agreement negotiated between"
    between = [p for t in (tok, *made)
               for p in parties_of(objects(t, (), frozenset(["between"])), parties)]
    for a, b in combinations(between, 2):
        yield from pair(AGREEMENT, a, b, tok, None)
    others = parties_of(objects(tok, (), frozenset(["with"])), parties)
    if not others:
        return
    owner = next((parties.at(c) for c in tok.children if c.dep_ == "poss"), None)
    anchor = None
    if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DEAL_VERBS:
        owner, anchor = subject_of(tok.head, parties), tok.head
    for o in others:
        yield from pair(AGREEMENT, owner, o, tok, anchor)


def _agree_verb(tok: Token, parties: Parties) -> Iterator[Finding]:
    """ "X and Y agreed ...", "X agreed with Y"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    sides = parties_of([subj, *subj.conjuncts], parties) if subj is not None else []
    if subj is not None and any(t.dep_ == "cc" for t in subj.subtree):
        # "The Taliban and Afghan forces agreed", however the parse joined the two names
        sides += parties_of(list(subj.subtree), parties)
    names = {p.name: p for p in sides}
    for a, b in combinations(names.values(), 2):
        yield from pair(AGREEMENT, a, b, tok, tok)
    if tok.lemma_.lower() == "agree":
        for o in parties_of(objects(tok, (), frozenset(["with"])), parties):
            yield from pair(AGREEMENT, subject_of(tok, parties), o, tok, tok)
