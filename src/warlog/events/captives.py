"""Men taken in war and men who give themselves up: who they are decides the event.

ACLED codes the taking of civilians as "Abduction/forced disappearance" and a state's
detention of people as "Arrests"; armed men taken prisoner by the side they fight were
taken in fighting, an "Armed clash" between the two sides at that place. So a verb of
capture (capture, seize, take ... prisoner or captive) whose patient names armed men is a
clash when the men are a state's (soldiers, policemen: no side but their enemy takes
them), or when a non-state side takes fighters (rival groups fight); a state's forces
that take fighters arrest them (ACLED's Arrests: a state detaining people, as the lexicon
reads "captured 20 militants"), unless the sentence tells the fight they were taken in
("captured twelve rebels during clashes": the clash). A capture that the same clause follows
with a killing ("captured and executed four soldiers") is the killing's prelude: the
killing of captives is the act.

ACLED lists surrenders under "Agreement": armed men who lay down their arms make a deal
with the side they give up to. People who do not fight (families, women, children,
civilians) who "surrender" to a force make no deal between armed sides: the force takes
them into its custody, an arrest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit
from warlog.events.types import names_a_side, territory_side

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs that take people prisoner by themselves; "take" does so with "prisoner"/"captive"
_CAPTURE = frozenset({"capture", "seize", "grab", "nab"})
_HELD_AS = frozenset({"prisoner", "prisoners", "captive", "captives"})
# a state's armed men: only the side they fight takes them
_STATE_MEN = frozenset({"soldier", "troop", "policeman", "policewoman", "serviceman",
                        "servicemen", "gendarme", "marine", "paratrooper", "commando",
                        "conscript", "guard", "officer", "personnel"})
# armed men of any side (those who attacked too): taken by a non-state side, they were
# taken in fighting
_FIGHTERS = frozenset({"fighter", "militant", "rebel", "insurgent", "jihadist", "militiaman",
                       "militiamen", "gunman", "gunmen", "guerrilla", "combatant",
                       "commander", "attacker", "assailant"})
_KILLING = frozenset("execute kill behead shoot slay murder crucify".split())
# people who do not fight: their surrender is their detention
_UNARMED = frozenset({"family", "families", "woman", "women", "child", "children", "civilian",
                      "resident", "villager", "wife", "wives", "widow", "relative",
                      "dependant", "dependent", "elderly"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


_COUNTS = frozenset("dozen hundred thousand score number group handful couple some several "
                    "many few".split())


def _counted(tok: Token) -> Token:
    """The noun a count stands for: "dozens of soldiers" names soldiers (but "fighters of
    the Islamic State" names fighters)."""
    if tok.pos_ != "NUM" and _lemma(tok) not in _COUNTS:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), tok) if of is not None else tok


def _patient(verb: Token) -> Token | None:
    """Who the capture took: the object of the active, the subject of the passive; for
    "take", only with "prisoner" or "captive" ("took six policemen prisoner", parsed
    with the men as a compound of "prisoner", or "took three soldiers captive")."""
    objs = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if _lemma(verb) != "take":
        return _counted(objs[0]) if objs else None
    obj = next((c for c in objs if c.lower_ not in _HELD_AS), None)
    held = [c for c in verb.children if c.lower_ in _HELD_AS]
    if obj is None and held:
        return next((c for c in held[0].children if c.dep_ == "compound"), None)
    return _counted(obj) if obj is not None and held else None


_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})


def _subject(verb: Token) -> str:
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    return " ".join(t.text for t in who.subtree) if who is not None else ""


def _captor(verb: Token) -> str:
    """The text of who took them: the active's subject, the passive's agent, or the
    subject of the verb a conjunct shares it with ("rebels stormed X and seized ...");
    a pronoun stands for the subject of the verb that reports or governs its clause ("IS
    claimed it had captured three fighters")."""
    who = _subject(verb)
    if not who and verb.dep_ == "conj":
        who = _subject(verb.head)
    up = verb
    while who.lower() in _PRONOUNS and up.dep_ in ("ccomp", "xcomp", "conj", "advcl") and (
            up.head.i != up.i):
        up = up.head
        who = _subject(up) or who
    return who


