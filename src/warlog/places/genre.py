"""What kind of report a document is, where that changes what counts as a place.

An outbreak report (a story whose subject is an infectious disease: its cases, spread,
vaccines) is mapped by the places where the disease is found. Its nationality words
describe the people and bodies that study, fight or catch the disease ("Chinese health
officials", "a British tourist", "Indonesian scientists") or the strain ("the Asian
strain"), not a place the report is set in: geoparsing corpora of outbreak news (GeoVirus)
mark the names and never the adjectives, while general news corpora mark both. So in an
outbreak report a place adjective is no place mention; the place names still are.

The test is the density of words that only infectious disease reporting uses densely:
general medical words ("patients", "medical", "hospital") are left out, because war and
accident reports use them (a chemical attack, a hospital shelled), and so are "cases"
and "strain", which other news uses in other senses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warlog.places.names import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

OUTBREAK_WORDS = words(
    "virus viruses viral outbreak outbreaks epidemic epidemics pandemic pandemics "
    "infection infections infected infectious contagious vaccine vaccines vaccination "
    "vaccinated flu influenza pathogen pathogens bacteria bacterium bacterial quarantine "
    "disease diseases ebola zika mers sars hiv aids malaria cholera measles polio "
    "tuberculosis dengue h1n1 h5n1 h7n9 h7n7 mosquito mosquitoes"
)
# an outbreak report uses at least this many such words, and they make up at least this
# share of its words (a long general report that mentions a virus twice is not one)
MIN_WORDS = 5
MIN_SHARE = 0.012

_WORD = re.compile(r"[A-Za-z0-9]+")


def outbreak_share(text: str) -> tuple[int, float]:
    """How many words of ``text`` belong to infectious disease reporting, and their share."""
    tokens = _WORD.findall(text.lower())
    hits = sum(1 for t in tokens if t in OUTBREAK_WORDS)
    return hits, hits / max(len(tokens), 1)


def outbreak_report(sdoc: Doc) -> bool:
    """Whether the document is an outbreak report (see the module's docstring)."""
    hits, share = outbreak_share(sdoc.text)
    return hits >= MIN_WORDS and share >= MIN_SHARE
