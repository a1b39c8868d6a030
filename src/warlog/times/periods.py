"""Normalisers for periods longer than a month: seasons, quarters and halves, years
(also read aloud), decades and centuries. Same contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import re

from warlog.models import Precision
from warlog.numbers.words import ORDINALS
from warlog.times import dates as D
from warlog.times.ended import quarter_ended
from warlog.times.grammar import keyword_class
from warlog.times.months import bare_month_year, year_told_after
from warlog.times.normalise import Context, Value, _fut

P = Precision


def _two_digit_year(yy: int, ctx: Context) -> int:
    """"'97" -> 1997 (2003 for "'03" told after 2003): the latest such year not far ahead."""
    ref = ctx.ref.year if ctx.ref is not None else 1999
    year = ref // 100 * 100 + yy
    return year - 100 if year > ref + 10 else year


_TAKES_YEAR = re.compile(
    r"(?i:\b(?:in|of|since|by|until|till|from|to|through|and|early|late|mid|spring|summer"
    r"|fall|autumn|winter|class|vintage)[\s-])$")


def norm_short_year(m: re.Match[str], ctx: Context) -> Value | None:
    """"in '97": only after a word that takes a year (else it may open a quotation)."""
    if not _TAKES_YEAR.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return str(_two_digit_year(int(m["yy"]), ctx)), P.YEAR, "DATE"


def norm_season_year(m: re.Match[str], ctx: Context) -> Value | None:
    y = m["y"]
    year = _two_digit_year(int(y[1:]), ctx) if y[0] in "'’" else D.year_number(y)
    return (f"{year}-{D.SEASONS[m['s'].lower()]}", P.QUARTER, "DATE") if year else None


_SEASON_BEFORE = re.compile(
    r"(?i:\b(?:the|this|that|last|next|in|during|since|by|until|till|through|over|of|each"
    r"|every|early|late|mid|from|before|after|until)[\s-]+)$")


def norm_season(m: re.Match[str], ctx: Context) -> Value | None:
    season = D.SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower().split()
    if m["s"][0].isupper() and m.start() > 0 and m.string[m.start() - 2] not in ".\n" \
            and not rel and not m["mod"]:
        return None  # "Operation Winter" / "Arab Spring" is a name, not a season
    if not rel and not m["mod"] and not _SEASON_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()):
        return None  # "prices will fall", "hot springs": a season takes "the", "in", "last"
    if ctx.ref is None:
        return f"XXXX-{season}", P.QUARTER, "DATE"
    told = year_told_after(m, ctx) if not rel else None
    if told is not None:  # "the spring of next year", "in summer last year"
        return f"{told}-{season}", P.QUARTER, "DATE"
    anaphoric = D.anaphoric_ref(rel, ctx.last_value)  # "(in 1995 ...) that summer"
    if anaphoric is not None:
        return D.season_near(anaphoric[0], season, anaphoric[1]), P.QUARTER, "DATE"
    if rel and rel[-1] in ("last", "past", "previous"):
        mode = "past" if rel[0] == "this" else "last"
    elif rel and rel[-1] in ("next", "coming", "following"):
        mode = "next"
    elif rel and rel[0] in ("this", "the"):
        mode = "this"
    else:
        mode = "future" if _fut(m, ctx) else "past"
    return D.season_near(ctx.ref, season, mode), P.QUARTER, "DATE"


def _ordinal(text: str) -> int:
    t = text.lower()
    return ORDINALS.get(t) or int(re.sub(r"\D", "", t))


_YEAR_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1,
              "following": 1}


#: A year told after a quarter: "the third quarter last year", "the fourth quarter a
#: year earlier", "the second quarter in 1988".
_YEAR_AFTER = re.compile(
    r",?\s+(?:(?P<rel>(?i:last|this|next|the\s+previous|the\s+prior))\s+(?i:year)(?![\w'’-])"
    r"|(?P<ago>(?i:a|one)\s+year\s+(?i:ago|earlier|before|previously))(?![\w-])"
    r"|(?i:in|of)\s+(?P<y>(?:19|20)\d\d)(?!\d))")


def year_after(text: str, end: int) -> tuple[str, int] | None:
    """("ago", -1) for "a year ago/earlier" after a quarter (a year before the quarter's
    own), ("rel", step) for "last year" (from the publication year), ("abs", year) for
    "in 1988"; None when no year follows."""
    after = _YEAR_AFTER.match(text, end)
    if after is None:
        return None
    if after["y"]:
        return "abs", int(after["y"])
    if after["ago"]:
        return "ago", -1
    word = after["rel"].lower().split()[-1]
    return "rel", {"last": -1, "previous": -1, "prior": -1, "next": 1}.get(word, 0)


_QUARTER_SPAN = re.compile(r"(?i:\b(?:three|3)[\s-]+months|\b(?:13|thirteen)[\s-]+weeks"
                           r"|\bperiod|\bquarter)(?=,?\s+(?:that\s+|which\s+)?(?:ended|ending))")


_SENTENCE_END = re.compile(r"[.!?][\"'’”]*\s+(?=[A-Z\"'`‘“])|\n\s*\n")


def quarter_told(ctx: Context, text: str, pos: int) -> tuple[int, int] | None:
    """The quarter a comparison at ``pos`` speaks of: one named earlier in its sentence,
    else the one the report is about (:meth:`Context.name_quarter`), else the last span
    of three months said to end on a date before ``pos`` ("the three months ended Sept.
    30", "the period ended Sept. 30": the third quarter)."""
    if ctx.quarter is not None:
        # a quarter named earlier in the same sentence is the one compared ("the
        # second quarter ... up from a year earlier"); across sentences, the one the
        # report is about: a comparison quarter named in passing does not replace it
        if _SENTENCE_END.search(text, ctx.quarter_at, pos) and ctx.reported is not None:
            return ctx.reported
        return ctx.quarter
    if ctx.published is None:
        return None
    for span in reversed(list(_QUARTER_SPAN.finditer(text, 0, pos))):
        ended = quarter_ended(text, span.end(), ctx.published)
        if ended is not None:
            ctx.name_quarter(ended, span.start())
            return ended
    return None


_OF_WHAT = re.compile(r"\s+of\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def share_of_thing(text: str, end: int) -> bool:
    """Whether "of" and no time word follow: "the first half of the match", "a quarter
    of the town", "the second half of the war" are shares of a thing, not calendar
    periods ("the first half of the year", "of the '80s", "of next year" are)."""
    m = _OF_WHAT.match(text, end)
    return m is not None and not any(
        keyword_class(w) for w in re.findall(r"[\w'’-]+", m.group(1)))


#: what follows "a second" that is a length: "It lasted a second.", "a second later",
#: "for a second or two", "a second of silence"; any other word makes it the ordinal
_AFTER_LENGTH = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:ago|later|earlier|before|after|or|and|of|long|longer"
    r"|more|each|per|too|in|to)\b", re.I)


def no_length(unit: str, word: str, text: str, end: int) -> bool:
    """Whether a unit counted once measures no time: "a quarter of the town" is a share
    (:func:`share_of_thing`), "a second car bomb", "for a second time" the ordinal
    "second" before its noun, not one second."""
    if unit == "quarter":
        return share_of_thing(text, end)
    return word.lower() == "second" and _AFTER_LENGTH.match(text, end) is None


_OF = re.compile(r"\s+of\b", re.I)


def final_of(rel: str, count: str | None, text: str, end: int) -> bool:
    """Whether "the last <unit>" is followed by "of": then "last" is the ordinal, the final
    one of a period or an event ("the last week of January", "the last year of the war",
    "the last days of the regime"), as "the first week of" is the first, and no step back
    from the report; a count of units ("the last three months of 1997") stays a length."""
    words = rel.lower().split()
    return (words == ["the", "last"] and count in (None, "few", "several")
            and _OF.match(text, end) is not None)


#: "one day" that measures nothing, in a clause looking ahead ("the country will one day
#: be free", "hopes one day to return"): English's indefinite future, as "someday" is
#: (TimeML FUTURE_REF); not a length ("for one day", "one day after", "one day's strike")
_SOMEDAY = re.compile(r"(?i:one\s+day)$")
_NO_SOMEDAY = re.compile(r"(?i:(?:for|in|within|than|only|just|every|per|by|lasted|last|"
                         r"lasts|take|takes|took|need|needs|spend|wait|of|each|at\s+least|"
                         r"more|less|about|over|the|a)\s+$)")
_SPAN_AFTER = re.compile(r"(?i:\s*(?:-|'|’|after|later|before|earlier|ago|of|old|long|"
                         r"and|at\s+a\s+time)\b)")
_AHEAD_VERB = re.compile(r"(?i:\b(?:will|would|may|might|could|can|shall|should|must|"
                         r"hopes?|hoped|hoping|dreams?|dreamed|wants?|wanted)\s+$)")


def someday(m: re.Match[str], ctx: Context) -> bool:
    """Whether a duration's "one day" is the indefinite future (``_SOMEDAY``)."""
    if not _SOMEDAY.match(m.group(0)):
        return False
    before = m.string[max(0, m.start() - 14):m.start()]
    return not (_NO_SOMEDAY.search(before) or _SPAN_AFTER.match(m.string, m.end())) and (
        bool(_AHEAD_VERB.search(before)) or ctx.future(m.start(), m.end()) is True)


#: "of the 1980s", "of the '80s", "of the nineties", "of the decade", "of the century",
#: "of the month", "of this week": a half or quarter of a period other than a year is a
#: share of that period, no calendar half-year or quarter (a calendar half or quarter is
#: one of a year's; the period after "of" keeps its own value)
_OF_NOT_YEAR = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:this|that|last|next|same|previous|following)\s+)?"
    r"(?:(?:19|20)\d0['’]?s|['’]\d0s|(?:twen|thir|for|fif|six|seven|eigh"
    r"|nine)ties|decade|century|\d\d?(?:st|nd|rd|th)\s+century"
    r"|month|week|weekend|day|night|morning|afternoon|evening)\b", re.I)


