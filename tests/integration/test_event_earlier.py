"""Background told as earlier (events/earlier.py): an act the report places before its
news with "months ago", "previously", "earlier this year" is history, dated only by what
that time names, never by the narrative's day (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2017, 9, 15)
# a news report goes on past its incident (a record of one incident, however long ago,
# is about that act: earlier.in_news)
_MORE = ("Residents said the main market reopened this week. Schools in the area stayed "
         "closed. Farmers complained about the price of fuel. The local council met to "
         "discuss water supplies. Aid workers said more food was needed before winter. "
         "Prices of bread rose again. Many families have left for the coast.")


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, "Report\n\n" + text + " " + _MORE, PUBLISHED)


def test_an_act_told_months_ago_is_history_without_a_day(settings: Settings) -> None:
    # "Months ago" names no date: the act is background, and the Wednesday of the
    # sentence before is not its day
    ad = _annotate(settings, "Troops fought rebels near Busra al-Harir on Wednesday. Months "
                             "ago, government forces recaptured the town of Busra al-Harir "
                             "from the rebels.")
    past = [ev for ev in ad.events if ev.historical]
    assert [(ev.sub_event_type, ev.date) for ev in past] == [
        ("Government regains territory", None)]
    assert any(not ev.historical for ev in ad.events)


def test_an_act_told_as_previous_is_history(settings: Settings) -> None:
    ad = _annotate(settings, "Army units killed ten militants near Tal Afar on Monday. The "
                             "militants had previously seized the town of Hawija.")
    taken = [ev for ev in ad.events if ev.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(ev.historical and ev.date is None for ev in taken)


def test_earlier_this_year_dates_the_act_by_its_year(settings: Settings) -> None:
    ad = _annotate(settings, "Gunmen shot dead two policemen in Arish on Sunday. Earlier "
                             "this year, militants stormed a checkpoint in the same town, "
                             "killing eight soldiers.")
    past = [ev for ev in ad.events if ev.historical]
    assert [ev.date for ev in past] == ["2017"]
    assert any(not ev.historical and ev.date == "2017-09-10" for ev in ad.events)


def test_a_record_is_about_its_act_however_long_ago(settings: Settings) -> None:
    # a short report tells one act: "months ago" places it, it is no background
    ad = annotate_text(settings, "Report\n\nShe was abducted by gunmen in Kirkuk months "
                                 "ago, her father said.", PUBLISHED)
    assert ad.events and not any(ev.historical for ev in ad.events)


def test_a_past_said_of_a_noun_leaves_the_news_alone(settings: Settings) -> None:
    # "previously" is said of the rebels (who they are), not of Sunday's attack
    ad = _annotate(settings, "Rebels who previously held the town attacked an army post "
                             "in Busra al-Harir on Sunday, killing four soldiers.")
    assert ad.events and not ad.events[0].historical
    assert ad.events[0].date == "2017-09-10"


def test_a_time_said_of_a_word_dates_no_act(settings: Settings) -> None:
    # "previously unknown" says who the group is, not when the bombing was
    ad = _annotate(settings, "A previously unknown group claimed responsibility for a "
                             "bombing that killed five soldiers in the town of Nawa.")
    assert ad.events and not any(ev.historical for ev in ad.events)
