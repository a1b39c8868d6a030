"""How sure a reading of a side as the doer is: "the army shelled the town" against "the
army had been on the back foot".

A report often names the same side more than once, first as a target and later as a
doer, or the other way round. Which reading wins should depend on how sure each one is,
not on which came first:

- **A sure doer** is the subject of a verb of force ("a unit of the army destroyed a
  vehicle", "army units killed ..."), the agent of one in the passive ("were killed by
  regime troops", "were killed by regime airstrikes"), or the owner of the means of
  force that is such a verb's subject or agent ("regime airstrikes killed 12"). The
  subject of any other verb ("IS had been on the back foot", "the army did not have
  chemical weapons"), of a verb of reporting or accusing ("the rebels say", "the
  opposition accused") or of a verb of planning ("the army is preparing to attack") tells
  nothing of who did the act: the speaker is not the doer of the act reported.
- **A sure target** is a side told as what the act was done to in the event's own
  sentence (the one that holds its trigger): no reading in another sentence overturns it.

:func:`warlog.events.fields.assign_roles` keeps a side's first reading, except that a
sure doer reading outranks an earlier reading as a target (or a bystander) made outside
the event's own sentence, and the sure doer of the event's own act (:func:`does_the_act`)
outranks any earlier reading as a target, in its sentence too.

Two readings of the parse are mended here as well: a subject the parser hung as an
appositive of a place before its verb (:func:`stray_subject`), and the side "behind" an
act (:func:`behind_act`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs that do force to their object: their subject (or passive agent) used force
FORCE_VERBS = frozenset(
    "kill hit strike target bomb shell attack destroy wound injure capture seize pound raid "
    "ambush storm overrun execute behead massacre murder abduct kidnap shoot gun slay "
    "bombard assault eliminate neutralize neutralise liquidate down blow detonate fire "
    "gas torch burn repel rout besiege recapture retake liberate drop fight battle clash "
    "engage".split()
)
# verbs that use their object as a weapon: "the regime used chemical weapons"
_WIELD = frozenset("use deploy employ".split())
# verbs that only stage the act their object names: "IS launched an attack"
_STAGING = frozenset("launch carry conduct stage mount perpetrate commit unleash".split())
# what an act of force is told as, or carried out with, as a noun
_FORCE_NOUNS = frozenset(
    "attack strike airstrike raid ambush assault bombing bombardment shelling offensive "
    "operation shooting fire jet warplane aircraft plane drone helicopter gunship artillery "
    "tank bomber shell missile rocket mortar bomb".split()
)
# a noun that names people of the side: "units of the army", "members of IS"
_PEOPLE = frozenset(
    "unit force group member fighter militant soldier troop officer gunman commander "
    "militia division detachment squad battalion brigade column element".split()
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _named_noun(root: Token) -> Token:
    """The noun the mention names: itself, the noun it modifies ("IS fighters", "regime
    airstrikes"), or the people of it ("a unit of the army", "members of IS")."""
    tok = root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in _MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN"):
            tok = head
        elif (tok.dep_ == "pobj" and head.lower_ == "of"
              and head.head.lemma_.lower() in _PEOPLE):
            tok = head.head
        else:
            break
    return tok


def _forceful(verb: Token) -> bool:
    """A verb of force, or one that stages an act of force ("launched an attack")."""
    lemma = verb.lemma_.lower()
    if lemma in FORCE_VERBS:
        return True
    if lemma in _WIELD:
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in _FORCE_NOUNS | {"weapon", "gas"})
                   for c in verb.children)
    return lemma in _STAGING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS for c in verb.children)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _forced_by(root: Token) -> Token | None:
    """The verb of force whose subject, or passive agent after "by", the mention whose
    head is ``root`` is (the people or the means it names count as itself)."""
    noun = _named_noun(root)
    verb = None
    if noun.dep_ == "nsubj" and _is_verb(noun.head):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    return verb if verb is not None and _forceful(verb) else None


def sure_doer(root: Token) -> bool:
    """Whether the mention whose head is ``root`` is surely a doer of force: the subject
    of a verb of force, or the agent after "by" of one in the passive; the people or the
    means it names count as itself ("army units killed", "regime airstrikes killed")."""
    return _forced_by(root) is not None


# links that open a clause of its own: an act told there is another than its head's
_OWN_CLAUSE = frozenset("relcl advcl ccomp acl xcomp conj parataxis".split())


def does_the_act(root: Token, trigger: int) -> bool:
    """Whether the mention whose head is ``root`` is the sure doer of the act told at
    character ``trigger`` itself: the verb of force it does is the trigger, or governs it
    within one clause ("the army launched an attack"), not through a clause of another
    act ("the army, which was hit, shelled ...", "after the army shelled ...")."""
    verb = _forced_by(root)
    if verb is None:
        return False
    at = next((t for t in verb.subtree if t.idx <= trigger < t.idx + len(t)), None)
    while at is not None and at.i != verb.i:
        if at.dep_ in _OWN_CLAUSE:
            return False
        at = at.head
    return at is not None


def stray_subject(noun: Token) -> bool:
    """Whether ``noun``, which the parser hung as an appositive of a place ("On 4 May,
    in Tetela, Guerrero, members of X attacked the village": "members" as an appositive
    of "Tetela"), is the subject of the verb that follows its phrase: English puts the
    subject right before its verb, and a verb with no subject in the parse has lost it."""
    if noun.dep_ != "appos" or noun.right_edge.i + 1 >= len(noun.doc):
        return False
    verb = noun.doc[noun.right_edge.i + 1]
    if not _is_verb(verb) or verb.tag_ in ("VBN", "VBG") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    cur = noun
    for _ in range(8):  # the noun hangs, through the place, from that verb
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
    return False


# acts of force told as nouns that a side can be "behind"
_DEEDS = _FORCE_NOUNS | frozenset("massacre killing bombing kidnapping abduction explosion "
                                  "blast assassination execution".split())


def behind_act(root: Token) -> bool:
    """Whether the mention whose head is ``root`` names the side "behind" an act of force
    ("the rebels behind the chemical attack", "the group behind the bombing"): who is
    behind an act carried it out or had it carried out, its doer."""
    noun = _named_noun(root)
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "behind":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(t.lemma_.lower() in _DEEDS for t in obj.subtree):
                return True
    return False
