"""One invented report through the whole pipeline, for the event tests of this folder."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from warlog.config import Settings
from warlog.events.detect import candidates
from warlog.events.group import group_candidates, incident_code
from warlog.models import AnnotatedDocument, Document, Origin
from warlog.pipeline import Resources, annotate


def annotate_text(settings: Settings, text: str, published: dt.date) -> AnnotatedDocument:
    """``text`` as a report published on ``published``, annotated by every stage."""
    doc = Document(id="t", text=text, title=None, source="test", url=None,
                   published=published, language="en",
                   origin=Origin("test.txt", 0, len(text)))
    return next(annotate([doc], Resources(settings)))


def incident_of(nlp: Language, text: str) -> str:
    """The ACLED code of the first incident the detector groups in ``text``."""
    groups = group_candidates(candidates(list(nlp(text).sents), {}), (), ())
    assert groups, f"no event in {text!r}"
    return incident_code(groups[0])
