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
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], published: str | None,
            source: str | None, output: Any) -> None:
    """Read articles and write one annotated JSON object per document.

    PATHS are files, folders (read recursively) or - for standard input: plain text
    (one article or a dump of many), HTML pages, or JSON Lines corpora.

    \b
    Example:
      warlog extract samples/ --published 2017-09-15 > out.jsonl
      cat article.txt | warlog extract - --source DW --published 2017-09-15
    """
    from warlog.export import to_json
    from warlog.runner import extract_paths

    settings = _settings(ctx, published=published, source=source)

    def emit(obj: dict[str, Any]) -> None:
        output.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def report(failure: Failure) -> None:
        click.echo(f"skipped {failure.describe()}", err=True)

    summary = extract_paths(paths, settings, lambda ad: emit(to_json(ad)), on_failure=report)
    click.echo(summary.describe(), err=True)
    if summary.failures:
        ctx.exit(EXIT_SKIPPED)


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
_eval_command("seed", "seed",
              "The seed check: must-find and must-not-find events of expected.json.\n\n"
              "Example: warlog eval seed ../shared/seed/expected.json")


def main() -> None:
    cli(prog_name="warlog")


if __name__ == "__main__":
    main()
