"""A campaign told won, in the body of a news report: background, dated as little as
the text allows.

A sentence that sums up a campaign by its outcome in the simple past ("While the
military campaign to liberate Mosul from IS proved successful, it has yet to spell the
end of the group") tells the taking it aimed at as done (:mod:`warlog.events.achieved`),
and tells it whole, as concluded: the report looks back on it, as it does on an act told
"months ago" (:mod:`warlog.events.earlier`). CODING.md flags such an act as history
("told only as background"). Its date is a time said in the clause that tells the
outcome ("proved successful in July"; not one in a relative clause about another noun,
"militants that rallied together in 2006"), else the report's context: a campaign the
sentence weighs as won against the present without dating it ("While X proved
successful, it has yet to spell the end": a present or present perfect beside the
outcome) is the report's recent past, the months before it appeared, so it is dated to
the report's year, at year precision, once that year is a quarter old (from January to
March those months reach into the year before); told against a past ("..., it failed to
end the war"), or early in the year, it is left undated (CODING.md: null when the text
gives no clue); never the report's own day. A day of its own ("succeeded
on Sunday"), a perfect ("has proved successful"), or the report's headline or lead
telling it make it the news instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.achieved import won_goal
from warlog.events.fields import is_historical
from warlog.events.holds import TERRITORY_CODES
from warlog.events.syntax import hit_tokens
from warlog.models import Precision, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

    from warlog.events.detect import Candidate

# the headline and the lead tell the report's news, not its background
_LEAD = 2
# the report's year is its recent past once this many months of it have gone by
_YEAR_KNOWN_FROM = 4


def won_campaign(cand: Candidate) -> Token | None:
    """The simple past that tells ``cand``'s taking as the goal of a campaign won ("proved"
    in "the campaign to liberate X proved successful"), past the report's lead; None when
    the candidate tells no such taking, or tells it as news."""
    if cand.index < _LEAD or cand.code not in TERRITORY_CODES:
        return None
    for h in cand.scored.hits:
        pred = won_goal(hit_tokens(cand.sent, h)) if h.code == "@TERRITORY" else None
        if pred is not None and pred.tag_ == "VBD":
            return pred
    return None


def _outcome_time(pred: Token, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """A dated time said in the clause of ``pred``, not in a relative clause inside it."""
    doc = pred.doc
    for t in times:
        if not t.value or not re.match(r"\d{4}", t.value):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        cur = span.root if span is not None else None
        while cur is not None and cur.i != pred.i:
            cur = None if cur.head.i == cur.i or cur.dep_ == "relcl" else cur.head
        if cur is not None:
            return t
    return None


def _weighed_now(pred: Token) -> bool:
    """Whether the sentence of ``pred`` tells, beside the outcome clause, something of the
    present (a verb or auxiliary in the present tense: "it has yet to", "still hold")."""
    inside = {t.i for t in pred.subtree}
    return any(t.tag_ in ("VBZ", "VBP") and t.i not in inside for t in pred.sent)


def won_dated(pred: Token, times: Sequence[TimeExpr], published: dt.date | None
              ) -> tuple[str | None, Precision, bool]:
    """(date, precision, historical) of a campaign told won by ``pred`` (see the module
    docstring): by a time of its outcome clause, else the report's year."""
    t = _outcome_time(pred, times)
    if t is not None and t.value is not None:
        value = t.value.split("T")[0]
        return value, t.precision, is_historical(value, published) or t.precision != Precision.DAY
    if published is not None and published.month >= _YEAR_KNOWN_FROM and _weighed_now(pred):
        return str(published.year), Precision.YEAR, True
    return None, Precision.UNKNOWN, True
