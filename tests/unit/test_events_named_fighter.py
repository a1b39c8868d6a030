"""Roles: a name on one fighter or weapon ahead of the trigger acts, as one on many does
("a KRA militant drone bombed", as "KRA militants carried out"), however the name is
parsed. Parses built by hand, sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.handparse import Row, hand_doc
from warlog.events.fields import assign_roles
from warlog.models import ActorKind, ActorMention


def _rows(noun: str) -> list[Row]:
    # "On Monday, KRA <noun> drone bombed army position South of Velmo ." with the name
    # read as the root verb and "bombed" as an adjective, as the model once parsed it
    return [
        ("On", "on", "ADP", 3, "prep"), ("Monday", "Monday", "PROPN", 0, "pobj"),
        (",", ",", "PUNCT", 3, "punct"), ("KRA", "be", "AUX", 3, "ROOT"),
        (noun, noun, "ADJ", 5, "amod"), ("drone", "drone", "NOUN", 8, "nmod"),
        ("bombed", "bomb", "VERB", 8, "amod"), ("army", "army", "NOUN", 8, "compound"),
        ("position", "position", "NOUN", 9, "compound"), ("South", "South", "PROPN", 3, "attr"),
        ("of", "of", "ADP", 9, "prep"), ("Velmo", "Velmo", "PROPN", 10, "pobj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]


@pytest.mark.parametrize("noun", ["militant", "fighter", "gunman", "jihadist"])
def test_events_named_fighter_one_fighter_ahead_of_the_trigger_acts(noun: str) -> None:
    doc = hand_doc(_rows(noun))
    start = doc.text.index("KRA")
    kra = ActorMention(start, start + 3, "KRA", "Karo Rebel Army", ("KRA",),
                       ActorKind.REBEL_GROUP)
    [(_, got)] = assign_roles(list(doc.sents), doc.text.index("bombed"), [kra])
    assert got == "actor1"
