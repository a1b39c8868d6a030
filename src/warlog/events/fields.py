"""Event fields: choose, from the other stages' records, the ones that belong to an event.

Its date and whether that date is history, and the actors and their roles (the place is
:mod:`warlog.events.places`' job, the counts :mod:`warlog.events.tolls`'). Every function
takes the sentences that carry the event and the document-wide records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.achieved import driven_out
from warlog.events.allies import ally_cue, backed_by_doer, repelled
from warlog.events.apart import act_apart, left_before, told_apart
from warlog.events.depth import clause_depth
from warlog.events.doers import behind_act, does_the_act, stray_subject, sure_doer
from warlog.events.eventdate import HISTORY_DAYS as HISTORY_DAYS  # the stage reads these here
from warlog.events.eventdate import is_historical as is_historical
from warlog.events.eventdate import pick_date as pick_date
from warlog.events.eventdate import sentence_date as sentence_date
from warlog.events.frame import names_outlet
from warlog.events.generic import implied, named, stand_in, stand_ins_dropped, unnamed
from warlog.events.headline_agent import headline_agent
from warlog.events.judged import judged_doer
from warlog.events.members import joint_role, lists_members, member_role, members_named
from warlog.events.owners import craft_owner
from warlog.events.particles import agent_after_particle
from warlog.events.triggers import cached_hits
from warlog.models import ActorKind, ActorMention, EventActor
from warlog.nlp.parse import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_GROUP_NOUNS = frozenset(
    "force group member fighter militant unit coalition alliance team column "
    "battalion brigade faction wing cell army troop soldier officer suspect gunman "
    "supporter commander leader militia division detachment squad jihadist insurgent rebel "
    "terrorist extremist mercenary operative".split()
)
# what a group does, as a noun: "a drone by X", "an attack by X", "shelling by X"
_ACT_NOUNS = frozenset(
    "attack strike airstrike drone raid ambush assault bombing bombardment shelling shell rocket "
    "missile mortar bomb grenade offensive operation shooting killing kidnapping abduction "
    "fire explosion blast incursion".split()
)
# a run of acts told as one ("a series of strikes by X"): its "by" names the acts' agent
_RUN_NOUNS = frozenset("series wave string spate barrage round volley".split())


def _act_noun(tok: Token) -> bool:
    return tok.lemma_ in _ACT_NOUNS or (tok.lemma_ in _RUN_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_ in _ACT_NOUNS for o in c.children)
        for c in tok.children))


# "a combined force of", "joint forces of", "an alliance of" just before the mention
_JOINT_FORCE_RX = re.compile(
    r"\b(?:combined|joint|allied)\s+(?:forces?|troops|units?|teams?|columns?)\s+of\s+(?:the\s+)?$",
    re.I,
)
_UNIDENTIFIED_RX = re.compile(
    r"\b(?:gunm[ae]n|assailants|attackers|unidentified|unknown (?:armed )?(?:men|attackers|"
    r"assailants|gunmen)|armed men|suspected militants|militants)\b",
    re.I,
)


# --- date ----------------------------------------------------------------------------


def _role_of(m: ActorMention, sent: Span, verb: Token, act: Token | None = None) -> str:
    """actor1 (agent), actor2 (target) or assoc for a mention in the trigger's sentence."""
    doc = sent.doc
    if ally_cue(m, sent):  # "backed by X", "alongside X" (allies.py)
        return "assoc"
    tok = doc.char_span(m.start, m.end, alignment_mode="expand")
    if tok is None:
        return "other"
    if driven_out(tok.root):  # "the campaign to liberate X from Y proved successful"
        return "actor2"
    joint = joint_role(tok, sent, verb, _JOINT_FORCE_RX)  # "a combined force of X, Y and Z
    if joint is not None:  # attacked": X acts and Y, Z stand with it, even where the parser
        return joint  # hangs "force" under an opening "In <place>, ..." (members.py)
    if tok.root.dep_ in ("aux", "auxpass") and tok.root.head.i > tok.root.i:
        # a name is no auxiliary: "IS claimed the attack" parsed "is claimed"; but before
        # a passive of its own ("IS was expelled by the army") the name is what the verb
        # was done to, its passive subject: the force is the agent after "by"
        if any(c.dep_ == "auxpass" and c.i != tok.root.i for c in tok.root.head.children):
            return "actor2"
        return "actor1"
    agent = _means_or_owner(tok.root)
    if agent is not None:
        return agent
    if judged_doer(tok.root) or behind_act(tok.root):  # "X was criticised for allowing
        return "actor1"  # ...", "the rebels behind the attack": X did it (judged, doers)
    cur = tok.root
    for _ in range(12):
        dep = cur.dep_
        if dep == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_ in _GROUP_NOUNS:
            cur = cur.head.head  # "members of X", "a combined force of X": X acts
            continue
        if stray_subject(cur):  # "in Tetela, Guerrero, members of X attacked" (doers.py)
            return "actor1"
        if backed_by_doer(cur):  # "strikes backing the SDF": the doer's ally (allies.py)
            return "assoc"
        if cur.head.lemma_ == "surrender" or (
                dep == "pobj" and cur.head.head.lemma_ == "surrender"):
            # who surrenders gives up to the other side, which takes them: "surrendered
            # to Kurdish forces"; no side of an act told in a clause of time (apart.py)
            give_up = cur.head if cur.head.lemma_ == "surrender" else cur.head.head
            if act is not None and told_apart(act, give_up):
                return "other"
            return "actor1" if dep == "pobj" and cur.head.lower_ == "to" else "actor2"
        if craft_owner(cur) is not None:  # "planes from the coalition", "jets of X"
            return str(craft_owner(cur))
        if dep == "pobj" and cur.head.dep_ == "agent" and _holds(cur.head.head):
            return "actor2"  # "a town held by IS", "a base used by the militants"
        if dep == "nsubj" and cur.head.lemma_ in ("deny", "disown", "reject"):
            return "told"  # who denies the act ("X denied involvement") is no party to it
        if dep == "nsubj" and _suffered(cur.head):
            return "actor2"  # who died or was hurt suffered the act: its target
        if (dep == "pobj" and cur.head.dep_ == "agent") or dep in ("nsubj", "agent", "csubj"):
            return "actor1"
        if dep == "pobj" and ((cur.head.lower_ == "by" and _act_noun(cur.head.head))
                              or agent_after_particle(cur.head)):
            # "a drone strike by X", "shot down by X": X acts; but "repelled an attack by
            # X": X is the side repelled (allies.py)
            return "actor2" if repelled(cur.head.head) else "actor1"
        if dep in ("dobj", "nsubjpass", "pobj", "attr", "dative", "oprd"):
            return "actor2"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if tok.end < sent.end and doc[tok.end].dep_ == "nsubj" and doc[tok.end].pos_ == "NOUN":
        return "actor1"  # "IS drones attacked ...", the name parsed off its noun
    return "other"


