"""Roles by how sure each reading is (issue actors21): a side read first as a target in
another sentence than the event's, then as the doer of force ("army units killed ...",
"... were killed by army units"), is the doer; a side told as the target in the event's
own sentence, or read as a doer only by a verb that tells no force, stays a target; a
subject the parser hung on a place before its verb is that verb's doer; the side "behind"
an act did it. Parses built by hand, sentences written for the test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.doers import behind_act, does_the_act, stray_subject, sure_doer
from warlog.events.fields import assign_roles
from warlog.models import ActorKind, ActorMention

CLASH: list[Row] = [  # "Clashes erupted near Tarsa."
    ("Clashes", "clash", "NOUN", 1, "nsubj"), ("erupted", "erupt", "VERB", 1, "ROOT"),
    ("near", "near", "ADP", 1, "prep"), ("Tarsa", "Tarsa", "PROPN", 2, "pobj"),
    (".", ".", "PUNCT", 1, "punct"),
]
AMBUSH: list[Row] = [  # "Rebels ambushed the army."
    ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("ambushed", "ambush", "VERB", 1, "ROOT"),
    ("the", "the", "DET", 3, "det"), ("army", "army", "NOUN", 1, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]
KILLED: list[Row] = [  # "Army units killed four rebels."
    ("Army", "army", "NOUN", 1, "compound"), ("units", "unit", "NOUN", 2, "nsubj"),
    ("killed", "kill", "VERB", 2, "ROOT"), ("four", "four", "NUM", 4, "nummod"),
    ("rebels", "rebel", "NOUN", 2, "dobj"), (".", ".", "PUNCT", 2, "punct"),
]
PASSIVE: list[Row] = [  # "Four rebels were killed by army units."
    ("Four", "four", "NUM", 1, "nummod"), ("rebels", "rebel", "NOUN", 3, "nsubjpass"),
    ("were", "be", "AUX", 3, "auxpass"), ("killed", "kill", "VERB", 3, "ROOT"),
    ("by", "by", "ADP", 3, "agent"), ("army", "army", "NOUN", 6, "compound"),
    ("units", "unit", "NOUN", 4, "pobj"), (".", ".", "PUNCT", 3, "punct"),
]
WEAK: list[Row] = [  # "The army said four rebels died."
    ("The", "the", "DET", 1, "det"), ("army", "army", "NOUN", 2, "nsubj"),
    ("said", "say", "VERB", 2, "ROOT"), ("four", "four", "NUM", 4, "nummod"),
    ("rebels", "rebel", "NOUN", 5, "nsubj"), ("died", "die", "VERB", 2, "ccomp"),
    (".", ".", "PUNCT", 2, "punct"),
]


def _doc(*sents: list[Row]) -> Doc:
    """The sentences as one document, each its own tree."""
    rows: list[Row] = []
    starts: list[bool] = []
    for sent in sents:
        base = len(rows)
        rows += [(w, lem, pos, head + base, dep) for w, lem, pos, head, dep in sent]
        starts += [i == 0 for i in range(len(sent))]
    words = [r[0] for r in rows]
    return Doc(spacy.blank("en").vocab, words=words,
               spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               heads=[r[3] for r in rows], deps=[r[4] for r in rows], sent_starts=starts)


def _mentions(doc: Doc, word: str, actor: str) -> list[ActorMention]:
    out, at = [], doc.text.lower().find(word)
    while at >= 0:
        kind = ActorKind.STATE_FORCES if actor.startswith("Military") else ActorKind.REBEL_GROUP
        out.append(ActorMention(at, at + len(word), doc.text[at:at + len(word)], actor, (), kind))
        at = doc.text.lower().find(word, at + 1)
    return out


def _army_role(doc: Doc, trigger: str) -> str:
    army = _mentions(doc, "army", "Military Forces of Kestra")
    rebels = _mentions(doc, "rebels", "Red Hand")
    roles = assign_roles(list(doc.sents), doc.text.index(trigger), army + rebels)
    return next(r for m, r in roles if m.actor == "Military Forces of Kestra")


def test_a_sure_doer_outranks_a_target_reading_in_another_sentence() -> None:
    assert _army_role(_doc(CLASH, AMBUSH, KILLED), "Clashes") == "actor1"
    assert _army_role(_doc(CLASH, AMBUSH, PASSIVE), "Clashes") == "actor1"


def test_a_target_in_the_events_own_sentence_stays_one() -> None:
    assert _army_role(_doc(AMBUSH, KILLED), "ambushed") == "actor2"


def test_a_subject_of_saying_is_no_sure_doer() -> None:
    doc = _doc(CLASH, AMBUSH, WEAK)
    assert _army_role(doc, "Clashes") == "actor2"
    said = next(t for t in doc if t.lower_ == "army" and t.head.lower_ == "said")
    assert not sure_doer(said)


# "On Monday, in Tarsa, Kestra, members of Red Hand attacked the village."
STRAY: list[Row] = [
    ("On", "on", "ADP", 12, "prep"), ("Monday", "Monday", "PROPN", 0, "pobj"),
    (",", ",", "PUNCT", 12, "punct"), ("in", "in", "ADP", 12, "prep"),
    ("Tarsa", "Tarsa", "PROPN", 3, "pobj"), (",", ",", "PUNCT", 4, "punct"),
    ("Kestra", "Kestra", "PROPN", 4, "appos"), (",", ",", "PUNCT", 4, "punct"),
    ("members", "member", "NOUN", 4, "appos"), ("of", "of", "ADP", 8, "prep"),
    ("Red", "Red", "PROPN", 11, "compound"), ("Hand", "Hand", "PROPN", 9, "pobj"),
    ("attacked", "attack", "VERB", 12, "ROOT"), ("the", "the", "DET", 14, "det"),
    ("village", "village", "NOUN", 12, "dobj"), (".", ".", "PUNCT", 12, "punct"),
]


def test_a_subject_hung_on_a_place_does_the_verb_after_it() -> None:
    doc = hand_doc(STRAY)
    assert stray_subject(doc[8]) and not stray_subject(doc[6])
    at = doc.text.index("Red Hand")
    hand = ActorMention(at, at + 8, "Red Hand", "Red Hand", (), ActorKind.REBEL_GROUP)
    assert assign_roles(list(doc.sents), doc.text.index("attacked"), [hand]) == [
        (hand, "actor1")]


# "Police named the rebels behind the gas attack."
BEHIND: list[Row] = [
    ("Police", "police", "NOUN", 1, "nsubj"), ("named", "name", "VERB", 1, "ROOT"),
    ("the", "the", "DET", 3, "det"), ("rebels", "rebel", "NOUN", 1, "dobj"),
    ("behind", "behind", "ADP", 3, "prep"), ("the", "the", "DET", 7, "det"),
    ("gas", "gas", "NOUN", 7, "compound"), ("attack", "attack", "NOUN", 4, "pobj"),
    (".", ".", "PUNCT", 1, "punct"),
]


def test_the_side_behind_an_act_did_it() -> None:
    doc = hand_doc(BEHIND)
    assert behind_act(doc[3]) and not behind_act(doc[0])
    rebels = _mentions(doc, "rebels", "Red Hand")
    roles = assign_roles(list(doc.sents), doc.text.index("attack"), rebels)
    assert roles == [(rebels[0], "actor1")]


# "Rebels shelled the army , and the army attacked their base ."
OWN_ACT: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("shelled", "shell", "VERB", 1, "ROOT"),
    ("the", "the", "DET", 3, "det"), ("army", "army", "NOUN", 1, "dobj"),
    (",", ",", "PUNCT", 1, "punct"), ("and", "and", "CCONJ", 1, "cc"),
    ("the", "the", "DET", 7, "det"), ("army", "army", "NOUN", 8, "nsubj"),
    ("attacked", "attack", "VERB", 1, "conj"), ("their", "their", "PRON", 10, "poss"),
    ("base", "base", "NOUN", 8, "dobj"), (".", ".", "PUNCT", 1, "punct"),
]
# "Rebels attacked the army after the army shelled their base ."
OTHER_ACT: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
    ("the", "the", "DET", 3, "det"), ("army", "army", "NOUN", 1, "dobj"),
    ("after", "after", "SCONJ", 7, "mark"), ("the", "the", "DET", 6, "det"),
    ("army", "army", "NOUN", 7, "nsubj"), ("shelled", "shell", "VERB", 1, "advcl"),
    ("their", "their", "PRON", 9, "poss"), ("base", "base", "NOUN", 7, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]


def test_the_doer_of_the_act_itself_outranks_a_target_in_its_sentence() -> None:
    doc = hand_doc(OWN_ACT)
    assert _army_role(doc, "attacked") == "actor1"
    assert does_the_act(doc[7], doc.text.index("attacked"))


def test_the_doer_of_another_act_in_the_sentence_stays_a_target() -> None:
    doc = hand_doc(OTHER_ACT)
    assert _army_role(doc, "attacked") == "actor2"
    assert not does_the_act(doc[6], doc.text.index("attacked"))
