"""Event typology: ACLED's event and sub-event types, and a trigger-lexicon classifier.

The classifier scores a sentence against the trigger lexicon in
``warlog/data/event_triggers.tsv`` (CODE, weight, pattern) and then applies ACLED's
precedence rules: a protest met with lethal force is "Excessive force against
protesters", a captured town is "Government regains territory" or "Non-state actor
overtakes territory" depending on who took it, and so on. Thirty codes are known: the
25 ACLED sub-event types and five categories that must not be mistaken for political
violence (diplomatic event, attribution of responsibility, organised crime, natural and
man-made disasters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from warlog.errors import WarlogError

if TYPE_CHECKING:
    pass

# code -> (event type, sub-event type); ACLED's own names where ACLED has the category.
CODES: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "DIPLO": ("Diplomatic event", "Diplomatic event"),
    "ATTRIB": ("Attribution of responsibility", "Attribution of responsibility"),
    "ORG_CRIME": ("Organised crime", "Organised crime"),
    "NATURAL_DISASTER": ("Natural disaster", "Natural disaster"),
    "MAN_MADE_DISASTER": ("Man-made disaster", "Man-made disaster"),
}
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ACLED_CODES = frozenset(list(CODES)[:25])
SUB_EVENT_TO_CODE = {sub: code for code, (_, sub) in CODES.items()}
# Codes that describe political violence or demonstrations (ACLED's first five types).
VIOLENT_CODES = frozenset(
    c for c, (t, _) in CODES.items() if t not in ("Strategic developments",) and c in ACLED_CODES
)
# When two codes tie, the earlier one wins (ACLED: the most specific weapon first).
PRIORITY = (
    "CHEM_WEAP",
    "SUIC_BOMB",
    "GRENADE",
    "AIR_STRIKE",
    "REM_EXPLOS",
    "ART_MISS_ATTACK",
    "SEX_VIOL",
    "ABDUCT_DISSAP",
    "FORCE_AGAINST_PROTEST",
    "PROTEST_WITH_INTER",
    "VIOL_DEMONSTR",
    "MOB_VIOL",
    "PEACE_PROTEST",
    "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER",
    "HQ_ESTABLISHED",
    "DISR_WEAP",
    "ARMED_CLASH",
    "ATTACK",
    "ATTRIB",
    "ARREST",
    "PROPERTY_DISTRUCT",
    "ORG_CRIME",
    "NATURAL_DISASTER",
    "MAN_MADE_DISASTER",
    "AGREEMENT",
    "DIPLO",
    "CHANGE_TO_GROUP_ACT",
    "OTHER",
)
_RANK = {c: i for i, c in enumerate(PRIORITY)}

_GOV = re.compile(
    r"\b(army|armed forces|government|govt|troops|soldiers|military|regime|police|security "
    r"forces|forces loyal to|state forces|federal|national guard|marines|navy|air force|"
    r"tank division|brigades?|division|ministry|pro-government|loyalist|coalition)\b"
)
_NON_STATE = re.compile(
    r"\b(rebels?|militants?|insurgents?|jihadists?|islamic state|is|isis|isil|daesh|taliban|"
    r"al[- ]shabaa?b|terrorists?|militias?|houthis?|ansar allah|sdf|ypg|hezbollah|boko haram|"
    r"armed groups?|opposition|fighters|separatists?|guerrillas?|al[- ]qaeda|al[- ]nusra|"
    r"hts|aqap|pkk|farc|eln|jnim|activists|extremists|islamists?|tribesmen|gangs?)\b"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    code: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger match inside a scored text (offsets relative to that text)."""

    code: str
    weight: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Scored:
    """The best code for a text, its score, runner-up codes and the matches behind it."""

    code: str
    score: float
    scores: tuple[tuple[str, float], ...]
    hits: tuple[Hit, ...]


def _parse_lexicon(text: str, where: str) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise WarlogError(f"{where}:{n}: expected CODE<TAB>WEIGHT<TAB>PATTERN")
        code, weight, pattern = parts
        if not code.startswith("@") and code not in CODES:
            raise WarlogError(f"{where}:{n}: unknown event code {code!r}")
        try:
            rx = re.compile(_GUARD_BEFORE + pattern + _GUARD_AFTER)
        except re.error as exc:
            raise WarlogError(f"{where}:{n}: bad pattern: {exc}") from exc
        out.append(Trigger(code, float(weight), rx))
    return tuple(out)


