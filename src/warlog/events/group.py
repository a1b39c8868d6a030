"""Grouping: the candidate sentences that tell one incident become one event.

Neighbouring sentences (within MERGE_WINDOW) that tell the same kind of event, or two
adjacent sentences of the incident family, are one incident unless something says they
are two: places in different countries, two towns more than 100 km apart, different
years. (Splitting at two different days, ACLED's unit, was tried and
dropped: reports date an incident's aftermath to later days, and FA-KES check fell.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warlog.events import places as ep
from warlog.events.codes import VIOLENT_CODES
from warlog.events.days import days_named, opens_with_day
from warlog.events.detect import Candidate
from warlog.events.location import place_rank
from warlog.events.syntax import effective_root
from warlog.geo import haversine_km
from warlog.models import ActorMention, Place
from warlog.nlp.parse import span_text
from warlog.times import dates as DATES

if TYPE_CHECKING:
    from spacy.tokens import Span

MERGE_WINDOW = 4  # sentences
INCIDENT_FAMILY = VIOLENT_CODES | {"ATTRIB"}


@dataclass
class Group:
    members: list[Candidate] = field(default_factory=list)

    @property
    def head(self) -> Candidate:
        return self.members[0]


def _place_of(
    c: Candidate, places: Sequence[Place], actors: Sequence[ActorMention],
    memo: dict[int, Place | None] | None = None,
) -> Place | None:
    """The place of a candidate's own sentence. ``memo``, kept by one grouping (the same
    places and actors throughout), by the candidate's id: a group's head is compared with
    every candidate after it, and its place is the same each time."""
    if memo is None:
        return ep.pick_place([c.sent], c.trigger, places, actors)
    if id(c) not in memo:
        memo[id(c)] = ep.pick_place([c.sent], c.trigger, places, actors)
    return memo[id(c)]


_NONE: Mapping[int, str] = {}


def _roundup_fits(
    g: Group, c: Candidate, places: Sequence[Place], actors: Sequence[ActorMention],
    roundups: Mapping[int, str], memo: dict[int, Place | None] | None = None,
) -> bool:
    """A roundup (a sentence listing the places of its act; ``roundups`` gives the
    governorate it names, casefolded, or "") tells events of its own places: it joins an
    incident only as the detail of a summary placed no more precisely than its governorate
    ("Army regains towns in Hamah" ... "regained X and Y in Hamah countryside"), and a
    later sentence joins a roundup only when it names no place of its own."""
    if c.index in roundups:
        head = _place_of(g.head, places, actors, memo)
        return head is None or place_rank(head) < 3 or (
            bool(roundups[c.index]) and head.text.casefold() == roundups[c.index])
    if g.head.index in roundups:
        return _place_of(c, places, actors, memo) is None
    return True


# the writer's own sign that an act is another incident: "Elsewhere, ...", "Rebels
# meanwhile fired rockets", "In a separate attack, ..."
_ANOTHER_OPENING = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,3}?(?:elsewhere|separately|in\s+(?:another|a\s+separate|an"
    r"\s+unrelated|a\s+second)\s+(?:incident|attack|development|strike|blast))\b")
_ANOTHER_ADVERB = frozenset({"meanwhile", "separately"})
# attackers who move on to a second site and act there tell a second attack, on another
# target ("The remaining attackers then drove to a nearby checkpoint, where they blew
# themselves up"): ACLED codes one event per location and target, so the writer's move
# of the perpetrators ("went/drove/headed to X, where ...") opens another incident
_MOVED_ON = re.compile(
    r"(?i)\b(?:drove|went|headed|moved|proceeded|rushed|ran|walked|made their way)\b"
    r"[^.;]{0,60}?\bto\s+(?:a|an|another|the)\b[^.;,]{0,60},\s+where\b")


def another_incident(sent: Span) -> bool:
    """Whether the sentence says its act is another incident than the one before."""
    text = span_text(sent)
    if _ANOTHER_OPENING.match(text) or _MOVED_ON.search(text):
        return True
    low = text.lower()
    if not any(word in low for word in _ANOTHER_ADVERB):
        return False  # no token can be one of the adverbs: the parse need not be read
    # the adverb of the main verb, or of the act a trailing verb of saying reports
    # ("Rebel groups meanwhile fired rockets ..., the Observatory said"): the writer's
    # word either way
    heads = {sent.root.i, effective_root(sent).i}
    return any(t.lower_ in _ANOTHER_ADVERB and t.dep_ == "advmod" and t.head.i in heads
               for t in sent)


def _taking_under_fire(c: Candidate, head: str) -> bool:
    """Whether ``c`` tells a taking of ground by its own verb of the past ("the army
    captured X") while its incident so far is remote violence: ACLED codes the two apart
    (a battle for territory and an explosion or strike are sub-event types of two
    families), so "The blast comes as the army captured X" tells the blast once more and
    the capture anew. Who holds ground ("are in control of X") is no act of taking."""
    if c.code not in TERRITORY_CODES or head not in _WEAPON_CODES:
        return False
    at = c.trigger
    verb = next((t for t in c.sent if t.idx <= at < t.idx + len(t)), None)
    return verb is not None and verb.tag_ in ("VBD", "VBN")


def _compatible(
    g: Group, c: Candidate, places: Sequence[Place], actors: Sequence[ActorMention],
    roundups: Mapping[int, str] = _NONE, memo: dict[int, Place | None] | None = None,
) -> bool:
    last = g.members[-1]
    if c.index - last.index > MERGE_WINDOW:
        return False
    if c.index != g.head.index and c.code != "ATTRIB" and another_incident(c.sent):
        return False
    if c.index != g.head.index and not _roundup_fits(g, c, places, actors, roundups, memo):
        return False
    if _taking_under_fire(c, g.head.code):
        return False
    family = (
        c.code in INCIDENT_FAMILY
        and g.head.code in INCIDENT_FAMILY
        and (c.index - last.index <= 1 or "ATTRIB" in (c.code, g.head.code))
    ) or (  # the taking of a place and the withdrawal that let it happen, told in turn
        c.code in _TRANSFER_FAMILY and g.head.code in _TRANSFER_FAMILY
        and c.index - last.index <= 1
    )
    if c.code != g.head.code and not family:
        return False
    if c.code != g.head.code:
        told = {d for m in g.members for d in days_named(span_text(m.sent))}
        own = span_text(c.sent)
        # another means told in a sentence that opens by dating its act to a day the
        # incident has not named is another telling ("On Wednesday three suicide
        # bombers"), also after an undated one: the writer's date opens a new act ("The
        # army keeps up pressure on the militants. On Saturday jets bombed ...")
        if opens_with_day(own) and not told & days_named(own):
            return False
    if "ATTRIB" in (c.code, g.head.code):
        return True  # a claim names other places ("spies for the United States")
    a, b = _place_of(g.head, places, actors, memo), _place_of(c, places, actors, memo)
    if a is not None and b is not None and a.country_code != b.country_code:
        return False
    if (
        a is not None
        and b is not None
        and a.lat is not None
        and b.lat is not None
        and min(place_rank(a), place_rank(b)) >= 3
    ) and haversine_km(a.lat, a.lon or 0.0, b.lat, b.lon or 0.0) > 100:
        return False
    years_a, years_b = DATES.years_in(span_text(g.head.sent)), DATES.years_in(span_text(c.sent))
    return not (years_a and years_b and not years_a & years_b)


def group_candidates(
    cands: Sequence[Candidate], places: Sequence[Place], actors: Sequence[ActorMention],
    roundups: Mapping[int, str] = _NONE,
) -> list[Group]:
    """Candidates grouped into incidents; a sentence of ``roundups`` (one that lists the
    places of its act) is an incident of its own unless it details a summary."""
    groups: list[Group] = []
    memo: dict[int, Place | None] = {}  # each candidate's own place (see _place_of)
    for c in cands:
        for g in reversed(groups[-3:]):
            if _compatible(g, c, places, actors, roundups, memo):
                g.members.append(c)
                break
        else:
            groups.append(Group([c]))
    return groups


# events a claim of responsibility elsewhere in the report may belong to
TERRITORY_CODES = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})
# a place changing hands: taken by one side, or left by the other
_TRANSFER_FAMILY = TERRITORY_CODES | {"NON_VIOL_TERRIT_TRANSFER"}
# the means of remote violence: what an incident told first as "people were killed" was
_WEAPON_CODES = frozenset(
    {"AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE", "CHEM_WEAP"}
)
# a protest is one event however many sentences tell it, and ACLED codes it by the most
# that happened to or by its crowd: a march whose crowd then clashed with police is a
# violent demonstration, one dispersed with tear gas a protest with intervention (least
# to most escalated; a riot outranks force against the crowd, as in _protest_rules)
_ESCALATION = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
_SPECIFIC = ("CHEM_WEAP", "SUIC_BOMB")  # ACLED's most specific means, first wins
_BARE_WEIGHT = 3.0  # an Attack read from a bare "killed"/"attack" cue (weight 2)


def _suicide_as_strong(c: Candidate) -> bool:
    """The sentence's cue of a suicide bomber weighs as much as its strongest cue of its
    own reading ("a suicide bomber carried out the attack using a car bomb")."""
    weights = {code: max((h.weight for h in c.scored.hits if h.code == code), default=0.0)
               for code in (c.code, "SUIC_BOMB")}
    return weights["SUIC_BOMB"] > 0 and weights["SUIC_BOMB"] >= weights[c.code]


def bare_killing(c: Candidate) -> bool:
    """The sentence reads as an Attack only from a bare "killed", "killing" or "attack",
    with no cue of how (shooting, execution, massacre)."""
    weights = [h.weight for h in c.scored.hits if h.code == "ATTACK"]
    return bool(weights) and max(weights) < _BARE_WEIGHT


def incident_code(g: Group) -> str:
    """The code of the incident a group tells: its head's, except that a claim ("X claimed
    the bombing") is the bombing's; a fight in which a side takes the place is the change
    of territory ("... and took the town"); and an Attack read from a bare "killed" is the
    weapon another sentence names ("45 were killed in Aleppo ... 12 civilians were killed
    by airstrikes"): ACLED codes the means."""
    code = g.head.code
    if code == "ATTRIB":
        code = next(
            (c.code for c in g.members if c.code in VIOLENT_CODES and c.index != g.head.index), code
        )
    elif code in ("ARMED_CLASH", "ATTACK"):
        code = next((c.code for c in g.members if c.code in TERRITORY_CODES), code)
    elif code in TERRITORY_CODES and not dict(g.head.scored.scores).get("ARMED_CLASH"):
        # ground taken after the other side withdrew, told in the next sentence ("took
        # the village. The militants seized it following the withdrawal of the army"), was
        # not fought for: ACLED's non-violent transfer of territory
        code = next((c.code for c in g.members if c.code == "NON_VIOL_TERRIT_TRANSFER"), code)
    if code in _WEAPON_CODES or code == "ATTACK":
        # the most specific weapon wins across the sentences of one incident too: shells
        # fired, then told to have carried chlorine, were a chemical attack; a blast or an
        # attack whose bomber the next sentence says blew himself up, a suicide bombing
        code = next((w for w in _SPECIFIC if any(c.code == w for c in g.members)), code)
        # ... and a later sentence that tells the act's bomber a suicide bomber, even
        # where its car bomb weighs as much ("a suicide bomber carried out the attack
        # using a car bomb"): one incident, its most specific means
        code = "SUIC_BOMB" if code in _WEAPON_CODES and any(
            c.index != g.head.index and c.code in _WEAPON_CODES and _suicide_as_strong(c)
            for c in g.members) else code
    if code in _ESCALATION:
        # a mob's violence told in another sentence of the protest's incident is its crowd
        # turned violent ("staged a protest ... The mob set fire to a bus"): the riot
        code = max((c.code if c.code in _ESCALATION else "VIOL_DEMONSTR" for c in g.members
                    if c.code in _ESCALATION
                    or (c.code == "MOB_VIOL" and c.index != g.head.index)),
                   key=_ESCALATION.index)
    if code == "ATTACK" and bare_killing(g.head):
        code = next((c.code for c in g.members if c.code in _WEAPON_CODES), code)
    return code
