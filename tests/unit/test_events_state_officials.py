"""A country in the possessive before its officials ("Norway's prime minister") names the
state that acts through them, not the ground of an event (events/misnamed.py; invented
sentences)."""

from __future__ import annotations

import pytest

from warlog.events.misnamed import names_a_state
from warlog.models import Place


def _country(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(start, start + len(name), name, name, 60.0, 8.0, None, "country", "NO",
                 None, 0.9)


@pytest.mark.parametrize("text", [
    "Shortly after the truce was signed, Norway's Prime Minister denounced it.",
    "Norway’s premier said the deal was a mistake.",
    "Norways foreign minister called the accord weak.",
    "Norway's defence minister visited the border.",
])
def test_events_state_officials_country_is_the_actor(text: str) -> None:
    assert names_a_state(_country(text, "Norway"), text)


def test_events_state_officials_ground_stays_a_place() -> None:
    text = "Rebels and troops clashed in Norway's north overnight."
    assert not names_a_state(_country(text, "Norway"), text)


def test_events_state_officials_country_is_no_place_of_the_event() -> None:
    # the deal's sentence names Norway only through its prime minister: no place of it
    import spacy

    from warlog.events.places import pick_place

    text = "Shortly after the truce was signed in May, Norway's Prime Minister denounced it."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    assert pick_place(sents, text.index("truce"), [_country(text, "Norway")], []) is None
    plain = "Shortly after the truce was signed in Norway in May, officials denounced it."
    got = pick_place(list(nlp(plain).sents), plain.index("truce"), [_country(plain, "Norway")], [])
    assert got is not None and got.text == "Norway"