@lru_cache(maxsize=1)
def lexicon() -> tuple[Trigger, ...]:
    """The bundled trigger lexicon, read once."""
    path = DATA_DIR / "event_triggers.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WarlogError(f"{path}: cannot read the event trigger lexicon: {exc}") from exc
    return _parse_lexicon(text, str(path))


_CLAIM_CUE = re.compile(
    r"\b(?:according to|said|says|told|reported|announced|claim\w*|blam\w+|"
    r"accus\w+|attribut\w+|den(?:y|ied|ies))\b"
)


def needs_parse(text: str) -> bool:
    """Whether a sentence may report an event or a claim, so that the events stage
    needs its dependency parse (see :func:`warlog.nlp.load.parse`)."""
    cue = _cue_pattern()
    if cue is None:
        return any(h.code not in _CONTEXT_ONLY for h in _cached_hits(text)) or (
            _CLAIM_CUE.search(text.lower()) is not None
        )
    low = text.lower()
    return cue.search(low) is not None or _CLAIM_CUE.search(low) is not None


_GUARD_BEFORE = r"(?<!\w)(?<!anti-)(?<!non-)(?<!counter-)(?:"
_GUARD_AFTER = r")(?![\w])"


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str] | None:
    """One expression that matches where any event trigger (not a context-only or
    irrealis one) matches: a sentence is scanned once instead of once per trigger. None
    when the lexicon's patterns cannot be joined (then each is tried in turn)."""
    inner: list[str] = []
    for t in lexicon():
        p = t.pattern.pattern
        if not (p.startswith(_GUARD_BEFORE) and p.endswith(_GUARD_AFTER)):
            return None
        if t.code not in _CONTEXT_ONLY and t.code != "@IRREALIS":
            inner.append(p[len(_GUARD_BEFORE) : -len(_GUARD_AFTER)])
    try:
        return re.compile(_GUARD_BEFORE + "|".join(f"(?:{p})" for p in inner) + _GUARD_AFTER)
    except re.error:
        return None


# features that only qualify another cue ("soldiers", "people", "peaceful")
_CONTEXT_ONLY = frozenset({"@MILTARGET", "@CIVTARGET", "@PEACEFUL", "@RIOTING"})


def clear_sentence_cache() -> None:
    """Forget the trigger matches kept per sentence text (for timings: a real run seldom
    meets the same sentence twice, a benchmark's second round meets every one again)."""
    _cached_hits.cache_clear()


@lru_cache(maxsize=8192)
def _cached_hits(text: str) -> tuple[Hit, ...]:
    return tuple(h for h in find_hits(text) if h.code != "@IRREALIS")


def find_hits(text: str, triggers: Sequence[Trigger] | None = None) -> list[Hit]:
    """Every trigger match in ``text`` (first match of each pattern)."""
    low = text.lower()
    hits: list[Hit] = []
    groups = _trigger_groups() if triggers is None else None
    if groups is None:
        groups = [(None, tuple(triggers if triggers is not None else lexicon()))]
    for joined, group in groups:
        start = 0
        if joined is not None:
            first = joined.search(low)
            if first is None:
                continue  # none of this group's triggers occurs: skip them all
            start = first.start()  # nor does any of them before the group's first match
        for trig in group:
            m = trig.pattern.search(low, start)
            if m is not None:
                hits.append(Hit(trig.code, trig.weight, m.start(), m.end()))
    return hits


_GROUP_SIZE = 12


@lru_cache(maxsize=1)
def _trigger_groups() -> list[tuple[re.Pattern[str] | None, tuple[Trigger, ...]]] | None:
    """The lexicon in groups of _GROUP_SIZE triggers in file order, each with one joined
    expression that matches where any of them does (a cheap test before trying each);
    None when the patterns cannot be joined."""
    lex = lexicon()
    inner: list[str] = []
    for t in lex:
        p = t.pattern.pattern
        if not (p.startswith(_GUARD_BEFORE) and p.endswith(_GUARD_AFTER)):
            return None
        inner.append(p[len(_GUARD_BEFORE) : -len(_GUARD_AFTER)])
    out: list[tuple[re.Pattern[str] | None, tuple[Trigger, ...]]] = []
    for i in range(0, len(lex), _GROUP_SIZE):
        part = inner[i : i + _GROUP_SIZE]
        try:
            joined = re.compile(_GUARD_BEFORE + "|".join(f"(?:{p})" for p in part) + _GUARD_AFTER)
        except re.error:
            return None
        out.append((joined, lex[i : i + _GROUP_SIZE]))
    return out


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
    if not protest:
        return
    if peaceful and force < 4 and intervene < 4.4 and not clash:
        intervene = 0.0  # "peaceful protest took place ... following the arrest of"
    if clash or rioting or (s.get("VIOL_DEMONSTR", 0.0) >= 5 and force < 4):
        s["VIOL_DEMONSTR"] = s.get("VIOL_DEMONSTR", 0.0) + protest / 2 + clash / 2
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


