"""Finding place mentions in a parsed document (the first half of geocoding).

* spaCy's GPE, LOC and FAC entities, trimmed of articles and possessives and extended
  over a longer known name ("U.S." + "Virgin Islands");
* entities spaCy labelled otherwise that are places: a strong name (a country, a
  division, a curated region or alias, a town of 100,000 people) or any known town the
  words around set as a place ("in Riverdale", "south of X", "X district": see
  :mod:`warlog.places.cues`);
* places inside organisation, event and amount names ("Paris police", "University of
  Alberta", "Nenagh MDC", "US dollars");
* strong names spaCy left untagged (proper nouns, never a lone common word: "Reading");
* adjectives used as modifiers ("the Syrian army", "Mexican officials"); plural nouns for
  people ("Syrians") and demonyms used as nouns are not places;
* further occurrences of a name found as a place elsewhere in the article
  (:mod:`warlog.places.repeats`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.nlp.ents import entities
from warlog.nlp.parse import doc_text, first_token_at, span_text, token_starts
from warlog.places.cues import (
    BUILDINGS,
    INSTITUTIONS,
    TITLES,
    addressed,
    after_locative,
    before_bracket,
    dateline,
    group_identity,
    locative,
    names_disease,
    residents_of,
    set_in,
)
from warlog.places.genre import outbreak_report
from warlog.places.index import Gazetteer
from warlog.places.known import (
    common,
    country_like,
    credited_or_grouped,
    known,
    located,
    person_words,
    split_series,
    strong,
    surnames_of,
)
from warlog.places.mention import Mention as Mention  # re-exported
from warlog.places.mention import from_span, is_modifier
from warlog.places.nonplaces import named_otherwise
from warlog.places.surnames import by_preposition_only

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def detect(sdoc: Doc, gaz: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    covered: set[int] = set()
    people = person_words(sdoc)
    for whole in entities(sdoc):
        for ent in split_series(sdoc, before_bracket(sdoc, whole), gaz):
            covered.update(range(ent.start, ent.end))
            found.extend(_from_entity(sdoc, ent, gaz, people))
    found.extend(_untagged(sdoc, covered, gaz))
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    text = doc_text(sdoc)
    surnames = surnames_of(sdoc)
    placed = {e.start_char for e in entities(sdoc) if e.label_ in ("GPE", "LOC")}
    outbreak = any(m.adjective for m in found) and outbreak_report(sdoc)
    for m in found:  # drop overlaps, keeping the earlier (then longer) mention
        if (out and m.start < out[-1].end) or credited_or_grouped(text, m.text, m.start):
            continue  # "told SANA", "Independent States": no place
        if (
            m.text in surnames
            and m.start not in placed
            and not (m.adjective or m.qualifier)
            and not (m.evidence and not by_preposition_only(sdoc, m.start, m.end))
            and not country_like(gaz, m.text)
        ):
            continue  # "Kelly's restrictions", "at Kelly's attempts": the person ("in Kelly" stays)
        if named_otherwise(sdoc, gaz, m.start, m.end, out[-1].end if out else 0):
            continue  # "chloroaniline (MOCA)", "a Mediterranean diet": no place
        if m.adjective and outbreak:
            continue  # "Chinese health officials" in a report of an outbreak: see genre
        if m.adjective and group_identity(text, m.start, m.end, gaz.adjective):
            continue  # "African American": a group of Americans, not a place
        if m.adjective and names_disease(sdoc, first_token_at(sdoc, m.end), adjective=True):
            continue  # "Spanish flu", "African swine fever": a disease, not a place
        out.append(m)
    return out


def _from_entity(sdoc: Doc, ent: Span, gaz: Gazetteer, people: frozenset[str]) -> list[Mention]:
    label = ent.label_
    if label in PLACE_LABELS:
        m = from_span(sdoc, ent.start, ent.end, gaz)
        if m is None:
            return []
        name = span_text(ent)
        if len(ent) == 1 and name in people and label != "FAC" and not strong(gaz, name):
            return [m] if located(sdoc, ent.start, ent.end) else []  # the person, unless "in X"
        return [m]
    if label == "NORP":
        if gaz.adjective(span_text(ent)) is None:  # "in the countryside of Aleppo" tagged NORP
            whole = _whole(sdoc, ent, gaz, people)
            if whole is not None:
                return [whole]
        return _adjectives(sdoc, ent.start, ent.end, gaz)
    if label in ("ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"):
        whole = _whole(sdoc, ent, gaz, people)
        if whole is not None:
            return [whole]
    if label in ("ORG", "EVENT", "MONEY", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"):
        found = _embedded(sdoc, ent.start, ent.end, gaz, strict=label == "MONEY")
        if (
            label == "ORG"
            and ent[-1].lower_ in BUILDINGS
            and (not found or after_locative(sdoc, ent.start))
        ):
            building = _building(sdoc, ent, gaz)
            return found if building is None else [building]
        lead = _leading(sdoc, ent, gaz) if label == "ORG" and not found else None
        return found if lead is None else [lead]
    if (label == "PERSON" and len(ent) == 1 and set_in(sdoc, ent.start, ent.end)
            and known(gaz, span_text(ent)) and (m := from_span(sdoc, ent.start, ent.end, gaz))):
        m.evidence = True  # "horses nearby in Riverdale": a person is not where things are
        return [m]
    if label == "PERSON":  # "Lacey Police Chief Dusty Pierpoint", "Olympia Mayor Doug Mah"
        lead = _leading(sdoc, ent, gaz, INSTITUTIONS | TITLES)
        return [] if lead is None else [lead]
    return []


def _leading(
    sdoc: Doc, ent: Span, gaz: Gazetteer, heads: frozenset[str] = INSTITUTIONS
) -> Mention | None:
    """A town opening an institution's name ("Nenagh MDC", "Abuja Chamber of Commerce",
    "Beverly Hills Police Department") or, with ``heads`` = titles, a person's title."""
    start = ent.start + (1 if sdoc[ent.start].lower_ == "the" else 0)
    for n in (3, 2, 1):
        stop = start + n
        if stop >= ent.end:
            continue
        word = sdoc[stop].lower_
        if word == "air" and stop + 1 < ent.end:
            word = "air " + sdoc[stop + 1].lower_  # "Harir Air Base"
        if word not in heads and word != "air base":
            continue
        text = span_text(sdoc[start:stop])
        if text[:1].isupper() and not common(text) and known(gaz, text):
            return from_span(sdoc, start, stop, gaz)
    return None


