"""What the relation rules share: the record of a finding, and the parse walks that
find a verb's subject, a word's objects and the party a phrase is about.

Subjects and objects follow the parse, and fall back on the words around the cue where
the parse is known to fail on news text (see :mod:`warlog.network.fights`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.models import Party, RelationKind
from warlog.network.parties import Parties
from warlog.nlp.parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE = frozenset("that who which".split())
QUANTITIES = frozenset(
    "some many most all several dozens hundreds scores one rest remnants remainder bulk".split()
)

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
        if child.lower_ in RELATIVE and verb.dep_ == "relcl":
            # the antecedent stands just before the pronoun ("opposition fighters and
            # forces that support the regime": the forces, wherever the parse hung it)
            before = verb.doc[child.i - 1] if child.i > verb.sent.start else verb.head
            return parties.at(before if before.pos_ in ("NOUN", "PROPN") else verb.head)
        return parties.at(child)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return parties.at(verb.head)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return subject_of(verb.head, parties)
    return None


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def objects(tok: Token, deps: tuple[str, ...], preps: frozenset[str]) -> list[Token]:
    """Direct objects (``deps``) of a word, and the objects of its prepositions ``preps``,
    with their conjuncts ("IS and al-Nusra")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    out = [through_quantity(o) for o in out]
    return [t for o in out for t in (o, *o.conjuncts)]


def through_quantity(tok: Token) -> Token:
    """ "some of the fighters", "dozens of IS militants": the counted noun."""
    if tok.lower_ in QUANTITIES or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is not None:
            return obj
    return tok


def parties_of(toks: list[Token], parties: Parties) -> list[Party]:
    found = [parties.at(t) for t in toks]
    return [p for p in found if p is not None]


def clause_verb(tok: Token) -> Token | None:
    """The verb a word hangs on (through prepositions and nouns), if any, within 4 steps."""
    for _ in range(4):
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def holder(tok: Token, parties: Parties) -> Party | None:
    """Who is named with a word: the party it modifies, or the subject of its verb."""
    verb = clause_verb(tok)
    head = tok.head
    while head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") and head.head is not head:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        found = parties.at(head)
        if found is not None:
            return found
    return subject_of(verb, parties) if verb is not None else None



def subject_token(verb: Token) -> Token | None:
    """The verb's subject: the one nearest before it, not across a headline's colon
    ("Hezbollah co-leader: US nurtured ISIS": the US)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    sent = verb.sent
    colon = -1
    # a colon token is a colon in the text: where the sentence's text before the verb
    # holds none, no token need be read to know it
    if ":" in doc_text(verb.doc)[sent.start_char : verb.idx]:
        colon = max((t.i for t in sent if t.text == ":" and t.i < verb.i), default=-1)
    before = [c for c in subjects if colon < c.i < verb.i]
    if before:
        return before[-1]
    after = [c for c in subjects if c.i > verb.i]
    return after[0] if after else None


def pair(relation: RelationKind, a: Party | None, b: Party | None, cue: Token,
          anchor: Token | None) -> Iterator[Finding]:
    if a is not None and b is not None and a.name != b.name:
        yield Finding(relation, a, b, cue, anchor)


