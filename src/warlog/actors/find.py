"""Actors: link mentions in a document to the actor dictionary.

Four passes, each leaving alone the text an earlier one claimed:

1. names and aliases from the dictionary ("IS", "Daesh", "Houthi extremists (Ansar Allah)"),
   longest first, ambiguous aliases ("Taliban", "SNA") resolved by the countries the
   document talks about;
2. descriptions of state forces: a country or demonym and a force noun ("Syrian government
   forces", "Russian jets", "Iraq's army"), or a bare one ("security forces", "the army")
   given to the document's main country;
3. generic phrases (:mod:`warlog.actors.context`): unnamed perpetrators become
   "Unidentified Armed Group (Country)", "the militants" and "the group" are linked to the
   document's most salient armed group, victims and crowds to "Civilians (Country)" etc.;
4. organisations found by entity recognition and unknown to the dictionary become new
   actors (kind guessed from their name), with an acronym defined in the text as alias.

The dictionary itself is :mod:`warlog.actors.dictionary`; the records and generic actors
the passes share are in :mod:`warlog.actors.mentions`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.actors import coalition, context, forces, organisations
from warlog.actors import dictionary as ad
from warlog.actors.dictionary import BREAK, INTERNATIONAL, Actor, ActorDictionary, Entry, Token
from warlog.actors.mentions import DESCRIPTION, country_scores, mention_of
from warlog.actors.owned import owned_fighters
from warlog.actors.possessive import possessives_restored
from warlog.models import ActorKind, ActorMention, Document
from warlog.nlp.ents import entities

__all__ = ["find_actors"]

if TYPE_CHECKING:
    from spacy.tokens import Doc

ARMED = (ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA)


# --- helpers for the events stage ---------------------------------------------------------


# --- pass 1: dictionary aliases -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    i: int
    j: int
    actor: int


def _defined_acronym(text: str, toks: list[Token], i: int, j: int) -> bool | None:
    """For a bracketed acronym: True when the words before it spell it ("Syrian Armed
    Forces (SAF)" defines SAF afresh), False when they do not ("volunteer fighters (VDP)"),
    None when the acronym is not in brackets."""
    start, end = toks[i].start, toks[j - 1].end
    if j - i != 1 or start == 0 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return None
    acro = toks[i].cased.upper()
    words = [t.cased for t in toks[max(0, i - len(acro)) : i] if t.key != BREAK]
    return "".join(w[0] for w in words).upper() == acro


_CONFLICT = re.compile(
    r"\b(?:attack|militant|fighter|rebel|insurgent|troop|soldier|forces|army|military|killed|"
    r"clash|drone|air\s*strike|bomb|shell|offensive|ceasefire|armed|gunm[ae]n|jihadi)",
    re.IGNORECASE,
)


def _own_acronyms(text: str, toks: list[Token]) -> set[str]:
    """Acronyms the text defines for itself: "Shanni Nationalities Army (SNA)" makes every
    "SNA" of the document that army's, not the dictionary's Somali National Army."""
    return {
        toks[i].cased
        for i in range(1, len(toks))
        if toks[i].cased.isupper() and _defined_acronym(text, toks, i, i + 1)
    }


def _choose(
    entries: list[Entry], actors: list[Actor], scores: Counter[str], lenient: int = 0
) -> Entry | None:
    """Pick among actors sharing an alias. A short acronym of a national actor needs the
    document to mention its country ("AA" is the Arakan Army only in a Myanmar story);
    ``lenient`` is the longest acronym let through without: 3 in a document about armed
    conflict ("The SDF forwarded more fighters"), any in brackets after other words.
    A group's country branch that shares the name of the group itself ("Islamic State
    (Philippines)" beside the Islamic State) is the one meant only where its country leads
    the document: a report on Mosul that names Marawi once in a quote still speaks of the
    group itself. Among country actors alone, any mention of the country still counts."""

    top = max(scores.values(), default=0)
    stateless = any((e.qualifier or actors[e.target].country) in (None, INTERNATIONAL)
                    for e in entries)

    def score(e: Entry) -> float:
        country = e.qualifier or actors[e.target].country
        if country in (None, INTERNATIONAL):
            return 0.5
        if stateless and e.qualifier is not None and scores.get(country, 0) < top:
            return 0.0  # a branch of the group itself only where its country leads
        return float(scores.get(country, 0))

    best = max(entries, key=score)  # max keeps the first (primary) entry among equals
    country = best.qualifier or actors[best.target].country
    size = len("".join(best.cased)) if best.cased is not None else 99
    guarded = best.qualifier is not None or (size <= 3 and size > lenient)
    if guarded and country not in (None, INTERNATIONAL) and scores.get(country, 0) == 0:
        return None
    return best


def _case_fits(toks: list[Token], i: int, j: int, entry: Entry) -> bool:
    """A proper name ("Security Belt") is not matched by all-lower-case text ("a security
    belt around the capital"); aliases written in lower case ("regime forces") are."""
    alias = entry.alias if entry.qualifier is None else entry.alias.rsplit("(", 1)[0]
    if alias == alias.lower():
        return True
    return any(c.isupper() for t in toks[i:j] for c in t.cased)


def _alias_hits(
    text: str,
    toks: list[Token],
    d: ActorDictionary,
    scores: Counter[str],
    own: set[str],
    adopted: dict[str, int],
) -> list[_Hit]:
    """Dictionary hits, longest first. ``own``: acronyms the text defines for itself;
    ``adopted`` collects those defined right after a dictionary name ("Syrian Democratic
    Forces (SDF)"), which then stand for that actor."""
    hits: list[_Hit] = []
    conflict = _CONFLICT.search(text) is not None
    i = 0
    while i < len(toks):
        nxt = i + 1
        if toks[i].cased in adopted:
            hits.append(_Hit(i, i + 1, adopted[toks[i].cased]))
        elif toks[i].key != BREAK:
            for j, entries in d.trie.matches(toks, i):
                ok = [
                    e for e in entries if ad.cased_ok(toks, i, j, e) and _case_fits(toks, i, j, e)
                ]
                defined = _defined_acronym(text, toks, i, j) if ok else None
                if defined and hits and hits[-1].j == i:
                    adopted[toks[i].cased] = hits[-1].actor
                if defined or (j - i == 1 and toks[i].cased in own):
                    break
                lenient = 99 if defined is False else 3 if conflict else 0
                chosen = _choose(ok, d.actors, scores, lenient) if ok else None
                if chosen is not None:
                    hits.append(_Hit(i, j, chosen.target))
                    # a name that holds the acronym ("SDF fighters", "Syrian Democratic
                    # Forces (SDF)") stands for it; one that holds it hyphened to a word
                    # before it ("the anti-IS coalition") opposes it and adopts nothing
                    adopted.update({t.cased: chosen.target for t in toks[i:j]
                                    if t.cased in own and text[t.start - 1] != "-"})
                    nxt = j
                    break
        i = nxt
    return hits


def _alias_mention(text: str, actor: Actor, start: int, end: int) -> ActorMention:
    if (
        end < len(text)
        and text[end] == ")"
        and text.count("(", start, end) > text.count(")", start, end)
    ):
        end += 1  # "Houthi extremists (Ansar Allah)" keeps its closing bracket
    return mention_of(actor, start, end, text[start:end])


# --- the stage ----------------------------------------------------------------------------


def _outside_people(hits: list[_Hit], toks: list[Token], sdoc: Doc | None) -> list[_Hit]:
    """ "Ben Wagner" is a person, not the Wagner Group: a one-word hit inside a longer
    PERSON entity is dropped (fronts named after people, "Jaime Martinez", are kept)."""
    if sdoc is None or not sdoc.has_annotation("ENT_IOB"):
        return hits
    people = [(e.start_char, e.end_char) for e in entities(sdoc) if e.label_ == "PERSON"]

    def inside(h: _Hit) -> bool:
        start, end = toks[h.i].start, toks[h.j - 1].end
        return h.j - h.i == 1 and any(
            s <= start and end <= e and e - s > end - start for s, e in people
        )

    return [h for h in hits if not inside(h)]


def find_actors(
    doc: Document, sdoc: Doc | None, dictionary: ActorDictionary
) -> tuple[ActorMention, ...]:
    """Every actor mention of the document, in text order."""
    text = doc.text
    toks = possessives_restored(ad.tokenize(text), dictionary)  # "the coalitions jets"
    scores = country_scores(toks, dictionary)
    own = _own_acronyms(text, toks)
    adopted: dict[str, int] = {}
    hits = _alias_hits(text, toks, dictionary, scores, own, adopted)
    found = Counter(dictionary.actors[h.actor].country for h in hits)
    scores.update({c: n for c, n in found.items() if c and c != INTERNATIONAL})
    if found:  # again, now that "TTP" may lean on "Tehrik-i-Taliban Pakistan" named earlier
        hits = _alias_hits(text, toks, dictionary, scores, own - set(adopted), dict(adopted))
    main = scores.most_common(1)[0][0] if scores else None
    hits = _outside_people(hits, toks, sdoc)
    mentions = [
        _alias_mention(text, dictionary.actors[h.actor], toks[h.i].start, toks[h.j - 1].end)
        for h in hits
    ]
    covered = {k for h in hits for k in range(h.i, h.j)}
    # "jets believed to be Russian", "jets thought to belong to the Syrian government": the
    # craft whose owner is told is that owner's, before the owner is read as a side alone
    described = forces.find_suspected(toks, dictionary, covered)
    covered |= {k for i, j, _ in described for k in range(i, j)}
    sole = len(scores) == 1  # "the government" alone is the state of a one-country report
    described += forces.find_descriptions(toks, dictionary, covered, main, sole)
    covered |= {k for i, j, _ in described for k in range(i, j)}
    for i, j, actor in described + forces.find_rebels(toks, dictionary, covered, main):
        start, end = toks[i].start, toks[j - 1].end
        mentions.append(mention_of(actor, start, end, text[start:end], DESCRIPTION))
    mentions += organisations.new_organisations(text, sdoc, mentions)
    mentions += coalition.led_coalitions(text, mentions, dictionary)  # "US-led strikes"
    mentions += coalition.bare_coalitions(text, mentions, dictionary, main)  # "the coalition"
    mentions += context.generic_mentions(text, mentions, main, dictionary)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return tuple(owned_fighters(text, mentions))  # "jihadists of the IS group"
