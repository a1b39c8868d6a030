"""What was seized is the verb's direct object, not a place word near it.

ACLED's territory codes ("Government regains territory", "Non-state actor overtakes
territory") are for ground that changes hands, and ground is what the taking verb took:
"Government troops took the village" took ground, though the lexicon reads "took" only
in "took control", "took over" or "took back". The lexicon reads a taking from a verb and a
place word a few words on ("seized ... airport"), which a place named as the scene of the
act also satisfies: "Militants seized a passenger plane at the airport" took a plane, not
the airport, and "gunmen captured the district governor in his office" took a man. The
parse gives what the taking verb took: when its direct object names a movable thing (a
vehicle, a ship, goods, weapons, money) or a person (an official or a relative, by
title), the taking cue tells no ground, and a person taken against their will is abducted
(as the lexicon reads "seized a priest").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.triggers import Hit
from warlog.nlp.columns import columns, pos_ids

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

# verbs of taking whose object says what changed hands
_TAKING = frozenset({"seize", "capture", "take", "grab", "storm", "overrun", "secure",
                     "hijack", "commandeer", "occupy", "overtake", "conquer"})
# things that are carried off, not held as ground
_MOVABLE = frozenset({
    "plane", "aircraft", "airliner", "jet", "helicopter", "drone", "ship", "vessel", "boat",
    "tanker", "ferry", "yacht", "trawler", "dhow", "truck", "lorry", "vehicle", "car", "bus",
    "train", "convoy", "cargo", "shipment", "consignment", "container", "weapon", "arm",
    "ammunition", "gun", "rifle", "explosive", "missile", "rocket", "drug", "cash", "money",
    "fund", "goods", "equipment", "document", "passport", "phone", "laptop", "computer",
    "livestock", "cattle", "goat", "sheep", "camel", "fuel", "aid", "food", "grain",
    "supply", "property", "belonging", "valuable", "jewellery", "jewelry", "gold",
})
# people by title: taken away, they are abducted, not ground
_PERSONS = frozenset({
    "official", "governor", "mayor", "minister", "lawmaker", "legislator", "politician",
    "candidate", "chief", "chairman", "commissioner", "judge", "diplomat", "nun", "bishop",
    "monk", "missionary", "volunteer", "contractor", "employee", "staff", "crew", "sailor",
    "hostage", "wife", "son", "daughter", "brother", "husband", "relative", "family",
})

# armed men: taken, they are prisoners of war (ACLED codes no ground changing hands, and
# no abduction of civilians)
_FIGHTERS = frozenset({
    "soldier", "troop", "fighter", "militant", "rebel", "insurgent", "jihadist",
    "policeman", "officer", "guard", "serviceman", "militiaman", "gunman", "prisoner",
    "captive", "commander", "conscript", "recruit", "attacker", "assailant",
})


# common nouns that name ground held: a settlement, a part of one, a height, a base
_GROUND = frozenset({
    "town", "city", "village", "hamlet", "district", "neighborhood", "neighbourhood",
    "suburb", "quarter", "area", "region", "province", "territory", "hill", "hilltop",
    "height", "mountain", "ridge", "valley", "base", "airbase", "airport", "airfield",
    "port", "harbour", "harbor", "crossing", "stronghold", "bastion", "enclave", "pocket",
    "camp", "barracks", "garrison", "capital", "outskirts", "countryside", "island",
    "oasis", "bridge", "dam", "junction", "highway", "oilfield", "refinery", "citadel",
})


def ground_taken(sent: Span, hits: Sequence[Hit]) -> list[Hit]:
    """Taking cues (``@TERRITORY``) read from the parse: "take" whose direct object is a
    noun of ground ("Government troops took the village of Kelo", "took two more
    villages"; the lexicon reads "took control", "took over", "took back"), where no
    taking cue of the lexicon covers the verb already. A sentence that tells a protest
    has none: a crowd that takes a square protests there."""
    if any(h.code == "@PROTEST" for h in hits):
        return []
    base = sent.start_char
    covered = [(h.start, h.end) for h in hits if h.code == "@TERRITORY"]
    out: list[Hit] = _taken_passive(sent, covered)
    for tok in _verbs(sent):
        if tok.lemma_.lower() != "take":
            continue
        start = tok.idx - base
        if any(a <= start < b for a, b in covered) or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue
        obj = _object(tok)
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _GROUND:
            out.append(Hit("@TERRITORY", 4.0, start, obj.idx + len(obj.text) - base))
    return out


def _taken_passive(sent: Span, covered: Sequence[tuple[int, int]]) -> list[Hit]:
    """The passive tells the same taking as the active, its patient first: "the town was
    captured (by the army)" took the town as "the army captured the town" does, which
    the lexicon reads from the verb and the place word after it; in the passive the
    ground stands before the verb, as its subject ("after the stronghold was captured")."""
    base = sent.start_char
    out: list[Hit] = []
    for tok in _verbs(sent):
        if tok.lemma_.lower() not in _TAKING or tok.lemma_ == "take":
            continue
        subj = _passive_subject(tok)
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _GROUND:
            continue
        start = subj.idx - base
        if any(a <= start < b for a, b in covered):
            continue
        out.append(Hit("@TERRITORY", 4.0, start, tok.idx + len(tok.text) - base))
    return out


def _verbs(sent: Span) -> Iterator[Token]:
    """The sentence's verbs (``pos_ == "VERB"``), found in the Doc's part-of-speech
    column: a Token is built only for a verb, not for every word of every sentence."""
    doc = sent.doc
    pos = columns(doc)[0]
    for i in range(sent.start, sent.end):
        if pos[i] in _VERB:
            yield doc[i]


_VERB = pos_ids(("VERB",))


def _passive_subject(verb: Token) -> Token | None:
    """The passive verb's subject, or where the parser attached it elsewhere (a verb
    with its passive auxiliary but no subject), the ground noun nearest before the
    auxiliary in the same clause: the patient stands before a passive verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if subj is not None or not aux:
        return subj
    doc = verb.doc
    for i in range(aux[0].i - 1, max(-1, aux[0].i - 9), -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "."):
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in _GROUND:
            return t
    return None