def _building(sdoc: Doc, ent: Span, gaz: Gazetteer) -> Mention | None:
    """An organisation named after its building ("at Barclays Center", "Karl Bremer
    Hospital"): a place, found at the article's main town if its name is unknown. The
    building word alone ("the Centre" for India's central government, "the Hospital")
    names nothing."""
    m = from_span(sdoc, ent.start, ent.end, gaz)
    if m is not None and len(m.text.split()) < 2:
        return None
    if m is not None:
        m.facility = m.evidence = True
    return m


def _whole(sdoc: Doc, ent: Span, gaz: Gazetteer, people: frozenset[str]) -> Mention | None:
    """An entity spaCy gave another label that is in fact a place: a strong name
    ("Hama", "Tamil Nadu" tagged ORG), or any town that the words around set as a place
    ("in X", "the town of X", "X district")."""
    text = span_text(ent)
    if ent.label_ == "PERSON" and (text in people or len(text.split()) > 2):
        return None
    after_prep = locative(sdoc, ent.start, ent.end) or addressed(sdoc, ent.end, text, gaz)
    if common(text):
        return None
    cased = not text.isupper() or dateline(sdoc, ent.start, ent.end)  # "AP" is no town
    if strong(gaz, text) or (after_prep and cased and known(gaz, text)):
        m = from_span(sdoc, ent.start, ent.end, gaz)
        if m is not None:
            m.evidence = m.evidence or after_prep
        return m
    return None


