"""Actors from context: unnamed perpetrators, coreference and crowds (new organisations
are :mod:`warlog.actors.organisations`).

- "gunmen", "unidentified assailants", "an armed group" -> "Unidentified Armed Group
  (Country)"; "unidentified drones" -> "Unidentified Military Forces"; "criminal groups"
  -> "Unidentified Gang (Country)". The country is the one the document talks about most;
  the events stage can change it with :func:`warlog.actors.mentions.with_country`.
- "the militants", "the jihadists", "the group", and bare "assailants" in a report that
  names who claimed or was blamed, are linked to the document's most salient armed group
  when one stands out; otherwise they stay unidentified (or, for "the group", unlinked).
- "civilians", "protesters", "rioters" -> "Civilians (Country)" and so on, ACLED's way.
- Organisations found by entity recognition that the dictionary does not know become new
  actors: kind guessed from the name, an acronym given in brackets kept as alias and
  linked where it recurs.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from warlog.actors.forces import rebels_of
from warlog.actors.gate import WordGate
from warlog.actors.mentions import overlaps
from warlog.actors.unseen import GENERIC as GENERIC  # re-exported
from warlog.actors.unseen import drone_agents, fallback, generic_actor
from warlog.models import ActorKind, ActorMention

if TYPE_CHECKING:

    from warlog.actors.dictionary import ActorDictionary

COREF = "actors.coref.v1"
_ARMED = (ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA)

_UNK = r"(?:unidentified|unknown|unnamed|unspecified|masked|anonymous|suspected)"
_PERSONS = (
    r"(?:gunm[ae]n|assailants?|attackers?|militants?|insurgents?|men|persons|people|"
    r"individuals|perpetrators?|group|groups|forces|fighters|terrorists?|shooters?|"
    r"bombers?|assassins?|kidnappers?|abductors?|elements|actors?|militia|militias)"
)
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "military",
        re.compile(
            rf"\b{_UNK}\s+(?:[\w-]+\s+){{0,2}}?(?:drones?|aircraft|warplanes?|jets?|planes?|"
            r"helicopters?|air\s*strikes?|airstrikes?|military\s+forces?|military)\b"
            r"|\b(?:drones?|drone\s+strikes?|air\s*strikes?|airstrikes?|strikes?)\s+(?:from|of)\s+"
            rf"(?:an?\s+)?{_UNK}\s+(?:source|origin)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "gang",
        re.compile(
            rf"\b(?:{_UNK}\s+)?(?:(?:armed\s+)?criminal\s+(?:groups?|gangs?|organi[sz]ations?|cells?|"
            r"individuals|elements)|organi[sz]ed\s+crim(?:e|inal)\s+(?:groups?|gangs?|"
            r"organi[sz]ations?)|gang\s+members|gangsters|(?:drug\s+)?cartel\s+members|"
            r"drug\s+traffickers)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "unidentified",
        re.compile(
            rf"\b{_UNK}(?:\s*,)?(?:\s+[A-Z][a-z]+)?(?:\s+armed)?\s+{_PERSONS}\b"
            r"|\b(?:an?|some)\s+armed\s+(?:group|groups|men|individuals|persons|people)\b"
            r"|\barmed\s+non-state\s+actors?\b|\bnon-state\s+armed\s+groups?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "perpetrator",
        re.compile(
            r"\b(?:gunm[ae]n|assailants|attackers|armed\s+(?:men|individuals|persons|people|"
            r"assailants))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "coref",
        re.compile(
            r"\b(?:the\s+)?(?:jihadists|militants|insurgents|terrorists)\b"
            r"|\bthe\s+(?:extremists|rebels|fighters|guerrillas|mujahideen)\b"
            r"|\bthe\s+(?:group|organi[sz]ation|militia|movement|"
            r"(?:terror|terrorist|militant|jihadist|rebel|armed|insurgent)\s+group)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # the state's word for its armed opponents: "terrorist groups", "Takfiri
        # terrorists", "terrorist rocket attacks" (only where _STATE_TERRORISTS says so)
        "state",
        re.compile(
            r"\b(?:armed\s+)?terrorist\s+(?:groups|organi[sz]ations|factions)\b"
            r"|\b(?:armed\s+)?terrorist\s+(?:group|organi[sz]ation|faction)\b(?!\s+(?-i:[A-Z]))"
            r"|\btakfiri\s+terrorists?\b"
            r"|\bterrorist(?=\s+(?:rocket\s+|mortar\s+)?(?:attacks?|shells|shelling|"
            r"rockets|mortars|sniper)\b)",
            re.IGNORECASE,
        ),
    ),
    # people gathered at a place of worship, trade, learning, care or celebration are there
    # as civilians: "twelve people at a mosque", "shoppers", "mourners", "pilgrims"
    ("Civilians", re.compile(
        r"\b(?:civilians|villagers|worshippers|worshipers|shoppers|mourners|pilgrims)\b"
        r"|\bpeople(?=\s+(?:at|in|inside|outside)\s+(?:a|an|the)\s+(?:crowded\s+|busy\s+|"
        r"packed\s+|local\s+)?(?:mosque|church|market|marketplace|school|wedding|funeral|"
        r"bus|hospital|shrine|mall|cafe|café|restaurant|bakery|temple|synagogue)s?\b)",
        re.IGNORECASE)),
    ("Protesters", re.compile(r"\b(?:protesters|protestors|demonstrators)\b", re.IGNORECASE)),
    ("Rioters", re.compile(r"\b(?:rioters|a\s+mob|an\s+angry\s+mob)\b", re.IGNORECASE)),
)
# Words without which each rule cannot match (see actors/gate.py); a rule left out is
# always run. Each is in every match of its rule: the unnamed ones need an _UNK word or
# "armed", a gang one of its nouns, the state's word "terrorist", crowds their nouns.
_UNK_WORDS = ("unidentified", "unknown", "unnamed", "unspecified", "masked", "anonymous",
              "suspected")
_NEEDS: dict[str, tuple[str, ...]] = {
    "military": _UNK_WORDS,
    "gang": ("crim", "gang", "cartel", "traffickers"),
    "unidentified": ("armed", *_UNK_WORDS),
    "perpetrator": ("gunm", "assailants", "attackers", "armed"),
    "state": ("terrorist",),
    "Civilians": ("civilians", "villagers", "worshippers", "worshipers", "shoppers",
                  "mourners", "pilgrims", "people"),
    "Protesters": ("protesters", "protestors", "demonstrators"),
    "Rioters": ("rioters", "mob"),
}
_CLAIM = re.compile(r"claim|attribut|blam|responsib|suspect|accus|perpetrat", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def _salient(text: str, mentions: list[ActorMention]) -> tuple[ActorMention | None, bool]:
    """The armed group that stands out (most mentions, a claim or blame counts double),
    and whether the document names who claimed or was blamed."""
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    blamed = False
    for m in mentions:
        if m.kind not in _ARMED or m.actor.startswith("Unidentified"):
            continue
        first.setdefault(m.actor, m)
        sentence = next(
            (s for s in _SENTENCE.finditer(text) if s.start() <= m.start < s.end()), None
        )
        claim = sentence is not None and bool(_CLAIM.search(sentence.group()))
        blamed = blamed or claim
        counts[m.actor] += 2 if claim else 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None, blamed
    return first[ranked[0][0]], blamed


def generic_mentions(
    text: str, mentions: list[ActorMention], country: str | None, dictionary: ActorDictionary
) -> list[ActorMention]:
    """Mentions for generic phrases that no earlier pass claimed."""
    spans = [(m.start, m.end) for m in mentions]
    salient, blamed = _salient(text, mentions)
    gangs = [m for m in mentions if m.kind == ActorKind.POLITICAL_MILITIA]
    out: list[ActorMention] = []
    gate = WordGate(text)
    for rule, pattern in _RULES:
        if not gate.may_match(_NEEDS.get(rule, ("",))):
            continue  # none of the words it needs: it cannot match
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if overlaps(start, end, spans) or _right_after_actor(text, start, spans):
                continue
            owner = _attached(text, start, mentions) if rule in _PERPETRATORS else None
            if owner is None and rule in ("coref", "perpetrator") and _after_name(text, start):
                continue
            mention = (
                _coref(owner, m.group(), start, end)
                if owner is not None
                else _link(rule, m.group(), start, end, salient, blamed, gangs, country, dictionary)
            )
            if mention is not None:
                out.append(mention)
                spans.append((start, end))
    if gate.may_match(("drone", "uav", "unmanned")):  # the words unseen.DRONE needs
        out += drone_agents(text, spans, country, dictionary)
    return out + fallback(text, mentions + out, country, dictionary)


def _after_name(text: str, start: int) -> bool:
    """ "Rahman Corps fighters": a capitalised word before the noun makes it a name's."""
    m = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[max(0, start - 40) : start])
    if m is None or not m.group(1)[0].isupper():
        return False
    head = text[: start - len(m.group(0))].rstrip()
    return bool(head) and head[-1] not in ".!?:;\n"


