"""The agent a title-case headline names first.

English headlines tell a past act in the simple present, subject first: "ISIL Uses
Chemical Weapons in Aleppo", "Rebels Shell Army Positions". Set in title case, such a
headline is often parsed as one long noun phrase ("ISIL Uses Chemical Weapons" as a name),
so its subject is no subject in the parse and a stand-in told later ("terrorists have
fired shells") takes the act. A name followed at once by a capitalised verb of violence or
use in the third person singular, ahead of the act's trigger, is that verb's subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.events.titles import title_case
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from warlog.models import ActorMention

_VERBS = (
    "use kill attack shell target bomb strike hit fire launch execute storm seize capture "
    "detonate shoot ambush kidnap abduct behead pound raid gas massacre destroy blow down "
    "bombard assault eliminate repel liberate recapture retake"
).split()
# the third person singular: "uses", "launches", "ambushes"; and the plain form a group
# takes as a plural ("ISIS Behead ..."), for verbs that are no noun as well ("Army Attack
# Kills 5" has a noun there)
_PLAIN = frozenset("behead kill execute seize shoot kidnap abduct detonate bombard "
                   "eliminate repel liberate recapture retake".split())
_PRESENT = frozenset(v + ("es" if v.endswith(("sh", "ch", "s")) else "s") for v in _VERBS) | _PLAIN
_NEXT_WORD_RX = re.compile(r"\s+([A-Z][a-z]+)\b")
_LONG_WORD_RX = re.compile(r"[A-Za-z]{4,}")


def headline_agent(m: ActorMention, sent: Span, trigger: int) -> bool:
    """Whether ``m`` is the subject of a title-case headline's verb ("ISIL Uses ..."):
    the next word is a capitalised present-tense verb of violence or use, and the act's
    trigger comes after the mention in the same headline."""
    if not (sent.start_char <= m.start and m.end <= trigger < sent.end_char):
        return False
    if not title_case(_LONG_WORD_RX.findall(span_text(sent))):
        return False
    word = _NEXT_WORD_RX.match(doc_text(sent.doc), m.end)
    return word is not None and word.group(1).lower() in _PRESENT
