"""Names that resolve to a place but, as the words around use them, name something else.

A town of under 100,000 people that speaks is a person (:func:`speaking_town`).

A US county is called by its full name in the news ("Murray County", "in Whitfield
County"); its bare name ("Murray") stands for the county only where the words around
set it as a place: after a preposition of place ("in Murray"), before a word of its
services ("Whitfield deputies", "Murray Sheriff Gary Langford"), or listed with other
places ("Whitfield, Murray and Catoosa"). Tagged as an organisation and standing by
itself ("Murray beat Gilmer 21-14", "Murray's defense"), it is the school, team or
person named after the county or its namesake, not the county (:func:`bare_county`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.nlp.parse import first_token_at
from warlog.places.cues import after_locative, speaks
from warlog.places.known import STRONG_TOWN

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from warlog.places.detect import Mention
    from warlog.places.index import Gazetteer


def bare_county(m: Mention, sdoc: Doc, gaz: Gazetteer) -> bool:
    """Whether ``m`` is a lone word that spaCy took for an organisation, resolved to a US
    county by the county's short name only, with nothing around it that sets it as a
    place (see the module docstring)."""
    b = m.best
    if (b is None or b.feature != "admin2" or b.country_code != "US" or " " in m.text
            or m.adjective or m.qualifier or m.hint or m.evidence or gaz.official(b, m.text)):
        return False
    i = first_token_at(sdoc, m.start)
    if i >= len(sdoc):
        return False
    tok = sdoc[i]
    if tok.ent_type_ != "ORG" or after_locative(sdoc, i):
        return False
    listed = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    heads_name = tok.dep_ == "compound" and tok.head.pos_ == "PROPN"
    return not (listed or heads_name)


def speaking_town(m: Mention, sdoc: Doc) -> bool:
    """A town of under 100,000 people as the subject of a verb of saying ("Dalton
    said", "Tyler told reporters"): a person. A town does not speak; the places that
    stand for their governments or teams are countries, capitals and large cities
    ("Moscow said"). A town in its address form is a place whatever the parse
    ("Kalamazoo, Mich.-based First of America said")."""
    b = m.best
    return (b is not None and b.feature == "city" and b.population < STRONG_TOWN
            and not (m.adjective or m.qualifier) and speaks(sdoc, m.start, m.end))
