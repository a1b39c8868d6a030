"""The event-type classifier: a sentence's trigger matches (:mod:`warlog.events.triggers`)
scored per code (:mod:`warlog.events.codes`), then ACLED's precedence rules: a protest met
with lethal force is "Excessive force against protesters", a captured town is "Government
regains territory" or "Non-state actor overtakes territory" depending on who took it, and
so on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warlog.events.codes import PRIORITY, VIOLENT_CODES
from warlog.events.triggers import Hit, find_hits

_RANK = {c: i for i, c in enumerate(PRIORITY)}
# features that tell an act of their own (a protest, ground taken or fought for)
_ACT_FEATURES = frozenset({"@PROTEST", "@TERRITORY", "@ATTEMPT"})

_GOV = re.compile(
    r"\b(army|armed forces|government|govt|troops|soldiers|military|regime|police|security "
    r"forces|forces loyal to|state forces|federal|national guard|marines|navy|air force|"
    r"tank division|brigades?|division|ministry|pro-government|loyalist|coalition|"
    r"commandos|paratroopers|gendarmes|gendarmerie|special forces)\b"
)
_NON_STATE = re.compile(
    r"\b(rebels?|militants?|insurgents?|jihadists?|islamic state|isis|isil|daesh|taliban|"
    r"al[- ]shabaa?b|terrorists?|militias?|houthis?|ansar allah|sdf|ypg|hezbollah|boko haram|"
    r"armed groups?|opposition|fighters|separatists?|guerrillas?|al[- ]qaeda|al[- ]nusra|"
    r"hts|aqap|pkk|farc|eln|jnim|activists|extremists|islamists?|tribesmen|gangs?)\b"
)
# the Islamic State's initials are read in capitals only: lower-cased, "is" is the verb
# ("the town is now under army control" names no jihadist)
_IS = re.compile(r"\bIS\b")


def non_state_names(text: str) -> int:
    """How many times ``text`` (as written, not lower-cased) names a non-state armed side."""
    return len(_NON_STATE.findall(text.lower())) + len(_IS.findall(text))


def _national_forces() -> re.Pattern[str]:
    """A country's adjective before a word for armed men: "Syrian forces", "Iraqi troops"
    are a state's forces (a region's, "Kurdish forces", are not)."""
    from warlog.events.triggers import DATA_DIR

    adjectives = []
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) >= 4 and parts[3] == "country":
            adjectives.append(re.escape(parts[0].lower()))
    return re.compile(
        r"\b(" + "|".join(sorted(adjectives, key=len, reverse=True)) + r")(?:'s)? "
        r"(forces|army|troops|soldiers|military|police|navy|marines|air force|"
        r"security forces|government forces|armed forces|special forces|commandos|"
        r"paratroopers|gendarmes|gendarmerie)\b"
    )


_NATIONAL_FORCES = _national_forces()


def names_a_side(text: str) -> bool:
    """Whether ``text`` names an armed side at all: a state's forces by their word
    ("troops", "the army") or by a country's adjective ("Iraqi forces", "Syrian troops"),
    or a non-state group. Who took ground is read from a clause only when it names one."""
    low = text.lower()
    return bool(_GOV.search(low) or _NATIONAL_FORCES.search(low) or non_state_names(text))


@dataclass(frozen=True, slots=True)
class Scored:
    """The best code for a text, its score, runner-up codes and the matches behind it."""

    code: str
    score: float
    scores: tuple[tuple[str, float], ...]
    hits: tuple[Hit, ...]


def _sum_scores(hits: Sequence[Hit]) -> dict[str, float]:
    """Per code: the strongest match plus a third of the others (agreeing cues add up)."""
    per: dict[str, list[float]] = {}
    for h in hits:
        per.setdefault(h.code, []).append(h.weight)
    return {c: max(ws) + (sum(ws) - max(ws)) / 3 for c, ws in per.items()}


def _protest_rules(s: dict[str, float]) -> None:
    """ACLED's protest/riot split: who used force against whom decides the sub-type."""
    protest = s.pop("@PROTEST", 0.0)
    force = s.pop("@FORCE", 0.0)
    intervene = s.pop("@INTERVENE", 0.0)
    clash = s.pop("@CLASH", 0.0)
    peaceful = s.pop("@PEACEFUL", 0.0)
    rioting = s.pop("@RIOTING", 0.0)
    if not protest or s.get("DIPLO", 0.0) >= 8:
        return  # no protest, or one state's protest lodged with another (diplomatic)
    if peaceful and force < 4 and intervene < 4.4 and not clash:
        intervene = 0.0  # "peaceful protest took place ... following the arrest of"
    if clash or rioting or (s.get("VIOL_DEMONSTR", 0.0) >= 5 and force < 4):
        # demonstrators who throw, burn, smash or storm riot, whatever else they do; a crowd
        # that clashed is as surely the doer ("arrested 25 people over the violence that broke
        # out during the protest": the arrests are the riot's, as after "riots broke out"),
        # unless a weapon of war is named (a grenade or a shell makes the fight an armed one)
        armed = any(s.get(w, 0.0) >= 4 for w in _MEANS)
        riot = protest if rioting or (clash and not armed) else 0.0
        s["VIOL_DEMONSTR"] = max(s.get("VIOL_DEMONSTR", 0.0), riot) + protest / 2 + clash / 2
        if rioting and "PROPERTY_DISTRUCT" in s:  # what a rioting crowd smashed is the riot's
            s["PROPERTY_DISTRUCT"] /= 2
    elif force >= 4 or (force and intervene):
        s["FORCE_AGAINST_PROTEST"] = protest + force / 2 + intervene / 4
    elif intervene:
        s["PROTEST_WITH_INTER"] = protest + intervene / 2
    else:
        s["PEACE_PROTEST"] = protest
    for code in (
        "ARREST",
        "ARMED_CLASH",
        "ATTACK",
        "GRENADE",
        "ART_MISS_ATTACK",
        "ORG_CRIME",
        "DISR_WEAP",
        "MAN_MADE_DISASTER",
        "NATURAL_DISASTER",
        "DIPLO",
        "CHEM_WEAP",
    ):
        if code in s:
            s[code] /= 2


