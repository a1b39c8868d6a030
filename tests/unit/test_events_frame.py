"""The frame of a report is no party to the act: the one told ("told a news agency"),
the body a source speaks for ("a source at the police command"), and a body that reports
or deliberates (the UN's inquiry, its meeting) are never the act's target; a body told as
hit still is. Fixtures written for these tests (no article text)."""

from __future__ import annotations

import datetime as dt

from warlog.config import Settings
from warlog.models import Document, Event, Origin

DAY = dt.date(2016, 10, 15)


def _events(text: str) -> list[Event]:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None, published=DAY,
                   language="en", origin=Origin(path="t", start=0, end=len(text)))
    return list(next(annotate([doc], Resources(Settings()))).events)


def _names(ev: Event) -> set[str]:
    return {a.name for a in ev.actors}


def test_events_the_news_agency_told_is_no_target() -> None:
    ev = _events("Six people died on Saturday after Russian jets struck a village near Idlib, "
                 "a rescue worker said. The strike hit a bakery in the village, the rescuer "
                 "told Anadolu Agency on the phone.")[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert not any("Anadolu" in n for n in _names(ev))
    assert any(a.role == "actor1" and a.name == "Military Forces of Russia" for a in ev.actors)


def test_events_the_body_a_source_speaks_for_is_no_target() -> None:
    ev = _events("Militants fired mortar shells at a school in Aleppo on Thursday, killing "
                 "three children, a source at Aleppo Police Command said.")[0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert "Aleppo Police Command" not in _names(ev)


def test_events_a_un_inquiry_is_no_target_but_a_un_convoy_hit_is() -> None:
    ev = _events("Activists accused government forces of a gas attack that killed 90 people "
                 "near Damascus on Tuesday. A U.N. team is in Syria looking into claims that "
                 "chemical arms have been used.")[0]
    assert "United Nations" not in _names(ev)
    hit = _events("Gunmen opened fire on United Nations peacekeepers near Goma on Monday, "
                  "killing two of them.")[0]
    assert "United Nations" in {a.name for a in hit.actors if a.role == "actor2"}


def test_events_the_body_of_a_cited_source_is_no_target() -> None:
    ev = _events("In the Salah al-Din district militants killed a boy and injured four people "
                 "with rocket fire the state agency reported citing a source at the Aleppo "
                 "Police Command.")[0]
    assert "Aleppo Police Command" not in _names(ev)


def test_events_a_side_s_television_is_no_doer() -> None:
    ev = _events("Two car bombs hit regime-held Baniyas on Monday, killing 12 people, state "
                 "media said. A bomber blew himself up among people who came to help the "
                 "wounded, Syrian regime television said.")[0]
    assert not any(a.role == "actor1" for a in ev.actors)


def test_events_the_side_holding_the_place_hit_is_not_the_target_before_the_dead() -> None:
    ev = _events("Air strikes hit an IS-held village near Raqqa on Monday, killing 9 "
                 "civilians.")[0]
    assert [a.name for a in ev.actors if a.role == "actor2"] == ["Civilians (Syria)"]
