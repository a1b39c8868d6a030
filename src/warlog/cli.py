"""Command line: parses arguments and formats output; the logic lives in the library.

Data goes to stdout (JSON Lines); logs and progress go to stderr. A WarlogError exits
with code 1 and its message; usage errors exit with 2; a run that skipped input exits
with 3 after finishing everything else.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from warlog.config import Settings, load_settings
from warlog.errors import WarlogError
from warlog.models import Failure

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SKIPPED = 3
log = logging.getLogger("warlog")


class _Group(click.Group):
    """Turns WarlogError into a one-line message and exit code 1 (traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WarlogError as exc:
            if ctx.find_root().params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


def _settings(ctx: click.Context, **overrides: object) -> Settings:
    root = ctx.find_root().params
    return load_settings(root.get("config"), **overrides)


@click.group(cls=_Group)
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors on stderr.")
@click.version_option(package_name="warlog")
def cli(config: str | None, debug: bool, quiet: bool) -> None:
    """warlog: rebuild conflict events from news reports, offline.

    \b
    Example:
      warlog extract samples/ --published 2017-09-15 > out.jsonl
    """
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(message)s", stream=sys.stderr)
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.CRITICAL)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a YYYY-MM-DD date, or a usage error (exit code 2)."""
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", callback=_iso_date,
              help="Publication date for documents that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for documents that carry none.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write JSON Lines here instead of stdout.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Spread the work over a Dask cluster: local[:N] starts N local worker "
                   "processes, or give a scheduler address (tcp://host:8786).")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], published: str | None,
            source: str | None, output: Any, dask_address: str | None) -> None:
    """Read articles and write one annotated JSON object per document.

    PATHS are files, folders (read recursively) or - for standard input: plain text
    (one article or a dump of many), HTML pages, or JSON Lines corpora.

    \b
    Example:
      warlog extract samples/ --published 2017-09-15 > out.jsonl
      cat article.txt | warlog extract - --source DW --published 2017-09-15
      warlog extract corpus/ --dask local:4 > out.jsonl
    """
    from warlog.export import to_json
    from warlog.runner import extract_paths

    settings = _settings(ctx, published=published, source=source)

    def emit(obj: dict[str, Any]) -> None:
        output.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def report(failure: Failure) -> None:
        click.echo(f"skipped {failure.describe()}", err=True)

    if dask_address:
        from warlog.scale.dask import extract_with_dask

        summary = extract_with_dask(paths, settings, lambda ad: emit(to_json(ad)),
                                    address=dask_address, on_failure=report)
    else:
        summary = extract_paths(paths, settings, lambda ad: emit(to_json(ad)),
                                on_failure=report)
    click.echo(summary.describe(), err=True)
    if summary.failures:
        ctx.exit(EXIT_SKIPPED)


DB_OPTION = click.option(
    "--db", default="warlog.db", show_default=True, metavar="FILE",
    type=click.Path(dir_okay=False), help="SQLite database file (created if missing).")


@cli.command()
@click.argument("paths", nargs=-1)
@DB_OPTION
@click.option("--published", metavar="YYYY-MM-DD", callback=_iso_date,
              help="Publication date for documents that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for documents that carry none.")
@click.option("--no-merge", is_flag=True, help="Only store; merge on a later run.")
@click.option("--full-merge", is_flag=True,
              help="Recompute every canonical event (after changing the merge rules).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, published: str | None,
           source: str | None, no_merge: bool, full_merge: bool) -> None:
    """Annotate documents and store them, with their events, in a database.

    Documents already stored are skipped, so running it again adds nothing and an
    interrupted run (even killed) continues where it stopped. Inputs that fail are kept
    in the database's failures table and listed at the end. Reports of the same event
    are then merged into canonical events. With no PATHS it only merges what is pending.

    \b
    Example:
      warlog ingest samples/ --db conflict.db --published 2021-06-01
      warlog ingest ../shared/seed/seed-articles.txt --db conflict.db --published 2017-09-15
    """
    from warlog.store import open_store
    from warlog.store.ingest import estimate_documents, ingest_paths

    settings = _settings(ctx, published=published, source=source)
    show = sys.stderr.isatty() and not ctx.find_root().params.get("quiet")
    show = show and bool(paths)
    with open_store(db) as store, click.progressbar(
            length=max(estimate_documents(paths) if show else 0, 1), label="ingest",
            file=sys.stderr, show_pos=True, hidden=not show) as bar:

        def progress(_: object) -> None:
            bar.length = max(bar.length or 0, bar.pos + 1)
            bar.update(1)

        report = ingest_paths(store, paths, settings, progress, merge=not no_merge,
                              full_merge=full_merge)
    for f in report.failures[:20]:
        click.echo(f"failed  {f.stage:<9} {f.describe()}", err=True)
    if len(report.failures) > 20:
        click.echo(f"... and {len(report.failures) - 20} more: warlog failures --db {db}",
                   err=True)
    click.echo(report.describe(), err=True)
    if report.failures:
        ctx.exit(EXIT_SKIPPED)


@cli.command()
@DB_OPTION
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of a table.")
@click.pass_context
def failures(ctx: click.Context, db: str, as_csv: bool) -> None:
    """List the inputs that could not be stored, with the stage and the reason.

    \b
    Example:
      warlog failures --db conflict.db
    """
    import csv

    from warlog.store import open_store

    with open_store(db, readonly=True) as store:
        rows = store.failures()
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["path", "line", "stage", "reason", "document_id"])
        writer.writerows([f.path, f.line, f.stage, f.reason, f.document_id] for f in rows)
        return
    for f in rows:
        click.echo(f"{f.stage:<9} {f.describe()}")
    click.echo(f"{len(rows)} failures", err=True)


def _query_param(parser: str) -> Callable[..., Any]:
    """Click callback running a parser of warlog.store.query; ValueError -> usage error."""
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        from warlog.store import query

        try:
            return getattr(query, parser)(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return callback


@cli.command()
@DB_OPTION
@click.option("--since", metavar="YYYY-MM-DD", callback=_query_param("parse_date"),
              help="Events on or after.")
@click.option("--until", metavar="YYYY-MM-DD", callback=_query_param("parse_date"),
              help="Events on or before.")
@click.option("--country", metavar="NAME|ISO", help="Country name or ISO code.")
@click.option("--bbox", metavar="W,S,E,N", callback=_query_param("parse_bbox"),
              help="Bounding box: min_lon,min_lat,max_lon,max_lat in degrees.")
@click.option("--type", "event_type", metavar="TYPE", help="ACLED event or sub-event type.")
@click.option("--actor", metavar="NAME", help="Actor name or alias (whole, any case).")
@click.option("--source", metavar="NAME", help="Outlet that reported the event.")
@click.option("--q", metavar="TEXT", help="Full-text search (FTS5) in the reports' texts.")
@click.option("--history", is_flag=True,
              help="Include events the reports tell as background history (left out by default).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]),
              default="jsonl", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write here instead of stdout (the file appears only when complete).")
def events(db: str, since: Any, until: Any, country: str | None, bbox: Any,
           event_type: str | None, actor: str | None, source: str | None, q: str | None,
           history: bool, limit: int | None, fmt: str, output: str) -> None:
    """Write the canonical events of a database, filtered, as JSON Lines, CSV (ACLED's
    columns), GeoJSON or Parquet.

    \b
    Example:
      warlog events --db conflict.db --country Iraq --since 2017-09-01 --format csv > iraq.csv
      warlog events --db conflict.db --bbox 38,34,41,37 --type "Air/drone strike"
    """
    from warlog.export import write_events
    from warlog.store import EventFilter, open_store

    try:
        flt = EventFilter(since=since, until=until, country=country, bbox=bbox,
                          event_type=event_type, actor=actor, source=source, q=q,
                          historical=None if history else False, limit=limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt == "parquet" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or redirect stdout")
    with open_store(db, readonly=True) as store:
        try:
            n = write_events(store.events(flt), fmt, output)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
    click.echo(f"warlog: {n} events", err=True)


@cli.command()
@click.option("--db", default="warlog.db", show_default=True, type=click.Path(dir_okay=False),
              help="Database made by warlog ingest.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the web page (map, timeline, source comparison) and the JSON API.

    \b
    Example:
      warlog ingest samples/ --db warlog.db
      warlog serve --db warlog.db      # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from warlog.serve.app import create_app
    from warlog.store.sqlite import open_store

    open_store(db, readonly=True).close()  # fail now, with the store's message
    click.echo(f"warlog: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@cli.group()
def gazetteer() -> None:
    """Build or inspect the local GeoNames index."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
