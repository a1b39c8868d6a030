"""Numbers: casualty and quantity phrases read into low/best/high.

A counted amount (:data:`~warlog.numbers.grammar.QUANTITY`: "at least 70",
"between 4 and 7", "dozens of", "two or three") is kept when it counts people: it is
followed by a person noun ("soldiers"), by a casualty word ("30 dead"), or it is the
object of a casualty verb ("killing 17"). ``about`` says what happened to them (killed,
injured, detained, kidnapped, displaced, missing, casualties), or, with no casualty word,
who they are (fighters, civilians, people); ``who`` keeps the noun. Amounts coordinated
under one verb ("six soldiers and four attackers were killed") also get a total, and
"no casualties" gives zero. Conventions for vague amounts follow ACLED and are listed in
docs/times-and-numbers.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.models import Document, Quantity
from warlog.numbers import grammar as G
from warlog.numbers.earlier import mark_earlier
from warlog.numbers.fixed import METHOD, fixed_counts
from warlog.numbers.words import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_COUNT = 5_000_000  # no single report counts more people than this
_STOP = frozenset(["were", "was", "is", "are", "be", "been", "being", "had", "have", "has", "and", "or", "in", "at", "on", "by", "from", "with", "who", "that", "which", "when", "after", "before", "while", "as", "to", "for", "of", "the", "a", "an", "said", "says", "told", "killed", "died", "dead", "injured", "wounded", "during", "near", "into", "over", "across"])
_ID_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}|Battalion|Brigade|Regiment|Division|Unit|No\.|Number|Route|Highway"
    r"|Road|Block|Sector|Camp|Km|Article|Resolution|Room|Gate|Phase|Level|Flight|Hill|Zone"
    r"|Base|Post|Mile|Platoon|Company|Squad|Corps|Group|Team|Area|Ward|Street|Page|Line"
    r"|Section|Chapter|Kilometre|Kilometer|Camp|Checkpoint|Sector)\s+$")
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
# the year closing a date ("August 1 2016", "1 August 2016", "Aug. 1, 2016"), however
# the text runs on ("... 2016 (Reuters Photo) Ten civilians", "May 24 2017 16 Civilians")
_DATE_BEFORE_YEAR = re.compile(
    r"(?i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+$|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+$)")
_NOT_COUNT_AFTER = re.compile(
    r"^(?:\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:st|nd|rd|th)\b"
    r"|\s*(?::\d|[ap]\.?m\b|%|percent|per\s+cent|hours?\b|GMT|local\s+time))",
    re.IGNORECASE)
_BETWEEN_BAD = re.compile(
    r"\b(?:who|which|that|when|after|before|while|because|said|says|told|attended"
    r"|according|where|whose|if|but|although)\b|[;:\"“”]", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them"
                        r"|among\s+the)\b", re.IGNORECASE)
# the dead handed over, exchanged or returned under a deal ("to return the bodies of eight
# slain fighters"): killed in some earlier fighting, not a toll of the deal or of its day
_HANDED_OVER = re.compile(
    r"\b(?:return\w*|exchang\w*|swap\w*|hand\w* over|repatriat\w*|recover\w* under)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:bodies|remains|corpses)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PART_OF = re.compile(r"[\w-]+\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z0-9\"'“(])|\n|;")
# a verb's object: what an active "killed"/"wounded" takes right after it (a figure of
# any number of digits: "a suicide bomber killed 12 people" kills twelve, not thirteen)
_OBJECT_AFTER = re.compile(
    r"\s+(?:at\s+least|more\s+than|some|about|nearly|around|over|up\s+to|\d[\d,]*|a|an|the|one"
    r"|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|many|his|her|their"
    r"|its)\b", re.IGNORECASE)


@dataclass
class _Found:
    start: int
    end: int  # end of the amount and its noun
    low: int
    best: int
    high: int | None
    about: str
    who: str | None
    verb: int  # offset of the casualty word it hangs on (-1: none)
    via: str  # "after" | "before" | "direct" | "noun" | "inherited"


def _figures(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(low, best, high) of a QUANTITY match, hedges applied; None if unreadable."""
    if m["vague"]:
        return G.VAGUE[" ".join(m["vague"].lower().split())]
    if m["a"] or m["a2"] or m["a3"]:
        a = parse_number(m["a"] or m["a2"] or m["a3"])
        b = parse_number(m["b"] or m["b2"] or m["b3"])
        if a is None or b is None or b < a:
            return None
        return a, a, b  # ACLED: the lowest of a range is the figure coded
    n = parse_number(m["n"]) if m["n"] else (1 if m["one"] else None)
    if n is None:
        return None
    return _hedge(" ".join((m["mod"] or "").lower().split()), n)


