"""A joint force's members: "a combined force of local defense forces attacked the camp
... The combined force includes the KNLA, the Cobra Column and the PDF".

A report may tell a coalition first by what it is (an unnamed force) and list its members
in a sentence of their own. The members are the ones who acted: ACLED codes the first
member named as actor1 and the others as its associates, and the unnamed force told
before them is that same coalition, no side of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.generic import named, unnamed
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.models import ActorMention

_MEMBERS_RX = re.compile(
    r"\s*(?:The|This|That)\s+(?:combined|joint|allied)\s+(?:forces?|troops|units?|columns?)"
    r"\s+(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of|"
    r"(?:is|was)\s+made\s+up\s+of)\b",
    re.I,
)


def lists_members(sent: Span) -> bool:
    """Whether the sentence lists a joint force's members ("The combined force includes")."""
    return _MEMBERS_RX.match(span_text(sent)) is not None


def member_sents(sents: Sequence[Span], extent: Sequence[Span]) -> list[Span]:
    """The sentences of the event's extent, after its own, that list its force's members."""
    own = {s.start for s in sents}
    first = min(own, default=0)
    return [s for s in extent if s.start > first and s.start not in own and lists_members(s)]


def member_role(m: ActorMention, sent: Span, before: Sequence[tuple[ActorMention, str]]
                ) -> str:
    """The role of a mention in a members' list: the first named member leads (actor1),
    the next ones are its associates; an unnamed one tells no side of its own."""
    if not named(m):
        return "other"
    listed_before = any(named(o) and sent.start_char <= o.start < sent.end_char
                        for o, _ in before)
    return "assoc" if listed_before else "actor1"


def members_named(out: list[tuple[ActorMention, str]], sents: Sequence[Span]
                  ) -> list[tuple[ActorMention, str]]:
    """With a joint force's members listed, the unnamed agents ("Unidentified ...") are
    the same coalition told before its members were: they are dropped."""
    listed = [s for s in sents if lists_members(s)]
    if not any(r == "actor1" and any(s.start_char <= m.start < s.end_char for s in listed)
               for m, r in out):
        return out
    return [(m, r) for m, r in out if not (r == "actor1" and unnamed(m))]



_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def before_its_verb(tok: Span, sent: Span, root: Token) -> bool:
    """Whether a name listed in a joint force ("a combined force of X, Y and Z attacked")
    stands before the verb the force is the subject of: the sentence's root, or its first
    finite verb where the parser made an aside the root ("a village (coded as X) ... a
    combined force of the KNLA and Y attacked")."""
    if tok.end <= root.i and root.pos_ in ("VERB", "AUX"):
        return True
    finite = next((t for t in sent if t.tag_ in _FINITE), None)
    return finite is not None and tok.end <= finite.i


# what opens a joint force's list of members, wherever the list goes on
_JOINT_OPEN_RX = re.compile(
    r"\b(?:combined|joint|allied)\s+(?:forces?|troops|units?|teams?|columns?)\s+of\b", re.I)


def listed_after_first(tok: Span, sent: Span, root: Token) -> bool:
    """Whether the name is a later member of a joint force listed before its verb ("a
    combined force of the KNLA, the Cobra Column and Y attacked"): no verb between the
    list's opening and the name. ACLED codes the first member as actor1 and the others
    as its associates, never as the target."""
    opens = list(_JOINT_OPEN_RX.finditer(span_text(sent)[: tok.start_char - sent.start_char]))
    if not opens:
        return False
    start = sent.start_char + opens[-1].end()
    between = [t for t in sent if start <= t.idx < tok.start_char]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    # a later member stands after a comma or "and": "unidentified local defense forces"
    # is one member told by two overlapping mentions
    if not any(t.lower_ in (",", "and", "&") for t in between):
        return False
    return before_its_verb(tok, sent, root)


def joint_role(tok: Span, sent: Span, root: Token, joint: re.Pattern[str]) -> str | None:
    """The role of a name in a joint force listed before its verb: the first member acts
    (actor1), the later ones stand with it (assoc); None when the name is in no such list."""
    before = span_text(sent)[: tok.start_char - sent.start_char]
    if joint.search(before) is not None and before_its_verb(tok, sent, root):
        return "actor1"
    return "assoc" if listed_after_first(tok, sent, root) else None