_PERPETRATORS = ("coref", "perpetrator", "gang")
_GAP = re.compile(
    r"(?:\s+|-)(?:(?:cartel|group|gang|militia|movement|faction|affiliated|linked|allied|"
    r"aligned|armed|suspected|alleged|splinter|local)\s+){1,2}"
)


def _attached(text: str, start: int, mentions: list[ActorMention]) -> ActorMention | None:
    """ "CJNG cartel gunmen", "Taliban-linked militants": an armed group one or two
    such words ("cartel", "linked", "armed") before the noun is who the noun is."""
    for m in mentions:
        if m.kind in _ARMED and m.end < start and _GAP.fullmatch(text, m.end, start):
            return m
    return None


def _coref(target: ActorMention, phrase: str, start: int, end: int) -> ActorMention:
    return ActorMention(
        start=start,
        end=end,
        text=phrase,
        actor=target.actor,
        aliases=target.aliases,
        kind=target.kind,
        country=target.country,
        parent=target.parent,
        method=COREF,
    )


def _right_after_actor(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """ "AQAP militants", "Houthi fighters": the noun belongs to the name before it."""
    return any(0 <= start - e <= 1 and text[e:start].strip() == "" for _, e in spans)


# Countries whose government and state media name all armed opposition "terrorists", and
# the dictionary actor that stands for that opposition when no group is named.
_STATE_TERRORISTS = {"Syria": "Free Syrian Army"}


def _opposition(
    country: str | None, dictionary: ActorDictionary, phrase: str, start: int, end: int
) -> ActorMention | None:
    """A mention of the armed opposition the state's word "terrorist" stands for in
    ``country`` (see _STATE_TERRORISTS), or None where it stands for nobody."""
    rebels = dictionary.get(_STATE_TERRORISTS.get(country or "", ""))
    if rebels is None:
        return None
    return ActorMention(start=start, end=end, text=phrase, actor=rebels.name,
                        aliases=rebels.aliases, kind=rebels.kind, country=rebels.country,
                        parent=rebels.parent, method=GENERIC)


def _link(
    rule: str,
    phrase: str,
    start: int,
    end: int,
    salient: ActorMention | None,
    blamed: bool,
    gangs: list[ActorMention],
    country: str | None,
    dictionary: ActorDictionary,
) -> ActorMention | None:
    target: ActorMention | None = None
    if rule == "state":
        return _opposition(country, dictionary, phrase, start, end)
    if rule == "coref" or (rule == "perpetrator" and blamed):
        target = salient
    elif (
        rule == "gang"
        and len({g.actor for g in gangs}) == 1
        and not re.match(_UNK, phrase, re.IGNORECASE)
    ):
        target = gangs[0]
    if target is not None:
        return _coref(target, phrase, start, end)
    if rule == "coref" and phrase.lower().endswith("rebels") and country is not None:
        # "the rebels" with no group standing out to point back to: the country's armed
        # opposition as a whole, as the dictionary names it ("Syrian rebels")
        side = rebels_of(country, dictionary)
        if side is not None:
            return ActorMention(start=start, end=end, text=phrase, actor=side.name,
                                aliases=side.aliases, kind=side.kind,
                                country=side.country, parent=side.parent, method=GENERIC)
    if rule == "coref" and not re.search(
        r"militants|insurgents|terrorists|jihadists|gunm", phrase, re.IGNORECASE
    ):
        return None
    if rule == "coref" and country in _STATE_TERRORISTS and "terrorist" in phrase.lower():
        # the government's word for every armed opponent (Syria's state media call all
        # rebels "terrorists"): with no group standing out, they are the armed opposition
        rebels = _opposition(country, dictionary, phrase, start, end)
        if rebels is not None:
            return rebels
    name, kind = generic_actor(
        "unidentified" if rule in ("coref", "perpetrator") else rule, country, dictionary
    )
    return ActorMention(
        start=start,
        end=end,
        text=phrase,
        actor=name,
        aliases=(),
        kind=kind,
        country=country,
        method=GENERIC,
    )


