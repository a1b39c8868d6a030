"""``warlog extract``: annotate documents and write one JSON object per document."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from warlog.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_SKIPPED,
    config_option,
    existing_paths,
    iso_date,
    output_folder_exists,
    quiet,
)
from warlog.cli.common import settings_for as _settings
from warlog.cli.progress import Progress
from warlog.models import AnnotatedDocument, Failure
from warlog.runner import counted


@click.command()
@click.argument("paths", nargs=-1, required=True, callback=existing_paths)
@click.option("--published", metavar="YYYY-MM-DD", callback=iso_date,
              help="Publication date for documents that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for documents that carry none.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              callback=output_folder_exists, help="Write here instead of stdout.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run on a Dask cluster: local, local:N (N processes) or tcp://host:port.")
@config_option
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], published: str | None,
            source: str | None, output: Any, dask_address: str | None) -> None:
    """Read articles and write one annotated JSON object per document.

    PATHS are files, folders (read recursively) or - for standard input: plain text
    (one article or a dump of many), HTML pages, or JSON Lines corpora. A progress line
    is shown on a terminal.

    \b
    Example:
      warlog extract samples/ --published 2021-06-01 > out.jsonl
      cat article.txt | warlog extract - --source DW --published 2017-09-15
      warlog extract samples/ --dask local:2 > out.jsonl
    """
    from warlog.export import to_json
    from warlog.runner import extract_paths
    from warlog.text.ingest import estimate_documents

    settings = _settings(ctx, published=published, source=source)
    show = sys.stderr.isatty() and not quiet(ctx) and "-" not in paths
    bar = Progress("extract", estimate_documents(paths) if show else 0, enabled=show)

    written = [0]

    def emit(ad: AnnotatedDocument) -> None:
        output.write(json.dumps(to_json(ad), ensure_ascii=False) + "\n")
        written[0] += 1
        bar.update()

    def report(failure: Failure) -> None:
        click.echo(f"\nskipped {failure.describe()}" if bar.done and show
                   else f"skipped {failure.describe()}", err=True)

    try:
        if dask_address:
            from warlog.scale.dask import extract_with_dask

            summary = extract_with_dask(paths, settings, emit, address=dask_address,
                                        on_failure=report,
                                        verbose=bool(ctx.meta.get("warlog.verbose")))
        else:
            summary = extract_paths(paths, settings, emit, on_failure=report)
    except KeyboardInterrupt:
        bar.close()
        output.flush()
        where = "standard output" if output.name == "<stdout>" else output.name
        click.echo(f"\nwarlog: interrupted; {where} holds only the first "
                   f"{counted(written[0], 'document')} (warlog ingest keeps its work and "
                   "resumes).", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    finally:
        bar.close()
    click.echo(summary.describe(), err=True)
    if summary.failures:
        ctx.exit(EXIT_SKIPPED)