def norm_weekday_around(m: re.Match[str], ctx: Context) -> Value | None:
    """"(On Jan. 5 ...) the Friday before" / "the Friday after": the first such weekday
    before (after) the day last told, else the report's date, as "the day before" is."""
    base = ctx.anchor or ctx.published
    if base is None:
        return None
    day = D.weekday_step(base, D.WEEKDAYS[m["wd"].lower()], m["dir"].lower() == "after")
    return day.isoformat(), P.DAY, "DATE"


def norm_quarter(m: re.Match[str], ctx: Context) -> Value | None:
    if not (m["y"] or m["y1"] or m["y2"] or m["ry"] or m["ry1"]) and (
            share_of_thing(m.string, m.end()) or _OF_NOT_YEAR.match(m.string, m.end())):
        return None  # "the first half of the match", "of the 1980s", "of the month"
    half = m.group(0).lower().rstrip().endswith("half") or "half of" in m.group(0).lower()
    final = m["q"].lower() in ("final", "last")
    q = (2 if half else 4) if final else _ordinal(m["q"])
    if half and q > 2:
        return None
    year_text = m["y"] or m["y1"] or m["y2"]
    rel = (m["rel"] or "").lower().split()
    rel_year = (m["ry"] or m["ry1"] or "").lower().split()
    if year_text:
        year = int(year_text)
    elif rel_year and ctx.ref is not None:  # "last year's fourth quarter"
        year = ctx.ref.year + _YEAR_STEP.get(rel_year[-1], 0)
    elif ctx.ref is None:
        return (f"XXXX-{'H' if half else 'Q'}{q}", P.QUARTER, "DATE")
    elif rel and rel[-1] in ("last", "past", "previous", "prior"):
        year = ctx.ref.year - 1
    elif rel and rel[-1] in ("next", "coming"):
        year = ctx.ref.year + 1
    else:
        # Tense picks the year, as for a bare month: a quarter not yet begun in a past
        # clause is last year's; one over before the last one in a future clause
        # ("expects to close in the first quarter", said in November) is next year's.
        # The quarter just ended stays this year's: its results are still to be
        # reported ("expects to report a loss for the third quarter", in October).
        year = ctx.ref.year
        current = D.quarter_of(ctx.ref) if not half else (ctx.ref.month - 1) // 6 + 1
        future = _fut(m, ctx)
        if not half and current == 1 and q == 4:  # told in the first quarter, "the
            year -= 1  # fourth quarter" is the one just ended, whatever the tense
        elif q > current and not future:
            year -= 1
        elif q < current - 1 and future:
            year += 1
    if half:
        return f"{year}-H{q}", P.YEAR, "DATE"
    ended = quarter_ended(m.string, m.end(), ctx.ref, _fut(m, ctx) is True) if (
        ctx.ref and not m["y"]) else None
    year, q = ended or (year, q)
    told = year_after(m.string, m.end()) if not (year_text or rel_year or ended) else None
    if told is not None and ctx.ref is not None:
        # "the third quarter last year": the year told after it; a quarter a year back
        # is a comparison, not the quarter the report is about
        year = {"abs": told[1], "ago": year + told[1]}.get(told[0], ctx.ref.year + told[1])
        return f"{year}-Q{q}", P.QUARTER, "DATE"
    ctx.name_quarter((year, q), m.start())
    return f"{year}-Q{q}", P.QUARTER, "DATE"


