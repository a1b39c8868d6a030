"""Claims: "attribute A to B" holds B responsible, whatever word the parse hung "to B" on."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from warlog.events.claims import sentence_claims
from warlog.models import ActorKind, ActorMention

# (word, lemma, pos, head, dep): "Officials attributed the failed raid to the River Front ."
_WORDS = ["Officials", "attributed", "the", "failed", "raid", "to", "the", "River", "Front", "."]
_LEMMAS = ["official", "attribute", "the", "fail", "raid", "to", "the", "River", "Front", "."]
_POS = ["NOUN", "VERB", "DET", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
_DEPS = ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "compound", "pobj", "punct"]


def _doc(to_head: int) -> Doc:
    heads = [1, 1, 4, 4, 1, to_head, 8, 8, 5, 1]
    return Doc(spacy.blank("en").vocab, words=_WORDS,
               spaces=[w != "." and (i + 1 < len(_WORDS) and _WORDS[i + 1] != ".")
                       for i, w in enumerate(_WORDS)],
               lemmas=_LEMMAS, pos=_POS, heads=heads, deps=_DEPS,
               sent_starts=[i == 0 for i in range(len(_WORDS))])


@pytest.mark.parametrize("to_head", [1, 4], ids=["on-the-verb", "on-the-object"])
def test_events_claims_attribution_names_whom_to_whatever_the_parse(to_head: int) -> None:
    doc = _doc(to_head)
    start = doc.text.index("the River Front")
    front = ActorMention(start + 4, start + 15, "River Front", "River Front", (),
                         ActorKind.REBEL_GROUP)
    claims = sentence_claims(next(iter(doc.sents)), (front,))
    assert [(c.kind, c.responsible) for c in claims] == [("attributed", "River Front")]


def test_events_claims_the_claimer_leads_over_an_unnamed_agent() -> None:
    from warlog.events.fields import event_actors

    drone = ActorMention(3, 8, "drone", "Unidentified Armed Group (Ruritania)", (),
                         ActorKind.POLITICAL_MILITIA)
    front = ActorMention(60, 71, "River Front", "River Front", (), ActorKind.REBEL_GROUP)
    guards = ActorMention(30, 36, "guards", "Police Forces of Ruritania", (),
                          ActorKind.STATE_FORCES)
    # "A drone hit the guards' post ... The River Front claimed responsibility."
    roles = [(drone, "actor1"), (front, "actor1"), (guards, "actor2")]
    out = [(a.role, a.name) for a in event_actors(roles, front, (), "RU")]
    assert out == [("actor1", "River Front"), ("actor2", "Police Forces of Ruritania")]