def _adjectives(sdoc: Doc, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """Adjectival place mentions in tokens [start, end) ("Syrian", "North American")."""
    out: list[Mention] = []
    i = start
    while i < end:
        step = 1
        for n in (3, 2, 1):
            if i + n > end:
                continue
            span = sdoc[i : i + n]
            if gaz.adjective(name := span_text(span)) is not None:
                if is_modifier(sdoc, i + n):
                    out.append(Mention(span.start_char, span.end_char, name, adjective=True))
                step = n
                break
        i += step
    return out


def _embedded(
    sdoc: Doc, start: int, end: int, gaz: Gazetteer, strict: bool = False
) -> list[Mention]:
    """Places named inside an organisation, event or amount ("University of Alberta",
    "US dollars"); ``strict`` keeps countries only."""
    out: list[Mention] = []
    i = start
    while i < end:
        step = 1
        if sdoc[i].text[:1].isupper():
            for n in range(min(4, end - i), 0, -1):
                span = sdoc[i : i + n]
                if not sdoc[i + n - 1].text[:1].isupper():
                    continue
                name = span_text(span)
                if not strict and gaz.adjective(name) is not None:
                    out.append(Mention(span.start_char, span.end_char, name, adjective=True))
                    step = n
                    break
                if strong(gaz, name) and (
                    not strict or any(c.feature == "country" for c in gaz.candidates(name))
                ):
                    m = from_span(sdoc, i, i + n, gaz)
                    if m is not None:
                        out.append(m)
                    step = n
                    break
        i += step
    return out


def _hyphen_prefix(text: str, idx: int, gaz: Gazetteer) -> list[Mention]:
    """The place before a hyphen that spaCy kept in one token: "U.S.-led", "Iraqi-born"."""
    head, _, tail = text.partition("-")
    if not tail[:1].islower():
        return []
    if gaz.adjective(head) is not None:
        return [Mention(idx, idx + len(head), head, adjective=True)]
    if strong(gaz, head):
        return [Mention(idx, idx + len(head), head, evidence=True)]
    return []


def _untagged(sdoc: Doc, covered: set[int], gaz: Gazetteer) -> list[Mention]:
    """Strong names, towns after a locative preposition, and place adjectives that
    spaCy did not tag as entities."""
    out: list[Mention] = []
    i = 0
    n_tok = len(sdoc)
    # first letters read off the kept text: no Token built for lower-case words (most)
    full, starts = doc_text(sdoc), token_starts(sdoc)
    while i < n_tok:
        if i in covered or not full[starts[i]].isupper():
            i += 1
            continue
        tok = sdoc[i]
        step = 1
        if tok.pos_ == "PROPN":
            for n in range(min(4, n_tok - i), 0, -1):
                if any(j in covered for j in range(i, i + n)):
                    continue
                text = span_text(sdoc[i : i + n])
                after_prep = locative(sdoc, i, i + n) or addressed(sdoc, i + n, text, gaz)
                if sdoc[i + n - 1].pos_ != "PROPN" or common(text):
                    continue
                cased = not text.isupper() or dateline(sdoc, i, i + n)
                if strong(gaz, text) or (after_prep and cased and known(gaz, text)):
                    m = from_span(sdoc, i, i + n, gaz)
                    if m is not None:
                        out.append(m)
                        step = n
                    break
        elif (m := _resident_town(sdoc, i, gaz)) is not None:
            out.append(m)  # "an elderly Trion couple", the name tagged an adjective
        elif gaz.adjective(tok.text) is not None and is_modifier(sdoc, i + 1):
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, adjective=True))
        elif "-" in tok.text[1:]:
            out.extend(_hyphen_prefix(tok.text, tok.idx, gaz))
        i += step
    return out


def _resident_town(sdoc: Doc, i: int, gaz: Gazetteer) -> Mention | None:
    """A known town that the residents' formula sets as a place ("an elderly Trion
    couple", "two Varnell teens") where the tagger read the word as an adjective or a
    common noun and put it in no entity: the formula, not the part of speech, says what
    the word names. Not a demonym ("a Syrian man") nor a lone common word."""
    text = sdoc[i].text
    if not residents_of(sdoc, i) or gaz.adjective(text) is not None or common(text):
        return None
    if not known(gaz, text):
        return None
    m = from_span(sdoc, i, i + 1, gaz)
    if m is not None:
        m.evidence = True
    return m
