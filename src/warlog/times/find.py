"""Times: find time expressions and normalise them against the publication date.

A rule grammar (:mod:`warlog.times.grammar`) finds candidate phrases; the
leftmost-longest ones that a normaliser accepts are kept, in text order, so that
"two days later" and "the same day" can lean on the last date mentioned. Values follow
TimeML (``2017-09-14``, ``2017-W37``, ``2017-08``, ``2017-Q3``, ``2015``, ``201``,
``PAST_REF``...). The tense around an expression decides whether a bare weekday or month
lies before or after the publication date; spaCy's parse is used for it when given,
a few cue words otherwise.

Also here: :func:`event_date`, which picks the date of an event from the times in or
near its sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.models import Document, Precision, TimeExpr
from warlog.nlp.parse import is_parsed
from warlog.times import dates as D
from warlog.times import normalise as timenorm
from warlog.times import periods as timeperiods
from warlog.times import relative as timerelative
from warlog.times.dates import parse_value
from warlog.times.grammar import COUNTED, RULES, keyword_class
from warlog.times.normalise import Context, Value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

METHOD = "times.rules.v1"
Normaliser = Callable[[re.Match[str], Context], "Value | None"]
NORMALISERS: dict[str, Normaliser] = {
    name[5:]: fn
    for mod in (timenorm, timeperiods, timerelative)
    for name, fn in vars(mod).items()
    if name.startswith("norm_") and callable(fn)
}

_FUTURE_CUES = re.compile(
    r"(?i:\b(?:will|shall|won't|wo|'ll|would|going\s+to|is\s+to|are\s+to|was\s+to|were\s+to"
    r"|expected|expects|scheduled|plans?\s+to|planned\s+to|due\s+to|set\s+to|intends?|hopes?\s+to"
    r"|upcoming|ahead\s+of|next|as\s+(?:soon|early)\s+as|no\s+later\s+than|deadline)\b)"
)
_PAST_CUES = re.compile(
    r"(?i:\b(?:was|were|had|did|said|told|ago|last|earlier|\w+ed|took|came|went|began|fell"
    r"|fled|hit|shot|struck|fought|held|left|met|made|gave|saw|found|broke|rose|led|ran|won"
    r"|lost|sent|brought|became|stood|spoke|wrote|drove|flew|threw|blew|sought|caught"
    r"|built|spent|heard|paid|laid|sold|stole|chose|spread|tore|seized|overran)\b)"
)
_SINCE = re.compile(r"(?i:\b(?:since|ago|after\s+the|following\s+the)\s+(?:\S+\s+){0,2}$)")
_SECOND_DAY = re.compile(
    r"\s*(?:and|&|or|-|–)\s*(\d{1,2})(?!\d|:|\s*(?:%|[ap]\.?m))\b"
    rf"(?!\s+(?i:{COUNTED}|[a-z]+s\b))(?:,?\s+((?:1[6-9]|20)\d\d)\b)?")
_FUTURE_LEMMAS = frozenset({
    "will", "shall", "would", "expect", "schedule", "plan", "intend", "hope", "aim",
    "due", "set", "prepare", "promise", "vow", "threaten", "agree", "want", "seek", "go",
})


def _tense_from_text(text: str, start: int, end: int) -> bool | None:
    """Cue words in the clause before the expression: True future, False past, None."""
    left = text[max(0, start - 90):start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "))
    left = left[cut + 1:]
    right = text[end:end + 40].split(". ")[0]
    last_future = max((m.end() for m in _FUTURE_CUES.finditer(left)), default=-1)
    last_past = max((m.end() for m in _PAST_CUES.finditer(left)), default=-1)
    if last_future >= last_past >= 0 or (last_future >= 0 > last_past):
        return True
    if last_past >= 0:
        return False
    if _FUTURE_CUES.search(right):
        return True
    return False if _PAST_CUES.search(right) else None


def _verb_of(tok: Token) -> Token | None:
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


#: Verbs of scheduling: their present passive looks ahead ("is scheduled for Tuesday",
#: "are set for October", "is due on Monday").
_SCHEDULE_LEMMAS = frozenset({"schedule", "set", "plan", "slate", "due", "timetable",
                              "expect"})
_PRESENT_BE = frozenset({"is", "are", "'s", "'re"})


def _tense_of_verb(verb: Token, adverbial: bool = True) -> bool | None:
    for _ in range(3):
        kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {c.lower_ for c in kids}
        if lowers & {"will", "shall", "'ll", "wo", "would", "'d"} or verb.lemma_ in ("due",):
            return True
        if verb.tag_ == "VBN" and lowers & _PRESENT_BE and verb.lemma_ in _SCHEDULE_LEMMAS:
            return True
        if verb.tag_ in ("VBD", "VBN") and not lowers & {"is", "are", "be", "am"}:
            return False
        if lowers & {"did", "was", "were", "had"}:
            return False
        if "to" in lowers or (verb.tag_ == "VBG" and lowers & {"is", "are"}):
            head = verb.head
            if head.lemma_ in _FUTURE_LEMMAS or (head.lemma_ == "be" and head is not verb):
                return True
            if verb.tag_ == "VBG" and adverbial and "to" not in lowers:
                return True  # "is leaving Friday": the present progressive with a date
                # is an arrangement, so it looks ahead
            if head is verb:
                return None
            verb = head
            continue
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _FUTURE_LEMMAS:
            return True
        return None
    return None


_FUTURE_MD = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})


_BE_HAVE_DO = frozenset({
    "is", "are", "am", "'s", "'re", "'m", "was", "were", "be", "been", "being", "has",
    "have", "had", "'ve", "having", "does", "do", "did", "going", "get", "got", "gets",
})
_DATE_PREPOSITIONS = frozenset({"on", "for", "until", "till", "by", "in", "set", "slated"})
_FINITE_PAST = frozenset({"was", "were", "had", "did", "got"})
_FINITE_PERFECT = frozenset({"has", "have", "'ve"})
_UNSET = object()


def _aux_tense(verb: Token, adverbial: bool = True) -> object:
    """The tense that the auxiliaries before a non-finite verb give its group ("will be
    held", "has been scheduled", "was seen", "is to meet"): True future, False past, None
    present or unclear, ``_UNSET`` when no auxiliary stands before it. Adverbs and "not"
    may stand between ("will not be held", "had already left")."""
    doc, sent = verb.doc, verb.sent
    chain: list[Token] = []
    j = verb.i - 1
    while j >= sent.start:
        t = doc[j]
        if t.tag_ == "MD" or t.lower_ in _BE_HAVE_DO:
            chain.append(t)
        elif not (t.tag_ == "RB" or t.lower_ in ("not", "n't")):
            break
        j -= 1
    if not chain:
        return _UNSET
    finite = chain[-1]  # the leftmost auxiliary carries the tense
    if finite.tag_ == "MD":
        if finite.lower_ in _FUTURE_MD:
            return True
        return False if any(t.lower_ == "have" for t in chain) else None
    if finite.lower_ in _FINITE_PAST:
        return False
    if finite.lower_ in _FINITE_PERFECT:  # present perfect: past, but "has been
        return verb.lemma_ in _SCHEDULE_LEMMAS or False  # scheduled for Tuesday" ahead
    if finite.lower_ in _PRESENT_BE and verb.tag_ == "VBN" and verb.lemma_ in _SCHEDULE_LEMMAS:
        return True  # "is scheduled for Tuesday"
    if finite.lower_ in _PRESENT_BE and verb.tag_ == "VBG" \
            and (adverbial or verb.lower_ == "going"):
        return True  # "is going to", "is leaving Friday": an arrangement
    return None


def _tense_from_tags(span: Span, adverbial: bool = True) -> bool | None:
    """Tense from the nearest verb tags in the sentence, left of the expression first.
    A participle or infinitive takes its tense from the auxiliaries before it, so "will be
    held in November" looks ahead and "had been seen Monday" back."""
    sent = span.sent
    left = [t for t in sent if t.i < span.start][-20:]
    right = [t for t in sent if t.i >= span.end][:3 if len(left) > 2 else 12]
    k = len(left) - 1
    while k >= 0 and left[k].lower_ in _DATE_PREPOSITIONS:
        k -= 1
    if k >= 0 and left[k].lower_ in _PRESENT_BE and left[k].tag_ in ("VBZ", "VBP"):
        return True  # "the election is on Sunday", "the deadline is Friday": a schedule
    for k, tok in enumerate([*reversed(left), *right]):
        if tok.tag_ == "MD":
            return tok.lower_ in _FUTURE_MD or None
        if tok.tag_ == "TO" and tok.i > 0 and tok.doc[tok.i - 1].lemma_ in _FUTURE_LEMMAS:
            return True  # "agreed to purchase ... in February", "plans to"
        if tok.tag_ in ("VBN", "VBG", "VB") and tok.lower_ not in _BE_HAVE_DO:
            aux = _aux_tense(tok, adverbial)
            if aux is not _UNSET:
                if aux is not None:
                    return bool(aux)
                continue
        if tok.tag_ == "VBN" and tok.lemma_ in _SCHEDULE_LEMMAS and tok.i > sent.start \
                and tok.doc[tok.i - 1].lower_ in _PRESENT_BE:
            return True  # "is scheduled for Tuesday"
        if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and k < 3):  # "issued July 1"
            return False
        if tok.tag_ == "VBN" and any(t.lower_ in ("had", "has", "have") for t in left[-4:]):
            return False
        if tok.lemma_ in _FUTURE_LEMMAS - {"set", "go"} and tok.tag_ in ("VBZ", "VBP", "VBG"):
            return True
    return None


