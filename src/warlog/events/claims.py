"""Claims: who claimed, reported, denied or was blamed for a fact.

"IS claimed responsibility for the attacks in a statement on its Amaq news agency",
"Russia's defense ministry has announced", "SDF officials told DW", "according to the
Syrian Observatory", "the Taliban denied involvement", "officials blamed a militia".
The source is the subject of the verb of saying (or the object of "according to"), cut
to its head noun phrase; the actor dictionary's canonical name replaces it when an actor
mention lies inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.models import ActorMention, Claim
from warlog.nlp.columns import columns, hashes, pos_ids
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

METHOD = "claims.rules.v1"

_CLAIM_RX = re.compile(
    r"\bclaim\w*\s+(?:\w+\s+){0,2}responsib\w+|\bresponsib\w+ (?:was |has been )?claimed"
)
_DENY_RX = re.compile(r"\b(?:den(?:y|ied|ies)|reject\w*)\b")
_BLAME_RX = re.compile(r"\b(?:blam\w+|accus\w+|attribut\w+|held \w+ responsible)\b")
# nouns of an act of violence: "X was behind the attack" holds X responsible for it
_ACTS = frozenset(
    "attack attacks bombing bombings blast blasts explosion explosions massacre massacres "
    "killing killings strike strikes airstrike airstrikes raid raids shelling assault "
    "assaults ambush kidnapping kidnappings abduction abductions shooting shootings".split()
)
_CLAIMED_ACT_RX = re.compile(r"\bclaim\w* (?:\w+ ){0,3}?(?:" + "|".join(sorted(_ACTS)) + r")\b")
_BEHIND_RX = re.compile(r"\bbehind (?:\w+ ){0,4}?(?:" + "|".join(sorted(_ACTS)) + r")\b")
REPORT_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "report",
        "announce",
        "state",
        "confirm",
        "add",
        "note",
        "write",
        "quote",
        "reveal",
        "inform",
        "cite",
    ]
)


def _phrase(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without relative clauses)."""
    left = tok
    for t in tok.lefts:
        if t.dep_ in ("compound", "amod", "poss", "det", "nmod", "nummod", "case", "punct"):
            left = min(left, t.left_edge, key=lambda x: x.i)
    right = tok
    for t in tok.rights:
        if (t.dep_ in ("compound", "appos") or (t.dep_ == "prep" and t.lower_ == "of")) and (
            t.right_edge.i - tok.i <= 12
        ):
            right = max(right, t.right_edge, key=lambda x: x.i)
    return left.idx, right.idx + len(right.text)


