"""A news page's related-links trailer: the other reports a page lists after its own.

A scraped page often runs on past the report into a list of links to other reports:
"... Source TRTWorld and agencies Related News Turkish warplanes hit ... Category News
...", or "... 285 Related Syrian Army Liberates Kokab ..." after a view counter. Those
are the headlines of other reports, told on other days: nothing from the trailer on is an
event of this report, though each headline reads like one.

The trailer is found only where "Related" (or "Related News/Articles/Stories ...") stands
where a page puts it: after the report's source credit ("Source AA", "Source TRTWorld and
agencies"), after a view counter ("... 285"), after a topic tag's count ("(200)"), or
at a sentence's start, and only when what follows it starts with a capital (a headline).
The credit or counter before it belongs to the trailer too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_LEAD_IN = (
    r"(?:Source\s+(?:[A-Z][\w.&-]*\s+){1,2}(?:and\s+agencies\s+)?"  # the report's credit
    r"|(?:\.\.\.|…)\s+\d[\d,]*\s+(?:Topic\s+[^()]{1,120}\(\d[\d,]*\)\s+)?"  # view counter
    r"|\(\d[\d,]*\)\s+"  # a topic tag's count
    r"|(?<=[.!?\"”]\s))"  # or a sentence's start
)
TRAILER = re.compile(
    _LEAD_IN + r"Related(?:\s+(?:News|Articles|Stories|Content|Topics|Coverage|Posts))?"
    r"\s+(?=[A-Z0-9\"“])"
)


def trailer_start(text: str) -> int:
    """Where the page's related-links trailer starts in ``text`` (its length if none)."""
    m = TRAILER.search(text)
    return m.start() if m else len(text)


def before_trailer(sents: Sequence[Span], text: str) -> list[Span]:
    """The sentences that start before the trailer: the report's own."""
    end = trailer_start(text)
    return [s for s in sents if s.start_char < end]