#: A deadline or a new date: "postponed until Friday", "gave them until 9 a.m. Tuesday",
#: "asked Sudan to hand them over by Friday" lie ahead of the act that sets them.
_DEADLINE = re.compile(
    r"(?i:\b(?:postpon\w*|delay\w*|adjourn\w*|defer\w*|put\s+off|push\w*\s+back|extend\w*"
    r"|recess\w*|gave|give[sn]?|giving|ask\w*|order\w*|demand\w*|urg\w*|deadline\w*)\b"
    r"[^.;:!?]{0,80}?\b(?:until|till|by)\s+$)")


def _tense_finder(text: str, sdoc: Doc | None) -> Callable[[int, int], bool | None]:
    def future(start: int, end: int) -> bool | None:
        if _SINCE.search(text, max(0, start - 40), start):
            return False  # "since Oct. 23", "in the weeks after the Oct. 23 slaying"
        if _DEADLINE.search(text, max(0, start - 120), start):
            return True
        if sdoc is not None:
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                tense = None
                # a date before a noun ("a June agreement", "Monday's attack") names
                # something that exists; only an adverbial date takes an arrangement's
                # tense ("is leaving Friday")
                after = span.doc[span.end] if span.end < len(span.doc) else None
                adverbial = after is None or not (after.tag_ == "POS"
                                                  or after.tag_.startswith("NN"))
                if is_parsed(span.sent):
                    verb = _verb_of(span.root)
                    tense = _tense_of_verb(verb, adverbial) if verb is not None else None
                if tense is None:  # no parse (partial parsing) or no verb: the tags
                    tense = _tense_from_tags(span, adverbial)
                if tense is not None:
                    return tense
        return _tense_from_text(text, start, end)

    return future


