"""Network: who fights, backs, belongs to or strikes deals with whom (:func:`find_relations`).

Modules: ``parties`` (which token stands for which actor), ``relations`` (the rules over
the parse of one sentence), ``frames`` (claims and dates). Every relation carries the
sentence that shows it; there is no relation without one. See docs/network.md.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.models import (
    ActorMention,
    Document,
    Event,
    Evidence,
    Relation,
    RelationKind,
    TimeExpr,
)
from warlog.network.frames import claimed_by, sentence_date
from warlog.network.parties import Parties
from warlog.network.relations import sentence_findings
from warlog.network.syntax import Finding
from warlog.nlp.parse import is_parsed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from warlog.actors import ActorDictionary

__all__ = ["find_relations", "needs_parse"]

METHOD = "network.rules.v1"
_VIOLENT = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])
UNDIRECTED = frozenset([RelationKind.FIGHTS, RelationKind.AGREEMENT])
_CUES = re.compile(
    r"\b(?:backed|supported|sponsored|funded|armed|trained|support|help|backing|assistance|"
    r"alongside|cooperation|collaboration|coordination|join\w*|wing|part of|members? of|"
    r"faction|affiliate|agree\w*|deal|truce|cease-?fire|accord|pact|treaty|nurtur\w*)\b",
    re.IGNORECASE,
)


def needs_parse(text: str) -> bool:
    """Whether a sentence holds a cue of support, membership or agreement, so that the
    network stage needs its dependency parse (fights ride on the events' own cues)."""
    return _CUES.search(text) is not None


def find_relations(
    doc: Document,
    sdoc: Doc,
    events: Sequence[Event],
    actors: Sequence[ActorMention],
    times: Sequence[TimeExpr] = (),
    dictionary: ActorDictionary | None = None,
) -> tuple[Relation, ...]:
    """The relations between the document's actors, each with its sentence, in text order."""
    fighting = frozenset(a.name for e in events if e.event_type in _VIOLENT for a in e.actors)
    parties = Parties.build(sdoc, tuple(actors), dictionary, fighting)
    if not parties.by_token:
        return ()
    text = doc.text
    out: dict[tuple[str, str, str, int], Relation] = {}
    for sent in sdoc.sents:
        if not _two_parties(sent, parties) or not is_parsed(sent):
            continue
        for f in sentence_findings(sent, parties):
            rel = _relation(doc, text, sent, f, parties, events, times)
            key = (rel.relation, rel.source.name, rel.target.name, rel.evidence.start)
            if key not in out or (rel.claimed_by and not out[key].claimed_by):
                out[key] = rel  # read twice, once as what a speaker says: a claim
    return tuple(out.values())


def _two_parties(sent: Span, parties: Parties) -> bool:
    """A sentence with a party and something else a party could be (read by token index:
    the question is only where the parties stand, so no token need be built)."""
    by_token = parties.by_token
    return len(sent) > 3 and any(i in by_token for i in range(sent.start, sent.end))


def _relation(doc: Document, text: str, sent: Span, f: Finding, parties: Parties,
              events: Sequence[Event], times: Sequence[TimeExpr]) -> Relation:
    source, target = f.source, f.target
    if f.relation in UNDIRECTED and target.name < source.name:
        source, target = target, source
    start, end = _paragraph_part(text, sent.start_char, sent.end_char, f.cue.idx)
    date, historical = sentence_date(start, end, (source.name, target.name), doc, events,
                                     times, f.cue)
    historical = historical or _formerly(f)
    key = f"{doc.id}|{f.relation}|{source.name}|{target.name}|{start}|{end}"
    return Relation(
        id="r" + hashlib.sha1(key.encode()).hexdigest()[:16],
        relation=f.relation,
        source=source,
        target=target,
        evidence=Evidence(start, end, text[start:end]),
        claimed_by=claimed_by(f.anchor, parties),
        date=date,
        historical=historical,
        cue=f.cue.text,
        method=METHOD,
    )


_FORMERLY = frozenset("formerly previously once former ex".split())


def _formerly(f: Finding) -> bool:
    """ "the formerly al Qaeda-affiliated HTS", "ex-members of": a relation that no longer
    holds is history."""
    doc = f.cue.doc
    near = [doc[k] for k in range(max(f.cue.sent.start, f.cue.i - 4), f.cue.i)]
    return any(t.lower_ in _FORMERLY for t in [*near, *f.cue.children])


def _paragraph_part(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence cut to the line that holds the cue (a headline the sentence splitter
    ran into the first paragraph stays out), without surrounding white space."""
    cut = text.rfind("\n", start, at)
    start = cut + 1 if cut >= 0 else start
    cut = text.find("\n", at, end)
    end = cut if cut >= 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
