"""Times: expressions found and normalised against the publication date (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin, Precision, TimeExpr
from warlog.times.find import event_date, find_times

# Thursday 14 September 2017
PUB = dt.date(2017, 9, 14)


def _doc(text: str, published: dt.date | None = PUB) -> Document:
    return Document(id="t", text=text, title=None, source=None, url=None,
                    published=published, language="en",
                    origin=Origin(path="x", start=0, end=len(text)))


def _one(text: str, published: dt.date | None = PUB) -> TimeExpr:
    found = find_times(_doc(text, published))
    assert found, f"no time expression in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        ("Gunmen attacked the village on Thursday.", "Thursday", "2017-09-14", Precision.DAY),
        ("Gunmen attacked the village on Monday.", "Monday", "2017-09-11", Precision.DAY),
        ("The talks will resume on Monday.", "Monday", "2017-09-18", Precision.DAY),
        ("Fighting raged last week.", "last week", "2017-W36", Precision.WEEK),
        ("Fighting raged this week.", "this week", "2017-W37", Precision.WEEK),
        ("The offensive began in late August.", "late August", "2017-08", Precision.MONTH),
        ("The group was founded in 2015.", "2015", "2015", Precision.YEAR),
        ("He fled six years ago.", "six years ago", "2011", Precision.YEAR),
        ("The vote was held on Monday, September 18.", "Monday, September 18",
         "2017-09-18", Precision.DAY),
        ("Protests spread in the 1990s.", "the 1990s", "199", Precision.DECADE),
        ("Profits fell in the third quarter.", "the third quarter", "2017-Q3",
         Precision.QUARTER),
        ("The camp was shelled yesterday.", "yesterday", "2017-09-13", Precision.DAY),
        ("The camp was shelled last month.", "last month", "2017-08", Precision.MONTH),
        ("It was announced earlier this month.", "earlier this month", "2017-09",
         Precision.MONTH),
        ("Aid arrived last winter.", "last winter", "2016-WI", Precision.QUARTER),
        ("The magazine said so in its May issue.", "May", "2017-05", Precision.MONTH),
        # after a preposition or an article "May" is the month: the modal never stands there
        ("Zones were agreed at May peace talks.", "May", "2017-05", Precision.MONTH),
        ("The May offensive failed.", "May", "2017-05", Precision.MONTH),
        ("On 4 January 2022, a drone struck.", "4 January 2022", "2022-01-04",
         Precision.DAY),
        ("The ceasefire of June 2014 collapsed.", "June 2014", "2014-06", Precision.MONTH),
        ("Dateline: 2017-09-12, Mosul.", "2017-09-12", "2017-09-12", Precision.DAY),
        # day/month without a year after "of"/"on", read day first
        ("Jets struck the camp in the night of 12/09.", "12/09", "2017-09-12", Precision.DAY),
        ("The convoy was ambushed on 28/8 near the pass.", "28/8", "2017-08-28",
         Precision.DAY),
    ],
)
def test_times_normalises_news_expressions(text: str, phrase: str, value: str,
                                           precision: Precision) -> None:
    found = {t.text: t for t in find_times(_doc(text))}
    assert phrase in found, found
    assert found[phrase].value == value
    assert found[phrase].precision is precision


def test_times_month_or_year_never_gets_an_invented_day() -> None:
    for text in ("Clashes erupted in June 2014.", "Clashes erupted in 2014.",
                 "Clashes erupted in June."):
        t = _one(text)
        assert t.precision in (Precision.MONTH, Precision.YEAR)
        assert t.value is not None and len(t.value) <= 7


@pytest.mark.parametrize(
    ("text", "value"),
    [("Officials said it was recently repaired.", "PAST_REF"),
     ("The situation is calm now.", "PRESENT_REF"),
     ("Elections will be held in the future.", "FUTURE_REF")],
)
def test_times_vague_references(text: str, value: str) -> None:
    assert _one(text).value == value


def test_times_relative_to_last_mentioned_date() -> None:
    found = find_times(_doc("The siege began on March 3, 2016. Two days later the town fell."))
    assert [t.value for t in found] == ["2016-03-03", "2016-03-05"]


def test_times_past_duration_is_a_duration() -> None:
    t = _one("At least 12 people died in the past 24 hours.")
    assert (t.text, t.type, t.value) == ("the past 24 hours", "DURATION", "PT24H")


def test_times_offsets_slice_back_to_the_text() -> None:
    text = "On Thursday, September 14, 2017, and again last week, rebels attacked."
    for t in find_times(_doc(text)):
        assert text[t.start:t.end] == t.text


def test_times_without_publication_date_stay_relative() -> None:
    """Never resolved against today's date: absolute dates resolve, relative ones don't."""
    found = {t.text: t for t in find_times(_doc(
        "On Monday, three days after the 12 March 2016 raid, and yesterday too.", None))}
    assert found["Monday"].value == "XXXX-WXX-1"
    assert found["Monday"].precision is Precision.DAY
    assert found["12 March 2016"].value == "2016-03-12"
    assert found["yesterday"].value is None
    assert found["yesterday"].precision is Precision.DAY


@pytest.mark.parametrize("text", [
    "You may go now.", "Thousands march in the capital.", "He paid $2015 for it.",
    "2000 people fled the town.",
])
def test_times_ignores_words_that_only_look_like_dates(text: str) -> None:
    values = {t.text for t in find_times(_doc(text))}
    assert not values & {"May", "march", "2015", "2000"}


@pytest.mark.parametrize("text", [
    "Two thirds of voters, or 2/3 of the total, backed it.", "The team won on 3/4 of the holes.",
    "The price fell 1/2 on Monday.",
])
def test_times_fractions_are_not_day_month(text: str) -> None:
    assert not [t for t in find_times(_doc(text)) if "/" in t.text]


def test_times_event_date_prefers_precise_date_in_sentence() -> None:
    text = "In 2015 the group grew. On Monday a drone struck the camp in June."
    times = find_times(_doc(text))
    second = text.index("On Monday")
    assert event_date(times, second, len(text), PUB) == ("2017-09-11", Precision.DAY)


def test_times_event_date_falls_back_to_publication_date() -> None:
    assert event_date((), 0, 10, PUB) == ("2017-09-14", Precision.DAY)
    assert event_date((), 0, 10, None) == (None, Precision.UNKNOWN)


@pytest.mark.parametrize(
    ("text", "values"),
    [("On the night of 3-4 May 2016, rebels attacked.", ["2016-05-03", "2016-05-04"]),
     ("Raids between 30 April and 2 May 2016.", ["2016-04-30", "2016-05-02"]),
     ("The war of 2014-2016 ended.", ["2014", "2016"]),
     ("Strikes hit on April 24 and 25, 2016.", ["2016-04-24", "2016-04-25"]),
     ("In mid-2014 the group expanded.", ["2014"])],
)
def test_times_ranges_give_both_ends(text: str, values: list[str]) -> None:
    found = find_times(_doc(text))
    assert [t.value for t in found] == values
    assert all(text[t.start:t.end] == t.text for t in found)


def test_times_clock_time_sits_on_the_day_last_mentioned() -> None:
    found = find_times(_doc("On 1 December 2023, a drone struck at around 9:30 pm."))
    assert [(t.value, t.type) for t in found] == [("2023-12-01", "DATE"),
                                                  ("2023-12-01T21:30", "TIME")]


def test_times_day_before_yesterday() -> None:
    assert _one("The day before yesterday it was calm.").value == "2017-09-12"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # "the next day", "the next year" count from the time last told; "next year" from now
    ("The siege began on Sept. 2. The next day, the town fell.", "The next day",
     "2017-09-03"),
    ("The group was founded in 1995. The next year, it split.", "The next year", "1996"),
    ("Talks will resume next year.", "next year", "2018"),
    # "two years later" after a year counts from that year
    ("The war began in 1991 and ended two years later.", "two years later", "1993"),
    ("The siege began on Sept. 2. That night, the town fell.", "That night", "2017-09-02"),
])
def test_times_anaphoric_expressions_count_from_the_last_told_time(
        text: str, phrase: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(_doc(text))}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize(("published", "text", "value"), [
    (dt.date(2017, 9, 12), "Talks were held over the weekend.", "2017-W36-WE"),  # Tuesday
    (dt.date(2017, 9, 15), "Talks were held over the weekend.", "2017-W36-WE"),  # Friday
    (dt.date(2017, 9, 15), "Talks will take place over the weekend.", "2017-W37-WE"),
    (dt.date(2017, 9, 16), "Talks were held over the weekend.", "2017-W37-WE"),  # Saturday
])
def test_times_the_weekend_by_day_of_report_and_tense(published: dt.date, text: str,
                                                      value: str) -> None:
    assert _one(text, published).value == value


def test_days_said_as_ordinals_and_two_digit_years() -> None:
    text = ("The vote is this coming Sunday, March eighth. It happened on February "
            "twenty-third. On the fifth of March they met. It ended in '97. The summer "
            "of '96 was hot. He said '97 was good.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(1998, 3, 5), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    times = find_times(doc)
    found = {t.text: t.value for t in times}
    assert found["March eighth"] == "1998-03-08"
    assert found["February twenty-third"] == "1998-02-23"
    assert found["the fifth of March"] == "1998-03-05"
    assert found["'97"] == "1997"
    assert found["The summer of '96"] == "1996-SU"
    # "said '97 was": not after a word that takes a year, so not read as one
    assert [t.text for t in times].count("'97") == 1


def test_ordinal_days_and_abbreviated_months_without_a_space() -> None:
    text = ("In July, talks began on the 3rd and ended on the 9th. The 5th Brigade "
            "attacked. He was buried Aug.2. It happened on August the 7th.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(1998, 8, 19), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    found = {t.text: t.value for t in find_times(doc)}
    assert found["the 3rd"] == "1998-07-03"  # a day of the month last told
    assert found["the 9th"] == "1998-07-09"
    assert "The 5th" not in found and "5th" not in " ".join(found)  # a unit, not a day
    assert found["Aug.2"] == "1998-08-02"
    assert found["August the 7th"] == "1998-08-07"


def test_a_relative_year_told_after_a_month_a_day_or_a_season() -> None:
    text = ("It started in December last year. It ends in March next year. He died "
            "Dec. 5 last year. The spring of last year was busy.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(1998, 8, 19), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    found = [(t.text, t.value) for t in find_times(doc)]
    assert ("December", "1997-12") in found
    assert ("March", "1999-03") in found
    assert ("Dec. 5", "1997-12-05") in found
    assert ("spring", "1997-SP") in found


def test_a_weekday_in_the_week_told_after_it() -> None:
    text = "It started on Tuesday of last week. It ends Friday next week."
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(1998, 8, 19), language="en",  # a Wednesday
                   origin=Origin(path="x", start=0, end=len(text)))
    found = [(t.text, t.value) for t in find_times(doc)]
    assert ("Tuesday", "1998-08-11") in found
    assert ("Friday", "1998-08-28") in found  # not this week's Friday, the 21st


def test_the_day_is_the_day_last_told() -> None:
    text = "Rebels attacked on Monday. Later in the day, the army struck back."
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(1998, 8, 19), language="en",  # a Wednesday
                   origin=Origin(path="x", start=0, end=len(text)))
    found = {t.text: t.value for t in find_times(doc)}
    assert found["the day"] == "1998-08-17"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Last year's harvest failed.", "Last year", "2016"),
    ("This year's budget was cut.", "This year", "2017"),
    ("Next year's vote is in doubt.", "Next year", "2018"),
    ("The past year's toll was high.", "The past year", "2016"),
    ("Crowds gathered on New Year's Eve 2015.", "New Year's Eve 2015", "2015-12-31"),
])
def test_a_units_possessive_names_the_period(text: str, phrase: str, value: str) -> None:
    t = _one(text)
    assert (t.text, t.value) == (phrase, value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The town fell on the 3rd of this month.", "the 3rd of this month", "2017-09-03"),
    ("Jets struck on the 28th of last month.", "the 28th of last month", "2017-08-28"),
    ("The siege ended on the last day of July.", "the last day of July", "2017-07-31"),
    ("Talks opened on the first day of the month.", "the first day of the month",
     "2017-09-01"),
])
def test_a_day_named_by_its_place_in_a_month(text: str, phrase: str, value: str) -> None:
    t = _one(text)
    assert (t.text, t.value, t.precision) == (phrase, value, Precision.DAY)


def test_an_ordinal_of_a_months_things_is_no_day() -> None:
    assert [t.value for t in find_times(_doc("The first of last month's raids hit Homs."))] \
        == ["2017-08"]


def test_a_decade_written_with_an_apostrophe() -> None:
    assert [(t.text, t.value) for t in find_times(_doc("Fighting flared in the 1990's."))] \
        == [("the 1990's", "199")]
    # without "the" the possessive is the year's
    assert [t.value for t in find_times(_doc("1990's budget was cut."))] == ["1990"]


@pytest.mark.parametrize(("text", "values"), [
    ("Clashes on September 5th and 6th killed 12.", ["2017-09-05", "2017-09-06"]),
    ("Talks ran from September 3 to 7.", ["2017-09-03", "2017-09-07"]),
    # a decimal after "to" is an amount, not a second day
    ("The index rose on Sept. 5 to 7.5 percent.", ["2017-09-05"]),
])
def test_the_second_day_of_a_range_in_one_month(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(_doc(text))] == values


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("He was elected the year before last.", "the year before last", "2015"),
    ("The bridge fell the week before last.", "the week before last", "2017-W35"),
])
def test_the_unit_before_last_is_two_units_back(text: str, phrase: str, value: str) -> None:
    t = _one(text)
    assert (t.text, t.value) == (phrase, value)


@pytest.mark.parametrize("text", [
    "The Sunday Times reported that rebels killed five.",
    "The Mail on Sunday said the convoy was hit.",
    "The March 14 alliance condemned the attack.",
    "The Good Friday Agreement was signed.",
    "Veterans of the October War marched.",
])
def test_time_words_inside_names_are_no_times(text: str) -> None:
    assert find_times(_doc(text)) == ()


def test_a_weekday_before_a_capitalised_subject_is_still_a_day() -> None:
    text = "The paper said on Sunday Prime Minister Sharon would resign."
    assert [t.value for t in find_times(_doc(text))] == ["2017-09-10"]


@pytest.mark.parametrize("text", [
    "The council adopted Resolution 2042 on the ceasefire.",
    "Rebels cut Highway 2000 north of the city.",
])
def test_a_number_labelling_a_thing_is_no_year(text: str) -> None:
    assert find_times(_doc(text)) == ()


@pytest.mark.parametrize(("text", "published", "value"), [
    # AP style names the year only outside the current year: a past month-day earlier in
    # the publication year is that day, however far back
    ("The suspect was arrested on Feb. 3.", PUB, "2017-02-03"),
    ("The town was captured on January 20.", PUB, "2017-01-20"),
    # across the year's end a date in the coming quarter is the coming one
    ("The suspect was arrested on Jan. 5.", dt.date(2017, 12, 10), "2018-01-05"),
    # a month-day a past clause would put in an earlier year keeps the nearest reading
    ("The suspect was arrested on Dec. 3.", dt.date(2017, 2, 14), "2016-12-03"),
])
def test_a_past_month_day_without_a_year_is_in_the_publication_year(
        text: str, published: dt.date, value: str) -> None:
    assert [t.value for t in find_times(_doc(text, published))] == [value]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # "the year before", "the month before" are anaphoric like "the previous year": they
    # count from the last time told, of any precision, not from the publication date
    ("The war began in 1991. The year before, the army had mobilised.", "The year before",
     "1990"),
    ("The war began in 1991. The year after, the army withdrew.", "The year after", "1992"),
    ("Prices rose in March from the month before.", "the month before", "2017-02"),
    ("The bomb exploded on Sept. 5. The day before, police were warned.", "The day before",
     "2017-09-04"),
])
def test_the_unit_before_or_after_counts_from_the_time_last_told(
        text: str, phrase: str, value: str) -> None:
    assert {t.text: t.value for t in find_times(_doc(text))}[phrase] == value
