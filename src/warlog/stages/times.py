"""Times: find time expressions and normalise them against the publication date.
(Stub: replaced by issue 4.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.models import Document, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_times(doc: Document, sdoc: "Doc | None" = None) -> tuple[TimeExpr, ...]:
    return ()
