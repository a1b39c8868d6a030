"""The days a sentence names, one key for every spelling of one day."""

from __future__ import annotations

from warlog.events.days import days_named, opens_with_day, starts_a_stretch


def test_an_abbreviated_month_names_the_same_day_as_the_full_name() -> None:
    assert days_named("On Jan. 25 rebels fired rockets") == days_named("on 25 January")
    assert days_named("the Oct 2 bomb attack") == {"10-2"}


def test_weekdays_and_dates_are_read_apart() -> None:
    assert days_named("Monday 17 October 2016") == {"w0", "10-17"}
    assert days_named("in March 2011, since May") == set()


def test_an_opening_day() -> None:
    assert opens_with_day("On Sunday in Damascus a bomb tore apart a bus")
    assert opens_with_day("On Jan. 25 rebels mounted an attack")
    assert not opens_with_day("A bomb tore apart a bus in Damascus on Sunday")


def test_a_day_after_since_opens_a_stretch() -> None:
    text = "killing at least 16 people since Thursday, and two on Sunday"
    assert starts_a_stretch(text, text.index("Thursday"))
    assert not starts_a_stretch(text, text.index("Sunday"))
