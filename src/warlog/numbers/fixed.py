"""Fixed counts: phrases that state a number without a numeral (zero, one person).

Split from :mod:`warlog.numbers.find`, which reads numerals and vague amounts.
"""

from __future__ import annotations

import re

from warlog.models import Quantity
from warlog.numbers import grammar as G

METHOD = "numbers.rules.v1"


def fixed_counts(text: str) -> list[Quantity]:
    """Counts that are words, not numbers: zeros ("no casualties", "nobody was killed"),
    one person ("the soldier was killed", "Weinstein was killed", "killing him"), and a
    coder's note on the figure ("fatalities coded as 3")."""
    out = []
    for m in G.ZERO.finditer(text):
        word = next((w for w in m.groups() if w), "").lower()
        # "no injuries" implies no deaths too: a report that has no one hurt has no dead
        kinds = (["killed", "injured"] if re.search("casualt|victim|injur|hurt", word)
                 else ["injured"] if "wound" in word else ["killed"])
        for about in kinds:
            out.append(Quantity(m.start(), m.end(), m.group(0), 0, 0, 0, about, METHOD))
    for m in G.SINGLE.finditer(text):
        word = next(w for w in (m["w"], m["w2"], m["w3"], m["w4"], m["w5"]) if w).lower()
        about = G.ABOUT_WORDS.get(" ".join(word.split()), "killed")
        out.append(Quantity(m.start(), m.end(), m.group(0), 1, 1, 1, about, METHOD,
                            (m["noun"] or m["noun2"] or m["noun3"] or "person").lower()))
    for m in G.CODED.finditer(text):  # ACLED notes: "fatalities coded as 3"
        g = "n" if m["n"] else "n2"
        n = int(m[g])
        out.append(Quantity(m.start(g), m.end(g), m[g], n, n, n, "killed", METHOD, "people"))
    for m in G.NAMED_SUBJECT.finditer(text):
        if m["name"].split()[0] in ("The", "A", "An", "His", "Her", "Their", "It", "This"):
            continue  # "The soldier was killed": counted by SINGLE
        if m["name"].split()[0].lower() in G.INDEFINITE:
            continue  # "Nobody was killed" is zero (ZERO), not one person
        who = "person" if m["name"] in ("He", "She") else "named person"
        out.append(Quantity(m.start(), m.end(), m.group(0), 1, 1, 1, "killed", METHOD, who))
    for m in G.NAMED_VICTIM.finditer(text):
        about = G.ABOUT_WORDS.get(m["w"].split()[0].lower(), "killed")
        out.append(Quantity(m.start(), m.end(), m.group(0), 1, 1, 1, about, METHOD,
                            "named person"))
    return out
