"""Command line: parses arguments and formats output; the logic lives in the library.

One module per command group: ``extract``, ``store`` (ingest, events, failures),
``correct`` (correct, corrections), ``network`` (the actor network), ``serve``,
``gazetteer``, ``evaluate`` (eval, bench); ``common`` holds what they share (exit codes,
settings, option types) and ``progress`` the progress line.
"""

from __future__ import annotations

import logging
import sys

import click

from warlog.cli.common import Group, config_option
from warlog.cli.correct import correct, corrections
from warlog.cli.evaluate import bench, eval_
from warlog.cli.extract import extract
from warlog.cli.gazetteer import gazetteer
from warlog.cli.network import network
from warlog.cli.reextract import reextract
from warlog.cli.serve import serve
from warlog.cli.store import events, failures, ingest

__all__ = ["cli", "main"]

# libraries that log about their own plumbing: Dask's scheduler and workers (shown with -v,
# else only their warnings) and the HTML and encoding helpers (their complaints about a
# page are not the user's business: warlog reports what it could not read itself)
_CHATTY = ("distributed", "dask", "bokeh", "tornado")
_MUTED = ("trafilatura", "htmldate", "courlan", "charset_normalizer")


@click.group(cls=Group)
@config_option
@click.option("--debug", is_flag=True, help="Show tracebacks for errors, and debug logs.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also show the libraries' own progress logs (Dask's scheduler, ...).")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors on stderr.")
@click.version_option(package_name="warlog")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: bool, quiet: bool) -> None:
    """warlog: rebuild conflict events from news reports, offline.

    \b
    Example:
      warlog extract samples/ --published 2021-06-01 > out.jsonl
    """
    ctx.meta.update({"warlog.debug": debug, "warlog.quiet": quiet, "warlog.verbose": verbose})
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(message)s", stream=sys.stderr)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(
            logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING)
    for name in _MUTED:
        logging.getLogger(name).setLevel(
            logging.DEBUG if debug else logging.INFO if verbose else logging.CRITICAL)


for command in (extract, ingest, reextract, events, network, failures, correct, corrections,
                serve, gazetteer, eval_, bench):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="warlog")


if __name__ == "__main__":
    main()