def _mention_in(start: int, end: int, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The actor named in a phrase: a known one (with aliases) before an ad-hoc one, the
    organisation ("... Forces of the PKK") before its unit."""
    inside = [a for a in actors if a.start < end and a.end > start]
    if not inside:
        return None
    return max(inside, key=lambda a: (bool(a.aliases), a.start))


def _canonical(start: int, end: int, text: str, actors: Sequence[ActorMention]) -> str:
    m = _mention_in(start, end, actors)
    return m.actor if m else re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _blamed(verb: Token, actors: Sequence[ActorMention]) -> str | None:
    """Who is held responsible: the object of "blamed X" or of "attributed ... to X"."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_ in ("blame", "accuse"):
            start, end = _phrase(child)
            return _canonical(start, end, doc_text(verb.doc)[start:end], actors)
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                start, end = _phrase(obj)
                return _canonical(start, end, doc_text(verb.doc)[start:end], actors)
    # "attribute A to B" names B whatever word the parser hung "to B" on ("attributed the
    # attempted attack to X", "to" read as a part of the object): the last "to" after the
    # verb in the verb's own clause, with a noun of its own
    if verb.lemma_ == "attribute":
        tos = [t for t in verb.subtree if t.i > verb.i and t.lower_ == "to"
               and t.dep_ in ("prep", "dative") and _clause_of(t).i == verb.i]
        obj = next((c for t in reversed(tos) for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None:
            start, end = _phrase(obj)
            return _canonical(start, end, doc_text(verb.doc)[start:end], actors)
    return None


def _clause_of(tok: Token) -> Token:
    """The nearest verb above ``tok``: the clause it stands in ("to" under "the attack"
    under "attributed" is in the clause of "attributed")."""
    cur = tok.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _claim(
    kind: str,
    who: Token,
    sent: Span,
    actors: Sequence[ActorMention],
    responsible: str | None = None,
) -> Claim:
    start, end = _phrase(who)
    by = _canonical(start, end, doc_text(sent.doc)[start:end], actors)
    if kind == "claimed":
        responsible = by
    return Claim(
        by=by,
        kind=kind,
        start=sent.start_char,
        end=sent.end_char,
        text=span_text(sent),
        responsible=responsible,
    )


def _behind(verb: Token, sent: Span, actors: Sequence[ActorMention]) -> list[Claim]:
    """ "X was behind the attack", "X is believed to be behind the bombing": to be behind an
    act of violence is to have done it, as "the attack was attributed to X" says; the
    report (or whoever it quotes, a claim of its own) holds X responsible. "Who was behind
    it" and "was not behind" name no one."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "behind"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.lower_ not in _ACTS:
        return []
    who = _subject(verb)
    if who is None:  # a parse that lost the subject: the actor named right before the verb
        text = doc_text(verb.doc)
        m = next((a for a in actors if a.end <= verb.idx and not text[a.end : verb.idx].strip()
                  and sent.start_char <= a.start), None)
        return [] if m is None else [Claim(m.actor, "attributed", sent.start_char,
                                           sent.end_char, span_text(sent), m.actor)]
    if who.pos_ in ("PRON", "DET") or _negated(verb, who):
        return []
    out = _claim("attributed", who, sent, actors)
    return [Claim(out.by, out.kind, out.start, out.end, out.text, responsible=out.by)]


def _accused(verb: Token, who: Token, sent: Span, actors: Sequence[ActorMention]) -> Claim:
    """ "X was accused of using gas", "X was blamed for the attack": the subject of a
    passive verb of blame is the one blamed, as the object of the active verb is; the
    accuser is its "by" agent, when named."""
    text = doc_text(verb.doc)
    start, end = _phrase(who)
    accused = _canonical(start, end, text[start:end], actors)
    agent = next((c for a in verb.children if a.dep_ == "agent" for c in a.children
                  if c.dep_ == "pobj"), None)
    by = accused
    if agent is not None:
        a_start, a_end = _phrase(agent)
        by = _canonical(a_start, a_end, text[a_start:a_end], actors)
    return Claim(by, "attributed", sent.start_char, sent.end_char, span_text(sent), accused)


def _claim_by_mention(verb: Token, sent: Span, actors: Sequence[ActorMention]) -> list[Claim]:
    """The actor named just before the verb, when the parse found no subject."""
    before = [
        a
        for a in actors
        if sent.start_char <= a.start and a.end <= verb.idx and verb.idx - a.end <= 30
    ]
    if not before or any(c.dep_ == "neg" for c in verb.children):
        return []
    m = before[-1]
    return [
        Claim(
            by=m.actor,
            kind="claimed",
            start=sent.start_char,
            end=sent.end_char,
            text=span_text(sent),
            responsible=m.actor,
        )
    ]


def _negated(verb: Token, who: Token) -> bool:
    """ "No group claimed responsibility", "did not claim"."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in who.children
    )


# a group's own men: "its fighter", "one of its fighters", "their suicide bomber"
_OWN_MEN = frozenset("fighter fighters member members militant militants bomber bombers "
                     "mujahid mujahideen soldier soldiers".split())
_OWN_MEN_RX = re.compile(r"\b(?:its|their) (?:own )?(?:suicide )?(?:" + "|".join(
    sorted(_OWN_MEN)) + r")\b")
_SUFFER = frozenset({"die", "fall", "perish", "suffer"})  # what happens to a fighter


def _own_men_acted(sent: Span) -> bool:
    """Whether the sentence tells a group's own men as the doers of an act ("said its
    fighter detonated an explosive belt", "one of its fighters had fired on ... before
    blowing himself up"): the active subject of a verb is "its/their" fighter, or one or
    some "of" them; what befell them ("one of its soldiers had been killed", "died") is
    no act of theirs."""
    for tok in sent:
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or (
                tok.head.lower_ not in _OWN_MEN):
            continue
        men = tok.head
        if men.dep_ == "pobj" and men.head.lower_ == "of":
            men = men.head.head  # "one of its fighters", "three of their members"
        if men.dep_ == "nsubj" and men.head.pos_ == "VERB" and men.head.lemma_ not in _SUFFER:
            return True
    return False


# what an accusation may charge that is the act of violence itself: "accused X of
# shelling the town", "of using gas", "of carrying out the raid", "of being behind it"
_VIOLENT_CHARGES = frozenset(
    "kill attack bomb shell strike fire launch carry conduct commit perpetrate use gas "
    "target massacre execute behead abduct kidnap rape torture detonate plant shoot murder "
    "assassinate storm raid destroy burn loot stage drop bombard orchestrate plan "
    "mastermind be ambush hit open fight mine".split()
)


def _charges_other_deed(verb: Token) -> bool:
    """An accusation names what it charges: "accused IS of preventing civilians from
    leaving", "accused Israel of backing them", "of funding and arming" charge a deed
    other than violence, so they hold the accused responsible for no act of violence the
    sentence may go on to name ("... as human shields against air strikes"). Only a
    charge told by a verb (a gerund after "of") is read; "accused X of the attack" stands."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    of = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"),
              None)
    if of is None:
        return False
    charge = next((c for c in of.children if c.dep_ in ("pcomp", "pobj")), None)
    if charge is None or not (charge.tag_ in ("VBG", "VBN") or charge.lower_.endswith("ing")):
        return False
    lemma = charge.lemma_.lower()
    return lemma not in _VIOLENT_CHARGES and charge.lower_ not in _ACTS


def _verb_kind(tok: Token, low: str) -> str | None:
    if tok.lemma_ in ("claim",) and _CLAIM_RX.search(low):
        return "claimed"
    # a group that says its own men did the act tells the act as its own: it claims it
    if tok.lemma_ in ("say", "announce", "state") and _OWN_MEN_RX.search(low) and (
            _own_men_acted(tok.sent)):
        return "claimed"
    # "IS claimed the attack": to claim an act of violence (its object, not a clause that
    # says something happened) is to claim responsibility for it
    if tok.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lower_ in _ACTS for c in tok.children):
        return "claimed"
    if tok.lemma_ in ("deny", "reject"):
        return "denied"
    if tok.lemma_ in ("blame", "accuse", "attribute"):
        return "attributed"
    if tok.lemma_ in REPORT_LEMMAS:
        return "reported"
    return None


def sentence_claims(sent: Span, actors: Sequence[ActorMention] = ()) -> list[Claim]:
    """Claims made in one parsed sentence: one per verb of claiming or saying."""
    low = span_text(sent).lower()
    out: list[Claim] = []
    # only verbs and "according (to)" can make a claim: the other words are passed over
    # on the Doc's columns, without a Token each
    doc = sent.doc
    pos, _, lower = columns(doc)
    verbs, according = pos_ids(("VERB", "AUX")), hashes(frozenset({"according"}))
    for i in range(sent.start, sent.end):
        if pos[i] not in verbs and lower[i] not in according:
            continue
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            if tok.lower_ == "according" and tok.i + 2 <= sent.end:
                to = tok.doc[tok.i + 1]
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if to.lower_ == "to" and obj is not None:
                    out.append(_claim("reported", obj, sent, actors))
            continue
        if tok.lemma_ == "be":
            out.extend(_behind(tok, sent, actors))
        kind = _verb_kind(tok, low)
        if kind is None or (tok.lemma_ == "accuse" and _charges_other_deed(tok)):
            continue
        who = _subject(tok)
        if who is None and kind == "claimed":
            out.extend(_claim_by_mention(tok, sent, actors))  # "IS claimed ...", misparsed
            continue
        if who is None or who.pos_ == "PRON" or _negated(tok, who):
            continue
        blamed = _blamed(tok, actors) if kind == "attributed" else None
        if blamed is None and kind == "attributed" and who.dep_ == "nsubjpass":
            out.append(_accused(tok, who, sent, actors))
            continue
        out.append(_claim(kind, who, sent, actors, blamed))
    return out


def claimer(claims: Sequence[Claim], actors: Sequence[ActorMention]) -> ActorMention | None:
    """Who claimed the act, else whom the report holds responsible. Accusations both ways
    (one side blames the other, which blames it back) are no clear attribution: ACLED then
    codes the agent the report itself tells, or an unidentified one, so no one leads."""
    held: dict[str, ActorMention] = {}
    for kind in ("claimed", "attributed"):
        for cl in (c for c in claims if c.kind == kind and c.responsible):
            m = next((m for m in actors if m.actor == cl.responsible and m.kind != "civilians"),
                     None)
            if m is not None and kind == "claimed":
                return m
            if m is not None:
                held.setdefault(m.actor, m)
    return next(iter(held.values())) if len(held) == 1 else None


def mentions_claim(text: str) -> bool:
    """True if the text claims, denies or attributes responsibility."""
    low = text.lower()
    return bool(
        _CLAIM_RX.search(low) or _BLAME_RX.search(low) or _DENY_RX.search(low)
        or _BEHIND_RX.search(low) or _CLAIMED_ACT_RX.search(low)
        or (_OWN_MEN_RX.search(low) is not None and _SAID_RX.search(low) is not None)
    )


_SAID_RX = re.compile(r"\b(?:said|says|say|announced|announces|stated|states)\b")
