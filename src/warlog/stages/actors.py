"""Actors: link mentions to the actor dictionary. (Stub: replaced by issue 4.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.config import Settings
from warlog.models import ActorMention, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ActorDictionary:
    """Canonical actors with aliases."""


def load_actor_dictionary(settings: Settings) -> ActorDictionary:
    return ActorDictionary()


def find_actors(doc: Document, sdoc: "Doc", dictionary: ActorDictionary) -> tuple[ActorMention, ...]:
    return ()
