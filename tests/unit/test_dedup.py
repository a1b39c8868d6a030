"""Dedup: reports of one event merge into one canonical event; look-alikes stay apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warlog.config import Settings
from warlog.evaluate import merge as merge_eval
from warlog.merge.consensus import combine_ranges
from warlog.merge.dedup import date_interval, loose_interval, member_key, merge_events
from warlog.models import CanonicalEvent, Location, Precision, Range, SourcedEvent

MERGE_SET = Path(__file__).parents[1] / "fixtures" / "merge" / "reports.jsonl"
# More invented reports, as the pipeline extracts them: undated reports, one event told
# as two kinds of violence, a faction for its parent group, a report with no place.
LOOKALIKES = MERGE_SET.with_name("lookalikes.jsonl")
LABELLED = merge_eval.read_merge_set(str(MERGE_SET)) + merge_eval.read_merge_set(str(LOOKALIKES))
ITEMS = [it for it, _ in LABELLED]
TRUTH = {member_key(it): t for it, t in LABELLED}


def _reports(*truths: str) -> list[SourcedEvent]:
    return [it for it, t in LABELLED if t in truths]


def _clusters(out: list[CanonicalEvent]) -> list[set[str]]:
    return [{TRUTH[member_key(m)] for m in c.members} for c in out]


def test_dedup_merges_differently_worded_reports_of_one_event() -> None:
    out = merge_events(_reports("kirkuk-bombing"))
    assert len(out) == 1
    ev = out[0]
    assert len(ev.members) == 4
    assert {m.source for m in ev.members} == {"Northern Ledger", "Tigris Wire",
                                               "Gulf Evening Post", "Levant Monitor"}
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.location is not None and ev.location.name == "Kirkuk"
    # lowest low, lowest (ACLED-conservative) best, open high because one said "at least 10"
    assert ev.fatalities == Range(low=10, best=10, high=None)


@pytest.mark.parametrize("truths", [
    ("kirkuk-bombing", "kirkuk-ied"),  # same town, next day
    ("idlib-strike-1", "idlib-strike-2"),  # same town, same actor, consecutive days
    ("kharkiv-shelling-1", "kharkiv-shelling-2"),
    ("mogadishu-clash", "baidoa-clash"),  # same group, two towns, one day
    ("marib-strike", "sanaa-strike"),
    ("gao-attack", "kidal-attack"),
    ("baghdad-sadr", "baghdad-karrada"),  # one report tells both: never merged together
    ("dhaka-protest", "dhaka-protest-2"),
    ("mosul-ied", "mosul-ied-2"),  # one report undated, next day's bomb in the same town
    ("makurdi-attack", "makurdi-attack-2"),
    ("diffa-attack", "bosso-ambush"),  # one group, two towns, one day
    ("nairobi-protest", "nairobi-protest-2"),
])
def test_dedup_keeps_lookalike_events_apart(truths: tuple[str, ...]) -> None:
    out = merge_events(_reports(*truths))
    assert sorted(map(sorted, _clusters(out))) == sorted([[truths[0]], [truths[1]]])


def test_dedup_keeps_who_said_what_where_sources_disagree() -> None:
    (ev,) = merge_events(_reports("idlib-strike-1"))
    fields = {d.field: d for d in ev.disagreements}
    assert {v.value: v.sources for v in fields["fatalities"].versions} == {
        "7": ("Aleppo Observer", "Orontes Daily"), "9": ("Crescent News",)}
    assert {v.value for v in fields["actor1"].versions} == {
        "Military Forces of Russia", "Military Forces of Syria"}
    assert ev.fatalities == Range(7, 7, 9)
    actor1 = [a.name for a in ev.actors if a.role == "actor1"]
    assert actor1 == ["Military Forces of Russia"]  # two reports of three


def test_dedup_keeps_a_claim_and_a_denial() -> None:
    (ev,) = merge_events(_reports("maiduguri-abduction"))
    versions = {v.value: v.sources for d in ev.disagreements if d.field == "responsibility"
                for v in d.versions}
    assert versions == {"claimed by ISWAP": ("Sahel Star",),
                        "denied by Boko Haram": ("Borno Chronicle",)}
    assert {(c.by, c.kind) for c in ev.claims} == {("ISWAP", "claimed"), ("Boko Haram", "denied")}


def test_dedup_merges_a_month_dated_report_with_day_dated_ones() -> None:
    (ev,) = merge_events(_reports("talafar-clash"))
    assert (ev.date, ev.date_precision) == ("2023-02-11", Precision.DAY)
    assert len(ev.members) == 3


@settings(max_examples=25, deadline=None)
@given(st.permutations(ITEMS))
def test_dedup_does_not_depend_on_input_order(items: list[SourcedEvent]) -> None:
    assert merge_events(items) == merge_events(ITEMS)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(ITEMS), max_size=20))
def test_dedup_is_idempotent(extra: list[SourcedEvent]) -> None:
    once = merge_events(ITEMS)
    assert merge_events(ITEMS + extra) == once
    assert merge_events([m for c in once for m in c.members]) == once


def test_dedup_never_merges_events_without_date_or_country() -> None:
    a, b = _reports("quetta-arrests")
    undated = [dataclasses.replace(it, event=dataclasses.replace(it.event, date=None))
               for it in (a, b)]
    assert len(merge_events(undated)) == 2


# The look-alikes keep one report that only a reader can place in its event (an army's
# "we repelled an assault" next to a JNIM suicide bombing): recall 14 pairs of 16.
@pytest.mark.parametrize(("path", "recall"), [(MERGE_SET, 0.9), (LOOKALIKES, 0.85)])
def test_dedup_pairwise_precision_and_recall_on_the_merge_set(path: Path, recall: float) -> None:
    report = merge_eval.run(str(path), Settings())
    assert report["precision"] >= 0.9 and report["recall"] >= recall
    assert report["order_independent"] and report["idempotent"]


@pytest.mark.parametrize(("ranges", "expected"), [
    ([Range(70, 70, 70), Range(84, 84, 84)], Range(70, 70, 84)),
    ([Range(70, 70, None), Range(84, 84, 84)], Range(70, 70, None)),
    ([Range(10, 20, 30), None, Range(15, 25, 40)], Range(10, 20, 40)),
    ([None, None], None),
])
def test_dedup_canonical_fatalities_follow_the_documented_rule(
        ranges: list[Range | None], expected: Range | None) -> None:
    assert combine_ranges(ranges) == expected


@pytest.mark.parametrize(("value", "precision", "days"), [
    ("2017-09-14", Precision.DAY, 1),
    ("2017-09", Precision.MONTH, 30),
    ("2016-02", Precision.MONTH, 29),
    ("2017-W37", Precision.WEEK, 7),
    ("2017-Q4", Precision.QUARTER, 92),
    ("2017", Precision.YEAR, 365),
    ("PAST_REF", Precision.UNKNOWN, None),
    (None, Precision.UNKNOWN, None),
    ("2017-13-01", Precision.DAY, None),
])
def test_dedup_date_intervals(value: str | None, precision: Precision, days: int | None) -> None:
    span = date_interval(value, precision)
    assert (span[1] - span[0] + 1 if span else None) == days


@pytest.mark.parametrize("truth", ["mosul-ied", "makurdi-attack", "diffa-attack", "aden-clash"])
def test_dedup_merges_reports_that_extraction_tells_differently(truth: str) -> None:
    # mosul/makurdi: one report gives no day and is dated by its publication, the next day;
    # diffa: ISWAP in one report, Boko Haram in the other; aden: one report has no place.
    (ev,) = merge_events(_reports(truth))
    assert len(ev.members) == len(_reports(truth))


def _with(it: SourcedEvent, doc: str, **changes: object) -> SourcedEvent:
    return dataclasses.replace(it, document_id=doc,
                               event=dataclasses.replace(it.event, **changes))  # type: ignore[arg-type]


def test_dedup_an_undated_report_covers_the_two_days_before_its_publication() -> None:
    (undated,) = [it for it in _reports("mosul-ied") if it.document_id == "merge-x2"]
    (weekday,) = [it for it in _reports("mosul-ied-2") if it.document_id == "merge-x4"]
    day = dt.date(2024, 4, 7).toordinal()
    assert loose_interval(undated, (day, day)) == (day - 2, day)
    assert loose_interval(weekday, (day, day)) == (day, day)  # "on Sunday": that day only
    (ev,) = merge_events([undated, *(it for it in _reports("mosul-ied") if it is not undated)])
    assert ev.date == "2024-04-06"  # the day the other reports state, not the default
    (pair,) = merge_events([undated, _reports("mosul-ied")[0]])
    assert pair.date == "2024-04-06"


def test_dedup_two_kinds_of_violence_merge_only_when_the_tolls_agree() -> None:
    clash, bomb = (it for it in _reports("djibo-assault") if it.document_id in ("merge-x10",
                                                                                "merge-x11"))
    assert len(merge_events([clash, bomb])) == 1  # "attacked" and "suicide car bomb", 15 dead
    strike = _reports("djibo-strike")[0]  # the army's drone strike that day, 30 dead
    assert len(merge_events([clash, strike])) == 2
    assert len(merge_events([_with(clash, "other", fatalities=None), strike])) == 2


def test_dedup_a_report_without_a_place_stays_alone_when_two_places_fit() -> None:
    reports = _reports("aden-clash")
    (placeless,) = [it for it in reports if it.event.location is None]
    placed = [it for it in reports if it.event.location is not None]
    elsewhere = [_with(it, it.document_id + "-mukalla", location=Location(
        "Al Mukalla", "Hadramawt", "Yemen", "YE", 14.5425, 49.1242, 76184, 1)) for it in placed]
    out = merge_events([placeless, *placed, *elsewhere])
    assert [len(c.members) for c in out if any(m is placeless for m in c.members)] == [1]
    assert sorted(len(c.members) for c in out) == [1, 2, 2]
