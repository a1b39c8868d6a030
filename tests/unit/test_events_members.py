"""A joint force told unnamed, then listed: its first member named leads (events/members.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warlog.events.members import lists_members, member_role, member_sents, members_named
from warlog.models import ActorKind, ActorMention

_FIRST = ["A", "combined", "force", "of", "local", "fighters", "attacked", "the", "camp", "."]
_SECOND = ["The", "combined", "force", "includes", "the", "River", "Front", "and", "the",
           "Hill", "Brigade", "."]


def _doc() -> Doc:
    words = _FIRST + _SECOND
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    starts = [i in (0, len(_FIRST)) for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)


def _mention(doc: Doc, text: str, actor: str) -> ActorMention:
    start = doc.text.index(text)
    return ActorMention(start, start + len(text), text, actor, (), ActorKind.REBEL_GROUP)


def test_events_members_a_listing_sentence_is_found_after_the_event() -> None:
    doc = _doc()
    first, second = list(doc.sents)
    assert lists_members(second) and not lists_members(first)
    assert [s.start for s in member_sents([first], [first, second])] == [second.start]


def test_events_members_the_first_named_member_leads_and_the_unnamed_force_goes() -> None:
    doc = _doc()
    _, second = list(doc.sents)
    local = _mention(doc, "local fighters", "Unidentified Armed Group")
    front = _mention(doc, "River Front", "River Front")
    hill = _mention(doc, "Hill Brigade", "Hill Brigade")
    out = [(local, "actor1")]
    out.append((front, member_role(front, second, out)))
    out.append((hill, member_role(hill, second, out)))
    assert members_named(out, list(doc.sents)) == [(front, "actor1"), (hill, "assoc")]
