"""The actor dictionary's reading of one invented text, for the actor tests of this folder."""

from __future__ import annotations

from warlog.actors import ActorDictionary, find_actors
from warlog.models import ActorMention, Document, Origin


def found(text: str, d: ActorDictionary) -> list[ActorMention]:
    """The actor mentions found in ``text``, as one undated document."""
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="t", start=0, end=len(text)))
    return list(find_actors(doc, None, d))


def links(text: str, d: ActorDictionary) -> dict[str, str]:
    """Each mention's text and the actor it is linked to."""
    return {m.text: m.actor for m in found(text, d)}
