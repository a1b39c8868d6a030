"""Places: detect place mentions and resolve them against the local GeoNames index.
(Stub: replaced by the geocoding work of issue 3.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.config import Settings
from warlog.models import Document, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Gazetteer:
    """The local GeoNames index."""


def load_gazetteer(settings: Settings) -> Gazetteer:
    return Gazetteer()


def find_places(doc: Document, sdoc: "Doc", gazetteer: Gazetteer) -> tuple[Place, ...]:
    return ()
