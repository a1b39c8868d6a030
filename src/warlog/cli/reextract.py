"""``warlog reextract``: read the stored documents again, in place, keeping corrections."""

from __future__ import annotations

import sys

import click

from warlog.cli.common import EXISTING_DB, EXIT_SKIPPED, config_option, iso_date, quiet
from warlog.cli.common import settings_for as _settings
from warlog.cli.progress import Progress


@click.command()
@EXISTING_DB
@click.option("--published", metavar="YYYY-MM-DD", callback=iso_date,
              help="Publication date for stored documents that have none.")
@click.option("--source", metavar="NAME", help="Outlet name for stored documents that have "
                                               "none.")
@config_option
@click.pass_context
def reextract(ctx: click.Context, db: str, published: str | None, source: str | None) -> None:
    """Extract the events of every stored document again, in place, from the text the
    database holds, then merge them anew. Analysts' corrections are kept (they are
    anchored to the reports and their documents, not to canonical events).

    Use it after `warlog gazetteer import` (villages the index lacked) or an upgrade of
    warlog, so that documents stored before find what is read from now on; `ingest`
    skips documents already stored. A document that fails now keeps its old events.
    `--published` dates the stored documents that have no publication date (their "on
    Sunday" is then resolved), as `ingest --published` would have.

    \b
    Example:
      warlog gazetteer import SY.zip
      warlog reextract --db conflict.db
      warlog reextract --db conflict.db --published 2021-06-01
    """
    from warlog.store import open_store
    from warlog.store.ingest import reextract_stored

    settings = _settings(ctx, published=published, source=source)
    with open_store(db, create=False) as store:
        total = store.counts()["documents"]
        show = sys.stderr.isatty() and not quiet(ctx)
        bar = Progress("reextract", total if show else 0, enabled=show)
        try:
            report = reextract_stored(store, settings, lambda _: bar.update())
        finally:
            bar.close()
    for f in report.failures[:20]:
        click.echo(f"failed  {f.stage:<9} {f.describe()}", err=True)
    click.echo(report.describe(), err=True)
    if report.failures:
        ctx.exit(EXIT_SKIPPED)
