"""Contracts: the public API, the CLI's help and docs, the settings table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

import warlog
from warlog.cli import cli
from warlog.config import SETTINGS_HELP, Settings

ROOT = Path(__file__).resolve().parents[2]


def test_contract_all_lists_exactly_the_public_names() -> None:
    public = {n for n in vars(warlog) if not n.startswith("_") and n not in {"annotations"}}
    modules = {n for n in public if type(getattr(warlog, n)).__name__ == "module"}
    assert set(warlog.__all__) - {"__version__"} == public - modules - {"dataclasses", "Iterator"}


def test_contract_import_loads_no_model() -> None:
    code = "import sys, warlog; print(any(m.startswith('spacy') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        found.append((full, cmd))
        if isinstance(cmd, click.Group):
            found += _commands(cmd, full + " ")
    return found


def test_contract_every_command_has_help_and_is_documented() -> None:
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    for name, cmd in _commands(cli):
        assert (cmd.help or "").strip(), f"warlog {name} has no help text"
        assert f"warlog {name}" in docs, f"warlog {name} is not in README.md or docs/"


def test_contract_every_setting_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Settings.__dataclass_fields__:
        assert SETTINGS_HELP.get(name), f"setting {name} has no help text"
        assert f"`{name}`" in readme, f"setting {name} is not in the README's table"


def test_contract_correctable_fields_are_named_as_set_spells_them() -> None:
    """The README names every field `warlog correct --set` takes by the name it takes (it
    said "place", which --set refuses), and every --set example in the docs uses one."""
    import re

    from warlog.corrections.values import FIELDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = readme + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    for name in FIELDS:
        assert f"`{name}`" in readme, f"correctable field {name} is not named in README.md"
    for used in re.findall(r"--set \"?([a-z]\w*)=", docs):  # FIELD=VALUE is the syntax
        assert used in FIELDS, f"--set {used}= in the docs is no correctable field"


def test_contract_output_format_documents_every_field() -> None:
    """docs/output-format.md names every field that extract writes."""
    import dataclasses
    import re

    from warlog import models

    doc = (ROOT / "docs" / "output-format.md").read_text(encoding="utf-8")
    records = [models.Place, models.TimeExpr, models.ActorMention, models.Quantity,
               models.Event, models.EventActor, models.Location, models.Claim,
               models.Evidence, models.Range, models.Origin]
    for record in records:
        for f in dataclasses.fields(record):
            assert re.search(rf"\b{f.name}\b", doc), f"{record.__name__}.{f.name} undocumented"