_DYING = frozenset("die perish succumb".split())
_THE_DEAD = frozenset("dead killed casualty casualties victim victims wounded injured toll".split())


def _suffered(verb: Token) -> bool:
    """Whether the verb tells that its subject died or was hurt, not that it acted: "two
    soldiers died", "four soldiers lost their lives", "soldiers were among the dead"."""
    lemma = verb.lemma_.lower()
    if lemma in _DYING:
        return True
    if lemma == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives")
                   for c in verb.children)
    if lemma == "be":
        return any(c.dep_ == "prep" and c.lower_ == "among" and any(
            o.lower_ in _THE_DEAD for o in c.children) for c in verb.children)
    return False


# what an attack is carried out with: named for it ("Russian air strikes", "regime jets")
_MEANS = frozenset(
    "airstrike strike shelling bombardment missile rocket mortar jet warplane aircraft plane "
    "drone helicopter gunship artillery tank bomber shell raid fire bomb".split()
)


def _means_or_owner(root: Token) -> str | None:
    """The side told by the means of the attack: a mention whose head is the weapon or the
    act ("killed in Russian air strikes", "by regime jets") acts, unless it is what was
    hit ("shot down Russian jets"); a name or demonym modifying the act ("rebel
    shelling", "the regime's bombardment", "ISIS mortar fire") acts too."""
    if _noun(root) in _MEANS:
        return "actor2" if root.dep_ in ("dobj", "nsubjpass") else "actor1"
    head = root.head
    modifies = root.dep_ in ("amod", "compound", "poss", "nmod") and head.i != root.i
    return "actor1" if modifies and _noun(head) in _MEANS | _ACT_NOUNS else None


