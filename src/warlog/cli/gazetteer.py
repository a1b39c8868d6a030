"""``warlog gazetteer``: the local GeoNames index."""

from __future__ import annotations

import click

from warlog.cli.common import Group, config_option
from warlog.cli.common import settings_for as _settings


@click.group(cls=Group)
def gazetteer() -> None:
    """Build or inspect the local GeoNames index."""


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
