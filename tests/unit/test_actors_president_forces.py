"""Actors: the president's forces or troops are the state's military ("the president's
forces", its apostrophe often lost: "the presidents forces"), of the country named with
them or of the report's. Sentences written for the test."""

from __future__ import annotations

import pytest

from warlog.actors import ActorDictionary, find_actors, load_actor_dictionary
from warlog.config import Settings
from warlog.models import Document, Origin


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _links(text: str, d: ActorDictionary) -> dict[str, str]:
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="t", start=0, end=len(text)))
    return {m.text: m.actor for m in find_actors(doc, None, d)}


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Rebels in Homs, Syria, said the presidents forces shelled the market.",
     "presidents forces", "Military Forces of Syria"),
    ("Rebels in Homs, Syria, said the president's troops shelled the market.",
     "president's troops", "Military Forces of Syria"),
    ("Kenyan presidential troops entered the town.", "Kenyan presidential troops",
     "Military Forces of Kenya"),
])
def test_actors_president_forces_are_the_states(
        text: str, mention: str, actor: str, dictionary: ActorDictionary) -> None:
    assert _links(text, dictionary)[mention] == actor
