"""The report's labelled date stamp, which scraped pages glue onto the headline: "Date of
publication 16 October 2017 Rebel shelling on Damascus killed ...", "Published June 3 2016
Regime bombing raids ...".

The stamp is page furniture, not the headline's first words: read as one sentence with
it, the parser hangs the headline's subject on "publication" ("Rebel" became the object
of the stamp, and the rebels the target of their own shelling). A component starts a
sentence after a stamp that opens the text, and :func:`stamp_only` tells the events stage
which sentence is the bare stamp, so that it is no sentence of the report (the lead stays
sentence 0). Only a labelled stamp ("Published", "Date of publication", "Posted on",
"Updated", "Dated") is cut: a bare date opening the text ("09-09-2014 28 Terrorists Killed
...", "Mon Oct 31 2016 ...") was tried too and lowered FA-KES exact toll on the check file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?,?"
_DATE = (rf"(?:{_WEEKDAY}\s+)?(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\s+\d{{4}}"
         r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}")
#: A date stamp opening the text, with its label: "Published October 31 2014".
STAMP = re.compile(
    rf"(?i)^\s*(?:(?:date\s+of\s+publication|published|posted|updated|dated)(?:\s+on)?:?\s+)"
    rf"(?:{_DATE})(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?")


def stamp_only(sent: Span) -> bool:
    """Whether the sentence is nothing but the report's opening date stamp."""
    if sent.start != 0:
        return False
    m = STAMP.match(sent.text)
    return m is not None and not sent.text[m.end():].strip(" .,:;-–|")


def register() -> None:
    """Register the ``dateline_break`` component (once per process)."""
    from spacy.language import Language

    if Language.has_factory("dateline_break"):
        return

    @Language.component("dateline_break")
    def dateline_break(doc: Doc) -> Doc:
        from warlog.nlp.parse import doc_text

        # the Doc's text joined once and kept (retokenizing never changes it): the later
        # stages read the same string instead of joining the tokens again
        m = STAMP.match(doc_text(doc))
        if m is None:
            return doc
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc) or span.end < 1:
            return doc
        nxt = doc[span.end]
        if nxt.is_space or nxt.is_punct or "\n" in doc[span.end - 1].whitespace_:
            return doc  # the stamp already ends its own line or sentence
        nxt.is_sent_start = True
        return doc
