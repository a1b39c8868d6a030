"""The collection commands: ``ingest`` into a database, ``events`` out of it, ``failures``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from warlog.cli.common import (
    EXISTING_DB,
    EXIT_INTERRUPTED,
    EXIT_SKIPPED,
    NEW_DB,
    config_option,
    csv_only_bom,
    existing_paths,
    iso_date,
    output_options,
    query_param,
    quiet,
)
from warlog.cli.common import settings_for as _settings
from warlog.cli.progress import Progress
from warlog.runner import counted

if TYPE_CHECKING:
    from warlog.places.divisions import Divisions
    from warlog.store.query import EventFilter
    from warlog.store.sqlite import Store


@click.command()
@click.argument("paths", nargs=-1, callback=existing_paths)
@NEW_DB
@click.option("--published", metavar="YYYY-MM-DD", callback=iso_date,
              help="Publication date for documents that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for documents that carry none.")
@click.option("--no-merge", is_flag=True, help="Only store; merge on a later run.")
@click.option("--full-merge", is_flag=True,
              help="Recompute every canonical event instead of merging only new events.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Annotate on a Dask cluster (local, local:N or tcp://host:port); this "
                   "process alone writes the database.")
@config_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, published: str | None,
           source: str | None, no_merge: bool, full_merge: bool,
           dask_address: str | None) -> None:
    """Annotate documents and store them, with their events, in a database (created if
    missing).

    Documents already stored are skipped, so running it again adds nothing and an
    interrupted run (even killed) continues where it stopped. Inputs that fail are kept
    in the database's failures table and listed at the end. Reports of the same event
    are then merged into canonical events. With no PATHS it only merges what is pending.

    \b
    Example:
      warlog ingest samples/ --db conflict.db --published 2021-06-01
      warlog ingest ../shared/seed/seed-articles.txt --db conflict.db --published 2017-09-15
      warlog ingest corpus.jsonl --db conflict.db --dask local:2
    """
    from warlog.store import open_store
    from warlog.store.ingest import ingest_paths
    from warlog.text.ingest import estimate_documents

    settings = _settings(ctx, published=published, source=source)
    show = sys.stderr.isatty() and not quiet(ctx) and bool(paths) and "-" not in paths
    bar = Progress("ingest", estimate_documents(paths) if show else 0, enabled=show)
    try:
        with open_store(db) as store:
            before = store.counts()["documents"]
            try:
                report = ingest_paths(store, paths, settings, lambda _: bar.update(),
                                      merge=not no_merge, full_merge=full_merge,
                                      dask=dask_address)
            except KeyboardInterrupt:
                bar.close()
                _interrupted(ctx, db, store.counts()["documents"] - before)
    finally:
        bar.close()
    for f in report.failures[:20]:
        click.echo(f"failed  {f.stage:<9} {f.describe()}", err=True)
    if len(report.failures) > 20:
        click.echo(f"... and {len(report.failures) - 20} more: warlog failures --db {db}",
                   err=True)
    click.echo(report.describe(), err=True)
    if report.failures:
        ctx.exit(EXIT_SKIPPED)


def _interrupted(ctx: click.Context, db: str, kept: int) -> None:
    """Ctrl-C: say what the database kept (every batch committed) and how to go on."""
    click.echo(f"\nwarlog: interrupted; the {counted(kept, 'document')} stored by this run "
               f"{'is' if kept == 1 else 'are'} kept in "
               f"{db}. Run the same command again to continue where it stopped.", err=True)
    ctx.exit(EXIT_INTERRUPTED)


@click.command()
@EXISTING_DB
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of a table.")
@click.option("--bom", is_flag=True,
              help="Start the CSV with a UTF-8 byte-order mark, so that Excel shows "
                   "non-ASCII paths right (with --csv).")
@config_option
def failures(db: str, as_csv: bool, bom: bool) -> None:
    """List the inputs that could not be stored, with the stage and the reason.

    \b
    Example:
      warlog failures --db conflict.db
      warlog failures --db conflict.db --csv --bom > failures.csv   # for Excel
    """
    import csv

    from warlog.store import open_store

    if bom and not as_csv:
        raise click.UsageError("--bom applies to --csv only")
    with open_store(db, readonly=True) as store:
        rows = store.failures()
    if as_csv:
        if bom:
            sys.stdout.flush()
            sys.stdout.buffer.write("\ufeff".encode())
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["path", "line", "stage", "reason", "document_id"])
        writer.writerows([f.path, f.line, f.stage, f.reason, f.document_id] for f in rows)
        return
    for f in rows:
        click.echo(f"{f.stage:<9} {f.describe()}")
    click.echo(f"{len(rows)} failures", err=True)


@click.command()
@EXISTING_DB
@click.option("--since", metavar="YYYY-MM-DD", callback=query_param("parse_date"),
              help="Events on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", callback=query_param("parse_date"),
              help="Events on or before this day.")
@click.option("--country", metavar="NAME|ISO", help="Country name or ISO code.")
@click.option("--bbox", metavar="W,S,E,N", callback=query_param("parse_bbox"),
              help="Bounding box: west,south,east,north in degrees.")
@click.option("--type", "event_type", metavar="TYPE", help="ACLED event or sub-event type.")
@click.option("--actor", metavar="NAME", help="Actor name or alias (whole, any case).")
@click.option("--source", metavar="NAME", help="Outlet that reported the event.")
@click.option("--q", metavar="TEXT", help="Full-text search (FTS5) in the reports' texts.")
@click.option("--history", is_flag=True,
              help="Include events told as background history (left out by default).")
@click.option("--include-deleted", is_flag=True,
              help="Include events an analyst deleted (warlog correct --delete).")
@click.option("--dated-only", is_flag=True,
              help="Leave out events no report dates (their event_date and year are empty).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]),
              default="jsonl", show_default=True, help="Output format.")
@output_options
@config_option
def events(db: str, since: Any, until: Any, country: str | None, bbox: Any,
           event_type: str | None, actor: str | None, source: str | None, q: str | None,
           history: bool, include_deleted: bool, dated_only: bool, limit: int | None,
           fmt: str, bom: bool, output: str) -> None:
    """Write the canonical events of a database made by warlog ingest, filtered, as
    JSON Lines, CSV (ACLED's columns), GeoJSON or Parquet. Analysts' corrections
    (warlog correct) are shown; deleted events are left out.

    \b
    Example:
      warlog events --db conflict.db --country Iraq --since 2017-09-01 --format csv > iraq.csv
      warlog events --db conflict.db --bbox 38,34,41,37 --type "Air/drone strike"
      warlog events --db conflict.db --format csv --bom -o events.csv   # for Excel
    """
    from warlog.export import write_events
    from warlog.store import EventFilter, open_store

    try:
        flt = EventFilter(since=since, until=until, country=country, bbox=bbox,
                          event_type=event_type, actor=actor, source=source, q=q,
                          historical=None if history else False,
                          deleted=None if include_deleted else False,
                          dated_only=dated_only, limit=limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    csv_only_bom(fmt, bom)
    if fmt == "parquet" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or redirect stdout")
    divisions = _divisions(click.get_current_context()) if fmt != "jsonl" else None
    try:
        with open_store(db, readonly=True) as store:
            try:
                n = write_events(store.events(flt), fmt, output, divisions, bom=bom)
            except ValueError as exc:
                raise click.UsageError(str(exc)) from None
            hidden = 0 if history else _historical_left_out(store, flt)
            more = _beyond_limit(store, flt, n)
            note = _unknown_actor(store, actor, db) if actor and not n and not hidden else None
    finally:
        if divisions is not None:
            divisions.close()
    click.echo(f"warlog: {counted(n, 'event')}" + more + _history_hint(hidden), err=True)
    if note:
        click.echo(note, err=True)


def _history_hint(hidden: int) -> str:
    if not hidden:
        return ""
    one = hidden == 1
    return (f"; {counted(hidden, 'historical event')} (told as background in the reports) "
            f"also {'matches' if one else 'match'}: add --history to list "
            f"{'it' if one else 'them'}")


def _beyond_limit(store: Store, flt: EventFilter, written: int) -> str:
    """What the count line adds when ``--limit`` cut the list: how many matched in all,
    so that a first look at N events is not taken for all there are."""
    from warlog.store.query import count_events

    if flt.limit is None or written < flt.limit:
        return ""
    with store.guard():
        total = count_events(store.conn, flt)
    if total <= written:
        return ""
    return f" of {total} matching (--limit {flt.limit}; raise or drop it to list all)"


def _historical_left_out(store: Store, flt: EventFilter) -> int:
    """How many historical events match the other filters: without --history they are
    left out, and an actor or place found only in history would otherwise look absent."""
    import dataclasses

    from warlog.store.query import count_events

    with store.guard():
        return count_events(store.conn, dataclasses.replace(flt, historical=True))


def _unknown_actor(store: Store, actor: str, db: str) -> str | None:
    """What to say when ``--actor`` names no actor of the database: names match whole
    (a part would mix Islamic State with the Islamic Front), so suggest those holding it."""
    from warlog.store.query import actor_known, actor_suggestions
    from warlog.unnamed import generic_name

    with store.guard():
        if actor_known(store.conn, actor):
            return None
        near = actor_suggestions(store.conn, actor)
    if not near and generic_name(actor):
        return (f"warlog: no actor in {db} is named {actor.strip()!r}: that is the generic "
                "actor1 the ACLED columns (--format csv, geojson, parquet) give an event "
                "whose reports name no one (its tags hold actor1_unnamed), not an actor of "
                "the reports; select such events with --country and --type")
    if not near:
        return (f"warlog: no actor in {db} is named {actor.strip()!r}, and no actor's name "
                "holds it (--actor matches a whole name or alias, any case)")
    names = "; ".join(f"{name} ({counted(k, 'event')})" for name, k in near)
    return (f"warlog: no actor in {db} is named {actor.strip()!r} (--actor matches a whole "
            f"name or alias, any case); actors whose names hold it: {names}")


def _divisions(ctx: click.Context) -> Divisions | None:
    """The second-level divisions imported into the place index (warlog gazetteer
    import), for the ACLED columns; None when there is no index or no import."""
    from warlog.places.divisions import open_divisions
    from warlog.places.gazetteer import index_path

    return open_divisions(index_path(_settings(ctx)))
