"""The speed benchmark's inputs: more documents than the files hold, and the one-scan
sentence test that partial parsing uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warlog.bench import BenchResult, render, repeat_to
from warlog.events.triggers import _CLAIM_CUE, _cue_pattern, needs_parse
from warlog.models import Document, Origin


def _doc(i: int) -> Document:
    return Document(id=f"d{i}", text=f"text {i}", title=None, source=None, url=None,
                    published=dt.date(2017, 1, 1), language="en", origin=Origin("x", i, i + 1))


def test_repeat_to_reads_the_documents_again_under_new_ids() -> None:
    docs = [_doc(i) for i in range(3)]
    passes = repeat_to(docs, 7)
    assert [[d.id for d in p] for p in passes] == [
        ["d0", "d1", "d2"], ["d0#2", "d1#2", "d2#2"], ["d0#3"]]
    assert [d.text for p in passes for d in p] == [d.text for d in docs * 3][:7]


def test_repeat_to_fewer_than_held_and_none() -> None:
    docs = [_doc(i) for i in range(3)]
    assert [[d.id for d in p] for p in repeat_to(docs, 2)] == [["d0", "d1"]]
    assert repeat_to([], 5) == []


def test_needs_parse_agrees_with_the_joined_cue_expression() -> None:
    cue = _cue_pattern()
    assert cue is not None
    for text in [
        "Government warplanes struck the town of Saraqib on Monday, killing four.",
        "The talks will resume next week in Geneva.",
        "Officials said the anti-terror campaign went on.",
        "Soldiers and civilians gathered in the square.",
        "Rebels shelled the western districts with mortars.",
        "It rained.",
        "The ministry denied any involvement.",
        "A counter-attack was repelled near the airport.",
    ]:
        low = text.lower()
        expected = cue.search(low) is not None or _CLAIM_CUE.search(low) is not None
        assert needs_parse(text) is expected, text


def test_bench_reports_the_plain_and_the_like_for_like_ratio() -> None:
    # 300 documents: warlog 10 s (8 CPU), bare spaCy 12 s (12 CPU), bare spaCy given
    # the same numpy products 9 s (9 CPU)
    r = BenchResult(300, 1000, 10.0, 12.0, 8.0, 12.0, 9.0, 9.0)
    assert (r.ratio, r.cpu_ratio) == (1.2, 1.5)
    assert (r.like_ratio, r.like_cpu_ratio) == (0.9, 1.125)
    out = render(r, 500.0)
    assert "like-for-like ratio          0.90" in out
    assert "like for like, CPU time      1.12" in out
    assert "(8.00 s against 9.00 s)" in out
    # not timed (numpy's BLAS not usable): said so, no ratio made up
    bare = BenchResult(300, 1000, 10.0, 12.0, 8.0, 12.0)
    assert bare.like_ratio == 0.0
    assert "like for like            not timed" in render(bare, 500.0)


def test_a_timed_round_starts_with_the_garbage_of_the_last_one_freed() -> None:
    import weakref

    from warlog.bench import after_collecting

    class Node:
        pass

    # a reference cycle, as kept Spans and their Doc make: only the cycle collector frees it
    a, b = Node(), Node()
    a.other, b.other = b, a  # type: ignore[attr-defined]
    freed: list[bool] = []
    weakref.finalize(a, freed.append, True)
    del a, b
    seen: list[bool] = []

    def timed() -> tuple[float, float]:
        seen.append(bool(freed))
        return 1.0, 1.0

    assert after_collecting(timed) == (1.0, 1.0)
    assert seen == [True]


def test_bench_pairs_each_rounds_like_for_like_and_prints_the_median() -> None:
    # three rounds: the pipeline against the like-for-like round timed just before it
    r = BenchResult(300, 1000, 10.0, 12.0, 8.0, 12.0, 9.0, 9.0, (1.02, 0.96, 0.99))
    assert r.like_cpu_median == 0.99
    assert "like for like, CPU, paired   0.99   (median of the rounds: 1.02 0.96 0.99)" in (
        render(r, 500.0))
    # none paired: no line, no median made up
    bare = BenchResult(300, 1000, 10.0, 12.0, 8.0, 12.0, 9.0, 9.0)
    assert bare.like_cpu_median == 0.0 and "paired" not in render(bare, 500.0)


def test_bench_command_says_at_once_that_it_takes_time(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    """``warlog bench`` runs for minutes before its one report: a line on stderr says at
    the start what it times and that it takes a while (none with -q)."""
    from click.testing import CliRunner

    import warlog.bench
    from warlog.cli import cli

    said: list[str] = []
    result = BenchResult(1, 10, 1.0, 1.0, 1.0, 1.0)

    def fake_run(*args: object) -> tuple[BenchResult, float]:
        said.append("ran")
        return result, 100.0

    monkeypatch.setattr(warlog.bench, "run_bench", fake_run)
    f = tmp_path / "a.txt"
    f.write_text("Rebels shelled the port of Hodeidah on Monday.", encoding="utf-8")
    out = CliRunner().invoke(cli, ["bench", str(f), "--rounds", "2"])
    assert out.exit_code == 0 and said == ["ran"], out.output
    assert out.stderr.startswith("bench: timing the extract pipeline and bare spaCy, 2 rounds")
    assert "minutes" in out.stderr.splitlines()[0] and "timing" not in out.stdout
    quiet = CliRunner().invoke(cli, ["-q", "bench", str(f)])
    assert quiet.exit_code == 0 and quiet.stderr == ""
