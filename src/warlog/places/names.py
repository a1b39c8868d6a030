"""Place-name normalisation: the keys under which the gazetteer files every name.

Two keys are computed for every name:

``name_key``
    accents stripped, lower-cased, punctuation turned into spaces, a leading "the" and
    Arabic article particles (al-, el-, ad-, ash-, ez-, ...) dropped:
    ``"Deir el-Zour"`` -> ``"deir zour"``, ``"Al-Hasakah"`` -> ``"hasakah"``.

``loose_key``
    the name key folded further for transliteration variants: spaces removed, ``q``->``k``,
    ``ou``/``oo``->``u``, ``o``->``u``, ``ee``->``i``, ``j``->``y``, ``ph``->``f``,
    ``dh``->``d``, doubled letters single, a final ``h`` or ``e`` dropped:
    ``"Deir ez-Zore"``, ``"Deir el-Zour"`` and ``"Deir ez-Zor"`` all become ``"deirzur"``;
    ``"Nassirijah"`` and ``"Nasiriyah"`` both become ``"nasiriya"``.

The loose key is only a fallback for mentions already detected as places: it is never
used to find place names in running text.
"""

from __future__ import annotations

import re
import unicodedata


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


ARTICLES = words("al el ad ar as ash at az an ed er es ez ech et ul ud adh ath dh")
_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_PUNCT = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")
_FOLDS = (
    ("ph", "f"),
    ("dh", "d"),
    ("kh", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("o", "u"),
    ("j", "y"),
    ("w", "u"),
    ("ck", "k"),
    ("ie", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")


def strip_accents(text: str) -> str:
    """Remove combining marks: "Zürich" -> "Zurich", "Ḩalab" -> "Halab"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """The exact lookup key of a name (see the module docstring)."""
    text = strip_accents(name).lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = text.replace("&", " and ")
    words = _PUNCT.sub(" ", text).replace("_", " ").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) > 1:
        kept = [w for w in words if w not in ARTICLES]
        words = kept or words
    return " ".join(words)


def loose_key(name: str) -> str:
    """The transliteration-tolerant key of a name (see the module docstring)."""
    text = name_key(name).replace(" ", "")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text)
    if len(text) > 4 and text[-1] in "he":
        text = text[:-1]
    return text


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (accents allowed)."""
    for ch in strip_accents(name):
        if ch.isalpha() and not ("a" <= ch.lower() <= "z"):
            return False
    return any(ch.isalpha() for ch in name)


def usable_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing.

    Keeps Latin-script, capitalised names; drops codes ("DEZ", "XNH"), lower-case
    transliteration skeletons ("alnasryh") and other scripts.
    """
    if not is_latin(name) or len(name) < 3 or len(name) > 60:
        return False
    if not name[0].isupper():
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not (len(letters) <= 4 and name.isupper())


_GENERIC = re.compile(
    r"^(?:muhafazat|mohafazat|mayorality of|mayoralty of|state of|province of|"
    r"provincia de|provincia di|departamento del?|departement de|region of|"
    r"city of|republic of)\s+|"
    r"\s+(?:governorate|province|region|state|oblast|prefecture|district|"
    r"department|county|municipality|voivodeship|krai|kray|emirate|"
    r"territory|division|muhafazah)$",
    re.IGNORECASE,
)


def admin_variants(name: str) -> list[str]:
    """``name`` and its forms without generic words: "Basra Governorate" -> "Basra"."""
    out = [name]
    bare = name
    for _ in range(2):
        stripped = _GENERIC.sub("", bare).strip(" '")
        if stripped and stripped != bare:
            out.append(stripped)
            bare = stripped
    return out