def norm_month_quarter(m: re.Match[str], ctx: Context) -> Value | None:
    """"the September quarter": the calendar quarter of that month, in the year a bare
    month would take."""
    month = D.MONTHS[m["mo"].lower().rstrip(".")]
    q = (month - 1) // 3 + 1
    year = bare_month_year(month, m, ctx)
    if year is None:
        return f"XXXX-Q{q}", P.QUARTER, "DATE"
    ctx.name_quarter((year, q), m.start())
    return f"{year}-Q{q}", P.QUARTER, "DATE"


def norm_q_short(m: re.Match[str], ctx: Context) -> Value | None:
    if m["h"]:
        return f"{m['y']}-{m['h']}", P.YEAR, "DATE"
    ctx.name_quarter((int(m["y"]), int(m["q"])), m.start())
    return f"{m['y']}-Q{m['q']}", P.QUARTER, "DATE"


#: A period longer than a quarter named in a sentence: there a year-ago comparison is
#: with that period, so with the year ("For the nine months, ... the 1988 period",
#: "Fiscal 1989 net rose from a year earlier", "full-year sales").
LONGER_PERIOD = re.compile(
    r"(?i:\b(?:nine|six|twelve|9|6|12)[\s-]+months?\b|\b(?:first|second)[\s-]+half\b"
    r"|\byear[\s-]+to[\s-]+date\b|\bfor\s+the\s+(?:full\s+|fiscal\s+)?year\b"
    r"|\bfiscal\s+(?:19|20)\d\d\b|\bfull[\s-]+year\b|\bannual\b)")


