"""Numbers written in words or digits: "twenty-one", "1,200", "3.5 million", "a dozen".

Shared by the times stage ("six years ago") and the numbers stage ("forty soldiers").
:func:`parse_number` returns ``None`` for anything it cannot read exactly, never a guess.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "none": 0,
    "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "couple": 2, "pair": 2, "dozen": 12,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}

_WORD_ALT = "|".join(
    sorted((k for k in (*UNITS, *TENS, *SCALES) if k not in ("a", "an", "no", "none",
                                                              "single", "lone", "pair",
                                                              "couple")),
           key=len, reverse=True)
)
#: One number in words: "twenty-one", "two hundred and fifty", "a hundred", "3 million".
WORD_NUMBER = (
    rf"(?:(?:a[\s-]+(?:hundred|thousand|million|billion)|{_WORD_ALT})"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:{_WORD_ALT}))*)"
)
#: One number in digits: "12", "1,200", "1 200" is not accepted (ambiguous), "3.5".
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
NUMBER = (
    rf"(?:{DIGIT_NUMBER}(?:\s+(?:million|thousand|hundred|billion))?|{WORD_NUMBER})"
)

_SPLIT = re.compile(r"[\s-]+")


def parse_words(text: str) -> int | None:
    """Read a number written in English words; None if any word is not a number word."""
    words = [w for w in _SPLIT.split(text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if words[0] in ("a", "an") and (len(words) == 1 or words[1] not in SCALES):
        return 1 if len(words) == 1 else None
    total, current, seen = 0, 0, False
    for w in words:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """Read "12", "1,200", "3.5 million", "twenty-one", "a dozen" as an int (None if not)."""
    t = text.strip().lower()
    m = re.fullmatch(rf"({DIGIT_NUMBER})(?:\s+(million|thousand|hundred|billion))?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        elif "." in m.group(1):
            return None  # "3.5 people" is not a count
        return int(value)
    if t in ("a dozen", "one dozen"):
        return 12
    return parse_words(t)