def _armed_side(s: dict[str, float]) -> None:
    """A clash with the police or troops is a riot only when a crowd has it: with an armed
    group named ("rebels clashed with troops") and no protest told, it is a battle (ACLED's
    violent demonstration is the demonstrators' violence; organised armed groups fight)."""
    armed = s.pop("@ARMED", 0.0)
    if armed and s.get("@CLASH") and not s.get("@PROTEST") and "VIOL_DEMONSTR" in s:
        s["ARMED_CLASH"] = max(s.get("ARMED_CLASH", 0.0), s.pop("VIOL_DEMONSTR"))


def _target_rules(s: dict[str, float]) -> None:
    """ACLED's "Attack" is violence against civilians; fighting armed men is a clash."""
    mil, civ = s.pop("@MILTARGET", 0.0), s.pop("@CIVTARGET", 0.0)
    if s.get("ATTACK", 0.0) and mil and not civ and not s.get("ABDUCT_DISSAP"):
        clash = s["ATTACK"] + 0.5
        if s.get("GOV_REGAINS_TERIT") or s.get("NON_STATE_ACTOR_OVERTAKES_TER"):
            clash /= 2  # armed men fought where ground was taken: the taking's fight
        s["ARMED_CLASH"] = max(s.get("ARMED_CLASH", 0.0), clash)


def _harm_rules(s: dict[str, float]) -> None:
    """Violence against people outranks damage to things: a raid that kills and burns
    is an attack (or a clash), the burning its detail."""
    if s.pop("@DAMAGE", 0.0):  # "the attack destroyed the school": that attack's damage
        s.pop("PROPERTY_DISTRUCT", None)
    if "PROPERTY_DISTRUCT" in s and max(s.get("ATTACK", 0.0), s.get("ARMED_CLASH", 0.0)) >= 3:
        s["PROPERTY_DISTRUCT"] /= 2


def _crime_rules(s: dict[str, float]) -> None:
    """Arrests, seizures and killings tied to crime are organised crime, not politics."""
    if s.get("ORG_CRIME", 0.0) >= 3.5:
        for code in ("ARREST", "DISR_WEAP", "ATTRIB", "ATTACK", "PROPERTY_DISTRUCT"):
            if code in s:
                s[code] /= 2


def territory_side(text: str) -> str:
    """Who took the ground in ``text`` (a clause or its subject): "gov" or "non_state"."""
    low = text.lower()
    ns = non_state_names(text)
    gov = len(_GOV.findall(low)) + len(_NATIONAL_FORCES.findall(low))
    return "non_state" if ns > gov else "gov"


