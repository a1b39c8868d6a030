"""Calibration: of the events given about p, the share that is real, and the ECE."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from warlog.evaluate.calibration import (
    Bin,
    calibration_bins,
    expected_calibration_error,
    render,
)
from warlog.events.confidence import FEATURES

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_confidence.py"


def test_evaluate_calibration_bins_set_mean_p_beside_share_real() -> None:
    probs = [0.05, 0.82, 0.88, 0.85, 0.81, 1.0]
    real = [False, True, True, True, False, True]
    table = calibration_bins(probs, real)
    assert [(b.lo, b.events) for b in table] == [(0.0, 1), (0.8, 4), (0.9, 1)]
    eighty = table[1]
    assert eighty.mean_p == pytest.approx(0.84)
    assert eighty.real == pytest.approx(0.75)


def test_evaluate_calibration_error_weights_each_bins_gap_by_its_events() -> None:
    table = [Bin(0.2, 0.3, 1, 0.25, 0.0), Bin(0.8, 0.9, 3, 0.8, 1.0)]
    assert expected_calibration_error(table) == pytest.approx((0.25 + 3 * 0.2) / 4)
    assert expected_calibration_error([]) == 0.0


def test_evaluate_calibration_a_calibrated_probability_has_no_error() -> None:
    probs = [0.25] * 4 + [0.75] * 4
    real = [True, False, False, False, True, True, True, False]
    assert expected_calibration_error(calibration_bins(probs, real)) == pytest.approx(0.0)


def test_evaluate_calibration_renders_the_docs_table_and_its_ece() -> None:
    text = render(calibration_bins([0.84, 0.86], [True, False]))
    assert "| 0.8-0.9 | 2 | 0.85 | 0.50 |" in text
    assert text.endswith("ECE 0.350 over 2 events")


def test_evaluate_calibration_wants_one_label_per_probability() -> None:
    with pytest.raises(ValueError):
        calibration_bins([0.5, 0.6], [True])


def test_evaluate_calibration_the_script_scores_the_shipped_weights(
        capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("train_confidence", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    x = np.zeros((4, len(FEATURES)))
    x[:2] = 1.0  # two fully anchored events, two with no clue at all
    y = np.array([1.0, 1.0, 0.0, 0.0])
    art = np.array([True, True, False, False])
    ece = script.score_shipped(x, y, art, gold_events=2)
    out = capsys.readouterr().out
    assert "calibration of the shipped weights" in out
    assert "| 0.0-0.1 | 2 |" in out and "| 0.9-1.0 | 2 |" in out
    assert 0.0 < ece < 0.1
