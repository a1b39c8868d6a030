"""Event types with a parse: a cue in the main clause counts more than one in a side clause.

"IS claimed responsibility for a car bomb": the claim is the news, the bomb its object.
Looking through "..., officials said", each trigger hit is weighted by its distance from
the sentence's main predicate, and captured ground goes to the side that took it (the
subject of the verb, the agent of a passive, or the side that did not lose it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.achieved import won_attempts
from warlog.events.blockade import forces_blockade
from warlog.events.captives import fighters_captured, unarmed_surrender
from warlog.events.claims import REPORT_LEMMAS
from warlog.events.crowd import crowd_damage, crowd_fate_next, crowd_violence_next
from warlog.events.seized import ground_taken, held_not_taken, what_was_taken
from warlog.events.targets import military_targets
from warlog.events.titles import names_only
from warlog.events.topic import grievance_only
from warlog.events.triggers import Hit, cached_hits
from warlog.events.types import (
    _GOV,
    Scored,
    best,
    decide,
    names_a_side,
    non_state_names,
    side_if_taken,
    territory_side,
)
from warlog.nlp.parse import span_text, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs of saying, whose subject reports rather than acts (the claims stage's list, plus
# two that introduce an accusation or an account rather than a claim)
_REPORTING = REPORT_LEMMAS | {"allege", "explain"}
_DEPTH_FACTOR = (1.3, 1.3, 1.1, 0.9, 0.7)


def effective_root(sent: Span) -> Token:
    """The sentence's main predicate, looking through "..., officials said"."""
    root = sent.root
    if root.lemma_ in _REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "parataxis") and child.i in range(sent.start, sent.end):
                return child
    return root


def _depth(tok: Token, top: Token) -> int:
    hops = 0
    cur = tok
    while cur.i != top.i:
        if cur.head.i == cur.i or hops > 12:
            return hops + 2  # outside the main clause (e.g. in "..., the ministry said")
        cur = cur.head
        hops += 1
    return hops


def hit_tokens(sent: Span, hit: Hit) -> list[Token]:
    """The sentence's tokens that overlap the hit's characters. Tokens come in text order
    and do not overlap, so the first candidate is the last token starting at or before
    the hit (found by bisection), and none starting at or after its end can overlap."""
    doc, base = sent.doc, sent.start_char
    starts = token_starts(doc)
    lo, hi = base + hit.start, base + hit.end
    out: list[Token] = []
    for i in range(max(sent.start, bisect_right(starts, lo) - 1), sent.end):
        if starts[i] >= hi:
            break
        t = doc[i]
        if t.idx + len(t.text) > lo:
            out.append(t)
    return out


def _subject_text(verb: Token) -> str | None:
    """Who did ``verb``: its subject, the agent of a passive, or X in "fell to X". Of two
    subjects (a dateline the parser hangs on the verb too: "KALDOR, March 3 (Reuters) -
    Gouda's military confirmed ...") the one nearest the verb is its own."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else subjects[0]
        return " ".join(t.text for t in child.subtree)
    if verb.lemma_ == "fall":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                return " ".join(t.text for t in child.subtree)
    return None


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its forces", "their forces"})
_UP_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp", "relcl"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def territory_taker(sent: Span, hits: Sequence[Hit]) -> str | None:
    """ "gov" or "non_state" for the side that took ground in ``sent``, if it can tell.
    The taking nearest the main predicate speaks first: one told in a relative clause
    ("the headquarters that had fallen to the Taliban") is the place's past."""
    top = effective_root(sent)
    takings = [h for h in hits if h.code == "@TERRITORY"]
    takings.sort(key=lambda h: min((_depth(t, top) for t in hit_tokens(sent, h)), default=9))
    for hit in takings:
        for tok in hit_tokens(sent, hit):
            verb = tok
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX"):
                    break
                verb = verb.head
            if _passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
                # "the IS stronghold was captured": the party named lost the ground
                lost = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                text = (
                    " ".join(t.text for t in lost.subtree)
                    if lost is not None
                    else sent.doc[sent.start : verb.i].text
                )
                if names_a_side(text):
                    return "gov" if territory_side(text) == "non_state" else "non_state"
            who = _subject_text(verb)
            if who is None and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp"):
                who = _subject_text(verb.head)
                # a verb shares the subject of the verb it is joined to or hangs on, up a
                # chain of them: "troops stormed X and killed 12, taking over the area"
                up = verb.head
                while who is None and up.dep_ in ("xcomp", "conj", "advcl") and up.head.i != up.i:
                    up = up.head
                    who = _subject_text(up)
                if who is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                    # a gerund after a preposition shares the subject of the verb its
                    # phrase modifies: "fighters will advance after seizing the town"
                    who = _subject_text(verb.head.head)
            # "the military confirmed it regained the town": a pronoun stands for the
            # subject of the clause that reports or governs it
            up = verb
            while who and who.lower() in _PRONOUNS and up.dep_ in _UP_DEPS and up.head.i != up.i:
                up = up.head
                who = _subject_text(up) or who
            # a country's adjective names a state's forces too ("Iraqi forces regained ...")
            if who and names_a_side(who):
                return territory_side(who)
            if _taken_from_armed_group(verb):
                return "gov"
    return None


