"""The word-beginning table that tells which trigger patterns can match a text."""

from __future__ import annotations

import re

import pytest

from warlog.events import triggers
from warlog.events.prefixes import StartTable, pattern_starts

GUARD = r"(?<!\w)(?<!anti-)(?:"


def test_prefixes_read_the_beginnings_of_a_guarded_pattern() -> None:
    rx = re.compile(GUARD + r"air[- ]?strikes?|drone (attack|raid)s?)(?!\w)")
    assert pattern_starts(rx, 4) == {"air-", "air ", "airs", "dron"}
    # an optional first word: both ways in
    assert pattern_starts(re.compile(r"(the )?army"), 3) == {"the", "arm"}
    # a whole match shorter than the letters asked for is kept whole
    assert pattern_starts(re.compile(r"vx|sarin"), 4) == {"vx", "sari"}


@pytest.mark.parametrize("pattern", [r"\w+ attacked", r"(bomb)?", r"[^a]bc", r"(?i)army"])
def test_prefixes_leave_open_what_they_cannot_bound(pattern: str) -> None:
    assert pattern_starts(re.compile(pattern), 3) is None


def test_prefixes_list_the_word_starts_where_each_pattern_may_match() -> None:
    table = StartTable([re.compile(GUARD + r"shell(ed|ing))"), re.compile(r"\w+ fire")])
    text = "troops shelled a shelter; shelling went on"
    found = table.candidates(text)
    assert found[0] == [7, 17, 26]  # every word starting "shel"; only those
    assert found[1] == list(range(len(text) + 1))  # unbounded: asked everywhere


def test_prefixes_skip_a_pattern_no_word_can_begin() -> None:
    table = StartTable([re.compile(r"shel"), re.compile(r"tank")])
    assert table.candidates("troops shelled a shelter; unshelled") == {0: [7, 17]}


@pytest.mark.parametrize(
    "text",
    [
        "Syrian warplanes struck the town, killing 12 civilians, activists said.",
        "A suicide bomber blew himself up at a checkpoint; anti-aircraft fire followed.",
        "Protesters gathered peacefully before police fired tear gas at them.",
        "The non-violent march ended; a counter-attack by rebels retook the village.",
        "",
    ],
)
def test_events_find_hits_equals_searching_every_trigger(text: str) -> None:
    # the bundled lexicon, found through the table, gives what a search of each pattern
    # from the start of the text gives, in lexicon order
    assert triggers.find_hits(text) == triggers.find_hits(text, triggers.lexicon())


def test_events_find_hits_reads_editorial_brackets_as_the_word() -> None:
    # a quoted speaker's word put in by the editor, "[drone]", reads as the word itself,
    # and the match keeps the text's own offsets
    text = "One [drone] attacked the convoy near the checkpoint."
    hits = [h for h in triggers.find_hits(text) if h.code == "AIR_STRIKE"]
    plain = triggers.find_hits("One drone attacked the convoy near the checkpoint.")
    assert max(h.weight for h in hits) == max(h.weight for h in plain if h.code == "AIR_STRIKE")
    assert any(text[h.start : h.end] == "drone] attacked" for h in hits)