def _noun(tok: Token) -> str:
    """The word's lemma; a headline's capitalised plural ("Rocket Attacks", parsed as a
    proper noun the lemmatiser leaves whole) in the singular."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.is_title and lemma.endswith("s") and len(lemma) > 3:
        return lemma[:-1]
    return lemma


_FIGHTERS_AFTER_RX = re.compile(  # one fighter as well as many ("an IS militant drone")
    r"^\s+(?:militants?|fighters?|gunm[ae]n|insurgents?|jihadists?|rebels|members|elements|"
    r"operatives?|drones?)\b"
)
_TARGET_BEFORE_RX = re.compile(
    r"\b(?:against|on|at|with|from|of|between|by|target\w*|kill\w*|hit\w*|struck|strike|"
    r"attack\w*|bomb\w*|shell\w*|ambush\w*|arrest\w*|captur\w*|neutrali[sz]\w*|"
    r"suspected of)\s+(?:[a-z0-9]+\s+){0,2}$"
)


def _named_fighters(m: ActorMention, sent: Span) -> bool:
    """"IS militants", "AQAP drones": a name on fighters or weapons ahead of the trigger,
    not the object of a verb or preposition ("drones hit IS militants")."""
    text = doc_text(sent.doc)
    if not _FIGHTERS_AFTER_RX.match(text[m.end : m.end + 16]):
        return False
    return not _TARGET_BEFORE_RX.search(text[sent.start_char : m.start])


# what a side does to a place or building it holds: the agent of "held by X" holds the
# target; it is not the one who struck it
_HOLDING = frozenset("hold control use occupy run own man administer dominate".split())


def _holds(verb: Token) -> bool:
    # "a town held by IS", and as surely "a region that is controlled by IS"
    return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in _HOLDING


def _killed_fighters(m: ActorMention, sent: Span) -> bool:
    """"40 IS fighters were killed": fighters told as the passive subject are the ones
    hit, whatever else the sentence says."""
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return span.root.dep_ == "compound" and head.dep_ == "nsubjpass"


def _left_before(m: ActorMention, sent: Span, trigger: int) -> bool:
    """The mention is the subject of a verb of leaving told in a clause of time, another
    act than the trigger's (apart.py): no doer of the act."""
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    act = sent.doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    return span is not None and act is not None and left_before(span.root, act[0])


def _judged(m: ActorMention, sent: Span) -> bool:
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and judged_doer(span.root)


def _outranks(m: ActorMention, sent: Span, earlier: ActorMention, home: Span | None,
              trigger: int) -> bool:
    """Whether ``m`` is a sure doer reading (doers.py) that outranks a side's ``earlier``
    reading as a target or bystander: one outside the event's own sentence ``home`` gives
    way to any sure doer of force; one there (a target told with the act itself) only
    to the sure doer of the act at ``trigger`` itself."""
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if home is not None and home.start_char <= earlier.start < home.end_char:
        return does_the_act(span.root, trigger)
    return sure_doer(span.root)


def _apart(m: ActorMention, sent: Span, cues: list[Token]) -> bool:
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and act_apart(span.root, cues)


_BACKED_BY_RX = re.compile(r"^ backed by\b")  # the force named before it is the one backed


def _cues(sent: Span, code: str | None, trigger: int) -> list[Token]:
    """The words of the event's own code in a sentence other than the trigger's."""
    if code is None or sent.start_char <= trigger < sent.end_char:
        return []
    spans = (sent.char_span(h.start, h.end, alignment_mode="expand")
             for h in cached_hits(span_text(sent)) if h.code == code)
    return [sp.root for sp in spans if sp is not None]


