"""The frame of a report: who tells of an act and to whom is no party to it.

A sentence that reports an act names, besides its doers and targets, the people and
bodies of the telling: "the official told Anadolu Agency", "a source at the police
command said", "in a statement to reporters". The one told (the listener of "tell", the
"to" of "said to") and the body a speaker speaks for ("a source at X", "an official
from X") are parts of the claim, never the target of the act the claim reports. The
parser hangs them as objects, so :func:`warlog.events.fields.assign_roles` reads them as
targets; this module gives them the role "told" (left out of the event's actors). The
confidence and ranking models were trained when such parties stood as actor2: they still
see an event that names one as naming a second party (``Clues.told_party``), so that
taking a listener out of the actors changes no event's confidence or rank.

A speaker's body keeps an agent's role the grammar gave it ("an official at the ministry
said its jets struck" is read elsewhere): only a reading as target or as an other side
is undone here. In a battle an armed body that speaks is one of the two sides ("a
military source said the army repelled an attack"): it keeps its reading there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.models import ActorKind, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Roles = list[tuple[ActorMention, str]]

# verbs of telling whose object (or "to" phrase) is the one told
_TELL_TO = frozenset("tell say speak report confirm explain announce state add".split())
# nouns of a speaker or of what a speaker gives out: "a source at X", "a statement from X"
_SPEAKER = frozenset(
    "source official spokesman spokeswoman spokesperson representative statement "
    "correspondent reporter officer press".split()
)
_OF_BODY = frozenset({"at", "from", "in", "with", "within", "for", "of"})
# what a side's name may qualify that reports rather than acts: "Syrian regime television
# said", "Kurdish media reported"
_OUTLETS = frozenset("television tv media radio agency newspaper channel outlet broadcaster "
                     "website news".split())


def mention_root(m: ActorMention, sdoc: Doc) -> Token | None:
    """The head word of a mention in the parse (none where its span does not align)."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def _listener(tok: Token) -> bool:
    """"told Anadolu Agency", "said to reporters", "speaking to the BBC"."""
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
        return True
    return (tok.dep_ == "pobj" and head.lower_ == "to"
            and head.head.lemma_.lower() in _TELL_TO and head.head.pos_ == "VERB")


def _according(tok: Token) -> bool:
    """"..., according to the regime": whom an account is according to tells of the act,
    as a speaker does (in a battle, an armed side may tell of its own fight)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _speakers_body(tok: Token) -> bool:
    """"a source at Aleppo Police Command", "an official from the ministry"; the words
    decide where the parser hangs the preposition elsewhere ("citing a source at X")."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in _OF_BODY:
        return False
    before = tok.doc[head.i - 1] if head.i > 0 else head
    return head.head.lemma_.lower() in _SPEAKER or before.lemma_.lower() in _SPEAKER


def names_outlet(m: ActorMention, sent: Span) -> bool:
    """"regime television", "the group's news agency": the name qualifies an outlet, which
    reports: that mention names no party (the same side named elsewhere in the sentence
    still may be one)."""
    root = mention_root(m, sent.doc)
    return root is not None and _outlet(root)


def _outlet(tok: Token) -> bool:
    for _ in range(3):
        if tok.dep_ not in ("compound", "amod", "poss") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _OUTLETS:
            return True
    return False


def tellers_not_targets(
    roles: Sequence[tuple[ActorMention, str]], sdoc: Doc | None, battle: bool = False
) -> Roles:
    """Roles with the one told and the speaker's body, read as target or other side,
    turned to "told" (in a ``battle``, an armed body that speaks keeps its reading)."""
    if sdoc is None:
        return list(roles)
    out: Roles = []
    for m, r in roles:
        root = mention_root(m, sdoc) if r in ("actor2", "other") else None
        if root is not None:
            tok = root
            while tok.dep_ == "compound" and tok.head.i != tok.i:
                tok = tok.head
            side = battle and m.kind not in (ActorKind.EXTERNAL_OTHER, ActorKind.CIVILIANS)
            if _listener(tok) or ((_speakers_body(tok) or _according(tok)) and not side):
                r = "told"
        out.append((m, r))
    return out


def names_itself(m: ActorMention, verb: Token, trigger: int) -> bool:
    """Whether the clause told under ``verb`` has the teller's own side as its subject
    ("HPG reported that the PKK attacked a post": the PKK's armed wing tells of its own
    act): a side that tells of what it did is still its doer."""
    at = next((t for t in verb.subtree if t.idx <= trigger < t.idx + len(t)), None)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                   and at is not None and at in c.subtree), None)
    names = {n.lower() for n in (m.text, m.actor, *m.aliases)}
    return clause is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and " ".join(
            t.text for t in c.subtree if t.dep_ != "det").lower() in names
        for c in clause.children)