def side_if_taken(text: str, hits: Sequence[Hit]) -> str | None:
    """:func:`territory_side` of a text whose hits tell ground taken, else None: the side
    is read only by :func:`_territory_rules`, and only for a territory cue, so a text
    without one need not be searched for the sides' names."""
    return territory_side(text) if any(h.code == "@TERRITORY" for h in hits) else None


def _territory_rules(s: dict[str, float], taker: str | None, fought: bool = False) -> None:
    terr = s.pop("@TERRITORY", 0.0)
    if not terr:
        return
    if s.get("NON_VIOL_TERRIT_TRANSFER", 0.0) >= 3 and not fought:
        # ground taken after the other side withdrew: no fight for it
        s["NON_VIOL_TERRIT_TRANSFER"] += terr / 2
        return
    code = "NON_STATE_ACTOR_OVERTAKES_TER" if taker == "non_state" else "GOV_REGAINS_TERIT"
    s[code] = s.get(code, 0.0) + terr
    if fought:  # a retreat under fire ("forcing the army to retreat") is the fight's end
        s.pop("NON_VIOL_TERRIT_TRANSFER", None)
    s["ARMED_CLASH"] = s.get("ARMED_CLASH", 0.0) / 2


_MEANS = ("CHEM_WEAP", "SUIC_BOMB", "GRENADE", "AIR_STRIKE", "REM_EXPLOS", "ART_MISS_ATTACK")


def _means_rules(s: dict[str, float]) -> None:
    """A death told with its means is one act, surer than either cue alone: "were killed
    in an explosion" is the explosion, as agreeing cues of one code add up (a third of
    the killing goes to the strongest means the sentence names)."""
    harm = s.get("ATTACK", 0.0)
    means = max(_MEANS, key=lambda c: s.get(c, 0.0))
    if harm and s.get(means, 0.0) > 0:
        s[means] += harm / 3


def _weapon_rules(s: dict[str, float], fought: bool = False) -> None:
    """The most specific weapon wins; a killing or a destruction with a named weapon is
    that weapon ("warplanes destroyed nine vehicles" is an air strike)."""
    weapons = ("CHEM_WEAP", "SUIC_BOMB", "GRENADE", "AIR_STRIKE", "REM_EXPLOS", "ART_MISS_ATTACK")
    if s.get("DISR_WEAP", 0.0) >= 6 and s.get("AIR_STRIKE", 0.0) >= 4:
        s["DISR_WEAP"] /= 2  # "warplanes destroyed an arms depot" is an air strike
    elif s.get("DISR_WEAP", 0.0) >= 6:  # weapons found, seized or defused: no attack
        for code in weapons:
            if code in s:
                s[code] /= 2
        return
    disaster = s.get("MAN_MADE_DISASTER", 0.0) >= 4
    if disaster:  # an industrial blast or leak
        for code in ("REM_EXPLOS", "CHEM_WEAP"):
            if code in s:
                s[code] /= 2
    if s.get("REM_EXPLOS", 0.0) < 5 and any(
        s.get(w, 0.0) >= 4 for w in ("ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE", "SUIC_BOMB")
    ):  # "explosions" caused by a named weapon
        s.pop("REM_EXPLOS", None)
    if any(s.get(w, 0.0) >= 4 for w in weapons):
        # a blast or gas the disaster cues already explained does not weaken the disaster
        delivered = any(s.get(w, 0.0) >= 4 for w in weapons if w not in ("CHEM_WEAP", "REM_EXPLOS"))
        # artillery and mortars traded in a named clash are the clash's weapons (ACLED
        # codes shelling as one-sided; two sides firing at each other fight)
        traded = fought and s.get("ARMED_CLASH", 0.0) >= 4 and not any(
            s.get(w, 0.0) >= 4 for w in weapons if w != "ART_MISS_ATTACK")
        for code in ("ATTACK", "ARMED_CLASH", "MAN_MADE_DISASTER", "DISR_WEAP",
                     "PROPERTY_DISTRUCT"):
            if code == "ARMED_CLASH" and traded:
                s["ART_MISS_ATTACK"] /= 2
                continue
            if code in s and (code != "MAN_MADE_DISASTER" or not disaster or delivered):
                s[code] /= 2
    if s.get("SUIC_BOMB", 0.0) >= 5:
        for code in ("REM_EXPLOS", "ART_MISS_ATTACK", "AIR_STRIKE"):
            s.pop(code, None)
    if s.get("CHEM_WEAP", 0.0) >= 6:
        for code in ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS"):
            s.pop(code, None)


