"""Actor mentions: the records made from dictionary actors, the unidentified and generic
actors ("Unidentified Armed Group (Syria)", "Civilians (Syria)"), and the countries a text
names. Shared by every actor pass (:mod:`warlog.actors.find`, :mod:`warlog.actors.context`,
:mod:`warlog.actors.forces`) and by the events stage."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from warlog.actors import dictionary as ad
from warlog.actors.dictionary import Actor, ActorDictionary, Token
from warlog.models import ActorKind, ActorMention

METHOD = "actors.dictionary.v1"
DESCRIPTION = "actors.description.v1"


def unidentified(country: str | None, what: str = "Armed Group") -> Actor:
    """ "Unidentified Armed Group (Syria)"; ``what`` may be "Gang" or "Military Forces"."""
    if what == "Military Forces":
        return Actor("Unidentified Military Forces", ActorKind.STATE_FORCES, country, None, ())
    kind = ActorKind.POLITICAL_MILITIA
    name = f"Unidentified {what} ({country})" if country else f"Unidentified {what}"
    return Actor(name, kind, country, None, ())


def with_country(mention: ActorMention, country: str) -> ActorMention:
    """Give an unidentified or generic mention ("Civilians", "Unidentified Armed Group")
    the country the events stage settled on; other mentions are returned unchanged."""
    base = mention.actor.split(" (")[0]
    generic = base.startswith("Unidentified") or base in _GENERIC_GROUPS
    if not generic or base == "Unidentified Military Forces":
        return mention
    return replace(mention, actor=f"{base} ({country})", country=country)


_GENERIC_GROUPS = ("Civilians", "Protesters", "Rioters")


def mention_of(actor: Actor, start: int, end: int, text: str, method: str = METHOD) -> ActorMention:
    return ActorMention(
        start=start,
        end=end,
        text=text,
        actor=actor.name,
        aliases=actor.aliases,
        kind=actor.kind,
        country=actor.country,
        parent=actor.parent,
        method=method,
    )


def document_countries(text: str, dictionary: ActorDictionary) -> list[tuple[str, int]]:
    """Countries the text names (by name, demonym or a known region or city), most first."""
    return country_scores(ad.tokenize(text), dictionary).most_common()


def country_scores(toks: list[Token], dictionary: ActorDictionary) -> Counter[str]:
    scores: Counter[str] = Counter()
    i = 0
    while i < len(toks):
        for j, entries in dictionary.markers.matches(toks, i):
            ok = [e for e in entries if ad.cased_ok(toks, i, j, e)]
            if ok:
                for e in ok:  # a demonym ("Afghan border") weighs less than a place
                    scores[dictionary.countries[e.target].name] += 1 if e.role == "demonym" else 2
                i = j - 1
                break
        i += 1
    return scores


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
