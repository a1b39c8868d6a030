"""The word gate of the generic actor patterns: a pattern is skipped only where it
cannot match, never where it would (actors/gate.py, actors/context.py,
actors/unseen.py)."""

from __future__ import annotations

import pytest

from warlog.actors import find_actors, load_actor_dictionary
from warlog.actors.context import _NEEDS, _RULES
from warlog.actors.gate import WordGate
from warlog.actors.unseen import DRONE
from warlog.config import Settings
from warlog.models import Document, Origin


def test_gate_finds_words_in_any_case() -> None:
    gate = WordGate("Two CIVILIANS were hurt when Gunmen opened fire.")
    assert gate.may_match(("civilians",))
    assert gate.may_match(("protesters", "gunm"))
    assert not gate.may_match(("cartel", "traffickers"))


def test_gate_runs_everything_where_re_folds_a_letter_lower_does_not() -> None:
    # re.IGNORECASE reads "İ" as "i"; "İ".lower() is "i" plus a combining dot
    assert WordGate("UNİDENTIFIED MEN opened fire").may_match(("unidentified",))
    assert WordGate("ſuſpected").may_match(("cartel",))


# one phrase per rule, each of which its rule matches
_PHRASES = {
    "military": "an unidentified military aircraft",
    "gang": "criminal gangs",
    "unidentified": "some armed men",
    "perpetrator": "armed assailants",
    "state": "Takfiri terrorists",
    "Civilians": "worshippers",
    "Protesters": "demonstrators",
    "Rioters": "an angry mob",
}


@pytest.mark.parametrize("rule", sorted(_NEEDS))
def test_each_rule_needs_its_words(rule: str) -> None:
    pattern = dict(_RULES)[rule]
    phrase = _PHRASES[rule]
    assert pattern.search(phrase) and WordGate(phrase).may_match(_NEEDS[rule])
    assert not WordGate("the army shelled the town").may_match(_NEEDS[rule])


def test_drone_words() -> None:
    assert DRONE.search("UAVs struck") and WordGate("UAVs struck").may_match(("uav",))


def test_a_folded_letter_still_finds_the_unnamed_group() -> None:
    text = "UNİDENTIFIED MEN opened fire on a checkpoint in Kabul."
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="t", start=0, end=len(text)))
    found = find_actors(doc, None, load_actor_dictionary(Settings()))
    assert any(m.actor.startswith("Unidentified Armed Group") for m in found)
