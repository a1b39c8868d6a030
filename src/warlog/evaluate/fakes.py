"""FA-KES main event: the document's first event against the crowd's coding.

The gold (``../shared/gold/dev/fakes-main.jsonl``, schema in ``../shared/gold/README.md``)
gives, per article on the Syrian war, the governorate, the perpetrator class, the cause of
death and the dead civilians and non-civilians of its main event. Scored on the first
event (the one listed first, as the other scorers pick it; no event is a wrong answer):

- **governorate**: the event location's ``admin1`` names the gold governorate, both read
  through :func:`governorate_key` (Damascus and Rif Dimashq both count for damascus);
- **perpetrator class**: one of the event's actor1/assoc_actor_1 falls in the gold class
  (:func:`actor_class`); a gold "unknown" is not scored;
- **cause**: the sub-event type fits the gold cause (:data:`CAUSES`); "unknown" is not
  scored;
- **exact toll**: the best fatality figure equals civilians + non-civilians, where that
  sum is above zero (an event without a figure is wrong).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.evaluate.incidents import first_event

FIELDS = ("governorate", "perpetrator_class", "cause", "exact_toll")
ACTOR1_ROLES = ("actor1", "assoc_actor_1")

# Spelling variants of the governorates, after governorate_key's folding (lower case, no
# accents, no leading article, letters and digits only), to one key per FA-KES value.
_GOVERNORATES = {
    "aleppo": "aleppo", "halab": "aleppo",
    "damascus": "damascus", "dimashq": "damascus", "rifdimashq": "damascus",
    "reefdimashq": "damascus", "damascuscountryside": "damascus", "ruraldamascus": "damascus",
    "idlib": "idlib", "idleb": "idlib",
    "deirezzor": "deir ezzor", "deirezzour": "deir ezzor", "deirelzour": "deir ezzor",
    "deirezor": "deir ezzor", "dayrazzawr": "deir ezzor", "deiralzor": "deir ezzor",
    "raqqa": "raqqa", "raqqah": "raqqa", "rakka": "raqqa",
    "homs": "homs", "hims": "homs",
    "hasakah": "hasakeh", "hasakeh": "hasakeh", "hasaka": "hasakeh", "hassakeh": "hasakeh",
    "hassakah": "hasakeh", "alhasakah": "hasakeh",
    "hama": "hama", "hamah": "hama",
    "daraa": "daraa", "dara": "daraa", "deraa": "daraa", "deraah": "daraa",
    "lattakia": "lattakia", "latakia": "lattakia", "ladhiqiyah": "lattakia",
    "quneitra": "quneitra", "qunaytirah": "quneitra", "kuneitra": "quneitra",
    "tartous": "tartous", "tartus": "tartous", "tartouss": "tartous",
    "suwayda": "suwayda", "sweida": "suwayda", "suwaida": "suwayda",
}
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|ash|an|at|az|el|ed|es)[-\s']+")
_SUFFIX = re.compile(r"\s+(?:governorate|province|muhafazat)$")

# Perpetrator classes of FA-KES, by the start of their gold value.
_GOLD_CLASSES = (
    ("syrian government", "government"),
    ("the organization of the islamic state", "isis"),
    ("international coalition", "coalition"),
    ("armed opposition", "opposition"),
    ("self administration", "sdf"),
    ("al-nusra", "nusra"),
)
# Canonical actor names of the bundled dictionary (lower case) and the class they fall in.
# Pro-government militias, Hezbollah and Iran's forces count with the government side, as
# FA-KES' "syrian government or russian troops" class is the regime's camp; al-Qaida is
# al-Nusra, its Syrian branch; the Syrian (opposition) Coalition is the opposition.
ACTOR_CLASSES = {
    "military forces of syria": "government", "police forces of syria": "government",
    "military forces of russia": "government", "national defence forces": "government",
    "shabiha": "government", "liwa al-quds": "government", "wagner group": "government",
    "hezbollah": "government", "military forces of iran": "government",
    "liwa fatemiyoun": "government", "liwa zainebiyoun": "government",
    "global coalition against daesh": "coalition",
    "military forces of the united states": "coalition",
    "military forces of the united kingdom": "coalition", "military forces of france": "coalition",
    "free syrian army": "opposition", "syrian national army": "opposition",
    "jaysh al islam": "opposition", "ahrar al-sham": "opposition",
    "faylaq al-sham": "opposition", "nour al-din al-zenki movement": "opposition",
    "jaysh al-izza": "opposition", "national front for liberation": "opposition",
    "jaish al-fatah": "opposition", "syrian coalition": "opposition",
    "syrian democratic forces (sdf)": "sdf", "people's protection units (ypg)": "sdf",
    "asayish": "sdf", "manbij military council": "sdf", "deir ez-zor military council": "sdf",
    "al-nusrah front": "nusra", "hayat tahrir al-sham (hts)": "nusra", "al-qaida": "nusra",
    "hurras al-din": "nusra",
}
# The sub-event types that fit each gold cause (README), by the cause's first word.
CAUSES = {
    "shelling": {"Shelling/artillery/missile attack", "Air/drone strike"},
    "explosion": {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
    "chemical": {"Chemical weapon"},
    "shooting": {"Armed clash", "Attack"},
    "execution": {"Attack", "Abduction/forced disappearance"},
}


def governorate_key(name: str | None) -> str | None:
    """One key per Syrian governorate, whatever the spelling (None when unknown).

    A small normalisation, not a gazetteer: lower case, accents dropped, a leading Arabic
    article ("Al-", "Ar-", "As-"...) and a trailing "governorate"/"province" removed, then
    letters and digits only, looked up in a table of spelling variants: Deir ez-Zor /
    Deir ezzor / Dayr az Zawr, Hasakah / Al-Hasakah / hasakeh, Raqqa / Ar-Raqqah,
    Lattakia / Latakia, Tartous / Tartus, Idlib / Idleb, Daraa / Dar'a, and Damascus,
    Dimashq and Rif Dimashq all as damascus (FA-KES codes both as damascus).
    """
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()
    text = _SUFFIX.sub("", _ARTICLE.sub("", text))
    return _GOVERNORATES.get(re.sub(r"[^a-z0-9]", "", text))


def gold_class(actor: str | None) -> str | None:
    """The class key of a gold perpetrator value; None for "unknown"."""
    low = str(actor or "").lower().strip()
    return next((key for start, key in _GOLD_CLASSES if low.startswith(start)), None)


def actor_class(name: str | None, parent: str | None = None) -> str | None:
    """The FA-KES class of an output actor, by its name, else by its parent organisation."""
    for n in (name, parent):
        low = str(n or "").lower().strip()
        low = re.sub(r"\s*\(\d{4}-(?:\d{4})?\)$", "", low)  # "Military Forces of Syria (2000-2024)"
        if low in ACTOR_CLASSES:
            return ACTOR_CLASSES[low]
        if "islamic state" in low or "(isil)" in low:
            return "isis"
    return None


def event_classes(ev: dict[str, Any] | None, out: dict[str, Any] | None) -> set[str]:
    """Classes of the event's actor1/assoc_actor_1 (parents from the document's actors)."""
    parents = {str(a.get("actor")): a.get("parent") for a in (out or {}).get("actors", [])}
    classes: set[str] = set()
    for a in (ev or {}).get("actors", []):
        if a.get("role") in ACTOR1_ROLES:
            name = str(a.get("name"))
            cls = actor_class(name, parents.get(name))
            if cls:
                classes.add(cls)
    return classes


def predicted_class(ev: dict[str, Any] | None, out: dict[str, Any] | None) -> str:
    """The perpetrator classes the event gives, joined ("government+isis"), or what stands
    there instead: "no event", "no actor1", or "other" (actor1 named but in no class)."""
    if ev is None:
        return "no event"
    classes = event_classes(ev, out)
    if classes:
        return "+".join(sorted(classes))
    has = any(a.get("role") in ACTOR1_ROLES for a in ev.get("actors", []))
    return "other" if has else "no actor1"


def cause_fits(cause: str | None, sub_event_type: str | None) -> bool | None:
    """Whether the sub-event type fits the gold cause; None when the cause is unknown."""
    word = str(cause or "").lower().split(" ", 1)[0]
    if word not in CAUSES:
        return None
    return sub_event_type in CAUSES[word]


def score_row(
    gold: dict[str, Any], ev: dict[str, Any] | None, out: dict[str, Any] | None = None
) -> dict[str, bool | None]:
    """True/False per field, None where the gold gives no answer to check."""
    loc = (ev or {}).get("location") or {}
    want = gold_class(gold.get("actor"))
    toll = int(gold.get("civilians") or 0) + int(gold.get("noncivilians") or 0)
    best = ((ev or {}).get("fatalities") or {}).get("best")
    return {
        "governorate": governorate_key(loc.get("admin1")) == governorate_key(gold["governorate"]),
        "perpetrator_class": None if want is None else want in event_classes(ev, out),
        "cause": cause_fits(gold.get("cause"), (ev or {}).get("sub_event_type")),
        "exact_toll": None if toll <= 0 else best is not None and int(best) == toll,
    }


def _describe(ev: dict[str, Any] | None, out: dict[str, Any] | None) -> str:
    if ev is None:
        return "no event"
    loc = ev.get("location") or {}
    a1 = [str(a.get("name")) for a in ev.get("actors", []) if a.get("role") in ACTOR1_ROLES]
    best = (ev.get("fatalities") or {}).get("best")
    return (
        f"{ev.get('sub_event_type')} | {loc.get('name')} (admin1 {loc.get('admin1')}) | "
        f"actor1 {a1} -> {sorted(event_classes(ev, out))} | killed {best}"
    )


def _evidence(ev: dict[str, Any] | None) -> str:
    first = ((ev or {}).get("evidence") or [{}])[0]
    return " ".join(str(first.get("text", "")).split())[:200]


def _describe_gold(g: dict[str, Any]) -> str:
    toll = int(g.get("civilians") or 0) + int(g.get("noncivilians") or 0)
    return f"{g.get('cause')} | {g.get('governorate')} | {g.get('actor')} | killed {toll}"


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    by_source: dict[str, Counter[str]] = {}
    for row, out in predictions_for(rows, settings, predictions):
        ev = first_event(out)
        res = score_row(row["gold"], ev, out)
        want = gold_class(row["gold"].get("actor"))
        if want is not None:  # aggregates only: a class pair or an outlet, never an item
            confusion[(want, predicted_class(ev, out))] += 1
            tally = by_source.setdefault(str(row.get("source")), Counter())
            tally["scored"] += 1
            tally["right"] += int(bool(res["perpetrator_class"]))
        for k, v in res.items():
            if v is not None:
                asked[k] += 1
                right[k] += int(v)
        wrong = [k for k, v in res.items() if v is False]
        if wrong:
            errors.append(
                {
                    "id": row["id"],
                    "wrong": wrong,
                    "predicted": _describe(ev, out),
                    "gold": _describe_gold(row["gold"]),
                    "evidence": _evidence(ev),
                }
            )
    return {
        "documents": len(rows),
        "rates": {k: (right[k] / asked[k] if asked[k] else 0.0) for k in FIELDS},
        "counts": {k: {"right": right[k], "scored": asked[k]} for k in FIELDS},
        "errors_by_field": dict(Counter(w for e in errors for w in e["wrong"])),
        "perpetrator_confusion": [[g, p, k] for (g, p), k in confusion.most_common()],
        "perpetrator_by_source": {k: dict(v) for k, v in sorted(by_source.items())},
        "errors": errors,
    }


def render(report: dict[str, Any]) -> str:
    lines = [f"fakes: {report['documents']} articles (first event of each)"]
    for k in FIELDS:
        n = report["counts"][k]
        lines.append(f"  {k:18s} {report['rates'][k]:.3f}  ({n['right']}/{n['scored']})")
    lines += ["", "  errors:"]
    for e in report["errors"]:
        lines.append(f"    {e['id']} wrong {','.join(e['wrong'])}")
        lines.append(f"      got  {e['predicted']}")
        lines.append(f"      gold {e['gold']}")
        lines.append(f"      from {e['evidence']!r}")
    return "\n".join(lines)
