"""The tense around a time expression: does a bare weekday, month or quarter lie before
or after the publication date? (:func:`tense_finder`, used by :mod:`warlog.times.find`.)

With spaCy's parse the governing verb decides; a sentence that partial parsing left
unparsed is read from its tags (the nearest verb group and its auxiliaries); without
either, cue words in the clause. Fixed readings come first: "since" looks back, a
deadline or a new date ("adjourned until Monday") ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warlog.nlp.parse import is_parsed
from warlog.times.reported import SAYING, said_on, told_before_report

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_CUES = re.compile(
    r"(?i:\b(?:will|shall|won't|wo|'ll|would|going\s+to|is\s+to|are\s+to|was\s+to|were\s+to"
    r"|expected|expects|scheduled|plans?\s+to|planned\s+to|due\s+to|(?:is|are)\s+due|set\s+to|intends?|hopes?\s+to"
    # a forecast told in the present ("prices are forecast to rise in November")
    r"|(?:is|are)\s+(?:forecast|projected|predicted|anticipated|slated)\s+to"
    r"|upcoming|ahead\s+of|next|as\s+(?:soon|early)\s+as|no\s+later\s+than|deadline)\b)"
)
_PAST_CUES = re.compile(
    r"(?i:\b(?:was|were|had|did|said|told|ago|last|earlier|(?<!\bbe\s)(?<!been\s)\w+ed|took|came|went|began|fell"
    r"|fled|hit|shot|struck|fought|held|left|met|made|gave|saw|found|broke|rose|led|ran|won"
    r"|lost|sent|brought|became|stood|spoke|wrote|drove|flew|threw|blew|sought|caught"
    r"|built|spent|heard|paid|laid|sold|stole|chose|spread|tore|seized|overran)\b)"
)
#: A plan or schedule in the past perfect, told as overtaken ("had been due to expire
#: Friday", "had planned to attack Monday"): the date it names is past.
_OVERTAKEN = re.compile(r"(?i:\b(?:had|'d)\s+(?:\w+ly\s+)?(?:been\s+)?(?:expected|scheduled"
                        r"|due|planned|set|supposed|intended|hoped|meant|slated)"
                        r"(?:\s+to\s+\w+)?)")
#: Verbs of telling that a source declines ("a spokesman would not comment Tuesday",
#: "police wouldn't identify the victims Monday"): the negated "would" of volition is the
#: past of "won't", a refusal that has happened, not a future.
_REFUSED = ("comment", "say", "confirm", "discuss", "elaborate", "disclose", "identify",
            "name", "release", "reveal", "specify", "speculate", "answer", "respond",
            "return", "divulge", "explain", "talk")
_REFUSAL = re.compile(r"(?i:\b(?:would\s+not|wouldn't|would\s+n't)\s+(?:\w+\s+)?"
                      rf"(?:{'|'.join(_REFUSED)})\w*)")
#: A date in a phrase of what came before ("since Oct. 23", "after the raid Monday", "after
#: an ambush Wednesday") names the earlier event the clause follows: it lies in the past.
#: An indefinite noun names an event that has happened, as a definite one does; a
#: pronoun subject ("after he arrives Monday") makes a clause, left to the tense.
_SINCE = re.compile(r"(?i:\b(?:since|ago|(?:after|following)\s+(?:the|an?))"
                    r"\s+(?:\S+\s+){0,2}$)")
#: verbs whose complement or object is a time to come: of intent, of plan, of forecast
#: ("are forecast to rise in November", "predicts a recovery in March")
_FUTURE_LEMMAS = frozenset({
    "will", "shall", "would", "expect", "schedule", "plan", "intend", "hope", "aim",
    "due", "set", "prepare", "promise", "vow", "threaten", "agree", "want", "seek", "go",
    "forecast", "predict", "project", "anticipate", "slate",
})


def _tense_from_text(text: str, start: int, end: int) -> bool | None:
    """Cue words in the clause before the expression: True future, False past, None."""
    left = text[max(0, start - 90):start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "))
    left = left[cut + 1:]
    right = text[end:end + 40].split(". ")[0]
    last_future = max((m.end() for m in _FUTURE_CUES.finditer(left)), default=-1)
    last_past = max((m.end() for rx in (_PAST_CUES, _REFUSAL, _OVERTAKEN)
                     for m in rx.finditer(left)), default=-1)
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
        if lowers & {"would", "'d"} and verb.lemma_ in _REFUSED and any(
                c.dep_ == "neg" for c in verb.children):
            return False  # "would not comment Tuesday": a refusal, told in the past
        if lowers & {"will", "shall", "'ll", "wo", "would", "'d"} or verb.lemma_ in ("due",):
            return True
        # "is due on Monday", "are due back Friday": a present "be" with "due" is a
        # schedule, like "is scheduled for" ("was due" looks back)
        if verb.tag_ in ("VBZ", "VBP") and any(
                c.lower_ == "due" and c.dep_ in ("acomp", "attr") for c in verb.children):
            return True
        if lowers & _NONPAST_MD and "have" not in lowers:
            return True
        if verb.tag_ == "VBN" and lowers & _PRESENT_BE and verb.lemma_ in _SCHEDULE_LEMMAS:
            return True
        if verb.tag_ in ("VBD", "VBN") and not lowers & {"is", "are", "be", "am"}:
            return False
        if lowers & {"did", "was", "were", "had"}:
            return False
        if "to" in lowers or (verb.tag_ == "VBG" and lowers & {"is", "are"}):
            head = verb.head
            if head.lemma_ in _FUTURE_LEMMAS and _overtaken(head):
                return False  # "had been due to expire Friday": a plan told as over
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
        if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and not kids and verb.head is not verb:
            verb = verb.head  # "began preparing Wednesday": an -ing complement takes the
            continue  # tense of the verb it completes
        return None
    return None


_FUTURE_MD = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
#: Modals of possibility and obligation ("may meet Monday", "should vote in March",
#: "must leave by Friday") with a plain infinitive speak of a time not yet past: only
#: their perfect ("might have met") looks back. "Can" and "could" are left out: "could"
#: is also the past of "can" ("could not reach him Monday").
_NONPAST_MD = frozenset({"may", "might", "should", "must", "ought"})


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
    negated = False
    j = verb.i - 1
    while j >= sent.start:
        t = doc[j]
        if t.tag_ == "MD" or t.lower_ in _BE_HAVE_DO:
            chain.append(t)
        elif not (t.tag_ == "RB" or t.lower_ in ("not", "n't")):
            break
        negated = negated or t.lower_ in ("not", "n't")
        j -= 1
    if not chain:
        return _UNSET
    finite = chain[-1]  # the leftmost auxiliary carries the tense
    if finite.lower_ in ("would", "'d") and negated and verb.lemma_ in _REFUSED:
        return False  # "wouldn't say Monday": a refusal, told in the past
    if finite.tag_ == "MD":
        perfect = any(t.lower_ == "have" for t in chain)
        if finite.lower_ in _FUTURE_MD or (finite.lower_ in _NONPAST_MD and not perfect):
            return True
        return False if perfect else None
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
            return tok.lower_ in _FUTURE_MD | _NONPAST_MD or None
        if tok.tag_ == "TO" and tok.i > 0 and tok.doc[tok.i - 1].lemma_ in _FUTURE_LEMMAS:
            # "agreed to purchase ... in February", "plans to"; not a plan told as over
            return not _overtaken(tok.doc[tok.i - 1])  # ("had planned to")
        if tok.tag_ == "TO" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in _PRESENT_BE:
            return True  # "is to leave Saturday": the present "be to" of a plan looks
            # ahead, as the parsed reading has it
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
        if tok.lemma_ in _FUTURE_LEMMAS - {"set", "go"} and tok.tag_ in ("VBZ", "VBP", "VBG") \
                and not _completes_a_verb(tok):
            return True
    return None


def _overtaken(tok: Token) -> bool:
    """A word of intent or schedule in the past perfect ("had planned", "had been due",
    "had been expected"): the plan is told from a time after it, as overtaken, so the
    date it names is past ("it had been due to expire Friday", said on Monday)."""
    j = tok.i - 1
    while j >= tok.sent.start and (tok.doc[j].lower_ in ("been", "not", "n't")
                                   or tok.doc[j].tag_ == "RB"):
        j -= 1
    return (j >= tok.sent.start and tok.doc[j].lower_ in ("had", "'d")
            and tok.tag_ in ("VBN", "JJ") and tok.lemma_ in _PLAN_LEMMAS)


#: Words of a plan or schedule (not of a promise or an agreement, whose act may be
#: over while what was agreed still lies ahead: "had agreed to meet Monday").
_PLAN_LEMMAS = frozenset({"expect", "schedule", "due", "plan", "set", "intend", "hope",
                          "slate", "suppose", "mean"})


def _dated_noun(tok: Token) -> Token | None:
    """The noun a date hangs on, directly or through a preposition ("an attack on
    Monday"): the date dates that thing, not the clause's act."""
    head = tok.head.head if tok.head.dep_ == "prep" and tok.head is not tok else tok.head
    return head if head is not tok and head.pos_ in ("NOUN", "PROPN") else None


def _own_clause(noun: Token | None, tok: Token) -> Token | None:
    """The verb of a relative clause on that noun after the date ("an attack on Thursday
    that killed four officers"): it tells when the thing happened, whatever the clause the
    noun stands in ("is expected to retaliate for")."""
    return next((c for c in noun.children if c.dep_ == "relcl" and c.i > tok.i), None) \
        if noun is not None else None


def _completes_a_verb(tok: Token) -> bool:
    """An -ing form right after a verb other than "be" is its complement and takes its
    tense: "began preparing Wednesday" is past, though "preparing" looks ahead."""
    if tok.tag_ != "VBG" or tok.i == tok.sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.tag_.startswith("VB") and prev.lemma_ != "be"


#: A deadline or a new date: "postponed until Friday", "gave them until 9 a.m. Tuesday",
#: "asked Sudan to hand them over by Friday" lie ahead of the act that sets them.
_DEADLINE = re.compile(
    r"(?i:\b(?:postpon\w*|delay\w*|adjourn\w*|defer\w*|put\s+off|push\w*\s+back|extend\w*"
    r"|recess\w*|gave|give[sn]?|giving|ask\w*|order\w*|demand\w*|urg\w*|deadline\w*)\b"
    r"[^.;:!?]{0,80}?\b(?:until|till|by)\s+$"
    # an open deadline: "Iraq has until Tuesday to comply"
    r"|\b(?:has|have|having)\s+(?:only\s+)?(?:until|till)\s+$"
    # a date an act sets for an event: "called a meeting for Tuesday", "moved the vote
    # to Friday", "a session has been called for Monday" (not "a memorial planned for
    # Saturday was canceled": a participle alone names the plan, not the act)
    r"|\b(?:call(?:s|ed|ing)?|set(?:s|ting)?|schedul\w*|reschedul\w*|announc\w*"
    r"|mov(?:e|es|ed|ing)|fix(?:es|ed|ing)?|plan(?:s|ned|ning)?)\s+(?:(?:a|an|the|its|their"
    r"|his|her|new|fresh|special|emergency)\s+)+\w+(?:\s+\w+)?\s+(?:for|to)\s+$"
    r"|\b(?:has|have)\s+been\s+(?:called|set|scheduled|rescheduled|moved|fixed)\s+(?:for|to)\s+$"
    # a time not before which it happens: "the report isn't due until Tuesday"
    r"|\b(?:is|are|isn't|aren't)\s+(?:not\s+)?due\s+(?:\w+\s+)?(?:until|till|before)\s+$)")


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_to(span: Span) -> bool:
    """A clause with no finite verb whose subject is followed by "to" and a verb
    ("Clinton to visit China Tuesday") is the headline's future: it looks ahead."""
    sent = span.sent
    if any(t.tag_ in _FINITE_TAGS for t in sent):
        return False
    doc = span.doc
    return any(t.tag_ == "TO" and t.i > sent.start and doc[t.i - 1].tag_.startswith("NN")
               and t.i + 1 < span.start and doc[t.i + 1].tag_ == "VB"
               for t in doc[sent.start:span.start])


#: Words before an event that is still awaited: "ahead of Sunday's vote", "in advance of
#: Sunday's vote", "until Monday's deadline", "the upcoming Sunday's poll".
_AWAITED = re.compile(r"(?i:\b(?:ahead\s+of|in\s+advance\s+of|until|till|await\w*|upcoming"
                      r"|prepar\w*\s+for|run-up\s+to)\s+(?:the\s+)?$)")
#: "Before" orders two events without saying which side of today either lies ("before
#: Monday's deadline" ahead, "before Monday's attack the town was quiet" back): the
#: clause's tense decides.
_BEFORE = re.compile(r"(?i:\bbefore\s+(?:the\s+)?$)")
#: A weekday's possessive with its apostrophe lost ("Saturdays attack", the times
#: grammar's ``LOST_POSSESSIVE``): one token to the parser, no "'s" to tag.
_LOST_POSSESSIVE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days$")
#: "in two weeks' time": a possessive of measure (the time two weeks take), no event
_MEASURE = re.compile(r"['’]s?\s+time\b", re.I)


def tense_finder(text: str, sdoc: Doc | None,
                 published: dt.date | None = None) -> Callable[[int, int], bool | None]:
    def future(start: int, end: int) -> bool | None:
        if _SINCE.search(text, max(0, start - 40), start):
            return False  # "since Oct. 23", "in the weeks after the Oct. 23 slaying"
        if _DEADLINE.search(text, max(0, start - 120), start):
            return True
        if sdoc is not None:
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                if said_on(span):
                    return False
                if is_parsed(span.sent) and told_before_report(span, published, SAYING):
                    return False  # "said Monday the talks would resume Wednesday"
                if _headline_to(span):
                    return True
                if (any(t.tag_ == "POS" for t in span.doc[span.end - 1:span.end + 1])
                        or _LOST_POSSESSIVE.search(text, start, end)) \
                        and not _BEFORE.search(text, max(0, start - 30), start) \
                        and not _MEASURE.match(text, end):
                    # "Wednesday's attack": the possessive names an event as known; the
                    # clause's tense is that of its own act ("Wednesday's attack will not
                    # stop the talks"), so only a word of awaiting puts it ahead
                    return bool(_AWAITED.search(text, max(0, start - 30), start))
                tense = None
                # a date before a noun ("a June agreement", "Monday's attack") names
                # something that exists; only an adverbial date takes an arrangement's
                # tense ("is leaving Friday")
                after = span.doc[span.end] if span.end < len(span.doc) else None
                adverbial = after is None or not (after.tag_ == "POS"
                                                  or after.tag_.startswith("NN"))
                if is_parsed(span.sent):
                    # so does a date after a noun it modifies ("investigating an attack
                    # on Monday", like "Monday's attack")
                    noun = _dated_noun(span.root)
                    adverbial = adverbial and noun is None
                    own = _own_clause(noun, span.root)
                    tense = _tense_of_verb(own, False) if own is not None else None
                    verb = _verb_of(span.root)
                    if tense is None and verb is not None:
                        tense = _tense_of_verb(verb, adverbial)
                if tense is None:  # no parse (partial parsing) or no verb: the tags
                    tense = _tense_from_tags(span, adverbial)
                if tense is not None:
                    return tense
        return _tense_from_text(text, start, end)

    return future
