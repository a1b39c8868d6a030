"""The times grammar skips a rule over a window that holds none of the strings every
match of the rule holds (times/grammar._HOLDS), and only there."""

from __future__ import annotations

import pytest

from warlog.times.find import _candidates
from warlog.times.grammar import RULES

_BY_NAME = {r.name: r for r in RULES}

# one phrase per gated rule, each of which its rule matches
_PHRASES = {
    "iso": "on 2019-04-07 troops",
    "numeric": "dated 7/4/2019 by",
    "day_slash": "in the morning of 15/11 the",
    "decade": "since the early 1990s the",
    "clock": "at 6.30 p.m. on",
}


@pytest.mark.parametrize("name", sorted(_PHRASES))
def test_times_rule_holds_what_its_matches_hold(name: str) -> None:
    rule = _BY_NAME[name]
    phrase = _PHRASES[name]
    # the phrase matches in any case, and the lower-cased window lets the rule run
    assert rule.holds and rule.pattern.search(phrase)
    assert rule.may_match(phrase.lower())
    assert not rule.may_match("on sunday 12 people were killed in the town")


def test_times_ungated_rules_run_everywhere() -> None:
    assert all(r.may_match("") for r in RULES if not r.holds)


def test_times_candidates_found_with_the_gates() -> None:
    text = "On 2019-04-07, the Saturday before last, at 6 p.m., in the 1990s, 12 died."
    found = {m.group() for *_, m in _candidates(text)}
    assert {"2019-04-07", "the Saturday before last", "6 p.m.", "the 1990s"} <= found
