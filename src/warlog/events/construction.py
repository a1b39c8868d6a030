"""The trigger word's own construction, which can make its reading no occurrence: a fight
against fire or disease ("battled to put out blazes", "gained ground against the blaze"),
a name given to something ("it was a massacre"), a pattern told with a bare plural ("bomb
attacks have been rarer") or a kind ("any attack on civilians"), talks agreed ("agreed to
meet"), an agreement told failing ("the truce collapsed"). Split from
:mod:`warlog.events.mood`, whose walk up the parse asks it at each word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.events.pacts import failed_pact, pact_failing

if TYPE_CHECKING:
    from spacy.tokens import Token

FIGHT_VERBS = frozenset("fight battle combat tackle".split())
# what is fought without arms: "battled the blaze", "fight the epidemic"
FIGURATIVE_FOES = frozenset("fire blaze flame wildfire disease epidemic virus outbreak "
                            "corruption poverty drought hunger famine cancer flood "
                            "pandemic".split())
RELIEF_VERBS = frozenset("put extinguish douse contain save rescue treat".split())
# "gain ground" is also progress against a foe without arms: what it is gained against,
# or in the fight against, tells which ("gained ground against the blaze", "gained
# ground in their battle to contain the wildfires")
GROUND_VERBS = frozenset({"gain"})
FIGHT_NOUNS = frozenset("fight battle struggle war effort efforts bid campaign".split())
# "agreed to meet": talks, which ACLED does not code (CODING.md), not an agreement
TALK_VERBS = frozenset("meet talk speak discuss negotiate attend sit consult".split())


def own_reading(word: Token) -> str | None:
    """What the trigger word's own construction says of it: a fight against fire or
    disease ("battled to put out blazes"), a name given to something ("it was a
    massacre"), a pattern ("bomb attacks have been rarer"), talks agreed ("agreed to
    meet")."""
    kids = list(word.children)
    if word.lemma_ in FIGHT_VERBS and any(
        (c.dep_ in ("dobj", "pobj") and c.lemma_ in FIGURATIVE_FOES)
        or (c.dep_ in ("xcomp", "advcl") and c.lemma_ in RELIEF_VERBS)
        or (c.dep_ == "prep" and any(g.lemma_ in FIGURATIVE_FOES for g in c.children))
        for c in kids
    ):
        return "figurative"
    if word.lemma_ in GROUND_VERBS and any(figurative_fight(c) for c in kids if c.dep_ == "prep"):
        return "figurative"
    head = word.head
    if (word.dep_ == "attr" and head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that", "what")
                    for c in head.children)):
        return "characterization"
    if any(c.dep_ == "poss" and c.lower_ == "its" and c.i + 1 < len(c.doc)
           and c.nbor().lower_ in ("a", "an") and c.nbor().head.i == word.i for c in kids):
        # "Its a massacre": no possessive takes an article after it, so this is "it's"
        # with its apostrophe lost, a name given to something, as "it was a massacre"
        return "characterization"
    if (word.tag_ == "NNS" and word.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be"
            and not any(c.dep_ in ("det", "nummod", "poss") for c in kids)
            and any(c.dep_ == "acomp" for c in head.children)):
        return "generic"
    if word.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every", "all")
                                   for c in kids):
        return "generic"  # "any attack on civilians is terrorism": a kind, not an act
    if word.lemma_ == "agree" and any(c.dep_ == "xcomp" and c.lemma_ in TALK_VERBS
                                      for c in kids):
        return "talks"
    if failed_pact(word):
        return "named"  # "after the collapse of the truce": made before, failing now
    if pact_failing(word):
        return "figurative"  # "the truce collapsed": no building fell
    return None


def figurative_fight(prep: Token) -> bool:
    """Whether a phrase ("against the blaze", "in their battle to contain the fires",
    "in the fight against the floods") names a foe fought without arms."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lemma_ in FIGURATIVE_FOES:
            return True
        if obj.lemma_ in FIGHT_NOUNS and any(
            (c.dep_ in ("acl", "relcl") and c.lemma_ in RELIEF_VERBS)
            or (c.dep_ == "prep" and any(g.lemma_ in FIGURATIVE_FOES for g in c.children))
            for c in obj.children
        ):
            return True
    return False
