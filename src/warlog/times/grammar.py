"""The grammar of English time expressions: one regular expression per kind of phrase.

Each :class:`Rule` pairs a pattern with the name of the normaliser (a ``norm_``
function of a topic module, :mod:`warlog.times.normalise` gives the contract) that
turns a match into a TimeML value. Patterns are
case-sensitive where capitals carry meaning (month and weekday names, so that "may"
and "march" the verbs are not dates) and case-insensitive elsewhere.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from warlog.numbers.words import WORD_NUMBER

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)(?![a-z])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
#: A weekday's possessive whose apostrophe the text lost ("Saturdays attack", "Mondays
#: raid", as scraped copy writes "Saturday's"): the "s" straight before a lower-case word
#: that may head a noun phrase; the plural of habit ("open Sundays", "on Sundays and
#: holidays", "Fridays are quiet") stands before a function word or none.
LOST_POSSESSIVE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=s\s+(?!(?:and|or|but"
    r"|nor|the|a|an|to|of|in|on|at|for|with|from|by|as|is|are|was|were|be|been|will|would"
    r"|can|could|may|might|must|should|only|too|also|through|until|till|when|while|before"
    r"|after|during|since|this|that|these|those|there|here|so|then|not|no|each|every|all"
    r"|he|she|it|they|we|you|his|her|its|their|our|my|your|off|except|including|which"
    r"|who|where|until|per|than|into|onto|over|under|against|between|among|around)\b)"
    r"[a-z]{3,})")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d|,\d)"
#: A day of the month said as an ordinal, as broadcast transcripts write it: "March
#: eighth", "February twenty-third", "the fifth of March".
SPOKEN_DAY = (
    r"(?i:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth)(?![\w-])"
)
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#: A year read aloud, as broadcast transcripts write it: "nineteen ninety-four",
#: "nineteen oh five", "eighteen hundred", "two thousand", "two thousand and one".
SPOKEN_YEAR = (
    rf"(?i:(?:nineteen|eighteen)[\s-]+(?:hundred|oh[\s-]+{_ONES}|{_TEENS}"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+{_ONES})?)"
    rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TEENS}|{_ONES}))?)(?![\w-])"
)
PART = r"(?i:morning|afternoon|evening|night)"
EDGE = r"(?<![\w$£€.,/-])"  # a number may not continue something before it
COUNT = rf"(?:\d{{1,3}}|{WORD_NUMBER}|(?i:a|an|one))"
UNIT = r"(?i:(?:second|minute|hour|day|week|month|quarter|year|decade|century)s?|centuries)"
REL = (
    r"(?i:last|next|this|coming|the\s+(?:past|previous|prior|preceding|coming|current|following"
    r"|next|last|same|latest)|this\s+(?:past|coming)|that(?:\s+same)?|the\s+same|earlier\s+this"
    r"|later\s+this|early\s+this|late\s+this|earlier\s+that|later\s+that|early\s+next"
    r"|late\s+next|early\s+last|late\s+last|later\s+next|earlier\s+last)"
)
CAL_UNIT = r"(?i:day|week(?:end)?|month|quarter|year|decade|century)"
SEASON = r"(?i:spring|summer|fall|autumn|winter)"
#: "the final quarter", "the last quarter of 1989": the fourth (the last half: the second)
ORD_Q = (r"(?i:first|second|third|fourth|1st|2nd|3rd|4th|final"
         r"|last(?=[\s-]+(?:quarter|half)\s+of\s))")
#: Words after a number that make it a count, not a year ("2000 people").
COUNTED = (
    r"(?:people|persons|civilians|soldiers|troops|fighters|militants|rebels|insurgents|men"
    r"|women|children|refugees|families|homes|houses|residents|members|police|policemen"
    r"|officers|workers|prisoners|detainees|dead|killed|wounded|injured|casualties|rockets"
    r"|missiles|shells|bombs|more|other|others|of\s+(?:them|whom|the)|in\s+total)\b"
)
FISCAL = r"(?i:fiscal|financial|calendar)"
RELYEAR = (r"(?i:last|this|next|the\s+previous|the\s+prior|the\s+following|the\s+current"
           r"|the\s+last|the\s+past|this\s+past)")
MOD = r"(?i:early|late|mid|the\s+(?:middle|beginning|start|end|turn|(?:first|second|last|latter)\s+half)\s+of)"


#: After "before"/"after": no event follows, so the word is an adverb ("a day after,",
#: "the Friday before and ...") and the phrase a date. Any word that may open a noun
#: phrase or a clause makes "after" a preposition or a conjunction ("a day after police
#: arrested ...", "a day after dozens of children were killed", "a day after deadly
#: strikes"), and the phrase a length before that event (TimeML: a DURATION, "after" a
#: signal), not a step from the date last told: only punctuation, the end, or a word
#: that joins or places the adverb's clause may follow.
_NO_EVENT = (r"(?![\w-])(?=\s*(?:$|[^\w\s'’\"“]|(?i:and|or|but|then|when|while|in"
             r"|yesterday|tomorrow)\b))")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # the normaliser's name in find.NORMALISERS
    pattern: re.Pattern[str]
    needs: frozenset[str]  # keyword classes (see KEYWORD_CLASSES) one of which it contains
    # strings one of which every match holds, in lower case (see _HOLDS); () for none
    holds: tuple[str, ...] = ()

    def may_match(self, window: str) -> bool:
        """False when ``window`` (lower-cased) holds none of :attr:`holds`: no match of
        the rule can lie in it."""
        return not self.holds or any(h in window for h in self.holds)


#: Keyword classes: a rule runs only where a word of one of its classes occurs.
KEYWORD_CLASSES: dict[str, str] = {
    **{w: "month" for w in ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]},
    **{w: "weekday" for w in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]},
    **{w: "season" for w in ["spring", "summer", "fall", "autumn", "winter"]},
    **{w: "unit" for w in ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "period", "decade", "decades", "century", "centuries", "year-end", "year-earlier", "year-ago"]},
    **{w: "quarter" for w in ["quarter", "quarters", "half", "third-quarter", "first-quarter", "second-quarter", "fourth-quarter", "q1", "q2", "q3", "q4", "h1", "h2"]},
    **{w: "decade_word" for w in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]},
    **{w: "spoken" for w in ["nineteen", "eighteen", "thousand"]},
    # "year's" is left to the unit class (the holiday rule runs on units too): a unit's
    # possessive names the period itself ("last year's results" is last year), and
    # "New Year's" still finds its holiday
    **{w: "holiday" for w in ["christmas", "thanksgiving", "easter", "valentine's", "halloween"]},
    **{w: "day_word" for w in ["today", "yesterday", "tomorrow", "tonight"]},
    **{w: "part" for w in ["morning", "afternoon", "evening", "night"]},
    **{w: "elided" for w in ["last", "next"]},
    **{w: "ref" for w in ["now", "nowadays", "current", "currently", "present", "presently", "recent", "recently", "lately", "previously", "formerly", "past", "future", "soon", "earlier", "someday"]},
}
_NEEDS: dict[str, str] = {
    "iso": "digit", "numeric": "digit", "day_slash": "digit", "clock_day": "weekday", "month_day": "month",
    "day_month": "month", "day_pair": "month", "year_pair": "digit", "month_year": "month", "rel_month": "month", "month": "month",
    "season_year": "season", "season": "season", "quarter": "quarter", "q_short": "quarter", "month_quarter": "month",
    "rel_quarter": "quarter unit digit", "decade": "digit", "decade_word": "decade_word",
    "century": "unit", "year": "digit", "short_year": "digit", "spoken_year": "spoken", "holiday": "holiday unit weekday", "day_word": "day_word",
    "this_part": "part", "weekday": "weekday", "weekday_nth": "weekday", "weekday_around": "weekday", "year_ago": "unit", "half_ago": "unit", "year_end": "unit", "ago": "unit quarter", "weeks_weekday": "weekday day_word unit", "in_units": "unit quarter",
    "rel_unit": "unit quarter", "anchor_day": "unit part", "duration": "unit quarter",
    "ref": "ref unit", "nth_day": "unit", "earlier": "ref", "ordinal_day": "digit", "elided": "elided", "the_unit": "unit quarter", "said_unit": "unit", "clock": "digit",
}


@functools.lru_cache(maxsize=1 << 16)
def keyword_class(word: str) -> str | None:
    """The keyword class of one word of text (None for most words); kept per word, since
    the same words recur in every text."""
    w = word.lower()
    if any(c.isdigit() for c in w):
        return "quarter" if re.fullmatch(r"[qh][1-4]", w) else "digit"
    return KEYWORD_CLASSES.get(w) or KEYWORD_CLASSES.get(w.rstrip("s'’")) \
        or KEYWORD_CLASSES.get(w.split("-")[-1]) or KEYWORD_CLASSES.get(w.split("-")[0])


#: What every match of a rule must hold, read off its pattern: an ISO date its hyphens,
#: a numeric date its slashes or dots, a decade "0s" ("1990s", "'90s") or "0's", a clock
#: time "am" or "pm" (dotted or not). Lower case, sought in the lower-cased window:
#: lower-casing keeps every ASCII character a match needs, so a window without one of
#: these holds no match, and the rule need not be run over it. Only rules whose every
#: alternative holds one (not "weeks_weekday": "the Saturday before last" has no "week").
_HOLDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",), "numeric": ("/", "."), "day_slash": ("/",),
    "decade": ("0s", "0'", "0’"), "clock": ("am", "pm", "a.m", "p.m"),
}


def _r(name: str, pattern: str) -> Rule:
    # Phrases start at a word start: saying so first lets the engine skip the other
    # positions at once instead of trying every alternative there.
    return Rule(name, re.compile(r"(?<![\w'’])(?=[\w'])(?:" + pattern + ")"),
                frozenset(_NEEDS[name].split()), _HOLDS.get(name, ()))


#: Rules in priority order: at one start position the longest match wins, and among
#: equally long matches the earlier rule.
RULES: tuple[Rule, ...] = (
    _r("iso", rf"{EDGE}(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
    _r("numeric", rf"{EDGE}(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{YEAR})(?![\d/])"),
    # "in the afternoon of 15/11", "on 3/04": day/month without a year, only after
    # "of"/"on" (so never a fraction or a score)
    _r("day_slash", r"(?<=\b(?:of|on) )(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![\d/.,]\d|[\d/])(?!\s+of\b)"),
    _r("clock_day",
       rf"{EDGE}(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s*(?P<ap>[ap])\.?m\.?(?:\s+[A-Z]{{2,4}})?"
       rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY}))"),
    _r("month_day",
       rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mo>{MONTH})(?:\s+|(?<=\.))"
       rf"(?P<d>(?:(?i:the)\s+)?(?:{DAY}|{SPOKEN_DAY}))"
       rf"(?:,?\s+(?P<y>{YEAR}))?"),
    _r("day_pair",
       rf"{EDGE}(?P<d1>{DAY})(?:\s+(?P<mo1>{MONTH}))?\s*(?:-|–|and|to|&)\s*(?P<d>{DAY})\s+"
       rf"(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    _r("year_pair",
       rf"{EDGE}(?P<y1>{YEAR})\s*(?:-|–|to|and)\s*(?P<y2>{YEAR}|\d\d)(?![\d%])"),
    _r("day_month",
       rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{EDGE}(?P<d>{DAY})(?:\s+of)?|(?:(?i:the)\s+)?"
       rf"(?P<sd>{SPOKEN_DAY})\s+of)\s+"
       rf"(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    _r("month_year",
       rf"(?:(?P<mod>{MOD})[\s-]+)?(?P<mo>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR})"),
    _r("rel_month", rf"(?P<rel>{REL})\s+(?P<mo>{MONTH})"),
    _r("month", rf"(?:(?P<mod>{MOD})[\s-]+)?(?P<mo>{MONTH})"),
    _r("season_year",
       rf"(?:(?P<mod>{MOD})[\s-]+)?(?:(?i:the)\s+)?(?P<s>{SEASON})\s+(?:of\s+)?"
       rf"(?P<y>{YEAR}|{SPOKEN_YEAR}|['’]\d\d(?![\d'’]|s\b))"),
    _r("season",
       rf"(?:(?P<rel>{REL})\s+)?(?:(?P<mod>{MOD})[\s-]+)?(?P<s>{SEASON})(?![\w-])"),
    # "the third quarter", "fiscal 1990's first quarter", "last year's fourth quarter",
    # "the first half of next year": the year named before or after belongs to it
    _r("quarter",
       rf"(?i:the\s+)?(?:(?P<y1>{YEAR})(?:'s)?\s+|(?P<ry1>{RELYEAR})\s+(?:{FISCAL}\s+)?year's\s+)?"
       rf"(?:{FISCAL}\s+(?:(?P<y2>{YEAR})(?:'s)?\s+)?)?(?P<rel>{REL}\s+)?(?P<q>{ORD_Q})"
       rf"[\s-]+(?:{FISCAL}\s+)?(?i:quarter|half)(?:\s+(?i:of)\s+(?:(?:{FISCAL}\s+)?"
       rf"(?P<y>{YEAR})|(?i:the\s+year)|(?P<ry>{RELYEAR})\s+(?:{FISCAL}\s+)?(?i:year)))?"),
    # "the September quarter": the quarter a month falls in (its closing month, in use)
    _r("month_quarter", rf"(?i:the\s+)?(?P<mo>{MONTH})[\s-]+(?i:quarter)(?![\w-])"),
    _r("q_short", rf"\b(?:Q(?P<q>[1-4])|(?P<h>H[12])),?\s*(?P<y>{YEAR})\b"),
    # the reported quarter a year before: "the year-ago quarter", "the same period last
    # year", "the comparable quarter a year earlier", "the prior-year period"
    _r("rel_quarter",
       r"(?i:(?:the\s+)?(?:(?:year[\s-]+(?:ago|earlier|before)|prior[\s-]+year)(?:\s+(?:first"
       r"|second|third|fourth))?\s+(?:quarter|period)|(?:(?:same|corresponding|comparable|like)"
       r"\s+|(?<=the\s))(?:quarter|period|three\s+months)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year"
       r"\s+(?:ago|earlier|before)|the\s+(?:previous|prior|preceding)\s+year)"
       r"|(?:last|the\s+(?:previous|prior|preceding))\s+year's\s+(?:(?:same|corresponding"
       r"|comparable|like)\s+)?(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)"
       r"|(?:latest|most\s+recent|(?:just|recently)[\s-]+(?:ended|completed))\s+"
       r"(?:(?:fiscal|financial)\s+)?(?:quarter|period)"
       r"|(?:same|corresponding|comparable|like)\s+(?:quarter|period)\s+(?:of|in)\s+"
       r"(?P<y2>(?:19|20)\d\d)"
       r"|the\s+(?:(?:same|corresponding|comparable|like)\s+)?(?P<y>(?:19|20)\d\d)"
       r"\s+(?:quarter|period))(?![\w-]))"),
    # "the 1990's": the plural with an apostrophe, as many papers wrote it, after "the"
    # (without it, "1990's budget" is the year's)
    _r("decade",
       r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?:(?P<y>1[6-9]\d0|20\d0)s"
       r"|'(?P<yy>\d0)s)(?![\w])"
       r"|(?i:the)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<ys>1[6-9]\d0|20\d0)['’]s(?![\w'’])"),
    _r("decade_word",
       r"(?i:the\s+(?:(?:early|late|mid)[\s-]+)?(?:nineteen[\s-]+)?(?P<w>twenties|thirties"
       r"|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    _r("century",
       r"(?i:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth"
       r"|twenty-first))[\s-]+(?i:century)"),
    # a number after a page's share widget ("Get short URL 1721") counts views, no year
    # "fiscal 1990", "the fiscal year 1990", "FY2016": a fiscal year is named by its year
    _r("year", rf"(?:(?P<mod>{MOD}|(?i:(?:the\s+)?(?:fiscal|financial|calendar)(?:\s+year)?"
               rf"|the\s+year))[\s-]+|(?-i:FY)[\s-]?|{EDGE})"
               rf"(?<!URL\s)(?P<y>{YEAR})(?!\s*(?:%|(?i:percent|per\s+cent)))(?!\s+{COUNTED})"),
    # "in '97", "the summer of '96": a year by its last two digits, after a word that
    # takes a year (else "'97" may be a quotation)
    _r("short_year", r"['’](?P<yy>\d\d)(?![\d'’]|s\b)"),
    # a year read aloud; "two thousand" only after "the year" (else it is a count)
    _r("spoken_year",
       rf"(?:(?P<mod>{MOD}|(?i:fiscal|the\s+year|calendar))[\s-]+)?(?P<y>{SPOKEN_YEAR})"
       rf"(?!\s+{COUNTED})"),
    _r("holiday",
       r"(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?"
       r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
       r"|Valentine's\s+Day|Halloween|St\.?\s+Patrick's\s+Day|Boxing\s+Day|Armistice\s+Day"
       r"|Veterans'?\s+Day|Bastille\s+Day|May\s+Day|(?:International\s+)?Women's\s+Day"
       r"|Labou?r\s+Day|Memorial\s+Day|Election\s+Day|Columbus\s+Day|Presidents'?\s+Day"
       r"|(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+Day|Independence\s+Day"
       r"|Mother's\s+Day|Father's\s+Day)(?![\w'’])"
       # "Christmas week", "the Thanksgiving weekend": the week that holds the day
       r"(?P<wk>\s+(?i:week|weekend)(?![\w'’-]))?"
       rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s+(?:tree|card|gift|present|market|season))"),
    _r("day_word",
       rf"(?:(?P<mod>(?i:early|late))\s+)?(?P<two>(?i:the\s+day\s+(?:before|after))\s+)?"
       rf"(?P<w>(?i:today|yesterday|tomorrow|tonight))"
       rf"(?:\s+(?P<part>{PART}))?"),
    _r("clock",
       rf"{EDGE}(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?"),
    _r("this_part", rf"(?P<rel>(?i:this|last|that))\s+(?P<part>{PART})"),
    # "Friday the 13th", "Monday, the 19th": the day of a month, its weekday told with it
    _r("weekday_nth", rf"(?P<wd>{WEEKDAY}),?\s+(?i:the)\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])"
                      r"(?:st|nd|rd|th))(?![\w-])(?!\s+(?:of\b|[A-Z]))"),
    # "(On Jan. 5 ...) the Friday before": a weekday counted from the day last told, as
    # "the day before" is (not before an event: "the Friday before the vote")
    _r("weekday_around", rf"(?i:the)\s+(?P<wd>{WEEKDAY})\s+(?P<dir>(?i:before|after))"
                         + _NO_EVENT),
    _r("weekday",
       rf"(?:(?P<rel>(?i:early|late|last|next|this|this\s+coming|this\s+past|the\s+following"
       rf"|the\s+previous|the\s+next|that))\s+)?(?P<wd>{WEEKDAY}|{LOST_POSSESSIVE})(?:'s|s)?"
       rf"(?:\s+(?P<part>{PART}))?"),
    # "a year before" as "a year earlier", unless an event follows ("a year before the war")
    # "year-end", "year's end", "around year end": the closing month of the year; a year
    # told after it is its year ("at year-end 1997"), as after a month ("December 1997")
    _r("year_end", r"(?i:(?:(?P<rel>this|last|next)\s+)?year(?:'s\s+|[\s-])end)(?![\w-])"
                   r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?"),
    # "a year and a half ago", "two and a half years ago", "half a year ago", "2 1/2
    # years ago": a count of half units back from the report
    _r("half_ago",
       rf"(?i:(?:(?P<n>{COUNT})\s+(?P<u>years?|months?)\s+and\s+a\s+half"
       rf"|(?P<n2>{COUNT})\s+and\s+a\s+half\s+(?P<u2>years|months)"
       r"|(?P<n3>\d{1,2})\s*(?:1/2|½)\s+(?P<u3>years|months)"
       r"|half\s+an?\s+(?P<u4>year|month))\s+ago)(?![\w-])"),
    _r("year_ago", r"(?i:(?:(?P<w>a|one)[\s-]+)?year[\s-]+(?:ago|earlier|before"
                   + _NO_EVENT + "))"),
    _r("ago",
       rf"(?i:(?P<n>{COUNT}|several|a\s+few|few|many|some|a\s+couple\s+of)"
       # a night counts as the day it falls in, as "last night" is yesterday's
       rf"(?:\s+or\s+(?:so|more|two|three))?)\s+(?P<u>{UNIT}|(?i:nights?))(?:\s+or\s+so)?\s+"
       r"(?P<dir>(?i:ago|earlier|later|(?:before|after)" + _NO_EVENT
       + r"|previously|afterwards?|hence|from\s+now))"),
    # "a week ago Saturday", "two weeks from Monday": the weekday moved by whole weeks
    _r("weeks_weekday",
       rf"(?i:(?P<n>{COUNT})\s+weeks?\s+(?P<dir>ago|from))\s+(?P<wd>{WEEKDAY})"
       # "the Tuesday before last": a week before the latest Tuesday
       rf"|(?:(?i:the)\s+)?(?P<wd2>{WEEKDAY})\s+(?i:before\s+last)(?![\w-])"
       # "a year ago today", "a month ago yesterday": the day named, that far back; "a
       # year ago this month": the month named, that far back
       rf"|(?i:(?P<n2>{COUNT})\s+(?P<u>days?|weeks?|months?|years?)\s+(?:ago|(?P<fw>from))\s+"
       r"(?P<w>today|yesterday|tomorrow|this\s+(?P<tu>week|weekend|month)))(?![\w-])"),
    _r("rel_unit",
       rf"(?P<rel>{REL})\s+(?:(?P<n>{COUNT}|(?i:few|several))\s+)?(?:{FISCAL}\s+)?"
       rf"(?P<u>{CAL_UNIT}s?)(?![\w-])"),
    # "a day before" stands alone; before an event ("a year before the war") "before" is a
    # preposition and "a year" a length (TimeML: a DURATION and a signal), while "the day
    # after his death" still names a day; a night is the day it falls in ("the night
    # before" is the day before, as "the previous night" is; "the next morning" the day
    # after, a part of day keeping its day's value)
    _r("anchor_day",
       r"(?i:the\s+(?:day|night|week|month|year)\s+(?:before(?:\s+last(?![\w-]))?|after)|the\s+"
       r"(?:previous|prior|next|following|same|preceding)\s+(?:day|night|morning|afternoon"
       r"|evening|week|month|year)"
       r"|a\s+(?:day|week|month|year)\s+(?:earlier|later|(?:before|after)" + _NO_EVENT + "))"),
    # "It's the second day of an offensive": a day counted in a sequence, said of the
    # day the story stands on (the copula or "marks" says so)
    _r("nth_day",
       r"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bmarks\s)|(?<=\bmarked\s)|(?<=\b[Ii]t's\s))(?i:the\s+(?:second|third|fourth|fifth|sixth"
       r"|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+"
       r"|successive\s+)?day)(?![\w-])"),
    # "will be redeemed in five years": a point that far after the report, in a clause
    # that looks ahead (else the duration below)
    _r("in_units", rf"(?<=\b[Ii]n\s)(?P<n>{COUNT})[\s-]+(?P<u>{UNIT})(?![\w-])"),
    _r("duration",
       rf"(?:(?i:the\s+(?:past|last|next|first|previous|coming))\s+)?(?P<n>{COUNT}|(?i:several"
       rf"|a\s+few|few))[\s-]+(?P<u>{UNIT})(?![\w-])(?!\s+(?i:old))"),
    # "the future", "in future", and "future" alone, noun or adjective ("future
    # acquisitions", "a future in which"): time to come, as "current" and "recent" are
    # the present and the past (TimeML FUTURE_REF); not "the future of X", its prospects
    _r("ref",
       r"(?i:\b(?P<w>now|nowadays|currently|current|at\s+present|presently|these\s+days"
       r"|recently|recent|lately|previously|formerly|(?:in\s+)?the\s+past(?!\s+(?:\d|few|several"
       r"|fiscal|financial|calendar"
       r"|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?"
       r"|\w+\s+(?:hours|days|weeks|months|quarters|years)))"
       r"|(?:the\s+(?:near|nearer|foreseeable|immediate|distant|not\s+too\s+distant)\s+|the\s+|(?<=\b[Ii]n\s))"
       r"future(?!\s+of\b)|(?<!\bthe\s)(?<!\bin\s)(?-i:future)(?![\w-])(?!\s+of\b)"
       r"|(?:the\s+)?(?:days|weeks|months|years|decades)\s+(?:ahead|to\s+come)"
       r"|soon(?!\s+as\b)|as\s+soon\s+as\s+possible|some\s?day(?!\s+(?:last|this|next)\b)"
       r"|the\s+present(?:[\s-]+day)?(?![\w-])(?!\s+[a-z])|(?:the\s+)?(?:coming|recent|next\s+few"
       r"|past\s+few|last\s+few|coming\s+few)\s+(?:days|weeks|months|years|decades)"
       r"|the\s+(?:last|past)\s+(?:few|several)\s+(?:days|weeks|months|years|decades)"
       r"|(?:days|weeks|months|years|decades)\s+ago|long\s+ago)\b)"),
    _r("earlier", r"\b(?P<w>Earlier|Previously)\b"),
    # "on the 15th", "by the 3rd": a day of the month last told (else of the report's)
    _r("ordinal_day", r"(?i:the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))"
                      r"(?=\s*(?:[,.;:)]|and\b|$))"),
    # "this year as last", "this year and next": the unit left out after a comparison
    _r("elided", r"(?P<rel>last|next)(?![\w-])(?!\s+(?:(?i:the|a|an|of|one|time|few)\b"
                 r"|[A-Z]|\w+s\b))"),
    _r("the_unit",
       rf"(?i:the\s+(?P<full>(?:full|whole|entire)[\s-]+)?(?:{FISCAL}\s+)?"
       r"(?P<u>day|weekend|week|month|quarter|year))(?![\w-])"
       r"(?!\s+(?:before"
       r"|after|earlier|later|ago|in\s+which|that(?!\s+ended\s+(?:in\s+|on\s+)?(?:(?-i:[A-Z])|(?:19|20)\d\d\b))|when|to|the|two|nineteen|\d)\b)"
       r"(?<!day(?=\s+of))(?<!week(?=\s+of))(?<!month(?=\s+of))"
       # "the weekend of Feb. 7", "the weekend of the vote": the one of a date or an event
       r"(?<!weekend(?=\s+of))"),
    # "said over the weekend that ...": a "that" after a statement's date opens what was
    # said, not a relative clause on the unit ("the weekend that the war began")
    _r("said_unit", r"(?i:the\s+(?P<full>(?!))?(?P<u>weekend|week))(?=\s+that\b)"),
)