def _target_rules(s: dict[str, float]) -> None:
    """ACLED's "Attack" is violence against civilians; fighting armed men is a clash."""
    mil, civ = s.pop("@MILTARGET", 0.0), s.pop("@CIVTARGET", 0.0)
    if s.get("ATTACK", 0.0) and mil and not civ and not s.get("ABDUCT_DISSAP"):
        s["ARMED_CLASH"] = max(s.get("ARMED_CLASH", 0.0), s["ATTACK"] + 0.5)


def _crime_rules(s: dict[str, float]) -> None:
    """Arrests, seizures and killings tied to crime are organised crime, not politics."""
    if s.get("ORG_CRIME", 0.0) >= 3.5:
        for code in ("ARREST", "DISR_WEAP", "ATTRIB", "ATTACK"):
            if code in s:
                s[code] /= 2


def territory_side(text: str) -> str:
    """Who took the ground in ``text`` (a clause or its subject): "gov" or "non_state"."""
    low = text.lower()
    ns = len(_NON_STATE.findall(low))
    gov = len(_GOV.findall(low))
    return "non_state" if ns > gov else "gov"


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
    s["ARMED_CLASH"] = s.get("ARMED_CLASH", 0.0) / 2


def _weapon_rules(s: dict[str, float]) -> None:
    """The most specific weapon wins; a killing with a named weapon is that weapon."""
    weapons = ("CHEM_WEAP", "SUIC_BOMB", "GRENADE", "AIR_STRIKE", "REM_EXPLOS", "ART_MISS_ATTACK")
    if s.get("DISR_WEAP", 0.0) >= 6 and s.get("AIR_STRIKE", 0.0) >= 4:
        s["DISR_WEAP"] /= 2  # "warplanes destroyed an arms depot" is an air strike
    elif s.get("DISR_WEAP", 0.0) >= 6:  # weapons found, seized or defused: no attack
        for code in weapons:
            if code in s:
                s[code] /= 2
        return
    if s.get("MAN_MADE_DISASTER", 0.0) >= 4:  # an industrial blast or leak
        for code in ("REM_EXPLOS", "CHEM_WEAP"):
            if code in s:
                s[code] /= 2
    if s.get("REM_EXPLOS", 0.0) < 5 and any(
        s.get(w, 0.0) >= 4 for w in ("ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE", "SUIC_BOMB")
    ):  # "explosions" caused by a named weapon
        s.pop("REM_EXPLOS", None)
    if any(s.get(w, 0.0) >= 4 for w in weapons):
        for code in ("ATTACK", "ARMED_CLASH", "MAN_MADE_DISASTER", "DISR_WEAP"):
            if code in s:
                s[code] /= 2
    if s.get("SUIC_BOMB", 0.0) >= 5:
        for code in ("REM_EXPLOS", "ART_MISS_ATTACK", "AIR_STRIKE"):
            s.pop(code, None)
    if s.get("CHEM_WEAP", 0.0) >= 6:
        for code in ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS"):
            s.pop(code, None)


def decide(hits: Sequence[Hit], taker: str | None = None) -> dict[str, float]:
    """Turn trigger hits into per-code scores after ACLED's precedence rules."""
    s = _sum_scores(hits)
    s.pop("@IRREALIS", None)
    fought = bool(s.get("@CLASH"))
    _protest_rules(s)
    _territory_rules(s, taker, fought)
    _weapon_rules(s)
    _target_rules(s)
    _crime_rules(s)
    s.pop("@CLASH", None)
    for feature in ("@PEACEFUL", "@MILTARGET", "@CIVTARGET", "@RIOTING"):
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
    scores = decide(hits, taker if taker is not None else territory_side(text))
    top = best(scores)
    if top is None:
        return None
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    return Scored(top[0], top[1], ranked, tuple(hits))
