"""Actors and roles: fighters named by their group after them ("militants from the Nusra
Front", "jihadists of the Islamic State group", "terrorists of the front") are the
group's: the stand-in is linked to it, and the group named after "of" acts. Sentences
written for the test; the parse built by hand."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from tests.unit.handparse import Row, hand_doc
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings
from warlog.events.fields import assign_roles
from warlog.models import ActorKind, ActorMention


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


# IS, named twice before, is the salient group the stand-in went to; the group named
# after "of"/"from" is the fighters' own
BEFORE = "IS held the hills of Syria. IS moved on Monday. "


@pytest.mark.parametrize(("text", "word", "actor"), [
    (BEFORE + "Militants from the Nusra Front crossed the river at dawn.", "Militants",
     "Al-Nusrah Front"),
    (BEFORE + "Jihadists of the Ahrar al-Sham crossed the river at dawn.", "Jihadists",
     "Ahrar al-Sham"),
])
def test_actors_owned_fighters_are_the_groups(
        text: str, word: str, actor: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary)[word] == actor


def test_actors_owned_fighters_need_a_named_group(dictionary: ActorDictionary) -> None:
    text = "Militants from the hills crossed the river in Syria at dawn."
    assert links(text, dictionary)["Militants"].startswith("Unidentified")


# "Terrorists of the front shelled the town ."
OF: list[Row] = [
    ("Terrorists", "terrorist", "NOUN", 4, "nsubj"), ("of", "of", "ADP", 0, "prep"),
    ("the", "the", "DET", 3, "det"), ("front", "front", "NOUN", 1, "pobj"),
    ("shelled", "shell", "VERB", 4, "ROOT"), ("the", "the", "DET", 6, "det"),
    ("town", "town", "NOUN", 4, "dobj"), (".", ".", "PUNCT", 4, "punct"),
]


def test_events_group_named_after_its_fighters_acts() -> None:
    doc = hand_doc(OF)
    start = doc.text.index("front")
    m = ActorMention(start, start + 5, "front", "Hill Front", (), ActorKind.REBEL_GROUP)
    assert assign_roles(list(doc.sents), doc.text.index("shelled"), [m]) == [(m, "actor1")]