@click.pass_context
def gazetteer_build(ctx: click.Context, force: bool) -> None:
    """Build the place index from the installed GeoNames packages.

    \b
    Example:
      warlog gazetteer build
    """
    from warlog.stages.gazetteer import build_gazetteer

    path = build_gazetteer(_settings(ctx), force=force)
    click.echo(f"gazetteer ready: {path}", err=True)


@cli.group("eval")
def eval_() -> None:
    """Score warlog against a human-labelled gold file."""


def _eval_command(name: str, module: str, help_text: str) -> None:
    @eval_.command(name, help=help_text)
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
                  help="Score this extract output instead of running the pipeline.")
    @click.option("--limit", type=int, help="Score only the first N gold lines.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @click.pass_context
    def command(ctx: click.Context, gold: str, predictions: str | None, limit: int | None,
                as_json: bool) -> None:
        import importlib

        mod = importlib.import_module(f"warlog.evaluate.{module}")
        report = mod.run(gold, _settings(ctx), predictions=predictions, limit=limit)
        click.echo(json.dumps(report, indent=2) if as_json else mod.render(report))


_eval_command("geoparse", "geoparse",
              "Geoparsing: end-to-end accuracy within 161 km, detection precision/recall.\n\n"
              "Example: warlog eval geoparse ../shared/gold/dev/geoparse.jsonl")
_eval_command("timex", "timex",
              "Time expressions: DATE value accuracy.\n\n"
              "Example: warlog eval timex ../shared/gold/dev/timex.jsonl")
_eval_command("event-types", "event_types",
              "Event types: accuracy and weighted F1 on 25 ACLED and all 30 codes.\n\n"
              "Example: warlog eval event-types ../shared/gold/dev/event-types.jsonl")
_eval_command("incidents", "incidents",
              "Incidents: location, perpetrator, fatalities and date of the first event.\n\n"
              "Example: warlog eval incidents ../shared/gold/dev/incidents.jsonl")
_eval_command("incident-fields", "incident_fields",
              "Actors and numbers: is the gold perpetrator among the document's actors, "
              "the gold fatality count among its numbers?\n\n"
              "Example: warlog eval incident-fields ../shared/gold/dev/incidents.jsonl")
_eval_command("merge", "merge",
              "Cross-document merging: pairwise precision and recall of dedup on a labelled "
              "set of reports.\n\n"
              "Example: warlog eval merge tests/fixtures/merge/reports.jsonl")
_eval_command("articles", "articles",
              "Whole articles: every event matched one to one to the coders' events; "
              "precision, recall, type/actor1/fatalities on matched pairs, history.\n\n"
              "Example: warlog eval articles ../shared/gold/dev/articles.jsonl")
_eval_command("fakes", "fakes",
              "FA-KES main event: governorate, perpetrator class, cause and exact toll of "
              "the first event.\n\n"
              "Example: warlog eval fakes ../shared/gold/dev/fakes-main.jsonl")
_eval_command("seed", "seed",
              "The seed check: must-find and must-not-find events of expected.json.\n\n"
              "Example: warlog eval seed ../shared/seed/expected.json")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--limit", type=int, help="Time only the first N documents.")
@click.option("--rounds", type=int, default=2, show_default=True,
              help="Alternating timing rounds; the best of each is kept.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def bench(ctx: click.Context, paths: tuple[str, ...], limit: int | None, rounds: int,
          as_json: bool) -> None:
    """Speed: documents per second of the full pipeline and of bare spaCy on the same texts.

    Prints both rates, their ratio and the peak memory of the run.

    \b
    Example:
      warlog bench ../shared/gold/dev/incidents.jsonl --limit 300
    """
    from warlog.bench import render, run_bench

    result, peak = run_bench(paths, _settings(ctx), limit, rounds)
    if as_json:
        click.echo(json.dumps({
            "documents": result.documents, "characters": result.characters,
            "pipeline_docs_per_s": result.pipeline_docs_per_s,
            "spacy_docs_per_s": result.spacy_docs_per_s, "ratio": result.ratio,
            "peak_rss_mb": peak}, indent=2))
    else:
        click.echo(render(result, peak))


def main() -> None:
    cli(prog_name="warlog")


if __name__ == "__main__":
    main()
