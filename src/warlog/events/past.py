"""Background told inside an incident: a sentence that dates its own act to the past is
another event.

CODING.md codes history apart from the news: an act dated more than about 30 days before
publication is background, its own event, flagged historical. Grouping joins sentences
that tell the same kind of act at the same place ("captured positions outside Jisr
al-Shughour overnight" ... "captured Jisr al-Shughour in May"), but a sentence that
states a calendar date of its own lying in the past, other than the one the incident's first
sentence states, tells what happened then, not more of today's news: it is peeled off
as an event of its own (:mod:`warlog.events.clauses` handles the peeled groups), dated
by its own sentence and so flagged historical. So is a sentence that tells its act as
earlier than the news with no date at all ("Months ago, the army recaptured the town":
:mod:`warlog.events.earlier`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence, Set
from typing import TYPE_CHECKING

from warlog.events import fields as ef
from warlog.events.concluded import won_campaign
from warlog.events.earlier import in_news, told_earlier
from warlog.events.group import Group
from warlog.models import Precision, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span


def _past(sent_date: tuple[str, object] | None, published: dt.date | None) -> bool:
    return sent_date is not None and ef.is_historical(sent_date[0], published)


def past_sentence(times: Sequence[TimeExpr], published: dt.date | None
                  ) -> Callable[[Span], bool]:
    """Whether a sentence dates itself to history: its most precise date (:func:`warlog.
    events.fields.sentence_date`) lies in the past (:func:`warlog.events.fields.
    is_historical`); a sentence that also states a recent day is today's news."""
    return lambda sent: _past(ef.sentence_date(sent, times), published)


def past_units(groups: Sequence[Group], times: Sequence[TimeExpr],
               published: dt.date | None, taken: set[int]) -> list[tuple[Group, Group]]:
    """The member sentences of each group that date their own act to a past the group's
    head does not state, each as a group of its own with its origin: (peeled, origin).
    ``taken`` holds the candidate indices already peeled for another reason."""
    out: list[tuple[Group, Group]] = []
    if published is None:
        return out
    for g in groups:
        head = ef.sentence_date(g.head.sent, times)
        seen = {g.head.index, *taken}
        news = in_news(g.head.sent) and told_earlier(g.head.sent, g.head.trigger, times) is None
        for c in g.members[1:]:
            if c.index in seen or c.sent.start == g.head.sent.start:
                continue
            seen.add(c.index)
            own = ef.sentence_date(c.sent, times)
            if own is not None and _past(own, published) and not _same(own[0], head):
                out.append((Group([c]), g))
            elif news and (own is None or own[1] != Precision.DAY) and told_earlier(
                    c.sent, c.trigger, times) is not None:
                out.append((Group([c]), g))  # "Months ago, ...": told as earlier
            elif news and won_campaign(c) is not None:
                out.append((Group([c]), g))  # "the campaign to retake X proved successful"
    return out


def _same(value: str, head: tuple[str, object] | None) -> bool:
    """Whether a past date falls within (or contains) the date the incident's first
    sentence states: a background incident keeps the sentences told of its own time
    ("in March" ... "in March 2015"); one dated to another month is another event, as
    ACLED codes one event per day."""
    if head is None:
        return False
    return value.startswith(head[0]) or head[0].startswith(value)


def news_part(g: Group, background: Set[int]) -> Group:
    """The group's news: its members less those told as background (``background``, the
    candidate indices :func:`past_units` peeled). A report tells where and how today's
    act happened in its news sentences; the history, earlier attacks and older fights it
    retells to explain it happened elsewhere or by other means, so the incident's place
    and type come from the news alone, while its parties, whom background often names
    ("Assad's forces used sarin in the past"), may come from all of it. The head is never
    background."""
    news = [c for c in g.members if c.index not in background or c is g.head]
    return g if len(news) == len(g.members) else Group(news)
