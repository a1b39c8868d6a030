"""The word that makes a target military must name the target, not the one who acts.

ACLED's "Attack" is violence against civilians, its "Armed clash" a fight between armed
sides: the types stage turns an attack into a clash when a word for armed men
(``@MILTARGET``: soldiers, militants, fighters, rebels, ...) qualifies it. That word must
name who was hit: the object of the act, the subject of its passive. The subject of an
active verb acts: "Islamic State militants executed 12 men" names the militants as the
doers, and unarmed men as the target. Nor are armed men held by their killers fighters
any longer: "executed 12 captured soldiers" killed prisoners, who could not fight back.
The doers are set aside only where the act names its target and the target is unarmed
(people, or people held): with no such target named, who acted still tells the act ("the
army killed a commander", whose victim the lexicon cannot tell armed, is most often a
fight). The lexicon matches only a pattern's first occurrence, so the military word that
counts is the first one of the sentence that names neither such doers nor captives, nor
the place where the act on the unarmed target it names happened ("shot dead a man at a
checkpoint": the checkpoint is where, the man whom).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit, lexicon
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    import re

    from spacy.tokens import Span, Token

# words that only qualify the noun they hang on: the noun phrase's role is its head's
_INSIDE = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "conj", "cc",
                     "appos", "quantmod", "case"})
# verbs whose subject undergoes what the verb tells: "three soldiers died", "soldiers
# were among the dead", "the troops suffered heavy losses"
_UNDERGO = frozenset({"die", "perish", "suffer", "sustain", "succumb", "lose", "fall", "be",
                      "remain", "become", "get", "go", "lie", "include", "number", "receive"})
# what marks people as held by their captors: "captured soldiers", "soldiers it had
# captured", "detained fighters", "captive policemen"
_HELD = frozenset({"capture", "captured", "captive", "detain", "detained", "kidnap",
                   "kidnapped", "abduct", "abducted", "imprison", "imprisoned", "seize",
                   "seized"})
_HOLDS = frozenset({"amod", "acl", "relcl"})
# acts that kill people held: their victims are captives, not men in a fight
_EXECUTE = frozenset({"execute", "execution", "behead", "beheading", "decapitate",
                      "crucify", "crucifixion"})
# words for people who do not fight: the target an act on them names is no armed side
_PEOPLE = frozenset({"man", "men", "woman", "women", "people", "person", "civilian", "child",
                     "children", "boy", "girl", "villager", "resident", "inhabitant",
                     "citizen", "prisoner", "captive", "detainee", "hostage", "worker",
                     "farmer", "shepherd", "family", "worshipper", "passenger", "student",
                     "teacher", "doctor", "journalist", "youth", "refugee", "local"})


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase ``tok`` lies in ("Islamic State militants": militants)."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.dep_ == "prep":
            cur = cur.head.head  # "a group of militants": the group's role is theirs
            continue
        if cur.dep_ not in _INSIDE or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _victim(tok: Token) -> Token:
    """The noun a count or share stands for: "dozens of men" names men."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), tok) if of is not None else tok


def _unarmed(tok: Token | None) -> bool:
    """Whether ``tok`` heads a phrase naming people who do not fight: by a word for
    people ("12 men", "villagers") or as people held ("captured soldiers")."""
    if tok is None:
        return False
    tok = _victim(tok)
    return tok.lemma_.lower() in _PEOPLE or tok.lower_ in _PEOPLE or _held(tok)


def _doer(head: Token) -> bool:
    """Whether the noun phrase headed by ``head`` names who acted on unarmed people: the
    subject of an active verb whose object names them ("militants executed 12 men"), or
    the agent of a passive whose subject does ("12 men were executed by militants"), or
    the noun a clause of such a verb describes ("militants who executed 12 men", and the
    reduced "IS militants executed ..." a parser reads so). With no such target named,
    who did it still tells the act: what armed men kill without a word of who ("the army
    killed a commander") is most often a fight."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() not in _UNDERGO and _unarmed(
            _object_of(verb)):
        return True
    if head.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent" and _unarmed(
            next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)):
        return True
    if head.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in _EXECUTE:
        return True  # "the execution of two soldiers by militants": who put them to death
    return any(c.dep_ in ("acl", "relcl") and _unarmed(_object_of(c)) for c in head.children)


def _object_of(verb: Token) -> Token | None:
    """The verb's direct object, or the one it shares with the verb it is coordinated
    with: "captured and executed four soldiers" took and killed the same men."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        joined = (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")
        obj = next((c for v in joined for c in v.children if c.dep_ == "dobj"), None)
    return obj


def _held(head: Token) -> bool:
    """Whether the noun phrase headed by ``head`` names people held by their captors:
    by a word of capture on it, or as those put to death by execution ("executed two
    soldiers", "two soldiers were executed", "the execution of two soldiers"): an
    execution kills people held, who cannot fight back, whatever arms they once bore
    (ACLED's violence against civilians covers captured combatants killed)."""
    if any(c.dep_ in _HOLDS and (c.lemma_.lower() in _HELD or c.lower_ in _HELD)
           for c in head.children):
        return True
    act = head.head
    if head.dep_ == "pobj" and act.lower_ == "of" and act.dep_ == "prep":
        act = act.head  # "the execution of two soldiers"
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return act.i != head.i and act.lemma_.lower() in _EXECUTE


def _no_target(sent: Span, hit: Hit,
               tokens_of: Callable[[Span, Hit], list[Token]]) -> bool:
    """Whether every word of the cue ``hit`` names the doers or captives."""
    toks = tokens_of(sent, hit)
    # the word itself may be held where its phrase's head is not: "the execution of two
    # soldiers" heads the phrase with the act
    return bool(toks) and all(_doer(_phrase_head(t)) or _held(_phrase_head(t)) or _held(t)
                              or _setting(_phrase_head(t)) for t in toks)


# prepositions that tell where an act happened, not what it hit ("at" a checkpoint is
# the place of "shot a man at a checkpoint", though "fired at a checkpoint" aims there)
_WHERE = frozenset("at near outside inside beside behind by".split())


def _setting(head: Token) -> bool:
    """Whether the noun phrase headed by ``head`` only tells where an act on unarmed
    people happened: "shot dead a man at a checkpoint" names the man as its target, and
    the checkpoint as the place; a military site there makes no military target."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _WHERE or prep.dep_ != "prep":
        return False
    # the place hangs on the act, or on the people it names ("a man at a checkpoint")
    owner = prep.head
    return _unarmed(_object_of(owner) if owner.pos_ == "VERB" else owner)


@lru_cache(maxsize=1)
def _military_patterns() -> tuple[tuple[float, re.Pattern[str]], ...]:
    return tuple((t.weight, t.pattern) for t in lexicon() if t.code == "@MILTARGET")


def military_targets(sent: Span, hits: Sequence[Hit],
                     tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` with each military-target cue that names the doers or captives replaced
    by the sentence's next match of the same cue that names neither, or left out."""
    if not any(h.code == "@MILTARGET" for h in hits):
        return list(hits)
    low = span_text(sent).lower()
    out: list[Hit] = []
    for h in hits:
        if h.code != "@MILTARGET" or not _no_target(sent, h, tokens_of):
            out.append(h)
            continue
        later = (Hit(h.code, weight, m.start(), m.end())
                 for weight, pattern in _military_patterns()
                 for m in pattern.finditer(low, h.end))
        found = next((c for c in later if not _no_target(sent, c, tokens_of)), None)
        if found is not None:
            out.append(found)
    return out