def _then_killed(verb: Token) -> bool:
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    return any(_lemma(t) in _KILLING for t in joined)


def _capture_code(verb: Token) -> tuple[str, Token] | None:
    """What ``verb`` tells when it takes armed men, and the men: an armed clash (a
    state's men taken, or fighters taken by a non-state side), an arrest (fighters taken
    by a state's forces), or None."""
    if verb.dep_ in ("amod", "acl", "relcl") or _then_killed(verb):
        return None  # "captured soldiers", "the soldiers it captured": men held, no act
    men = _patient(verb)
    if men is None or men.pos_ not in ("NOUN", "PROPN"):
        return None
    if _lemma(men) in _STATE_MEN or men.lower_ in _STATE_MEN:
        return "ARMED_CLASH", men
    captor = _captor(verb)
    if not (_lemma(men) in _FIGHTERS or men.lower_ in _FIGHTERS) or not names_a_side(captor):
        return None
    return ("ARMED_CLASH" if territory_side(captor) == "non_state" else "ARREST"), men


def fighters_captured(sent: Span, hits: Sequence[Hit],
                      tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` plus an armed clash for each capture of armed men in fighting that a
    capture cue (``@CAPTURE``) marks, less any arrest cue read from the same verb
    ("captured by militants" names no one arrested), or an arrest for fighters a state
    took; the capture cues themselves go."""
    base = sent.start_char
    out = [h for h in hits if h.code != "@CAPTURE"]
    verbs = {t.i: t for h in hits if h.code == "@CAPTURE" for t in tokens_of(sent, h)
             if t.pos_ == "VERB" and (_lemma(t) in _CAPTURE or _lemma(t) == "take")}
    for verb in verbs.values():
        found = _capture_code(verb)
        if found is None:
            continue
        code, men = found
        lo_men = men.idx - base
        # the men taken are the act's patients: the word naming them ("gunmen", an attack
        # cue as the doers of one) tells no attack by them here
        out = [h for h in out if h.code != "ATTACK" or not h.start <= lo_men < h.end]
        if code == "ARREST" and any(h.code == "@CLASH" for h in hits):
            code = "ARMED_CLASH"  # fighters a state took in a fight the sentence tells
        start, end = verb.idx - base, verb.idx + len(verb.text) - base
        if code == "ARREST" and any(h.code == "ARREST" and h.start <= start < h.end
                                    for h in out):
            continue  # the lexicon read the arrest already ("captured 20 militants")
        out = [h for h in out if h.code != "ARREST" or not h.start <= start < h.end]
        lo, hi = min(start, lo_men), max(end, lo_men + len(men.text))
        out.append(Hit(code, 5.0, lo, hi))
    return out


def _unarmed_people(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` names people who do not fight, by its own
    noun or by what a clause or apposition says they are ("the foreigners, who were
    families of fighters")."""
    tok = _counted(tok)
    if _lemma(tok) in _UNARMED or tok.lower_ in _UNARMED:
        return True
    for c in tok.children:
        if c.dep_ == "appos" and (_lemma(c) in _UNARMED or c.lower_ in _UNARMED):
            return True
        if c.dep_ == "relcl" and _lemma(c) == "be":
            attr = next((a for a in c.children if a.dep_ == "attr"), None)
            if attr is not None and (_lemma(attr) in _UNARMED or attr.lower_ in _UNARMED):
                return True
    return False


def _who_surrendered(tok: Token) -> Token | None:
    if tok.pos_ in ("VERB", "AUX"):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def unarmed_surrender(sent: Span, hits: Sequence[Hit],
                      tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` with each agreement cue told by a surrender of people who do not fight
    turned into an arrest cue of the same weight."""
    out: list[Hit] = []
    for h in hits:
        if h.code == "AGREEMENT":
            toks = [t for t in tokens_of(sent, h) if _lemma(t) == "surrender"]
            who = _who_surrendered(toks[0]) if toks else None
            if who is not None and _unarmed_people(who):
                h = Hit("ARREST", h.weight, h.start, h.end)
        out.append(h)
    return out