def _hedge(mod: str, n: int) -> tuple[int, int, int | None]:
    if mod in ("at least", "no fewer than", "no less than", "not less than", "a minimum of",
               "at least another"):
        return n, n, None
    if mod in ("more than", "over", "upwards of", "in excess of"):
        return n, n, None  # ACLED codes the figure stated: its most conservative reading
    if mod in ("up to", "as many as", "at most", "a maximum of"):
        return min(1, n), n, n
    if mod in ("nearly", "almost", "close to"):
        return max(0, n - max(1, n // 10)), n, n
    if mod in ("fewer than", "less than", "under"):
        return min(1, n - 1), max(0, n - 1), max(0, n - 1)
    if mod in ("about", "around", "some", "roughly", "approximately", "an estimated",
               "estimated", "approx.", "~"):
        return n - n // 10, n, n + n // 10
    return n, n, n


def _noun_after(text: str, pos: int) -> tuple[str | None, int]:
    """The person noun heading the words after ``pos`` (within six words), and its end."""
    m = re.match(r"\s+(?:of\s+(?:them|whom|those|these)\b)", text[pos:pos + 20])
    if m:
        return "people", pos + m.end()
    m = re.match(r"\s+of\s+(?:the|their|its|his|her)\s+", text[pos:pos + 20])
    cur = pos + (m.end() if m else 0)
    for _ in range(6):
        w = re.match(r"\s*([\w'’().&/-]+)([,]?)", text[cur:cur + 60])
        if w is None:
            return None, pos
        if w.group(1).endswith(".") and len(w.group(1)) > 3 and "." not in w.group(1)[:-1]:
            return (w.group(1)[:-1], cur + w.end(1) - 1) \
                if G.PERSON_NOUN.fullmatch(w.group(1)[:-1]) else (None, pos)
        word = w.group(1).strip("().")
        two = re.match(r"\s*([\w'’-]+\s+[\w'’-]+)", text[cur:cur + 60])
        if two and G.PERSON_NOUN.fullmatch(two.group(1)):
            return two.group(1), cur + two.end()
        if G.PERSON_NOUN.fullmatch(word):
            return word, cur + w.start(1) + len(w.group(1).rstrip(").,"))
        if word.lower() in _STOP or w.group(2) or not word:
            return None, pos
        cur += w.end()
    return None, pos


_BARE_SUBJECT = re.compile(
    r"\s+((?:[\w'’().-]+\s+){0,3}?([\w'’-]+))(?=\s+(?:were|was|have\s+been|had\s+been"
    r"|died|are\s+(?:dead|missing))\b)")


def _bare_subject(text: str, pos: int) -> tuple[str | None, int]:
    """"Seven FC officials were killed": a noun the lists lack, right before the verb."""
    m = _BARE_SUBJECT.match(text, pos, pos + 80)
    if m is None or any(w.lower() in _STOP for w in m.group(1).split()):
        return None, pos
    return m.group(2), m.end()


def _skip(text: str, m: re.Match[str]) -> bool:
    """Dates, clock times, unit IDs, phone numbers and years are not counts."""
    before, after = text[max(0, m.start() - 25):m.start()], text[m.end():m.end() + 12]
    if re.search(r"(?i)\bno\s+$", before):
        return True  # "no one was killed" counts nobody (a zero, read by ZERO)
    raw = (m["n"] or "").replace(",", "")
    # a code in capitals numbers in digits ("AK 47", "SU 24"): a number written in words
    # after capitals counts ("BEIRUT Thirteen civilians", a dateline before the lead)
    label = _ID_BEFORE.search(before)
    if (label and not (label.group().rstrip().isupper() and not raw[:1].isdigit())) \
            or _MONTH_BEFORE.search(before) or _NOT_COUNT_AFTER.search(after):
        return True
    if raw.isdigit() and (len(raw) >= 7 and "," not in (m["n"] or "")):
        return True  # phone numbers, IDs
    if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and "," not in m["n"]:
        return bool(re.search(r"(?i:\b(?:in|since|of|during|until|by|from|year|to)\s+$)",
                              before)) or after.startswith(",") \
            or bool(_DATE_BEFORE_YEAR.search(before))
    return False


def _clause_end(text: str, pos: int) -> int:
    m = _SENT_END.search(text, pos)
    return min(m.start() if m else len(text), pos + 200)


def _about(text: str, m: re.Match[str], noun: str | None, end: int
           ) -> tuple[str, int, str] | None:
    """(about, offset of the casualty word, how it was found) for an amount."""
    before = text[max(0, m.start() - 70):m.start()]
    r = G.REFLEXIVE.search(before)
    if r:  # "killing himself and five others": the five are killed too
        return "killed", m.start() - len(before) + r.start(), "before"
    b = G.BEFORE_VERB.search(before)
    d = G.AFTER_DIRECT.match(text, end)
    if d and noun and G.ATTACKERS.search(noun) and _OBJECT_AFTER.match(text, d.end()):
        # attackers before an active casualty verb with its object did the killing:
        # "three suicide bombers killed at least two people" kills two, not three
        return None
    if b and d and G.ABOUT_WORDS[d["w"].lower()] != "killed":
        # a casualty word right after the amount is its own, even after another's verb:
        # the headline's "13 killed 43 others injured" wounds the 43, it kills no one
        return G.ABOUT_WORDS[d["w"].lower()], d.start("w"), "direct"
    if b:
        word = " ".join(b["w"].lower().split())
        if word.startswith(("left", "leaving")):
            tail = re.search(r"(?i)\b(dead|injured|wounded|homeless)\b", text[end:end + 40])
            word = tail.group(1).lower() if tail else "dead"
        about = "killed" if "toll" in word or "death" in word or "lives" in word \
            or "bodies" in word else G.ABOUT_WORDS.get(word, "killed")
        if word.startswith(("number", "the number")):  # "the number of wounded at 30"
            about = "injured" if re.search(r"wounded|injured", word) else "killed"
        return about, m.start() - len(before) + b.start(), "before"
    d = G.AFTER_DIRECT.match(text, end)
    if d:
        return G.ABOUT_WORDS[d["w"].lower()], d.start("w"), "direct"
    stop = _clause_end(text, end)
    v = G.AFTER_VERB.search(text, end, stop)
    if v and not _BETWEEN_BAD.search(text, end, v.start()) and v.start() - end < 140:
        word = " ".join((v["w"] or v["w2"]).lower().split())
        about = G.ABOUT_WORDS.get(word) or ("killed" if word in ("died", "perished",
                                            "lost their lives") else
                                            "missing" if "missing" in word else
                                            "displaced" if word == "fled" else "injured")
        return about, v.start(), "after"
    return None


def _read(text: str, m: re.Match[str], prev: _Found | None) -> _Found | None:
    """One amount, or None if it does not count people or is absurd."""
    if _skip(text, m):
        return None
    figures = _figures(m)
    if figures is None or figures[1] > MAX_COUNT:
        return None
    noun, end = _noun_after(text, m.end())
    bare = noun is None and not m["one"]
    if bare:
        noun, end = _bare_subject(text, m.end())
    about = _about(text, m, noun, end if noun else m.end())
    if bare and noun is not None and (about is None or about[2] != "after"):
        noun, end = None, m.end()  # an unlisted noun counts only before a casualty verb
        about = _about(text, m, None, end)
    if m["one"] and (noun is None or about is None or end - m.end() > 30):
        return None  # "a soldier" counts only as a casualty: "killing a soldier"
    if m["vague"] and noun is None and about is None:
        return None
    if m["vague"] and " ".join(m["vague"].lower().split()) in G.OPEN_ENDED \
            and re.match(r"\s+(?:more|others|other)\b", text[m.end():m.end() + 8], re.I):
        return None  # "many more were injured": no figure
    if about is None and prev is not None and prev.via in ("before", "inherited") \
            and re.fullmatch(r"[\s,]*(?:and|as\s+well\s+as|plus)?\s*",
                             text[prev.end:m.start()], re.IGNORECASE):
        about = (prev.about, prev.verb, "inherited")
    if noun is not None and noun.lower().split()[-1] in G.DEATH_NOUNS:
        about = ("killed", m.start(), "direct")  # "six martyrs" are dead, whatever verb
    if about is None:
        if noun is None:
            return None
        cat = G.category(noun)
        about = (cat, -1, "noun")
    elif noun is None and about[2] == "after" and about[1] - m.end() > 3:
        return None  # "4 January ... were killed": the amount must touch its verb
    low, best, high = figures
    return _Found(m.start(), end if noun else m.end(), low, best, high, about[0],
                  noun.lower() if noun else None, about[1], about[2])


def _totals(text: str, found: list[_Found]) -> list[_Found]:
    """A total for amounts that share one casualty word ("six soldiers and four attackers
    were killed"), and for "in addition to the bomber, four soldiers were killed"."""
    out: list[_Found] = []
    run: list[_Found] = []

    def close() -> None:
        if len(run) > 1:
            highs = [f.high for f in run]
            out.append(_Found(run[0].start, run[-1].end, sum(f.low for f in run),
                              sum(f.best for f in run),
                              None if None in highs else sum(h or 0 for h in highs),
                              run[0].about, None, run[0].verb, "total"))
        run.clear()

    for f in found:
        if f.verb < 0 or f.about not in G.ABOUT_WORDS.values() or f.via == "bracketed":
            close()
            continue
        if run and (f.verb != run[-1].verb or _INCLUDING.search(text, run[-1].end, f.start)
                    or _SENT_END.search(text, run[-1].end, f.start + 1)
                    or not G.LISTED.fullmatch(text, run[-1].end, f.start)):
            close()
        if not run and _INCLUDING.search(text[max(0, f.start - 30):f.start]):
            continue
        if _PART_OF.match(text, f.start, f.end + 12) and run:
            close()  # "killing 7 people, three of them foreigners": three of the seven
            continue
        run.append(f)
        extra = G.IN_ADDITION.search(text[max(0, f.start - 80):f.start])
        if extra and f.about == "killed" and len(run) == 1:
            k = parse_number(extra["n"].strip()) if extra["n"] else 1
            if k:
                out.append(_Found(f.start - len(extra.group(0)), f.end, f.low + k,
                                  f.best + k, None if f.high is None else f.high + k,
                                  "killed", None, f.verb, "total"))
    close()
    out += _with_attackers(text, found, out)
    out += _with_self(text, found)
    # no suicide attacker is added to a stated toll: coders (ACLED, the FA-KES crowd) code
    # the figure the text states, and count the attacker only when the text does
    # ("killing himself and five others": :func:`_with_self`)
    return out


def _with_self(text: str, found: list[_Found]) -> list[_Found]:
    """ "killing himself and five others": six dead, the attacker counted as the text
    counts him."""
    out = []
    for f in found:
        r = G.REFLEXIVE.search(text[max(0, f.start - 60):f.start])
        if f.about == "killed" and r and r["self"].lower() in ("himself", "herself"):
            out.append(_Found(f.start, f.end, f.low + 1, f.best + 1,
                              None if f.high is None else f.high + 1, "killed",
                              "including the attacker", f.verb, "total"))
    return out


def _bracketed(text: str, found: list[_Found]) -> list[_Found]:
    """Another source's figure in brackets after the casualty verb of an amount."""
    out = []
    for f in found:
        if f.via not in ("after", "direct") or f.verb < 0:
            continue
        verb_end = re.match(r"[\w\s]*?(?:killed|dead|died|wounded|injured|[a-z]+ed)\b",
                            text[f.verb:f.verb + 40])
        if verb_end is None:
            continue
        b = G.BRACKETED.match(text, f.verb + verb_end.end())
        if b is not None:
            n = int(b["n"])
            out.append(_Found(b.start("n"), b.end("n"), n, n, n, f.about, f.who, f.verb,
                              "bracketed"))
    return out


def _with_attackers(text: str, found: list[_Found], totals: list[_Found]) -> list[_Found]:
    """GTD counts perpetrators among the dead: "killing all nine of the bombers. Two
    police officers and eight civilians were killed" also gives 19. Only the count told
    next to the attackers' (the sentence before or after) is their attack's: a long
    report's other counts are other incidents'."""
    killed = [f for f in found if f.about == "killed" and f.high is not None]
    attackers = [f for f in killed if G.ATTACKERS.search(text[f.start:f.end])]
    if len(attackers) != 1:
        return []
    a = attackers[0]
    others = [f for f in killed + [t for t in totals if t.about == "killed"]
              if f is not a and not G.ATTACKERS.search(text[f.start:f.end])
              and _SENT_END.search(text, min(a.end, f.end), max(a.start, f.start) + 1)
              and len(_SENT_END.findall(text, min(a.end, f.end), max(a.start, f.start))) < 2]
    if not others:
        return []
    v = max(others, key=lambda f: f.best)
    first, last = (a, v) if a.start < v.start else (v, a)
    return [_Found(first.start, last.end, a.low + v.low, a.best + v.best,
                   None if v.high is None or a.high is None else a.high + v.high,
                   "killed", None, v.verb, "total")]


_WORD = re.compile(r"[\w~]+")


def _person_soon(text: str, pos: int) -> bool:
    """Is one of the next three words a person noun? (cheap check before "a"/"one")."""
    return any(w.strip(".,;:()'\"").lower() in G.PERSON_WORDS
               for w in text[pos:pos + 45].split()[:3])


def find_quantities(doc: Document, sdoc: Doc | None = None) -> tuple[Quantity, ...]:
    """Every counted phrase about people in ``doc.text``, in text order."""
    text = doc.text
    found: list[_Found] = []
    taken = 0
    for w in _WORD.finditer(text):
        word = w.group().lower()
        if w.start() < taken or not (word[0].isdigit() or word in G.FIRST_WORDS):
            continue
        m = G.QUANTITY.match(text, w.start())
        if m is None or (m["one"] and not _person_soon(text, m.end())):
            continue
        taken = m.end()
        f = _read(text, m, found[-1] if found else None)
        if f is not None and not (f.about == "killed" and _HANDED_OVER.search(
                text[max(0, f.start - 40):f.start])):
            found.append(f)
    found += _bracketed(text, found)
    found += _totals(text, found)
    out = [Quantity(f.start, f.end, text[f.start:f.end], f.low, f.best, f.high, f.about,
                    METHOD if f.via != "total" else METHOD + ".total", f.who)
           for f in found]
    out += fixed_counts(text)
    out = [mark_earlier(text, q, doc.published) for q in out]
    unique = {(q.start, q.end, q.about, q.best): q for q in out}
    return tuple(sorted(unique.values(), key=lambda q: (q.start, q.end)))
