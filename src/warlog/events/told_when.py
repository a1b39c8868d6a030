"""When the report was told, or the wounded died, not when the act was done: the time of
a statement, of a wire dateline and of a death from wounds.

"A roadside bomb killed two soldiers last week, the ministry said on Thursday": the
Thursday dates the saying, the week the killing. "MOGADISHU, June 7 (Reuters) - Fighters
stormed a base on Tuesday": the dateline dates the filing, the Tuesday the storming. A
sentence that states such a time beside a day or a week of its own is dated by its own;
with nothing else said, the time of telling is the nearest the report comes to the act's
day and stays (most wire copy tells an act the day it is said).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.syntax import effective_root
from warlog.events.triggers import cached_hits
from warlog.models import Precision, TimeExpr
from warlog.nlp.parse import doc_text, span_text
from warlog.times.dates import parse_value

if TYPE_CHECKING:
    from spacy.tokens import Span

# a verb of saying, or of claiming an act already done, just before the time: "said on
# Thursday", "told reporters late Monday", "said in a statement on Sunday", "claimed
# responsibility on Friday"
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+(?!of\b|about\b|how\b)\w+){0,3}?|announced|reported|stated|added|confirmed"
    r"|claimed(?:\s+responsibility)?)(?:\s+in\s+an?\s+(?:\w+\s+)?statement)?"
    r"\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?$", re.I)
# ... or just after it: "officials on Thursday said", "the group on Friday claimed"
_SAID_AFTER = re.compile(r"^,?\s+(?:said|told|announced|claimed|confirmed)\b", re.I)
# a wire dateline: the city in capitals, the date, the agency, the dash
_WIRE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Za-z .]+)?,\s*$")
_WIRE_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]")
# a victim's death from wounds had earlier: "died of his wounds on", "succumbed to her
# injuries in hospital on", "died later in hospital"
_DIED_OF = re.compile(
    r"\b(?:died|passed\s+away)(?:\s+later)?(?:\s+(?:of|from)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries))?(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital)?\s+(?:on\s+)?$"
    r"|\bsuccumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)"
    r"(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital)?\s+(?:on\s+)?$", re.I)
_WOUNDS = re.compile(r"\b(?:wounds|injuries|hospital)\b|\bsuccumbed\b", re.I)
_OWN = (Precision.DAY, Precision.WEEK)


def telling(t: TimeExpr, text: str) -> bool:
    """Whether ``t`` dates the statement or the filing of the report, or a death from
    wounds, not an act."""
    if t.text.endswith(("'s", "’s")):  # "police said Tuesday's bombing killed 14"
        return False
    before, after = text[max(0, t.start - 60): t.start], text[t.end: t.end + 30]
    died = _DIED_OF.search(before)
    return bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(after)
                or (_WIRE_BEFORE.search(before) and _WIRE_AFTER.match(after))
                or (died and _WOUNDS.search(died.group())))


# a claim of an act already done, told with its time: "on Monday claimed responsibility",
# "claimed responsibility on Friday" (not "claimed the attack on Friday": the act's day)
_CLAIM_BEFORE = re.compile(r"\bclaimed\s+responsibility\s+(?:on\s+|late\s+|early\s+)?$",
                           re.I)
_CLAIM_AFTER = re.compile(r"^,?\s+claimed\b", re.I)


def claim_time(t: TimeExpr, text: str) -> bool:
    """Whether ``t`` dates a group's claim of the act, not the act: a claim is made after
    the act it claims (often a day or more), so its day is no day of the act; nor does
    the page's date stamp that opens the text ("Mon Aug 15 2016 ..."): it dates the report."""
    if len(text[: t.start].split()) <= 1:
        return True
    before, after = text[max(0, t.start - 60): t.start], text[t.end: t.end + 30]
    return bool(_CLAIM_BEFORE.search(before) or _CLAIM_AFTER.match(after))


def _in_stretch(t: TimeExpr, sent: Span) -> bool:
    """Whether ``t`` is told in a clause opened by "since" ("killed in fighting since the
    militants launched a campaign three days before"): the start of a stretch, not the
    day of the act told."""
    span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    return any(tok.lower_ == "since" or any(
        c.dep_ == "mark" and c.lower_ == "since" for c in tok.children)
        for tok in (span.root, *span.root.ancestors))


def _bracketed(t: TimeExpr, text: str) -> bool:
    """A clock time in brackets restates the one told before it in another zone: "at 3:00
    a.m. (0000 GMT / 8:00 p.m. Tuesday EDT)" is Wednesday where it happened."""
    return t.type == "TIME" and text.rfind("(", 0, t.start) > text.rfind(")", 0, t.start)


