"""A protest's violence read from the parse: the crowd is the subject of a damaging verb.

ACLED codes a demonstration as violent when the demonstrators themselves burn, smash,
loot, storm or attack, however many words the report puts between the crowd and the act:
"Protesting farmers dumped manure and burned hay bales" rioted, though "burned" is five
words from "farmers" and the lexicon's pattern (:mod:`warlog.events.triggers`) allows two.
The parse gives the verb's subject wherever it stands, and a verb joined to another
("dumped ... and burned") shares its subject. The subject is the crowd when its noun names
demonstrators ("protesters", "a mob") or civilians ("residents", "youths", "they": in a
sentence that tells a protest, the only other party is the security forces), is described
as protesting ("protesting farmers", "striking workers", "thousands of demonstrators"),
or is the subject of a verb of protest the damaging verb is joined to ("farmers protested
... and torched a truck"). Burning a flag or a portrait is a symbolic act of a peaceful
protest, and breaking a silence breaks nothing: such objects are left out (an effigy
burned stays the lexicon's call, which reads it as violent).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.events.topic import in_topic
from warlog.events.triggers import Hit
from warlog.events.types import _GOV, non_state_names
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs whose doer uses force against people or property
_DAMAGING = frozenset({
    "burn", "torch", "smash", "loot", "ransack", "vandalise", "vandalize", "destroy",
    "damage", "stone", "pelt", "hurl", "storm", "attack", "assault", "overturn", "raze",
    "wreck", "firebomb", "stab", "lynch", "break", "fire", "shoot",
    # beating people with bare hands or blunt things, and pulling up or down what
    # stands: "beat up two policemen", "manhandled the officials", "roughed up the
    # doctor", "uprooted railway tracks", "demolished the booth"
    "beat", "thrash", "manhandle", "rough", "kick", "punch", "slap", "club", "hack",
    "bludgeon", "pummel", "uproot", "demolish",
})
# "set" burns only with a fire as its object or complement: "set fire to", "setting
# ablaze a vehicle", "set the office on fire" ("set up a camp" sets nothing alight)
_SET_ALIGHT = frozenset({"ablaze", "alight", "fire", "afire", "aflame"})
# verbs that do damage only with a fire as their object: "lit fires", "started a blaze"
# (a candle lit is a vigil's)
_KINDLING = frozenset({"light", "start"})
_FIRES = frozenset({"fire", "blaze", "bonfire"})
# adverbs that make any act one of force: "forcibly entered", "violently pushed through"
_BY_FORCE = frozenset({"forcibly", "violently", "forcefully"})
# what is broken without force: "broke their silence", "broke the deadlock"
_BROKEN_ABSTRACT = frozenset({"silence", "fast", "news", "record", "promise", "law", "rule",
                              "ceasefire", "truce", "deadlock", "stalemate", "impasse",
                              "tradition", "ranks", "taboo", "story", "ground", "ice"})
# nouns that name a crowd of demonstrators
_CROWD_NOUNS = frozenset({
    "protester", "protestor", "demonstrator", "rioter", "marcher", "mob", "crowd",
    "agitator", "striker", "picketer",
})
# verbs (and their participles as modifiers) that make their doer a demonstrator
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "riot", "strike", "march", "rally"})
# quantity heads whose "of" phrase names the people: "thousands of protesters"
_QUANTITY = frozenset({"thousand", "hundred", "dozen", "scores", "score", "group", "number",
                       "crowd", "band", "gang"})
# civilians, and the pronouns that stand for them: in a sentence that tells a protest,
# such people doing damage are its crowd (the other party there is the security forces)
_PEOPLE = frozenset({"resident", "villager", "farmer", "student", "worker", "youth",
                     "supporter", "people", "participant", "fan", "trader", "driver",
                     "local", "opponent", "they", "some", "others", "many",
                     # by kin, calling or trade: the people a grievance brings out
                     "relative", "family", "mourner", "activist", "member", "cadre",
                     "follower", "devotee", "shopkeeper", "vendor", "lawyer", "teacher",
                     "employee", "citizen", "inhabitant", "tribesman", "peasant",
                     "labourer", "laborer", "miner", "pensioner", "parent", "kin"})
# things burned or torn as a symbol of protest
_SYMBOLIC = frozenset({"flag", "portrait", "picture", "photo", "photograph",
                       "image", "poster", "banner", "copy", "candle", "placard"})


def _is_crowd(noun: Token, depth: int = 0) -> bool:
    """Whether ``noun`` names demonstrators (by itself, its modifier or its "of" phrase)."""
    if noun.lemma_.lower() in _CROWD_NOUNS or noun.lower_ in _PEOPLE or noun.lemma_ in _PEOPLE:
        return True
    if any(c.dep_ in ("amod", "acl", "compound") and c.lemma_.lower() in _PROTEST_VERBS
           and c.tag_ in ("VBG", "VBN", "NN") for c in noun.children):
        return True
    if depth < 1 and noun.lemma_.lower() in _QUANTITY:
        return any(
            prep.dep_ == "prep" and prep.lower_ == "of"
            and any(p.dep_ == "pobj" and _is_crowd(p, depth + 1) for p in prep.children)
            for prep in noun.children
        )
    return False


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _forces_speak(verb: Token) -> bool:
    """Whether a clause above ``verb`` has the state's forces as its subject, so that a
    pronoun subject of ``verb`` may stand for them."""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        subj = _subject(cur)
        if subj is not None and _GOV.search(" ".join(t.lower_ for t in subj.subtree)):
            return True
    return False


def _crowd_did(verb: Token) -> bool:
    """Whether the doer of ``verb`` is a crowd of demonstrators. A verb joined to an
    earlier one ("dumped ... and burned") has that verb's subject; so does an open
    complement ("went on to torch") or a participle clause ("marched through the market
    smashing stalls") with no subject of its own."""
    cur = verb
    for _ in range(4):
        subj = _subject(cur)
        if subj is not None:
            if subj.tag_ == "PRP" and _forces_speak(cur):
                return False  # "police said they fired rubber bullets": "they" are police
            # "farmers protested ... and torched a truck": who protested is the crowd
            return _is_crowd(subj) or (cur is not verb and cur.lemma_.lower() in _PROTEST_VERBS)
        if cur.dep_ not in ("conj", "xcomp", "advcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _symbolic(verb: Token) -> bool:
    """Whether what ``verb`` burned is a symbol (a flag, an effigy), or what it broke is
    no thing ("broke their silence"); "break" with no object breaks only "through" or
    "into" something (police lines, a building)."""
    objs = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "break":
        if not objs:
            return not any(c.lower_ in ("through", "into", "down") for c in verb.children)
        return any(o in _BROKEN_ABSTRACT for o in objs)
    return any(o in _SYMBOLIC for o in objs)


def _damaging(tok: Token) -> bool:
    """Whether ``tok`` is a verb of damage or force (a fire lit, something set alight)."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in _BY_FORCE for c in tok.children):
        return True  # "forcibly entered the office": whatever is done by force
    if lemma in _KINDLING or lemma == "open":  # "opened fire" shoots as "fired" does
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIRES for c in tok.children)
    if lemma == "set":
        near = [*tok.children, *(g for c in tok.children for g in c.children)]
        return any(t.lower_ in _SET_ALIGHT for t in near)
    return lemma in _DAMAGING and not _symbolic(tok)


def _crowd_agent(verb: Token) -> bool:
    """Whether a passive ``verb`` names the crowd as its agent: "shops were stoned by the
    strikers" (damage done by the crowd, not to it)."""
    return any(
        c.dep_ == "agent" and any(p.dep_ == "pobj" and p.tag_ != "PRP" and _is_crowd(p)
                                  for p in c.children)
        for c in verb.children
    )


def crowd_damage(sent: Span, hits: Sequence[Hit], before: str | None = None) -> list[Hit]:
    """Rioting cues for the damaging verbs in ``sent`` whose doer (subject, or agent of a
    passive) is the protesting crowd, when the sentence tells a protest the lexicon has
    not already read as violent. ``before``: the text of the sentence just before, when it
    told a protest: the crowd's damage told next ("Students staged a protest over the fee
    hike. They torched two buses") is that protest's, so the sentence tells it too (a
    pronoun counts as the crowd only when that sentence names no security forces, who
    are the other party a "they" may stand for)."""
    codes = {h.code for h in hits}
    told = "@PROTEST" in codes
    if (told and "@RIOTING" in codes) or not (told or before is not None):
        return []
    pronoun_ok = told or before is None or not _GOV.search(before.lower())
    base = sent.start_char
    out = []
    for tok in sent:
        if not _damaging(tok):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            did = _crowd_agent(tok)
        else:
            subj = _subject(tok)
            did = _crowd_did(tok) and (pronoun_ok or subj is None or subj.tag_ != "PRP")
        if did:
            start = tok.idx - base
            out.append(Hit("@RIOTING", 1.0, start, start + len(tok.text)))
    if out and not told:  # the protest told just before is this damage's
        out.append(Hit("@PROTEST", 4.0, out[0].start, out[0].end))
    return out


# the cues of a crowd's violence told with no doer: a clash, damage done, police hurt
_UNRULY = frozenset({"@CLASH", "@RIOTING", "VIOL_DEMONSTR", "PROPERTY_DISTRUCT"})


def crowd_violence_next(sent: Span, hits: Sequence[Hit], before: str | None,
                        tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """A protest cue for a sentence that tells violence with no side of war named and no
    protest of its own ("Clashes broke out with police", "Shops were looted and cars
    burned", "Several policemen were injured"), just after one that told a protest
    (``before``): that violence is the demonstration's, which ACLED codes by the most that
    happened at it, so the sentence reads as the protest turned violent (the protest
    rules then decide riot or force). A clash of armed groups is another fight, and
    violence named as what the crowd objects to ("placards that read stop the violence")
    is its grievance (:func:`warlog.events.topic.in_topic`), nothing done."""
    if (before is None or any(h.code == "@PROTEST" for h in hits)
            or non_state_names(span_text(sent))):
        return []
    cue = next((h for h in hits if h.code in _UNRULY
                and not all(in_topic(t) for t in tokens_of(sent, h) or [sent.root])), None)
    return [] if cue is None else [Hit("@PROTEST", 4.0, cue.start, cue.end)]


# the cues of what the police did to a crowd: force, intervention, arrests
_FATE = frozenset({"@FORCE", "@INTERVENE", "ARREST"})
_FATE_FLOOR = 4.0  # a bare "killed" or "injured" (force felt, weight 2) says too little


def crowd_fate_next(sent: Span, hits: Sequence[Hit], before: str | None,
                    tokens_of: Callable[[Span, Hit], list[Token]]) -> list[Hit]:
    """A protest cue for a sentence that tells force or intervention with no side of war
    named and no protest of its own ("Police arrested 12 of them", "Security forces opened
    fire, killing two"), just after one that told a protest (``before``): what the police
    did there was done to that crowd, which ACLED codes by the most that happened to it,
    so the sentence reads as the protest met with force or intervention. The police or
    troops are named and the cue is a verb: a noun that names a wrong ("boards that read
    no to police brutality"), or arrests or force the crowd objects to
    (:func:`warlog.events.topic.in_topic`), tell no deed."""
    if (before is None or any(h.code == "@PROTEST" for h in hits)
            or non_state_names(span_text(sent))):
        return []
    if not _GOV.search(span_text(sent).lower()):
        return []  # no police or troops told acting
    cue = next((h for h in hits if h.code in _FATE and h.weight >= _FATE_FLOOR
                and _told_as_deed(tokens_of(sent, h))), None)
    return [] if cue is None else [Hit("@PROTEST", 4.0, cue.start, cue.end)]


def _told_as_deed(toks: list[Token]) -> bool:
    """Whether a cue's words tell a deed, a verb outside what a crowd objects to ("arrested
    12 of them"), not a noun that names a wrong ("no to police brutality")."""
    return any(t.pos_ == "VERB" for t in toks) and not all(in_topic(t) for t in toks)