def _taken_from_armed_group(verb: Token) -> bool:
    """Whether the taking names an armed group as the side that lost the ground
    ("recaptured the town of Tal Afar from Daesh") while the taker's own name says
    neither side ("Peshmerga forces", "Assad's forces"): ground is taken from an enemy, so
    the taker fought that group for the state. (A state's loss says less: many rebel
    groups call themselves an army.)"""
    for tok in verb.subtree:
        if tok.lower_ != "from" or tok.dep_ != "prep":
            continue
        if tok.head.dep_ not in ("nsubj", "nsubjpass"):
            text = " ".join(t.text for t in tok.subtree)
            if non_state_names(text) and not _GOV.search(text.lower()):
                return True
    return False


# prepositions whose object is the setting of the main act, not the act: "talks began
# despite the air strikes", "launched strikes in retaliation for a rocket attack"
_SETTING_PREPS = frozenset({"despite", "amid", "amidst"})
_SETTING_PHRASES = (("retaliation", "for"), ("response", "to"), ("wake", "of"))
_SETTING_FACTOR = 0.6


def _speaks(tok: Token) -> bool:
    """Whether ``tok`` lies in the subject of a verb of saying ("the UN said")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return cur.head.lemma_ in _REPORTING
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _source(tok: Token) -> bool:
    """Whether ``tok`` names who tells rather than who was hit: the subject of a verb of
    saying ("..., security forces said"), the agent of its passive ("confirmed dead by the
    police") or the object of "according to"."""
    if _speaks(tok):
        return True
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
            return head.head.lemma_ in _REPORTING
        if cur.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if cur.dep_ not in ("compound", "amod", "det", "poss", "nmod", "conj", "cc"):
            return False
        cur = head
    return False


_BREACH = frozenset({"violate", "violation", "breach", "break", "flout", "undermine", "collapse",
                     "breakdown", "failure"})
# what an agreement itself does when it ends: "where a ceasefire has broken down"
_ENDS = frozenset({"break", "collapse", "fail", "crumble", "unravel", "falter", "expire"})


def _breached(tok: Token) -> bool:
    """Whether ``tok`` names an agreement that the sentence says was broken ("violating the
    cessation of hostilities agreement", "in breach of the truce"): what breaks it is the
    event; the agreement, made before, is its setting."""
    # the noun phrase the agreement closes, read back from it: the parser often hangs a
    # long one ("the cessation of hostilities agreement") anywhere
    before = tok.doc[max(tok.sent.start, tok.i - 6) : tok.i]
    after = tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 4)]
    return any(t.lemma_.lower() in _BREACH for t in before) or any(
        t.lemma_.lower() in _ENDS and t.pos_ in ("VERB", "AUX") for t in after)


_KILLINGS = frozenset("execute kill behead shoot slay murder crucify".split())


def _then_killed(tok: Token) -> bool:
    """A detention joined to a killing of the same clause ("detained a woman and executed
    her"): the detention is the killing's prelude, not ACLED's arrest."""
    joined = [c for c in tok.children if c.dep_ == "conj"] + (
        [tok.head] if tok.dep_ == "conj" else [])
    return any(t.lemma_.lower() in _KILLINGS for t in joined)


# verbs that make an operation a plan: "announced an offensive to retake the town"
_PLAN = frozenset("announce plan prepare promise vow threaten declare order approve propose "
                  "mull consider".split())
# what collapses without falling down: "the truce collapsed", "talks collapsed"
_NOT_STRUCTURES = frozenset("state regime government caliphate economy talks negotiation "
                            "ceasefire truce deal agreement accord coalition alliance currency "
                            "market system order rule party peace process union "
                            "republic".split())


def _no_structure(tok: Token) -> bool:
    """Whether a "collapse" verb's subject is an accord, a body or a system, not a
    building: the lexicon's structural collapse needs a structure."""
    return tok.lemma_.lower() == "collapse" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NOT_STRUCTURES
        for c in tok.children)


def _conj_of(tok: Token) -> str:
    """The role of the word a conjunct is joined to ("wrecked or burnt": that of
    "wrecked"), else none."""
    return tok.head.dep_ if tok.dep_ == "conj" else ""


def _in_setting(tok: Token, top: Token) -> bool:
    """Whether ``tok`` lies inside a phrase that sets the scene for the main act."""
    cur = tok
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in _SETTING_PREPS:
            return True
        if cur.dep_ == "advcl" and cur.head.lemma_ == "come" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while") for c in cur.children
        ):
            return True  # "the attack comes as forces are on the offensive elsewhere"
        if cur.dep_ == "prep" and cur.head.dep_ == "pobj" and (
            (cur.head.lower_, cur.lower_) in _SETTING_PHRASES
        ):
            return True
        cur = cur.head
    return False


