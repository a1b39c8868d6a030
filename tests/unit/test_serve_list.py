"""The list's rows: what tells two events alike in every field apart (the API's
``excerpt``). Every report here is made up for the test."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.unit.test_serve import ApiClient, _doc
from warlog.models import AnnotatedDocument, Evidence, Origin
from warlog.serve.api import EXCERPT_CHARS
from warlog.serve.app import create_app
from warlog.store.sqlite import open_store

HEADLINE = "Two blasts shake a river town\n\n"
FIRST = "A bomber blew himself up at the gate of a market crowded with shoppers."
SECOND = ("Minutes later a second bomber drove a van packed with explosives into the police post "
          "that guards the bridge over the river, and the whole post was levelled by the blast.")


def make_pair_db(path: Path) -> str:
    """One made-up report of two attacks in one town on one day by one group: the same
    type, place, date, actor and source, told by different sentences."""
    text = HEADLINE + FIRST + " " + SECOND
    base = _doc("pair", "DW", 0, 31.05, 46.26, "Nasiriyah")
    doc = dataclasses.replace(base.document, text=text, origin=Origin("x.txt", 0, len(text)))
    at = text.index(FIRST)
    one = dataclasses.replace(base.events[0], id="e-one", fatalities=None, evidence=(
        Evidence(0, len(HEADLINE), HEADLINE), Evidence(at, at + len(FIRST), FIRST)))
    at = text.index(SECOND)
    two = dataclasses.replace(base.events[0], id="e-two", fatalities=None, confidence=0.5,
                              evidence=(Evidence(at, at + len(SECOND), SECOND),))
    with open_store(path) as store:
        store.add(AnnotatedDocument(document=doc, events=(one, two)))
        store.merge()
    return str(path)


def test_serve_list_rows_of_look_alike_events_carry_distinct_excerpts(tmp_path: Path) -> None:
    """Both rows read "Suicide bomb, Nasiriyah, 2017-09-14, Islamic State, DW": each
    carries a sentence of its own, the headline passed over for the body's sentence, a
    long one cut at a word with an ellipsis."""
    client = ApiClient(create_app(make_pair_db(tmp_path / "w.db")))
    events = client.get("/api/events").json()["events"]
    assert len(events) == 2
    excerpts = {ev["excerpt"] for ev in events}
    assert FIRST in excerpts  # not the headline, which tells the story of both
    [cut] = excerpts - {FIRST}
    assert cut.endswith("\u2026") and len(cut) <= EXCERPT_CHARS + 1
    assert SECOND.startswith(cut[:-1]) and not cut[:-1].endswith(" ")
