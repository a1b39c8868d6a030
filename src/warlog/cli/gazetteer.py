"""``warlog gazetteer``: the local GeoNames index."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from warlog.cli.common import Group, config_option, quiet
from warlog.cli.common import settings_for as _settings
from warlog.cli.progress import Progress

MB = 1_000_000


@click.group(cls=Group)
def gazetteer() -> None:
    """Build the local GeoNames index, or import GeoNames dump files into it."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
@config_option
@click.pass_context
def gazetteer_build(ctx: click.Context, force: bool) -> None:
    """Build the place index from the installed GeoNames packages.

    \b
    Example:
      warlog gazetteer build
    """
    from warlog.places.gazetteer import build_gazetteer

    path = build_gazetteer(_settings(ctx), force=force)
    click.echo(f"gazetteer ready: {path}", err=True)


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--classes", default="PA", show_default=True, metavar="LETTERS",
              help="GeoNames feature classes to take: P towns and villages, A divisions; "
                   "also S spots, T terrain, H water, L areas, R roads, V forests, U undersea.")
@config_option
@click.pass_context
def gazetteer_import(ctx: click.Context, files: tuple[Path, ...], classes: str) -> None:
    """Merge GeoNames dump files into the place index.

    FILES are files from https://download.geonames.org/export/dump/ as published:
    allCountries.zip, a country file (SY.zip), cities500.zip, alternateNamesV2.zip, or
    the .txt inside; admin2Codes.txt and admin1CodesASCII.txt name the divisions for
    the admin2 column of warlog events --format csv. Importing a file again changes
    nothing; a file of another format is refused and the index stays as it was.

    \b
    Example:
      warlog gazetteer import SY.zip IQ.zip alternateNamesV2.zip admin2Codes.txt
    """
    from warlog.places.gazetteer import build_gazetteer
    from warlog.places.imports import CLASSES, MERGING, import_dumps

    if not classes or set(classes.upper()) - set(CLASSES):
        raise click.BadParameter(f"letters among {CLASSES}", param_hint="--classes")
    path = build_gazetteer(_settings(ctx))
    show = sys.stderr.isatty() and not quiet(ctx)
    bars: dict[str, Progress] = {}  # the file being read, by name

    def progress(name: str, done: int, total: int) -> None:
        if name not in bars:
            for other in bars.values():
                other.close()
            bars.clear()
            if name == MERGING:
                if show:
                    click.echo(f"{MERGING} ...", err=True)
                return
            bars[name] = Progress(f"import {name}", total // MB, enabled=show, unit="MB")
        bars[name].update(done // MB - bars[name].done)

    report = import_dumps(path, files, classes, progress)
    click.echo(
        f"imported {report.rows:,} rows from {len(report.files)} file(s) in "
        f"{report.seconds:.0f} s: {report.places_added:,} new places, "
        f"{report.names_added:,} new names ({path})",
        err=True,
    )
    if report.places_added or report.names_added:
        click.echo(
            "The new places serve what is read from now on; a database keeps the places "
            "its documents were stored with (ingesting them again adds nothing): to place "
            "their events anew, run: warlog reextract --db FILE (it keeps corrections).",
            err=True,
        )
