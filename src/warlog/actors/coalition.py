""""The coalition": a bare coalition is the one the report names.

A report names a coalition once in full ("the US-led coalition", "the Syrian National
Coalition") and then calls it "the coalition", or heads with "Coalition air strikes
kill 8" before naming it in the body. The bare word is a definite reference, and it
points to the coalition the same report names: the nearest one named before it, else the
first one named after it. Where the report names none, "coalition" before a noun of
armed force ("coalition air strikes", "coalition warplanes") is the coalition the
dictionary gives for "Coalition forces" in the report's country (in Syria and Iraq the
coalition against IS, the only one whose forces fight there).

A coalition introduced by description is no such reference: "a coalition of rebel
groups", "an opposition coalition", "the largest rebel coalition" describe a body of
their own, and once a report has introduced one so, its "the coalition" may mean that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.actors import dictionary as ad
from warlog.actors.context import COREF
from warlog.actors.mentions import METHOD, mention_of, overlaps
from warlog.models import ActorMention

if TYPE_CHECKING:
    from warlog.actors.dictionary import Actor, ActorDictionary

# "the coalition", "Coalition air strikes", "in coalition raids", "US coalition warplanes"
_BARE_RX = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\bin\s)|(?<=\bby\s)|(?<=\band\s)|(?<=\bof\s)|"
    r"(?<=\bUS\s)|(?<=\bU\.S\.\s)|(?<=[.:;\"]\s)|^)coalition\b(?![-\s]+(?:of|backed|led)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# a coalition described, not referred to: "a coalition of", "an opposition coalition",
# "the largest rebel coalition"
_DESCRIBED_RX = re.compile(
    r"\b(?:an?\s+(?:[\w-]+\s+){0,2}coalition|coalition\s+of\s+(?:rebel|armed|opposition|"
    r"Arab|Kurdish|Islamist|militia|jihadist)|(?:rebel|opposition|Islamist|jihadist|"
    r"Arab-Kurdish|Kurdish-Arab)\s+coalition)\b",
    re.IGNORECASE,
)
_ARMED_NEXT_RX = re.compile(
    r"\s+(?:air\s*strikes?|airstrikes?|strikes?|raids?|warplanes?|jets?|aircrafts?|planes?|"
    r"drones?|forces|troops|bombing|bombardment|fighter\s+jets|aviation|artillery)\b",
    re.IGNORECASE,
)


def _named(m: ActorMention) -> bool:
    return "coalition" in m.text.lower() or "Coalition" in m.actor


def _country_coalition(d: ActorDictionary, country: str | None) -> Actor | None:
    """The actor the dictionary gives for "Coalition forces" in ``country``."""
    if country is None:
        return None
    toks = ad.tokenize("coalition forces")
    for j, entries in d.trie.matches(toks, 0):
        for e in entries:
            if j == len(toks) and e.qualifier == country:
                return d.actors[e.target]
    return None


def bare_coalitions(
    text: str, mentions: list[ActorMention], d: ActorDictionary, country: str | None
) -> list[ActorMention]:
    """Mentions for the bare "coalition"s of ``text`` that no earlier pass claimed."""
    spans = [(m.start, m.end) for m in mentions]
    named = sorted((m for m in mentions if _named(m)), key=lambda m: m.start)
    out: list[ActorMention] = []
    for hit in _BARE_RX.finditer(text):
        start, end = hit.span()
        if overlaps(start, end, spans):
            continue
        described = _DESCRIBED_RX.search(text, 0, end) is not None
        before = [m for m in named if m.end <= start]
        after = [m for m in named if m.start >= end]
        if before or (after and not described):
            target = before[-1] if before else after[0]
            out.append(ActorMention(start, end, text[start:end], target.actor, target.aliases,
                                    target.kind, target.country, target.parent, COREF))
            continue
        actor = _country_coalition(d, country)
        if actor is not None and not described and _ARMED_NEXT_RX.match(text, end):
            out.append(mention_of(actor, start, end, text[start:end], METHOD))
    return out


# "US-led strikes", "Saudi-led air raids", "the US-led alliance": the leader's coalition
_LED_RX = re.compile(
    r"\b((?:[A-Z]\.){2}|[A-Z][A-Za-z]+)-led\s+(?=(?:air\s*strikes?|airstrikes?|strikes?|"
    r"(?:air\s+)?raids?|bombing|bombardment|campaign|forces|troops|warplanes|jets|aircraft|"
    r"operations?|offensive|alliance|military|intervention)\b)"
)


def led_coalitions(
    text: str, mentions: list[ActorMention], d: ActorDictionary
) -> list[ActorMention]:
    """ "US-led strikes", "Saudi-led air raids": a country's "-led" before a noun of armed
    action or force names the coalition it leads, where the dictionary knows "<leader>-led
    coalition" (the mention is the "US-led")."""
    spans = [(m.start, m.end) for m in mentions]
    out = []
    for hit in _LED_RX.finditer(text):
        start, end = hit.start(), hit.end(1) + len("-led")
        if overlaps(start, end, spans):
            continue
        toks = ad.tokenize(f"{hit.group(1)}-led coalition")
        entries = next((e for j, e in d.trie.matches(toks, 0) if j == len(toks)), [])
        ok = [e for e in entries if ad.cased_ok(toks, 0, len(toks), e)]
        if ok:
            out.append(mention_of(d.actors[ok[0].target], start, end, text[start:end]))
    return out
