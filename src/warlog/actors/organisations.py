"""Organisations that entity recognition finds and the dictionary lacks become new
actors, their kind guessed from their name ("... Brigade" an armed group, "... Cartel" a
gang, "... Police" state forces), with an acronym the text defines as their alias."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.actors.mentions import overlaps
from warlog.models import ActorKind, ActorMention
from warlog.nlp.ents import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc


NER = "actors.ner.v1"


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")


_ARMED_WORDS = re.compile(
    r"\b(?:Front|Army|Liberation|Brigades?|Battalions?|Movement|Resistance|Militia|Mujahideen|"
    r"Mujahidin|Jaish|Jaysh|Harakat|Ansar|Liwa|Katiba|Kataib|Saraya|Guerrilla|Defen[cs]e Force|"
    r"Tigers|Legion|Commandos?|Insurgents?|Rebels?|Fighters|Force|Forces|PDF)\b"
)


_GANG_WORDS = re.compile(r"\b(?:Cartel|Gang|Clan|Mafia)\b")


_STATE_WORDS = re.compile(r"\b(?:Police|Ministry of Defen[cs]e|Armed Forces|Air Force|Navy)\b")


_NOT_ACTORS = re.compile(
    r"^(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|Xinhua|Al Jazeera|BBC|CNN|"
    r"Anadolu|TASS|RIA Novosti|Interfax|SANA|SOHR|Syrian Observatory for Human Rights|ACLED|"
    r"GTD|Twitter|Facebook|Telegram|YouTube|X|Casualties)$",
    re.IGNORECASE,
)


def _guess_kind(name: str) -> ActorKind:
    if _STATE_WORDS.search(name):
        return ActorKind.STATE_FORCES
    if _GANG_WORDS.search(name):
        return ActorKind.POLITICAL_MILITIA
    if _ARMED_WORDS.search(name):
        return ActorKind.REBEL_GROUP
    return ActorKind.EXTERNAL_OTHER


_ORG_WORDS = re.compile(
    r"\b(?:Party|Union|Council|Committee|Organi[sz]ation|Agency|Ministry|Company|Corporation|"
    r"Inc|Ltd|Association|Institute|University|Commission|Group|Network|Authority|Department|"
    r"Office|Bank|Services?|Foundation|Federation|Alliance|Coalition|Assembly|Government|"
    r"Administration|Corps|Guards?|Society|League|Congress|Mission|Directorate|Bureau)\b"
)


def _looks_like_organisation(name: str, has_acronym: bool) -> bool:
    """Small NER models call many places ORG: keep names that read as organisations."""
    if len(name) < 2 or _NOT_ACTORS.match(name) or not any(c.isupper() for c in name):
        return False
    if name.lower().startswith(("unidentified", "unknown")):
        return False
    if len(name.split()) < 2 and not has_acronym:
        return False
    return has_acronym or bool(
        _ORG_WORDS.search(name)
        or _ARMED_WORDS.search(name)
        or _GANG_WORDS.search(name)
        or _STATE_WORDS.search(name)
    )


def new_organisations(
    text: str, sdoc: Doc | None, mentions: list[ActorMention]
) -> list[ActorMention]:
    """Organisations from entity recognition that no dictionary actor covers."""
    if sdoc is None or not sdoc.has_annotation("ENT_IOB"):
        return []
    spans = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    acronyms: dict[str, ActorMention] = {}
    for ent in entities(sdoc):
        if ent.label_ != "ORG" or overlaps(ent.start_char, ent.end_char, spans):
            continue
        start, end = ent.start_char, ent.end_char
        if text[start : start + 4].lower() == "the ":
            start += 4
        name = text[start:end].strip(" ,.;:'\"")
        end = start + len(name)
        acro = _ACRONYM.match(text, end)
        if not _looks_like_organisation(name, acro is not None):
            continue
        aliases = (acro.group(1),) if acro else ()
        mention = ActorMention(
            start=start,
            end=end,
            text=name,
            actor=name,
            aliases=aliases,
            kind=_guess_kind(name),
            method=NER,
        )
        out.append(mention)
        spans.append((start, end))
        if acro:
            acronyms[acro.group(1)] = mention
            spans.append((acro.start(1), acro.end(1)))
    for acr, target in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            if not overlaps(m.start(), m.end(), spans):
                out.append(
                    ActorMention(
                        start=m.start(),
                        end=m.end(),
                        text=acr,
                        actor=target.actor,
                        aliases=target.aliases,
                        kind=target.kind,
                        method=NER,
                    )
                )
                spans.append((m.start(), m.end()))
    return out