_WORD = re.compile(r"[\w'’-]+")
_REACH = 45  # characters a phrase may extend either side of its keyword


def _windows(text: str) -> list[tuple[int, int, set[str]]]:
    """Stretches of text around time keywords, with the keyword classes in each: the
    grammar runs only there, which keeps the stage cheap next to spaCy."""
    spans: list[tuple[int, int, set[str]]] = []
    for k in _WORD.finditer(text):
        kind = keyword_class(k.group())
        if kind is None:
            continue
        lo, hi = max(0, k.start() - _REACH), min(len(text), k.end() + _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi, spans[-1][2] | {kind})
        else:
            spans.append((lo, hi, {kind}))
    return spans


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found: dict[tuple[int, int, int], re.Match[str]] = {}
    for lo, hi, kinds in _windows(text):
        for order, rule in enumerate(RULES):
            if rule.needs.isdisjoint(kinds):
                continue
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.setdefault((m.start(), m.start() - m.end(), order), m)
                if m.groupdict().get("wd") and m.groupdict().get("mo"):
                    # "this coming Sunday, March eighth": the date without its weekday
                    # too, for when a longer phrase has taken the weekday
                    start = min(m.start("mo"), m.start("d")) if m["d"] else m.start("mo")
                    bare = rule.pattern.match(text, start, hi)
                    if bare is not None and bare.end() > bare.start():
                        found.setdefault((bare.start(), bare.start() - bare.end(), order),
                                         bare)
    return sorted((k[0], k[1], k[2], m) for k, m in found.items())


def _remember(ctx: Context, value: str | None, precision: Precision) -> None:
    if value and value[:1].isdigit():
        span = parse_value(value.split("T")[0])
        if span is not None:
            ctx.last, ctx.last_value = span[0], value
    if value and precision is Precision.DAY and value[:4].isdigit():
        try:
            ctx.anchor = dt.date.fromisoformat(value[:10])
        except ValueError:
            return


def _trim(text: str, start: int, end: int) -> int:
    """End of a match without trailing punctuation: keep "Sept." but not "1998,"."""
    while end > start and text[end - 1] in " ,.-":
        if text[end - 1] == "." and re.search(r"[A-Z][a-z]{1,3}\.$", text[start:end]):
            break
        end -= 1
    return end


def _expr(m: re.Match[str], start: int, end: int, value: str | None,
          precision: Precision) -> TimeExpr:
    end = _trim(m.string, start, end)
    return TimeExpr(start=start, end=end, text=m.string[start:end], value=value,
                    precision=precision, type="DATE", method=METHOD)


