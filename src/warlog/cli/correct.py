"""``warlog correct`` (fix, delete, merge, split a canonical event) and ``warlog
corrections`` (list them, import a teammate's file)."""

from __future__ import annotations

import getpass
import sys
from typing import Any

import click

from warlog.cli.common import EXISTING_DB, Group, config_option
from warlog.cli.common import settings_for as _settings
from warlog.errors import CorrectionError


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def parse_sets(ctx: click.Context, sets: tuple[str, ...]) -> dict[str, Any]:
    """``FIELD=VALUE`` pairs in their stored forms; a place name goes to the gazetteer."""
    from warlog.corrections.resolve import Resolvers
    from warlog.corrections.values import parse_value

    resolvers = Resolvers(_settings(ctx))
    values: dict[str, Any] = {}
    for item in sets:
        name, eq, text = item.partition("=")
        if not eq:
            raise click.BadParameter(f"{item!r}: give FIELD=VALUE", param_hint="--set")
        try:
            values[name.strip()] = parse_value(name.strip(), text, resolvers.place,
                                               resolvers.kind)
        except CorrectionError as exc:
            raise click.BadParameter(str(exc), param_hint="--set") from None
    return values


@click.command()
@click.argument("event_id")
@EXISTING_DB
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="A field and its right value (repeatable): sub_event_type, date, "
                   "fatalities, injured, actor1, actor2, location (a place name or "
                   "lat,lon), historical.")
@click.option("--delete", is_flag=True, help="The event is not an event: leave it out.")
@click.option("--restore", is_flag=True, help="Undo a deletion.")
@click.option("--merge-with", "merge_with", metavar="EVENT_ID", multiple=True,
              help="These events are the same event as EVENT_ID: join them.")
@click.option("--split", "split_report", metavar="DOCUMENT_ID",
              help="This report (document id, or document_id:event_id) is another event.")
@click.option("--note", default="", help="Why: kept with the correction.")
@click.option("--by", default=None, metavar="NAME", help="Who (default: the login name).")
@config_option
@click.pass_context
def correct(ctx: click.Context, event_id: str, db: str, sets: tuple[str, ...], delete: bool,
            restore: bool, merge_with: tuple[str, ...], split_report: str | None, note: str,
            by: str | None) -> None:
    """Correct a canonical event: the correction is kept through re-ingests, full
    re-merges and rule changes (it is anchored to the event's reports).

    \b
    Example:
      warlog correct ev-6bd21aabbe5e640a --db conflict.db --set fatalities=12 \\
          --set "actor1=Islamic State" --note "ministry figure"
      warlog correct ev-6bd21aabbe5e640a --db conflict.db --delete --note "a drill"
      warlog correct ev-6bd21aabbe5e640a --db conflict.db --merge-with ev-1bac5974547eba69
      warlog correct ev-6bd21aabbe5e640a --db conflict.db --split DOCUMENT_ID
    """
    from warlog.store import corrections as store_corrections
    from warlog.store import open_store

    actions = sum([bool(sets), delete, restore, bool(merge_with), split_report is not None])
    if actions != 1:
        raise click.UsageError("give one of --set (repeatable), --delete, --restore, "
                               "--merge-with or --split")
    values = parse_sets(ctx, sets) if sets else {}
    who, new = by or login_name(), None
    with open_store(db, create=False) as store:
        if values:
            new = store_corrections.correct(store, event_id, values, note, who)
        elif delete or restore:
            new = store_corrections.delete(store, event_id, note, who, restore=restore)
        elif merge_with:
            new = store_corrections.merge(store, [event_id, *merge_with], note, who)
        elif split_report is not None:
            left, new = store_corrections.split(store, event_id, split_report, note, who)
            click.echo(f"warlog: event {left} keeps the other reports", err=True)
    click.echo(new or "")
    kept = new == event_id  # a correction of fields keeps the event's id
    click.echo(f"warlog: corrected {new}" if kept else
               f"warlog: corrected; the event is now {new}", err=True)


@click.group(cls=Group, invoke_without_command=True)
@EXISTING_DB
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="Output format.")
@config_option
@click.pass_context
def corrections(ctx: click.Context, db: str, fmt: str) -> None:
    """List the corrections of a database (event, field, old and new value, note, when,
    by whom), to share them: a teammate applies the file with 'warlog corrections import'.

    \b
    Example:
      warlog corrections --db conflict.db > mine.jsonl
      warlog corrections import mine.jsonl --db theirs.db
    """
    if ctx.invoked_subcommand is not None:
        return
    from warlog.corrections.files import write
    from warlog.store import corrections as store_corrections
    from warlog.store import open_store

    with open_store(db, readonly=True) as store:
        n = write(store_corrections.listing(store), fmt, sys.stdout)
    click.echo(f"warlog: {n} corrections", err=True)


@corrections.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@EXISTING_DB
@config_option
def import_(file: str, db: str) -> None:
    """Apply a corrections file (from 'warlog corrections'): all of it or, on any bad
    line, none of it. Corrections already there are skipped, so importing twice is the
    same as once; a field both sides set differently is reported, the later value wins.

    \b
    Example:
      warlog corrections import team.jsonl --db conflict.db
    """
    from warlog.corrections.files import read
    from warlog.store import corrections as store_corrections
    from warlog.store import open_store

    todo = read(file)
    with open_store(db, create=False) as store:
        report = store_corrections.import_corrections(store, todo)
    for line in report.conflicts:
        click.echo(f"conflict  {line}", err=True)
    click.echo(report.describe(), err=True)
