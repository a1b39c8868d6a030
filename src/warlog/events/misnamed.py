"""Names that stand in an event's sentence without being where it happened: the generic
first word of a longer Arabic name ("Bab" of "Bab Sharqi"), a region's adjective before
people or forces ("Kurdish fighters"), the homelands of people "from" abroad
("combatants from Chechnya and China"), and a name that heads a street's ("al-Nile
street"), and the end of a route ("from X to Y": what was done, an evacuation, a
transfer, a deal, was done at X). Used by :mod:`warlog.events.places` to choose an event's
place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.models import ActorMention, Place


def names_no_place(
    p: Place, text: str, places: Sequence[Place], actors: Sequence[ActorMention],
    country: str | None,
) -> bool:
    """Whether ``p`` names something else than the event's place (see the module)."""
    return (
        _head_of_longer_name(p, text, places, actors)
        or _people_adjective(p, text)
        or (_STREET_RX.match(text, p.end) is not None and p.country_code != country)
        or (names_a_firm(p, text) and p.country_code != country)
        or (p.country_code != country and is_origin(p, text))
    )


# people "from" a list of places ("foreign combatants from Chechnya, China (Xinjiang
# Province), Saudi Arabia and Uzbekistan", "two deputies from the Republic of
# Bashkortostan, Russia"): where they come from, not where they fought or were hit; the
# places between "from" and this one are only capitalised names, brackets, "and", and
# the "the" and "of" of a formal name
_ORIGIN_RX = re.compile(
    r"\b(?:fighters|combatants|militants|jihadists|mercenaries|nationals|volunteers|"
    r"recruits|citizens|terrorists|deputies|lawmakers|politicians|officials|delegates|"
    r"diplomats|journalists|workers|engineers|advisers|advisors|experts|tourists|"
    r"pilgrims|students)\s+from\s+(?:[A-Z][\w-]*(?![\w-])|\(|\)|,|and\b|the\b|of\b|\s)*$")


def is_origin(p: Place, text: str) -> bool:
    """``p`` names where people come from ("combatants from Chechnya, China ...")."""
    before = text[max(0, p.start - 120) : p.start]
    # the pattern needs the word "from" (case-sensitive): without it no start can match,
    # and a substring test is far cheaper than the search trying every start
    return "from" in before and _ORIGIN_RX.search(before) is not None


# a state's own acts, agents and officials in the possessive, one adjective allowed
# ("Russia's crimes", "Russias flagrant crimes" with the apostrophe lost in collection,
# "Iran's role", "Israel's Prime Minister"): the state as an actor
_STATE_OWNS_RX = re.compile(
    r"(?:['’]s|s)\s+(?:[a-z]+\s+)?(?:crimes|massacres|attacks|strikes|raids|bombing|"
    r"actions|policy|policies|role|intervention|"
    r"involvement|support|backing|position|stance|campaign|aggression|veto|army|military|"
    r"forces|troops|warplanes|jets|aircraft|air\s+force|defen[cs]e|foreign|president|"
    r"prime\s+minister|premier|minister|king|emir|"
    r"leaders?|envoy|ambassador|delegation|government|allies|ally)\b", re.I)


def names_a_state(p: Place, text: str) -> bool:
    """``p`` stands for people, not ground: the homeland of people "from" it, a country
    owning its acts and agents ("Russia's crimes", "Iran's role"), or a country guessed
    to be the one who acted ("drones (likely US)")."""
    return is_origin(p, text) or state_acting(p, text)


def state_acting(p: Place, text: str) -> bool:
    """``p`` is a country named as the one who acts: owning its acts, agents or officials
    ("Russia's crimes", "Israel's Prime Minister"), or guessed to be the perpetrator."""
    return is_suspect(p, text) or speaks(p, text) or (
        (p.feature or "") == "country" and _STATE_OWNS_RX.match(text, p.end) is not None)


# a place that says, denies, claims or warns ("Moscow said", "Ankara has denied",
# "Washington accused"): the authority seated there, by metonymy, not where anything
# happened; "officials in Idlib said" is no such subject (the place follows a preposition)
_SPEAKS_RX = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|quickly\s+|again\s+)?(?:said|says|"
    r"denied|denies|claimed|claims|accused|accuses|blamed|blames|warned|warns|insisted|"
    r"insists|rejected|rejects|condemned|condemns|announced|announces|vowed|vows|"
    r"threatened|threatens|demanded|demands|urged|urges|dismissed|dismisses)\b")
_PREP_BEFORE_RX = re.compile(
    r"\b(?:in|at|near|from|of|outside|inside|around|to|into|on|over|across|toward|towards|"
    r"between|and|or)\s+(?:the\s+)?$", re.I)