def _pair(m: re.Match[str], value: str | None, precision: Precision) -> list[TimeExpr]:
    """Both ends of "3-4 May", "between 16 and 22 September", "2014-2016"."""
    if "y1" in m.groupdict() and m["y1"]:
        y1, y2 = int(m["y1"]), m["y2"]
        second = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        return [_expr(m, m.start("y1"), m.end("y1"), str(y1), precision),
                _expr(m, m.start("y2"), m.end("y2"), str(second), precision)]
    if value is None or not value[:4].isdigit():
        return [_expr(m, m.start("d1"), m.end(), value, precision)]
    last = dt.date.fromisoformat(value[:10])
    month = D.MONTHS[m["mo1"].lower().rstrip(".")] if m["mo1"] else last.month
    year = last.year - 1 if m["mo1"] and month > last.month else last.year
    first = D.safe_date(year, month, int(re.sub(r"\D", "", m["d1"])))
    if first is None or first >= last:
        return [_expr(m, m.start("d"), m.end(), value, precision)]
    first_end = m.end("mo1") if m["mo1"] else m.end("d1")
    return [_expr(m, m.start("d1"), first_end, first.isoformat(), precision),
            _expr(m, m.start("d"), m.end(), value, precision)]


def _second_day(text: str, m: re.Match[str], first: TimeExpr) -> list[TimeExpr]:
    """"April 24 and 25[, 2016]": both days (the year after the second applies to both)."""
    pair = _SECOND_DAY.match(text, m.end())
    value = first.value or ""
    if pair is None or m["y"] or not value[:4].isdigit():
        return [first]
    year = int(pair.group(2)) if pair.group(2) else int(value[:4])
    day1, day2 = D.safe_date(year, int(value[5:7]), int(value[8:10])), \
        D.safe_date(year, int(value[5:7]), int(pair.group(1)))
    if day1 is None or day2 is None or day2 <= day1:
        return [first]
    end = pair.end(2) if pair.group(2) else pair.end(1)
    return [dataclasses.replace(first, value=day1.isoformat()),
            TimeExpr(start=pair.start(1), end=end, text=text[pair.start(1):end],
                     value=day2.isoformat(), precision=Precision.DAY, type="DATE",
                     method=METHOD)]


def find_times(doc: Document, sdoc: Doc | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression in ``doc.text``, normalised against ``doc.published``."""
    text = doc.text
    ctx = Context(published=doc.published, future=_tense_finder(text, sdoc))
    out: list[TimeExpr] = []
    taken = 0
    for start, _neg, order, m in _candidates(text):
        if start < taken:
            continue
        rule = RULES[order]
        result = NORMALISERS[rule.name](m, ctx)
        if result is None:
            continue
        value, precision, kind = result
        if rule.name in ("day_pair", "year_pair"):
            pair = _pair(m, value, precision)
            out += pair
            if pair:
                _remember(ctx, pair[-1].value, precision)
                taken = pair[-1].end
            continue
        end = _trim(text, start, m.end())
        out.append(TimeExpr(start=start, end=end, text=text[start:end], value=value,
                            precision=precision, type=kind, method=METHOD))
        if rule.name not in ("ago", "anchor_day"):
            _remember(ctx, value, precision)
        taken = end
        if rule.name == "month_day":
            both = _second_day(text, m, out.pop())  # "April 24 and 25"
            out += both
            _remember(ctx, both[-1].value, precision)
            taken = both[-1].end
    return tuple(out)


def _date_part(value: str | None) -> str | None:
    """"2000-04-05TNI" -> "2000-04-05"; other values unchanged."""
    return value.split("T")[0] if value else None


_RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.QUARTER: 3,
         Precision.YEAR: 4, Precision.DECADE: 5, Precision.UNKNOWN: 6}


def event_date(
    times: Sequence[TimeExpr], start: int, end: int, published: dt.date | None,
    window: int = 400,
) -> tuple[str | None, Precision]:
    """The date of an event whose evidence spans ``start:end`` (a sentence, say).

    Picks the most precise dated DATE/TIME expression inside the span (the first of
    equals); failing that, the nearest one ending up to ``window`` characters before
    it (news states the date once, then narrates); failing that the publication date
    at day precision, marked as such only because news reports recent events; and
    ``(None, Precision.UNKNOWN)`` when there is no publication date either.
    Durations, sets and *_REF values never date an event.
    """

    def usable(t: TimeExpr) -> bool:
        return (t.type in ("DATE", "TIME") and t.value is not None
                and t.value[:1].isdigit())

    inside = [t for t in times if usable(t) and t.start >= start and t.end <= end]
    if inside:
        best = min(inside, key=lambda t: (_RANK[t.precision], t.start))
        return _date_part(best.value), best.precision
    before = [t for t in times if usable(t) and start - window <= t.end <= start
              and t.precision is Precision.DAY]
    if before:
        last = max(before, key=lambda t: t.end)
        return _date_part(last.value), last.precision
    if published is not None:
        return published.isoformat(), Precision.DAY
    return None, Precision.UNKNOWN
