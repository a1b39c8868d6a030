"""Evaluation against human-labelled gold files (see ../shared/gold/README.md).

Every scorer reads the project's own output objects (as ``warlog extract`` writes them),
either produced on the fly from the gold file or read from ``--predictions FILE``.
Each module exposes ``run(gold, settings, predictions=None, limit=None) -> dict`` and
``render(report) -> str``.
"""