def speaks(p: Place, text: str) -> bool:
    """``p`` is the subject of a verb of saying, denying or blaming (see above). Not
    :func:`warlog.places.borrowed.speaks`: that one reads the parse to drop small towns that
    speak as persons; here every place (a capital above all) stays a place of the
    report, only not the event's, and the callers hold the text, not the parse."""
    return _SPEAKS_RX.match(text, p.end) is not None and _PREP_BEFORE_RX.search(
        text[max(0, p.start - 20) : p.start]) is None


# a guess at who acted ("Unidentified drones (likely US; ...)", "a drone, probably
# Turkish"): a hedge word just before a country names the suspected perpetrator
_GUESS_RX = re.compile(r"\b(?:likely|probably|possibly|presumably|suspected|allegedly|"
                       r"believed\s+to\s+be)\s+(?:an?\s+|the\s+)?$", re.I)


def is_suspect(p: Place, text: str) -> bool:
    """``p`` is a country named as a guess at the perpetrator ("likely US"): an actor,
    never the place of the event."""
    return (p.feature or "") == "country" and _GUESS_RX.search(
        text[max(0, p.start - 30) : p.start]) is not None


# generic nouns that open Arabic place names ("Bab" gate, "Tal" hill, "Ain" spring, "Deir"
# monastery, "Kafr" village, ...): followed by a capitalised word they are that longer name
_NAME_HEADS = frozenset("bab tal tell tall ain ayn deir dayr jabal jebel wadi ras kafr kfar "
                        "beit bayt souq suq khan qasr bir hayy harat".split())
_NEXT_NAME_RX = re.compile(r"[ \t-]+([A-Z][a-z]{2,})\b")


def _head_of_longer_name(
    p: Place, text: str, places: Sequence[Place], actors: Sequence[ActorMention]
) -> bool:
    """A place read off the generic first word of a longer name ("Bab Sharqi", "Tal
    Abyad", "Ain Issa"): the quarter or village that name denotes, not the town called
    "Al Bab" or "Tal"."""
    word = re.sub(r"^(?:al|el)[- ]", "", p.text.strip().lower())
    if word not in _NAME_HEADS:
        return False
    m = _NEXT_NAME_RX.match(text, p.end)
    if m is None:
        return False
    nxt = m.start(1)
    return not any(q is not p and q.start <= nxt < q.end for q in places) and not any(
        a.start <= nxt < a.end for a in actors)


# the people or forces an adjective of a region qualifies ("Kurdish fighters")
_PEOPLE_AFTER_RX = re.compile(
    r"\s+(?:fighters|forces|troops|militias?|militiamen|units|soldiers|rebels|groups?|"
    r"parties|officials|authorities|leaders?|people|population|refugees|civilians|"
    r"volunteers|peshmerga|factions?|allies|counterparts)\b",
    re.I,
)


def _people_adjective(p: Place, text: str) -> bool:
    """A region or province named by its adjective before people or forces ("Kurdish
    fighters", "Balochi militants") names who they are, not where anything happened."""
    return (
        (p.feature or "") in ("region", "admin1")
        and not (p.name or "").lower().startswith(p.text.lower())
        and p.text.lower().endswith(("ish", "ian", "ese", "i", "ic", "an"))
        and _PEOPLE_AFTER_RX.match(text, p.end) is not None
    )


# a name that heads a firm's name ("the Chinese-owned Wanbao mining company", "Qatar
# Airways"): the firm, whose namesake town abroad is no place of the event
_COMPANY_RX = re.compile(
    r"\s+(?:(?:mining|oil|gas|petroleum|energy|cement|construction|trading|shipping|"
    r"holding|investment)\s+)?(?:company|corporation|corp\b|co\b|ltd\b|inc\b|group|firm|"
    r"conglomerate|enterprise|airways|airlines)",
    re.I,
)


def names_a_firm(p: Place, text: str) -> bool:
    """``p`` heads a firm's name ("Wanbao mining company"): a firm, not a place."""
    return _COMPANY_RX.match(text, p.end) is not None


# a name that heads a street's name ("al-Nile street", "Baghdad Road") names the street
_STREET_RX = re.compile(
    r"\s+(?:street|st\b|road|rd\b|avenue|ave\b|boulevard|square|roundabout|highway|bridge)",
    re.I,
)


# "to the eastern province of", "towards", "to": the preposition before a route's end
_TO_RX = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$", re.I)
_FROM_RX = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def route_end(p: Place, places: Sequence[Place], text: str) -> bool:
    """``p`` ends a route the same sentence starts at another place just before ("from
    the Qalamoun Mountains to the eastern province of Deir al-Zor")."""
    if not _TO_RX.search(text[max(0, p.start - 40) : p.start]):
        return False
    return any(q is not p and 0 < p.start - q.end < 60 and q.lat is not None
               and _FROM_RX.search(text[max(0, q.start - 25) : q.start]) is not None
               for q in places)
