"""Mood: does a clause report an occurrence, or only a plan, threat, wish or possibility?

An event is something the report tells as having happened or happening (CODING.md). The
trigger's own clause decides, read from the parse: walking up from the trigger word to
the sentence's main predicate (and no further than a verb of saying: "X said it shelled
Y" reports the shelling), any of these on the way makes the reading unreal:

- a modal or future auxiliary ("will reach an agreement", "could strike", "is going to"),
  not a guess on a perfect about what happened ("a leak may have killed dozens");
- a condition ("if the army attacks");
- a verb or noun of intention, threat, call or fear governing it ("vowed to retake",
  "threatened strikes", "the plan to attack", "calls for a ceasefire", "fear of raids");
- a verb of opinion whose that-clause it heads ("analysts believe IS attacked");
- a toll summed over time ("since Saturday, 68 have been killed");
- a conflict told as lasting months or years ("has fought the government for a decade");
- an adjective of readiness or likelihood ("willing to negotiate", "likely to fall",
  "it is possible that");
- habitual adverbs ("often target markets") and adjectives on the act ("daily shelling");
- an infinitive of purpose or goal ("an offensive to liberate Mosul"), unless its verb
  says it was achieved or carried on ("managed to capture", "continued to shell"), or
  the campaign it is the goal of is told won (:mod:`warlog.events.achieved`);
- a negation of the trigger verb itself ("did not attack");
- the trigger's own construction: a fight against fire or disease ("battled to put out
  blazes"), a name given to something ("it was a massacre"), a pattern told with a bare
  plural ("bomb attacks have been rarer"), talks agreed ("agreed to meet"), an
  agreement named failing or broken ("the collapse of the truce", "violated the
  ceasefire"): named, not made (:mod:`warlog.events.pacts`); and "the truce collapsed"
  is no collapse of a building.

Questions and examples ("such as", "for example") are unreal as a whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.achieved import campaign_won
from warlog.events.backdrop import describes_noun
from warlog.events.claims import REPORT_LEMMAS
from warlog.events.construction import FIGHT_VERBS, own_reading
from warlog.events.cumulative import summed_over_time
from warlog.events.lasting import long_running
from warlog.events.pacts import PACTS
from warlog.events.purpose import protest_purpose
from warlog.nlp.parse import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODALS = frozenset("will would could may might should must shall can 'll wo ca".split())
INTENT_VERBS = frozenset(
    "threaten vow plan urge call warn promise pledge intend aim seek want hope expect "
    "prepare encourage incite demand consider propose wish plot order ask appeal offer "
    "suggest recommend insist like".split()
)
OPINION_VERBS = frozenset(
    "think believe fear doubt wonder imagine suppose predict speculate assume guess "
    "reckon feel estimate".split()
)
INTENT_NOUNS = frozenset(
    "plan plans threat threats idea goal goals aim intention intent call calls demand "
    "demands fear fears risk danger prospect possibility hope hopes warning warnings "
    "proposal offer promise pledge vow ultimatum preparation preparations readiness "
    "wish need option options scenario capability capacity ability right bid".split()
)
HEDGE_ADJECTIVES = frozenset(
    "willing ready able likely unlikely possible probable expected set due poised eager "
    "keen determined prepared imminent potential hypothetical capable".split()
)
HABITUAL = frozenset("often usually regularly frequently routinely typically generally "
                     "normally sometimes repeatedly daily nightly weekly constantly "
                     "continually".split())
# the same of an act named by a noun ("daily shelling", "constant bombardment")
HABITUAL_ADJECTIVES = frozenset("daily nightly weekly regular frequent constant routine "
                                "incessant relentless near-daily almost-daily".split())
# verbs whose infinitive complement tells something achieved or carried on ("claimed to
# carry out drone strikes": a claim of responsibility reports the act it claims)
# verbs that say the act they govern was done ("managed to capture"); "resort to" takes
# what was done as its object ("resorted to stone pelting", which the parser may read as
# an infinitive "to stone"); verbs of compulsion are implicative too: who was forced,
# compelled or obliged to act acted ("troops were forced to retreat" retreated)
ACHIEVED = frozenset("manage succeed continue begin start resume keep go help claim "
                     "resort force compel oblige".split())
# verbs that only stage the event their object names ("carry out an attack")
LIGHT_VERBS = frozenset("launch carry conduct stage mount perpetrate commit make do "
                        "unleash begin start execute".split())
# verbs of going through danger: their object names the hazards of a way or a place ("the
# crew braved sniper fire and drones to reach the city"), no incident on a day
HAZARD_VERBS = frozenset("brave dodge".split())
_EPISTEMIC = frozenset({"may", "might", "must"})
_CLAUSE_MODIFIERS = frozenset({"acl", "relcl", "advcl"})
_ABOUT_PREPS = frozenset({"for", "of", "on", "against"})  # "call for", "threat of"
_INTENT_LINKS = frozenset({"xcomp", "dobj", "prep", "pcomp", "attr", "oprd", "conj"})
_QUESTION_RX = re.compile(r"\?\s*[\"”’']?\s*$")
_EXAMPLE_RX = re.compile(r"\bfrom the streets of\b|\bsuch as\b|\bfor example\b|\bfor instance\b")
# a phrase of time after the act presupposes it ("will advance after seizing Dabiq",
# "following the capture of X"): like an adverbial clause, it asserts on its own
_PRESUPPOSING = frozenset({"after", "following"})
_STOP = REPORT_LEMMAS | {"allege", "explain", "accuse", "claim", "deny"}
# a definite agreement named as the frame of what follows ("under the agreement, the
# rebels will hand over their weapons", "per the terms of the truce") is presupposed, as
# a definite description presupposes its referent: the duties it sets are future, the
# agreement is not
_FRAMING = frozenset({"under", "per"})
_PACTS = PACTS
_DEFINITE = frozenset("the this that these those its their his her our".split())


def sentence_unreal(sent: Span) -> str | None:
    """Why the whole sentence tells no occurrence (a question, an example), or None."""
    text = span_text(sent)
    if _QUESTION_RX.search(text):
        return "question"
    if _EXAMPLE_RX.search(text.lower()):
        return "example"
    return None


def clause_unreal(tok: Token) -> str | None:
    """Why the clause of trigger word ``tok`` tells no occurrence, or None when it does.

    The walk goes up from the trigger to the sentence's main predicate; it stops at a
    verb of saying (what is said is reported, not made unreal) and after the head of a
    modifier clause (a relative or adverbial clause asserts on its own: "after the army
    took X, it will ..." keeps the taking real)."""
    sent_root = tok.sent.root
    if protest_purpose(tok):
        return clause_unreal(tok.head)  # "closed their shops to protest": as real as the deed
    goal = _infinitive(tok)  # the weakest reason: a more telling one above wins
    if goal is None and tok.dep_ == "dobj" and tok.head.lemma_ in LIGHT_VERBS:
        goal = _infinitive(tok.head)  # "to launch attacks": the staged act is the goal too
    cur, prev, steps = tok, None, 0
    for _ in range(14):
        reason = _node_reason(cur, prev, tok, steps)
        if reason is not None:
            return reason
        if cur.i == sent_root.i or (cur.i != tok.i and cur.lemma_ in _STOP):
            break
        if cur.dep_ in _CLAUSE_MODIFIERS and not (cur.dep_ == "acl" and _to_form(cur)):
            break  # but "the plan to bomb" goes on to "plan"
        if cur.dep_ == "prep" and cur.lower_ in _PRESUPPOSING and prev is not None:
            break  # "will advance after seizing X": the seizing is told as done
        if cur.dep_ == "prep" and cur.lower_ in _FRAMING and _definite_pact(prev):
            break  # "under the agreement, they will ...": the agreement is presupposed
        prev, cur, steps = cur, cur.head, steps + 1
    return goal


def _node_reason(node: Token, came_from: Token | None, trigger: Token, steps: int) -> str | None:
    own = node.i == trigger.i
    for child in node.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS and not _past_guess(
                node, child):
            return "modal"
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return "condition"
        if child.dep_ == "advmod" and child.lower_ == "why" and node.pos_ in ("VERB", "AUX"):
            return "question"  # "asked why airstrikes do not target X": asked, not told
        if child.dep_ == "advmod" and child.lower_ in HABITUAL:
            return "habitual"
        if own and child.dep_ == "amod" and child.lower_ in HABITUAL_ADJECTIVES:
            return "habitual"  # "residents suffer daily shelling": a pattern, no incident
        if child.dep_ == "acomp" and child.lower_ in HEDGE_ADJECTIVES and not own:
            return "hedge"  # "it is possible that ...", "he is willing to ..."
        if own and child.dep_ == "neg" and node.pos_ in ("VERB", "AUX"):
            return "negated"
    if summed_over_time(node):
        return "cumulative"
    if (steps <= 1 and node.dep_ == "relcl" and node.tag_ in ("VBP", "VBZ")
            and not any(c.dep_ in ("aux", "auxpass") for c in node.children)):
        return "generic"  # "forces that drop barrel bombs": what they do, no one act
    if own and describes_noun(node):
        return "description"  # "the town, which it recaptured last year": names the town
    if (own and node.dep_ == "acl" and node.tag_ == "VBG" and node.lemma_ in FIGHT_VERBS
            and node.head.pos_ in ("NOUN", "PROPN")):
        return "generic"  # "militants fighting the regime": who they are, no one fight
    if own:
        reason = own_reading(node)
        if reason is not None:
            return reason
    if long_running(node):
        return "long-running"
    if own:
        return None
    if (steps <= 2 and node.pos_ == "NOUN" and came_from is not None
            and came_from.dep_ == "prep" and own_reading(node) == "characterization"):
        return "characterization"  # "it's a massacre of refugees": the refugees with it
    if (node.lemma_ in HAZARD_VERBS and node.pos_ == "VERB"
            and came_from is not None and came_from.dep_ == "dobj"
            and not any(c.lower_ in _DEFINITE for c in came_from.children)):
        return "hazard"  # "braved shelling and snipers to reach X": dangers, no incident
    if node.lemma_ == "go" and came_from is not None and came_from.dep_ == "xcomp":
        return "future"  # "is going to attack"
    # a verb or noun of intention, fear or opinion makes unreal what it is about: its
    # complement, within two words of the trigger ("vowed to retake", "threatened
    # strikes", "the plan to launch attacks"); not its subject, not a that-clause of
    # warning ("warned that the rally was unauthorised"), not a detail deeper down
    # ("demanded the release of those detained during the rally")
    link = came_from.dep_ if came_from is not None else ""
    if link == "prep" and came_from is not None and came_from.lower_ not in _ABOUT_PREPS:
        link = "adjunct"  # "sought help after the spill": the spill is no goal
    if steps <= 2 and node.pos_ in ("VERB", "AUX"):
        if node.lemma_ in INTENT_VERBS and link in _INTENT_LINKS:
            return "intent"
        if node.lemma_ in OPINION_VERBS and link in (*_INTENT_LINKS, "ccomp") and steps <= 1:
            return "opinion"
    noun_link = link in (*_INTENT_LINKS, "acl", "compound", "pobj", "prep")
    if steps <= 2 and node.pos_ in ("NOUN", "PROPN") and node.lower_ in INTENT_NOUNS and noun_link:
        return "intent"
    if node.pos_ == "ADJ" and node.lower_ in HEDGE_ADJECTIVES and link in _INTENT_LINKS:
        return "hedge"
    if came_from is not None and came_from.lemma_ in LIGHT_VERBS:
        # "to launch an attack": the attack is the goal; "to contain the fires": the fires
        # are there already (only a verb that stages the event makes its noun a goal)
        inf = _infinitive(came_from)
        if inf is not None and node.lemma_ not in ACHIEVED:
            return inf
    return None


def _infinitive(verb: Token) -> str | None:
    """ "to liberate" as a goal: an infinitive trigger verb, unless what governs it says
    it was done ("managed to capture", "continued to shell")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VB":
        return None
    if not _to_form(verb):
        return None
    if verb.head.i != verb.i and verb.head.lemma_ in ACHIEVED:
        return None
    if campaign_won(verb):
        return None  # "the campaign to liberate X proved successful": the goal was reached
    return "goal"


def _definite_pact(noun: Token | None) -> bool:
    """A definite agreement noun ("the deal", "its terms", "Sunday's truce"): see
    :data:`_FRAMING`."""
    return noun is not None and bool({noun.lower_, noun.lemma_.lower()} & _PACTS) and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
        for c in noun.children)


def _past_guess(node: Token, modal: Token) -> bool:
    """An epistemic modal on a perfect ("may have killed", "might have been planted",
    "must have caused"): a guess about what happened, the happening itself told (the
    leak that "may have killed dozens" leaked); "could" and "would have" are left
    unreal, a counterfactual ("could have killed hundreds had it gone off")."""
    return modal.lower_ in _EPISTEMIC and node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in node.children)


def _to_form(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def unreal(sent: Span, hit_tokens: Sequence[Sequence[Token]]) -> str | None:
    """Why a reading of ``sent`` is no occurrence: the sentence's own reason, or the
    reason shared by every trigger of that reading (one real trigger makes it real)."""
    whole = sentence_unreal(sent)
    if whole is not None:
        return whole
    reasons = [_first_reason(toks) for toks in hit_tokens if toks]
    if not reasons or any(r is None for r in reasons):
        return None
    return reasons[0]


def _first_reason(toks: Sequence[Token]) -> str | None:
    # a trigger of several words ("air strike") is judged by its syntactic head
    head = next((t for t in toks if t.head.i not in {u.i for u in toks} or t.head.i == t.i),
                toks[0])
    # a trigger that only modifies a noun ("bomb attacks", "car bomb attacks") is judged
    # by that noun, as its clause is the noun's: "bomb attacks have been rarer" is generic
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    return clause_unreal(head)