def _positions_fought_for(hits: Sequence[Hit]) -> Sequence[Hit]:
    """Ground read only from positions, checkpoints or posts taken ("overran several
    checkpoints", "took control over five more positions") is the fight's: the taking
    cues become an armed clash's."""
    posts = [h for h in hits if h.code == "@MILPOS"]
    terr = [h for h in hits if h.code == "@TERRITORY"]
    if not posts or not terr or not all(
        any(p.start <= t.start < p.end or t.start <= p.start < t.end for p in posts) for t in terr
    ):
        return [h for h in hits if h.code != "@MILPOS"]
    return [Hit("ARMED_CLASH", h.weight, h.start, h.end) if h.code == "@MILPOS" else h
            for h in hits if h.code != "@TERRITORY"]


def _attempted(hits: Sequence[Hit]) -> Sequence[Hit]:
    """A taking cue inside an attempt ("tried to recapture the town") is the attempt's
    object, a place not taken; one told outside it ("after failed attempts to recapture
    the town, forces took control of it") is the taking the attempts led to, and stands."""
    tries = [h for h in hits if h.code == "@ATTEMPT"]
    if not tries:
        return hits
    return [h for h in hits if h.code != "@TERRITORY" or not any(
        a.start <= h.start < a.end or h.start <= a.start < h.end for a in tries)]


def decide(hits: Sequence[Hit], taker: str | None = None) -> dict[str, float]:
    """Turn trigger hits into per-code scores after ACLED's precedence rules."""
    s = _sum_scores(_positions_fought_for(_attempted(hits)))
    s.pop("@IRREALIS", None)
    fought = bool(s.get("@CLASH"))
    attempt = s.pop("@ATTEMPT", 0.0)
    if attempt:  # "tried to seize the town": a fight for it, the town not taken
        s["ARMED_CLASH"] = max(s.get("ARMED_CLASH", 0.0), attempt)
    if s.pop("@TEST", 0.0):  # a weapon tested is fired at no one: no strike, no shelling
        for code in ("ART_MISS_ATTACK", "AIR_STRIKE", "REM_EXPLOS", "CHEM_WEAP"):
            if code in s:
                s[code] /= 4
    condemn = s.pop("@CONDEMN", 0.0)
    if condemn and not any(s.get(c, 0.0) >= 4 for c in VIOLENT_CODES):
        s["DIPLO"] = max(s.get("DIPLO", 0.0), condemn)
    institution = s.pop("@INSTITUTION", 0.0)
    if institution and not any(
        v >= 4 and c != "DIPLO" and (not c.startswith("@") or c in _ACT_FEATURES)
        for c, v in s.items()
    ):
        s["DIPLO"] = max(s.get("DIPLO", 0.0), institution)
    if s.pop("@RELIEF", 0.0) and max(s.get("NATURAL_DISASTER", 0.0),
                                     s.get("MAN_MADE_DISASTER", 0.0)) >= 4:
        s.pop("CHANGE_TO_GROUP_ACT", None)  # troops sent to rescue: the disaster is the news
    _armed_side(s)
    _protest_rules(s)
    _territory_rules(s, taker, fought)
    _means_rules(s)
    _weapon_rules(s, fought)
    _target_rules(s)
    _harm_rules(s)
    _crime_rules(s)
    s.pop("@CLASH", None)
    for feature in ("@PEACEFUL", "@MILTARGET", "@CIVTARGET", "@RIOTING", "@DAMAGE"):
        s.pop(feature, None)
    return {c: v for c, v in s.items() if not c.startswith("@") and v > 0}


def best(scores: dict[str, float]) -> tuple[str, float] | None:
    """The winning code (priority breaks ties), or None."""
    if not scores:
        return None
    code = min(scores, key=lambda c: (-round(scores[c], 6), _RANK.get(c, 99)))
    return code, scores[code]


def classify_text(text: str, taker: str | None = None) -> Scored | None:
    """Score a sentence (or short snippet) without a parse: the lexicon and the rules."""
    hits = find_hits(text)
    scores = decide(hits, taker if taker is not None else side_if_taken(text, hits))
    top = best(scores)
    if top is None:
        return None
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    return Scored(top[0], top[1], ranked, tuple(hits))