# a motive or a cause named before the time, in one phrase with it: "in retaliation for a
# military operation on Tuesday", "to avenge Monday's raid", "in the wake of the blast on"
_MOTIVE_BEFORE = re.compile(
    r"\b(?:in\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)|to\s+avenge"
    r"|avenging|in\s+the\s+wake\s+of)\s+[^,.;:()]{0,60}$", re.I)


def _scene(t: TimeExpr, text: str, sent: Span) -> bool:
    """A time in a phrase that names the act's motive or cause ("killing three soldiers,
    in retaliation for a military operation on Tuesday", "in the wake of Monday's
    blast") dates that earlier event, not the act, when the sentence tells its act
    outside that phrase (before it, or after the comma that closes it): in "vowed to
    avenge Saturday's attack" the attack is the act, and its day stays."""
    m = _MOTIVE_BEFORE.search(text, max(0, t.start - 90), t.start)
    if m is None:
        return False
    close = text.find(",", t.end, sent.end_char)
    close = sent.end_char if close < 0 else close
    return any(not h.code.startswith("@")
               and not m.start() <= sent.start_char + h.start < close
               for h in cached_hits(span_text(sent)))


def told_as_before(sent: Span) -> bool:
    """A sentence in the past perfect ("The checkpoint had been set up on Monday") tells
    what had happened before the act the report narrates: its time is that earlier one,
    no day of the act that another sentence tells."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d")
               for c in effective_root(sent).children)


def act_times(dated: Sequence[TimeExpr], text: str, sent: Span) -> list[TimeExpr]:
    """The dated times of a sentence less those of its telling, when it states a day or a
    week of its own (not one that opens a stretch); else all of them. A clock time in
    brackets and a time of the act's scene date nothing."""
    dated = [t for t in dated if not _bracketed(t, text) and not _scene(t, text, sent)]
    own = [t for t in dated if not telling(t, text)]
    return own if any(t.precision in _OWN and not _in_stretch(t, sent) for t in own) \
        else list(dated)


# a sentence that names the act just told by a definite noun and says when it happened:
# "The attack took place on Sunday evening.", "The blast occurred late on Monday."
_RESTATES = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|bombing|blast|explosion"
    r"|strike|airstrike|air\s+strike|raid|ambush|shooting|clash|clashes|fighting|shelling"
    r"|incident|killing|killings|massacre)\s+(?:\w+\s+)?(?:took\s+place|happened|occurred"
    r"|was\s+carried\s+out)\b")


def restating(sent: Span) -> Span | None:
    """The opening of the sentence right after ``sent``, up to just past its verb, when it
    restates the act by a definite noun and tells when it happened ("The attack took
    place on Sunday evening"): it dates the act, though it names no party and is grouped
    with no event. A time further on ("took place near the spot where a bomb exploded on
    Tuesday") is another event's."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    m = _RESTATES.match(doc_text(doc), nxt.start_char)
    if m is None:
        return None
    return doc.char_span(nxt.start_char, min(nxt.end_char, m.end() + 30),
                         alignment_mode="expand")


def own_day_later(sents: Sequence[Span], times: Sequence[TimeExpr],
                  found: tuple[str, Precision] | None,
                  date_of: Callable[[Span, Sequence[TimeExpr]], tuple[str, Precision] | None],
                  ) -> tuple[str, Precision] | None:
    """The act's own day told in a later sentence of the event, when its first sentence is
    dated only by the time it was told ("Jets killed 15 in Aleppo, a monitor said Friday.
    ... The children were killed Thursday in barrel bomb strikes"): the teller speaks on the
    day of telling, the act's day is the one told of the act. Only a day in the week up to
    the telling, told of no telling itself, in the sentence right after the lead (where a
    report's body opens on the act: "Three strikes hit the town on Monday"), replaces it;
    else ``found`` stands."""
    if not sents or found is None or found[1] != Precision.DAY:
        return found
    text = doc_text(sents[0].doc)
    first = [t for t in times if sents[0].start_char <= t.start < sents[0].end_char
             and t.type == "DATE"]
    if not first or not all(telling(t, text) for t in first):
        return found
    nxt = sents[1] if len(sents) > 1 and sents[1].start == sents[0].end else None
    nxt = nxt or restating(sents[0])
    if nxt is None:
        return found
    told, got = parse_value(found[0]), date_of(nxt, times)
    span = parse_value(got[0]) if got is not None and got[1] == Precision.DAY else None
    own = not any(telling(t, text) for t in times if nxt.start_char <= t.start < nxt.end_char)
    if span is not None and told is not None and own and 0 <= (told[0] - span[0]).days <= 7:
        return got
    return found
