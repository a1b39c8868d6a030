"""Who a token of the parse stands for: the parties a relation can join.

A party is an actor mention of the document (from the actor dictionary, a description of
state forces or an organisation found by entity recognition). Generic phrases linked by
the actors stage's coreference ("the group", "the militants") and generic actors
("Civilians", "Unidentified Armed Group") are left out: a relation between guesses would
be a guess. A token stands for a party when:

- it lies inside the party's mention ("the Syrian Democratic Forces");
- it is a noun in apposition to one ("the SDF, the US-backed alliance"), or the noun one
  modifies as a compound or possessive ("SDF forces", "Hezbollah fighters");
- it is "they" or "it", the subject of its clause, and the previous sentence's subject was
  a party (the subject continues: "The MFS was created in 2013. In 2015 they joined ...");
- for the backer of a support only, a country's name or demonym (from the actor
  dictionary's countries) on a force or a bare name: "US-backed", "Russian air power",
  "the US nurtured ISIS": that country's state forces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.actors import country_forces
from warlog.actors import dictionary as ad
from warlog.actors.dictionary import INTERNATIONAL
from warlog.models import ActorKind, ActorMention, Party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from warlog.actors import ActorDictionary

_GUESSED = frozenset(["actors.coref.v1", "actors.generic.v1", "actors.implicit.v1"])
_NAMING = frozenset("identify describe call name label".split())
_NP_POS = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM"])
_FORCE_WORDS = frozenset(
    "power force forces air support jets jet warplanes aircraft planes troops army military "
    "strikes airstrikes bombers navy artillery".split()
)


def _in_phrase(tok: Token) -> bool:
    """A word that can stand inside a noun phrase before its head ("the US-backed
    multi-ethnic")."""
    return tok.pos_ in _NP_POS or tok.text == "-" or tok.tag_ == "VBN"


def _inside_a_name(span: Span, m: ActorMention, dictionary: ActorDictionary | None) -> bool:
    """ "Free Syria Army": a country's forces described inside a longer proper name (a
    capitalised word just before the description, not at the start of the sentence)."""
    if m.method != "actors.description.v1" or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and before.pos_ in ("PROPN", "ADJ") and not (
        dictionary is not None and ad.tokenize(before.text)
        and dictionary.markers.matches(ad.tokenize(before.text), 0))


def is_party(m: ActorMention) -> bool:
    """Whether a mention can be one end of a relation (see the module docstring)."""
    if m.method in _GUESSED or m.kind == ActorKind.CIVILIANS:
        return False
    return not m.actor.startswith(("Unidentified", "Civilians"))


def party_of(m: ActorMention) -> Party:
    return Party(m.actor, m.aliases, m.kind)


@dataclass
class Parties:
    """The parties of one parsed document, found by token."""

    sdoc: Doc
    dictionary: ActorDictionary | None
    by_token: dict[int, ActorMention]
    fighting: frozenset[str] = frozenset()  # the actors of the document's events
    international: frozenset[str] = frozenset()  # international bodies named

    def is_side(self, p: Party) -> bool:
        """Whether a party takes a side: armed or state forces, or an actor of one of the
        document's events (not a body such as the UN, or a news agency, that reports)."""
        if p.name in self.international:
            return False  # the UN, the Red Cross: even when an event was pinned on them
        return p.kind != ActorKind.EXTERNAL_OTHER or p.name in self.fighting

    @classmethod
    def build(cls, sdoc: Doc, mentions: tuple[ActorMention, ...],
              dictionary: ActorDictionary | None,
              fighting: frozenset[str] = frozenset()) -> Parties:
        by_token: dict[int, ActorMention] = {}
        for m in mentions:
            if not is_party(m):
                continue
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or _inside_a_name(span, m, dictionary):
                continue
            for t in span:
                by_token.setdefault(t.i, m)
        bodies = frozenset(m.actor for m in by_token.values()
                           if m.country == INTERNATIONAL and m.kind == ActorKind.EXTERNAL_OTHER)
        return cls(sdoc, dictionary, by_token, fighting, bodies)

    def at(self, tok: Token) -> Party | None:
        """The party the token stands for, by its mention, apposition or modifiers."""
        m = self.by_token.get(tok.i)
        if m is not None:
            return party_of(m)
        if tok.dep_ == "appos" and tok.head.i in self.by_token:
            return party_of(self.by_token[tok.head.i])
        for child in tok.children:
            if child.dep_ in ("appos", "compound", "poss") and child.i in self.by_token:
                return party_of(self.by_token[child.i])
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("they", "it"):
            return self._previous_subject(tok.sent)
        if tok.pos_ == "NOUN":
            return self._identified(tok) or self.appositive(tok)
        return None

    def _identified(self, tok: Token) -> Party | None:
        """ "fighters it identified as ISIS", "vehicles described as IS's"."""
        for child in tok.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in _NAMING:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                        if obj is not None and obj.i in self.by_token:
                            return party_of(self.by_token[obj.i])
        return None

    def appositive(self, tok: Token) -> Party | None:
        """ "the SDF, the US-backed alliance": a noun phrase right after a party and a
        comma or dash describes it (whatever the parse made of it); not in a list ("the
        SDF, the army and IS")."""
        sent = tok.sent
        i = tok.i
        while i > sent.start and _in_phrase(self.sdoc[i - 1]) and i - 1 not in self.by_token:
            i -= 1
        if i - 2 < sent.start or self.sdoc[i - 1].text not in (",", "–", "—"):
            return None
        if tok.i + 1 < sent.end and self.sdoc[tok.i + 1].lower_ in ("and", "or"):
            return None
        j = i - 2
        if self.sdoc[j].text == ")":
            while j > sent.start and self.sdoc[j].text != "(":
                j -= 1
            j -= 1
        m = self.by_token.get(j)
        return party_of(m) if m is not None else None

    def backer(self, tok: Token) -> Party | None:
        """The party of a supporter, a country's state forces allowed (module docstring)."""
        found = self.at(tok)
        if found is not None or self.dictionary is None:
            return found
        country = self.country(tok)
        if country is None and tok.lower_ in _FORCE_WORDS:
            for child in tok.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod"):
                    country = country or self.country(child)
        if country is None:
            return None
        actor = country_forces(country, self.dictionary)
        return Party(actor.name, actor.aliases, actor.kind)

    def country(self, tok: Token) -> str | None:
        """The country a proper name or demonym token names, if it is one."""
        if self.dictionary is None or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return None
        toks = ad.tokenize(tok.text)
        for j, entries in self.dictionary.markers.matches(toks, 0):
            ok = [e for e in entries if e.role != "hint" and ad.cased_ok(toks, 0, j, e)]
            if ok and j == len(toks):
                return self.dictionary.countries[ok[0].target].name
        return None

    def _previous_subject(self, sent: Span) -> Party | None:
        if sent.start == 0:
            return None
        prev = self.sdoc[sent.start - 1].sent
        for tok in prev:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
                m = self.by_token.get(tok.i)
                return party_of(m) if m is not None else None
        return None