def _verb_of(toks: Sequence[Token]) -> Token | None:
    return next((t for t in toks if t.pos_ == "VERB" and t.lemma_.lower() in _TAKING), None)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _taken(verb: Token) -> Token | None:
    """What the taking verb took: its direct object, the subject of its passive ("two
    soldiers were captured near X": the soldiers were taken, not X), or the noun a
    participle or a relative clause of it describes ("12 captured soldiers", "the
    soldiers they had captured": the soldiers were taken, not the village named after
    them)."""
    obj = _object(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None and verb.dep_ in ("amod", "acl", "relcl") and verb.head.pos_ == "NOUN":
        return verb.head
    return obj


# words for unarmed people, as the lexicon's abduction cue reads them after an active
# "seized"/"captured": taken, they are abducted, in the passive too ("two aid workers
# were seized near X")
_PEOPLE = frozenset({
    "priest", "pastor", "cleric", "imam", "man", "woman", "girl", "boy", "child", "trader",
    "businessman", "worker", "farmer", "villager", "student", "pupil", "schoolgirl",
    "journalist", "doctor", "nurse", "teacher", "traveller", "traveler", "passenger",
    "tourist", "foreigner", "people", "person", "civilian", "resident", "herder",
    "fisherman", "engineer",
})


def _is_person(obj: Token) -> bool:
    # by title or a word for people only: a name the recogniser calls a person may be a
    # village's
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _PERSONS | _PEOPLE


def what_was_taken(sent: Span, hits: Sequence[Hit],
                   tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` with each taking cue (``@TERRITORY``) whose verb took a movable thing or a
    person left out; a person taken becomes a cue of abduction (``tokens_of`` gives a
    hit's tokens in ``sent``)."""
    out: list[Hit] = []
    for h in hits:
        if h.code != "@TERRITORY":
            out.append(h)
            continue
        verb = _verb_of(tokens_of(sent, h))
        obj = _taken(verb) if verb is not None else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            out.append(h)
        elif _is_person(obj):
            out.append(Hit("ABDUCT_DISSAP", 6.0, h.start, h.end))
        elif obj.lemma_.lower() in _FIGHTERS:
            continue  # armed men taken are prisoners of war: no ground changed hands
        elif obj.lemma_.lower() not in _MOVABLE or obj.ent_type_ in ("GPE", "LOC", "FAC"):
            out.append(h)
    return out


# verbs (and "back") that move ground under a side's control: "came under government
# control", "fell under rebel control", "brought under control", "back under control"
_INTO_CONTROL = frozenset("come fall bring return place put pass go back".split())


def held_not_taken(sent: Span, hits: Sequence[Hit],
                   tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """``hits`` without the taking cues that only say who holds a place: "the district is
    under government control", "the Old City under rebel control", "has been under the
    control of rebels since 2015" tell a state, not ground changing hands; a verb of
    moving into control before "under" ("came under", "fell under") still tells one."""
    out: list[Hit] = []
    for h in hits:
        toks = tokens_of(sent, h) if h.code == "@TERRITORY" else []
        if toks and toks[0].lower_ == "under" and toks[0].i > sent.start:
            before = sent.doc[toks[0].i - 1]
            if before.lemma_.lower() not in _INTO_CONTROL:
                continue
        out.append(h)
    return out