def norm_rel_quarter(m: re.Match[str], ctx: Context) -> Value | None:
    base = quarter_told(ctx, m.string, m.start())
    if base is None and ctx.ref is not None:
        base = D.add_quarters(ctx.ref.year, D.quarter_of(ctx.ref), -1)
    if base is None:
        return None, P.QUARTER, "DATE"
    text = m.group(0).lower()
    year = m["y"] or m["y2"]
    sentence = m.string[max(0, m.string.rfind(". ", 0, m.start()) + 1):m.start()]
    if text.endswith("period") and LONGER_PERIOD.search(sentence):
        return str(int(year) if year else base[0] - 1), P.YEAR, "DATE"
    if year:  # "the 1988 quarter", "the comparable period of 1988": the quarter the
        return f"{year}-Q{base[1]}", P.QUARTER, "DATE"  # report is about, in that year
    if any(w in text for w in ("latest", "recent", "ended", "completed")):
        return f"{base[0]}-Q{base[1]}", P.QUARTER, "DATE"
    return f"{base[0] - 1}-Q{base[1]}", P.QUARTER, "DATE"


def norm_decade(m: re.Match[str], ctx: Context) -> Value | None:
    if m["y"] or m["ys"]:
        return (m["y"] or m["ys"])[:3], P.DECADE, "DATE"
    yy = int(m["yy"])
    century = 19 if ctx.ref is None or yy > ctx.ref.year % 100 else ctx.ref.year // 100
    return f"{century}{yy // 10}", P.DECADE, "DATE"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def norm_decade_word(m: re.Match[str], ctx: Context) -> Value | None:
    return f"19{_DECADE_WORDS[m['w'].lower()]}", P.DECADE, "DATE"


def norm_century(m: re.Match[str], ctx: Context) -> Value | None:
    n = _ordinal(m["n"]) if not m["n"].lower().startswith("twenty-") else 21
    return (f"{n - 1:02d}", P.DECADE, "DATE") if 1 <= n <= 21 else None


def norm_year(m: re.Match[str], ctx: Context) -> Value | None:
    return _year_value(int(m["y"]), m["mod"], ctx)


def _year_value(year: int, modifier: str | None, ctx: Context) -> Value | None:
    if ctx.ref is not None and year > ctx.ref.year + 30:
        return None
    mod = (modifier or "").lower()
    if "first half" in mod:
        return f"{year}-H1", P.YEAR, "DATE"
    if "second half" in mod or "last half" in mod or "latter half" in mod:
        return f"{year}-H2", P.YEAR, "DATE"
    return str(year), P.YEAR, "DATE"


def norm_spoken_year(m: re.Match[str], ctx: Context) -> Value | None:
    """"nineteen ninety-four"; "the year two thousand" (a bare "two thousand" counts)."""
    if m["y"].lower().startswith("two") and "year" not in (m["mod"] or "").lower():
        return None
    year = D.year_number(m["y"])
    return _year_value(year, m["mod"], ctx) if year else None