def assign_roles(
    sents: Sequence[Span], trigger: int, actors: Sequence[ActorMention], code: str | None = None
) -> list[tuple[ActorMention, str]]:
    """Mentions of the event's sentences with a role each, agents first; with ``code``
    (the event's), the doer of a sentence that tells the event only as the time of its
    own act is no side of it (:func:`warlog.events.apart.act_apart`)."""
    out: list[tuple[ActorMention, str]] = []
    seen: dict[str, int] = {}  # each side's place in ``out``
    home = next((s for s in sents if s.start_char <= trigger < s.end_char), None)
    for sent in sents:
        verb = sent.root
        act = sent.doc.char_span(trigger, trigger + 1, alignment_mode="expand")
        cues = _cues(sent, code, trigger)
        for m in actors:
            # a side told again by the words of the act itself ("Syria army reprisal for ...
            # Syrian government shelling of a town killed 31"): that mention outranks
            again, own = seen.get(m.actor), m.start <= trigger < m.end
            if not sent.start_char <= m.start < sent.end_char or (again is not None and (
                    out[again][1] not in ("actor2", "other") or not (
                        own or _judged(m, sent)
                        or _outranks(m, sent, out[again][0], home, trigger)))):
                continue
            after = doc_text(sent.doc)[m.end : m.end + 12]
            # "US-backed SDF", "the US backed the SDF": the backer stands beside the doer;
            # but "the SDF backed by US strikes captured ...": a force backed by another
            # is still the subject of its own verb, its role read off the parse
            if after.startswith(("-backed", "-led", " backed", "-supported")) and not (
                    _BACKED_BY_RX.match(after)):
                role = "assoc"
            elif after.startswith(("-held", "-controlled", "-run ")):
                role = "other"  # "regime-held Tartous": who holds the place did not act
            elif names_outlet(m, sent):  # "regime television said": no party here
                if again is None and _role_of(m, sent, verb) in ("actor2", "other"):
                    out.append((m, "told"))  # the models still see it (frame.py)
                continue
            else:
                role = _role_of(m, sent, verb, act[0] if act and act[0].sent == sent else None)
            if (role != "actor1" and m.start < trigger and _named_fighters(m, sent)
                    and not _killed_fighters(m, sent)):
                role = "actor1"  # "IS militants carried out drone attacks", however parsed
            if role != "actor1" and headline_agent(m, sent, trigger):
                role = "actor1"  # "ISIL Uses Chemical Weapons", parsed as one noun phrase
            if role == "actor1" and _left_before(m, sent, trigger):
                role = "other"  # "after the fighters left for X, the coalition shelled"
            if role == "actor1" and cues and _apart(m, sent, cues):
                role = "other"  # "after the deal was struck, the coalition shelled"
            if lists_members(sent):  # "The combined force includes X, Y and Z"
                role = member_role(m, sent, out)
            if again is not None:
                # the side whose act it is, or that another sentence names as the one
                # judged for doing it ("Hezbollah was criticised for allowing the
                # evacuation") or as the sure doer of force (doers.py) though an earlier
                # reading outside the event's own sentence named it as a target: actor1
                if own or role == "actor1":
                    out[again] = (m, "actor1")
                continue
            seen[m.actor] = len(out)
            out.append((m, role))
    out = members_named(out, sents)
    order = {"actor1": 0, "actor2": 1, "assoc": 2, "other": 3, "told": 4}

    def at_home(m: ActorMention) -> bool:
        return home is not None and home.start_char <= m.start < home.end_char

    # a named agent in the trigger's own sentence outranks one told in another sentence
    # ("Russian artillery shelled X ... Ukrainian forces said they repelled"); with none
    # named there, a name elsewhere still outranks an unnamed agent ("IS claimed it")
    named_home = any(role == "actor1" and at_home(m) and named(m) for m, role in out)

    def away(m: ActorMention) -> bool:
        return named_home and not at_home(m)

    # an agent told in another sentence is no co-agent of the one named here ("Ukrainian
    # forces said they repelled an attack" is the other side, not Russia's ally)
    out = [(m, "other" if role == "actor1" and away(m) else role) for m, role in out]
    return sorted(out, key=lambda mr: (order[mr[1]], away(mr[0]), stand_in(mr[0]),
                                       clause_depth(mr[0], sents)))


def event_actors(
    roles: Sequence[tuple[ActorMention, str]],
    claimer: ActorMention | None,
    sents: Sequence[Span],
    country: str | None,
) -> tuple[EventActor, ...]:
    """actor1, actor2 and associated actors, in that order (ACLED's columns)."""
    first = [m for m, r in roles if r == "actor1"]
    second = [m for m, r in roles if r in ("actor2", "other")]
    assoc = [m for m, r in roles if r == "assoc"]
    if claimer is not None:
        # who claims the act (or is held responsible for it) did it: the claimer leads,
        # and the unnamed agent the act was told with ("a drone", "unidentified gunmen")
        # is that same side told before its name was known, no ally of it
        first = [claimer, *(m for m in first if m.actor != claimer.actor and not unnamed(m))]
        second = [m for m in second if m.actor != claimer.actor]
    out: list[EventActor] = []
    # ACLED: assoc_actor_1 fights with actor1 (a co-perpetrator, "X-backed", "supported
    # by"), assoc_actor_2 stands with actor2 (further targets): a target is never on the
    # side of the one who attacked it
    other_side = second[1:]
    if first:
        out.append(_ea(first[0], "actor1"))
        # means with no owner said ("supported by drones") are a named actor1's own
        assoc = stand_ins_dropped(first)[1:] + [
            m for m in assoc if not (named(first[0]) and implied(m))]
    elif any(_UNIDENTIFIED_RX.search(span_text(s)) for s in sents):
        name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.append(EventActor(name, (), "actor1", ActorKind.POLITICAL_MILITIA))
    if second:
        out.append(_ea(second[0], "actor2"))
    if assoc:
        out.append(_ea(assoc[0], "assoc_actor_1"))
    if other_side:
        out.append(_ea(other_side[0], "assoc_actor_2"))
    return tuple(out)


def _ea(m: ActorMention, role: str) -> EventActor:
    return EventActor(name=m.actor, aliases=m.aliases, role=role, kind=m.kind)
