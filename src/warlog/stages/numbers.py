"""Numbers: casualty and quantity phrases as low/best/high. (Stub: replaced by issue 4.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.models import Document, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quantities(doc: Document, sdoc: "Doc | None" = None) -> tuple[Quantity, ...]:
    return ()