def weigh_hits(sent: Span, hits: Sequence[Hit]) -> list[Hit]:
    """Scale each hit by how close it sits to the sentence's main predicate, less when it
    lies in a phrase that sets the scene ("despite", "amid", "in retaliation for")."""
    top = effective_root(sent)
    toks = [hit_tokens(sent, h) for h in hits]
    setting = [bool(ts) and all(_in_setting(t, top) for t in ts) for ts in toks]
    # the scene counts less only when the main act has a cue of its own ("the army
    # targeted positions in retaliation for mortar fire": the mortars are all it says)
    main_cue = any(not h.code.startswith("@") and not s for h, s in zip(hits, setting, strict=True))
    out = []
    for h, ts, s in zip(hits, toks, setting, strict=True):
        d = min((_depth(t, top) for t in ts), default=3)
        w = h.weight * _DEPTH_FACTOR[min(d, 4)]
        if s and main_cue:
            w *= _SETTING_FACTOR
        if h.code in ("DIPLO", "@INSTITUTION") and ts and all(_speaks(t) for t in ts):
            w *= _SETTING_FACTOR  # "..., the United Nations said": a source, not diplomacy
        if h.code in ("@MILTARGET", "@CIVTARGET", "@ARMED") and ts and all(_source(t) for t in ts):
            w = 0.0  # "..., security forces said": who tells is no one hit
        if h.code == "AGREEMENT" and ts and all(_breached(t) for t in ts):
            w = 0.0  # "... violating the ceasefire agreement": the act is the event, no deal
        if h.code == "ARREST" and ts and _then_killed(ts[0]):
            w = 0.0  # "detained a woman and executed her": the killing is the act
        if h.code in ("ARREST", "@INTERVENE") and ts and (ts[0].tag_, ts[0].dep_) == (
                "VBN", "amod"):
            w = 0.0  # "executed 12 detained men": people held before, as "detainees", no arrest
        if h.code == "@ATTEMPT" and ts and ts[0].dep_ == "dobj" and ts[0].head.lemma_ in _PLAN:
            w = 0.0  # "announced an operation to retake": a plan, no attempt yet
        if h.code == "MAN_MADE_DISASTER" and ts and all(_no_structure(t) for t in ts):
            w = 0.0  # "the truce collapsed": no building fell
        if (h.code == "PROPERTY_DISTRUCT" and ts and ts[0].tag_ in ("VBN", "JJ")
                and "amod" in (ts[0].dep_, _conj_of(ts[0]))):
            w = 0.0  # "amid burnt cars": a participle before its noun tells a state, no act
        out.append(Hit(h.code, w, h.start, h.end))
    return out


def _protest_before(sent: Span) -> str | None:
    """The text of the sentence just before ``sent``, when it tells a protest."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    text = span_text(prev)
    return text if any(h.code == "@PROTEST" for h in cached_hits(text)) else None


def classify_span(sent: Span) -> Scored | None:
    """Score one parsed sentence: lexicon hits weighted by syntax, then ACLED's rules."""
    text = span_text(sent)
    raw = list(cached_hits(text))
    if raw and sent.doc.has_annotation("ENT_IOB"):
        # a trigger word inside a group's or a building's name tells no act (titles.py)
        named = names_only(sent, [hit_tokens(sent, h) for h in raw])
        raw = [h for h, n in zip(raw, named, strict=True) if not n]
    if not raw:
        return None
    if sent.doc.has_annotation("DEP"):
        raw = what_was_taken(sent, raw, hit_tokens)  # a plane seized is no ground (seized.py)
        raw = military_targets(sent, raw, hit_tokens)  # the doers are no target (targets.py)
        # armed men taken by their enemy were taken in a fight; families who surrender
        # are detained, no deal between armed sides (captives.py)
        raw = unarmed_surrender(sent, fighters_captured(sent, raw, hit_tokens), hit_tokens)
        raw = held_not_taken(sent, raw, hit_tokens)  # "is under rebel control": a state
        raw += ground_taken(sent, raw)  # "took the village" (seized.py)
        # arrests or force the crowd protests against are its topic, not its fate (topic.py)
        raw = grievance_only(sent, raw, hit_tokens)
        # the crowd as the doer of a damaging verb, in a protest told here or just before
        before = _protest_before(sent)
        raw += crowd_damage(sent, raw, before)
        # violence with no doer told just after a protest is its crowd's (crowd.py)
        raw += crowd_violence_next(sent, raw, before, hit_tokens)
        # force or arrests with no side of war told just after a protest met its crowd
        raw += crowd_fate_next(sent, raw, before, hit_tokens)
        # roads blocked or barricades put up by the police met the crowd (blockade.py)
        raw = forces_blockade(sent, raw, hit_tokens)
        # "the campaign to liberate X proved successful": X was taken (achieved.py)
        raw = won_attempts(sent, raw, hit_tokens)
    hits = weigh_hits(sent, raw) if sent.doc.has_annotation("DEP") else raw
    taker = territory_taker(sent, raw) if sent.doc.has_annotation("DEP") else None
    scores = decide(hits, taker if taker is not None else side_if_taken(text, raw))
    top = best(scores)
    if top is None:
        return None
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    return Scored(top[0], top[1], ranked, tuple(hits))
