"""Tolls: the killed count an event gets when its report counts only the wounded."""

from __future__ import annotations

import re

import spacy

from warlog.events import tolls
from warlog.models import Document, Origin, Place, Range
from warlog.numbers.find import find_quantities


def _killed(text: str) -> tuple[int, int, int | None] | None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sdoc = nlp(text)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc))
    return None if killed is None else (killed.low, killed.best, killed.high)


def test_events_a_report_of_wounded_only_codes_no_dead() -> None:
    # ACLED codes 0 fatalities when the report states the wounded and names no dead
    assert _killed("Eight people were wounded when shells hit the market.") == (0, 0, 0)
    assert _killed("Shells hit the market, killing two and wounding eight.") == (2, 2, 2)


def test_events_a_guess_of_wounded_says_nothing_of_the_dead() -> None:
    assert _killed("Troops clashed with the militants, killing or injuring scores.") is None
    assert _killed("Shells hit the market.") is None


def test_events_a_toll_told_of_another_year_is_another_incidents() -> None:
    text = ("A car bomb exploded at a market in the capital on Tuesday, killing at least 12 "
            "people. In 2017 a truck bomb in the city killed more than 500 people.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sdoc = nlp(text)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    # a short record reads its largest count, but not one dated to another year
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc), lead=False,
                                 year="2021")
    assert killed is not None and killed.best == 12
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc), lead=False)
    assert killed is not None and killed.best == 500


def _place(name: str, at: int, admin1: str, gid: int, feature: str = "city") -> Place:
    return Place(start=at, end=at + len(name), text=name, name=name, lat=35.0, lon=37.0,
                 geonameid=gid, feature=feature, country_code="SY", admin1=admin1,
                 confidence=1.0)


def _placed_killed(text: str, here: str, names: dict[str, tuple[str, int, str]]) -> int | None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sdoc = nlp(text)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    places = [_place(n, m.start(), a, g, f) for n, (a, g, f) in names.items()
              for m in re.finditer(re.escape(n), text)]
    anchor = next(p for p in places if p.text == here)
    killed, _ = tolls.casualties(list(sdoc.sents), find_quantities(doc), here=anchor,
                                 places=places)
    return None if killed is None else killed.best


def test_events_a_toll_counted_in_another_governorate_is_another_events() -> None:
    # a run-on headline tells two acts: the dead of Idleb are not the Hama town's
    text = ("28 militants killed in Idleb army regains several towns in Hamah. "
            "The army regained Khatab town in Hamah countryside.")
    names = {"Idleb": ("Idlib", 1, "admin1"), "Hamah": ("Hama", 2, "admin1"),
             "Khatab": ("Hama", 3, "city")}
    assert _placed_killed(text, "Khatab", names) is None
    assert _placed_killed(text, "Idleb", names) == 28


def test_events_a_toll_summed_over_places_yields_to_the_places_own() -> None:
    # a headline's total over two governorates; the body tells each place's own figure
    text = ("3 civilians killed in rocket attacks in Deir Ezzor and Aleppo. "
            "Two civilians were killed in Deir Ezzor city.")
    names = {"Deir Ezzor": ("Deir ez-Zor", 1, "city"), "Aleppo": ("Aleppo", 2, "city")}
    assert _placed_killed(text, "Deir Ezzor", names) == 2
    # with no figure of its own, the event keeps the total (ACLED: total on the first)
    assert _placed_killed(text.split(". ")[0] + ".", "Deir Ezzor", names) == 3


def test_events_the_casualties_refer_back_to_the_toll_told_before() -> None:
    # "the casualties" is the toll the sentence before told; the event begins after it
    text = ("Officials said 84 people were killed and 659 injured. "
            "The casualties occurred in clashes between rebels and troops in the region.")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp(text).sents)
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    killed, injured = tolls.casualties(sents[1:], find_quantities(doc), prior=sents[0])
    assert killed is not None and killed.best == 84
    assert injured is not None and injured.best == 659
    # a sentence that does not refer back takes nothing from the one before
    other = text.replace("The casualties occurred in", "Rebels and troops fought")
    sents = list(nlp(other).sents)
    killed, _ = tolls.casualties(sents[1:], find_quantities(doc), prior=sents[0])
    assert killed is None


def test_events_a_disrupted_weapon_killed_no_one_unless_told() -> None:
    # a bomb defused or a cache seized was not used: no dead stated is 0, not unknown
    assert tolls.of_type("DISR_WEAP", None) == Range(0, 0, 0)
    assert tolls.of_type("DISR_WEAP", Range(1, 1, 1)) == Range(1, 1, 1)
    assert tolls.of_type("AIR_STRIKE", None) is None


def test_events_a_headlined_report_is_told_from_its_lead() -> None:
    # a short report under a headline is news, whose toll its lead states; a short
    # record without one (a database summary) states its total as its largest count
    def doc(title: str | None) -> Document:
        return Document(id="t", text="x", title=title, source=None, url=None,
                        published=None, language="en", origin=Origin(path="x", start=0, end=1))

    assert tolls.told_from_lead(doc("Air raids kill 12 in Aleppo"), 5)
    assert not tolls.told_from_lead(doc(None), 5)
    assert tolls.told_from_lead(doc(None), tolls.RECORD_SENTENCES + 1)


def test_events_a_coders_note_is_read_in_any_case() -> None:
    # the note is looked for only where "coded" is written, in whatever case
    assert tolls.coded_fatalities("FATALITIES CODED AS 3 for this event.") == tolls.Range(3, 3, 3)
    assert tolls.coded_fatalities("9 fatalities Coded across three places") == tolls.Range(
        9, 9, 9)
    assert tolls.coded_fatalities("Nine people were killed in the clashes.") is None


def test_events_conflicting_sources_give_the_lowest_toll() -> None:
    # ACLED: of conflicting sources' figures for one toll, the lowest credible one
    other = ("Shells killed at least 20 people at the market on Monday, activists said. The "
             "monitor also reported the shelling, putting the number of civilians killed at "
             "13.")
    assert _killed(other) == (13, 13, 13)
    assert _killed("Shells killed 20 people at the market on Monday. The rescuers put the "
                   "death toll at 25.") == (20, 20, 20)
    # an update is no other source: the toll now
    assert _killed("Shells killed 20 people at the market on Monday. The toll rose to 25 "
                   "on Tuesday.") == (25, 25, 25)
