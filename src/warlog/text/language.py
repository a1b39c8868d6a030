"""A small, dependency-free language guesser: enough to keep non-English text out of
the English models. Uses the share of very common function words per language and the
script of the letters."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_STOP: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on was with he it as at by from his be are "
                    "said were has have an they not this had which but its after who their"
                    .split()),
    "de": frozenset("der die und in den von zu das mit sich des auf für ist im dem nicht ein "
                    "eine als auch es an werden aus er hat dass sie nach wird bei einer um"
                    .split()),
    "fr": frozenset("le la les de des et un une du en est que qui dans pour pas au sur par "
                    "il a ne se plus sont avec ce ont été aux cette".split()),
    "es": frozenset("el la de que y en los del se las por un para con una su al lo como más "
                    "pero sus le ya fue este ha sí porque esta son entre".split()),
    "it": frozenset("il di che la e per un in del una non sono della le si con da dei gli al "
                    "nel alla anche come più questo ha".split()),
    "pt": frozenset("de que o a e do da em um para com não uma os no se na por mais as dos "
                    "como mas ao ele das foi".split()),
    "nl": frozenset("de het een van en in is dat op te zijn met voor niet aan er die ook "
                    "als bij door werd".split()),
    "tr": frozenset("ve bir bu da de için ile olarak olan çok daha gibi en ama sonra".split()),
}

_SCRIPTS = (
    ("ARABIC", "ar"), ("CYRILLIC", "ru"), ("HEBREW", "he"), ("CJK", "zh"),
    ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("DEVANAGARI", "hi"),
    ("GREEK", "el"), ("THAI", "th"), ("ETHIOPIC", "am"), ("MYANMAR", "my"),
)


def detect_language(text: str, sample: int = 4000) -> str:
    """ISO 639-1 code of the text's language, or "und" when it cannot be told."""
    chunk = text[:sample]
    letters = [c for c in chunk if c.isalpha()]
    if len(letters) < 3:
        return "und"
    non_latin: dict[str, int] = {}
    for c in letters:
        if ord(c) < 0x250:
            continue
        name = unicodedata.name(c, "")
        for script, code in _SCRIPTS:
            if name.startswith(script) or (script == "CJK" and "CJK" in name):
                non_latin[code] = non_latin.get(code, 0) + 1
                break
    if non_latin.get("ja", 0) > 0.05 * len(letters):
        return "ja"
    if non_latin:
        code, count = max(non_latin.items(), key=lambda kv: kv[1])
        if count > 0.5 * len(letters):
            return code
    found = _WORD.findall(chunk)
    if not found:
        return "und"
    if _english_outside_names(found):
        return "en"
    words = [w.lower() for w in found]
    scores = {lang: sum(w in stops for w in words) / len(words) for lang, stops in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 0.04:
        return "en" if len(words) < 12 else "und"
    return best


def _english_outside_names(found: list[str]) -> bool:
    """True when the lower-case words outside names (of the text's words, ``found``) are
    English.

    A name keeps the function words of its own language ("Puerto de la Cruz", "Su-25"),
    so an English headline naming a Spanish town counted as Spanish. Left out here: the
    capitalised words, and one or two lower-case words between two of them. English
    must be the best of what is left, with at least one English function word; German,
    which capitalises its nouns, leaves too little and is told by all its words.
    """
    caps = [w[0].isupper() for w in found]
    inside = [False] * len(found)
    for i in range(1, len(found) - 1):
        for width in (1, 2):
            j = i + width
            if j < len(found) and caps[i - 1] and caps[j] and not any(caps[i:j]):
                inside[i:j] = [True] * width
    kept = [w.lower() for i, w in enumerate(found) if not caps[i] and not inside[i]]
    counts = {lang: sum(w in stops for w in kept) for lang, stops in _STOP.items()}
    return counts["en"] > 0 and counts["en"] == max(counts.values())
