"""Event types that need the parse, round 11 (issue 11): a taking told in a relative
clause on a noun describes the noun (a place's history, a force's purpose), not the news.
Sentences written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warlog.config import Settings
from warlog.events.detect import candidates
from warlog.events.mood import unreal

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


def _reason(nlp: Language, text: str, trigger: str) -> str | None:
    sent = next(iter(nlp(text).sents))
    toks = [t for t in sent if t.lower_ == trigger]
    assert toks, f"{trigger!r} not in {text!r}"
    return unreal(sent, [[toks[0]]])


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army imposed a curfew on the town of Beru, which it recaptured last year.",
     "recaptured"),
    ("Aid workers reached the valley of Osso, which the militia seized in the spring.",
     "seized"),
    # a purpose told as a relative clause on a noun: the force is formed, no ground taken
    ("They formed a new force to liberate the province.", "liberate"),
])
def test_a_taking_that_describes_a_noun_is_no_taking(
        nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) == "description"


def test_a_taking_told_by_the_main_clause_stays_real(nlp: Language) -> None:
    text = "The army recaptured the town of Beru from the rebels on Monday."
    assert _reason(nlp, text, "recaptured") is None


def test_a_short_report_whose_only_taking_describes_a_noun_reports_no_taking(
        nlp: Language) -> None:
    """A short report is written about one event; when its one cue is a taking that only
    says which town is meant or what a force is for, that taking is not its news (as a
    future act is not)."""
    text = "The army imposed a curfew on the town of Beru, which it recaptured last year."
    assert candidates(list(nlp(text).sents)) == []


def test_a_taking_told_as_news_in_a_short_report_stays(nlp: Language) -> None:
    news = "The army recaptured the town of Beru, which the rebels had held for a year."
    assert [c.scored.code for c in candidates(list(nlp(news).sents))] == ["GOV_REGAINS_TERIT"]
