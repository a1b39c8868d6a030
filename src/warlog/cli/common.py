"""What every command shares: error handling, settings, option types and callbacks.

Data goes to stdout; logs and progress go to stderr. A WarlogError exits with code 1 and
its message; usage errors (a bad option, a path that does not exist) exit with 2 before
any work starts; a run that skipped some input exits with 3 after finishing the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from warlog.config import Settings, load_settings
from warlog.errors import WarlogError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
_CONFIG = "warlog.config"


class Group(click.Group):
    """Turns WarlogError into a one-line message and exit code 1 (traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WarlogError as exc:
            if ctx.meta.get("warlog.debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


def _remember_config(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta[_CONFIG] = value  # shared by the whole command chain


def config_option(f: F) -> F:
    """``--config FILE``, accepted before the sub-command and after it."""
    return click.option(
        "--config", type=click.Path(dir_okay=False), expose_value=False, is_eager=True,
        callback=_remember_config, help="TOML settings file (default: ./warlog.toml).",
    )(f)


def settings_for(ctx: click.Context, **overrides: object) -> Settings:
    """Settings from the defaults, the --config file, WARLOG_* variables and ``overrides``."""
    return load_settings(ctx.meta.get(_CONFIG), **overrides)


def quiet(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("warlog.quiet"))


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a YYYY-MM-DD date, or a usage error (exit code 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def existing_paths(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    """Click callback: every path exists (``-`` is standard input), or a usage error that
    names the missing ones, raised before any model loads or any cluster starts."""
    from warlog.text.ingest import missing_paths

    missing = missing_paths(value)
    if missing:
        names = ", ".join(repr(p) for p in missing)
        raise click.BadParameter(f"no such file or folder: {names}")
    return value


def output_folder_exists(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Click callback for a lazily opened output file: its folder exists, or a usage
    error before any model loads (the file itself is opened at the first write)."""
    import os

    name = getattr(value, "name", "-")
    folder = os.path.dirname(os.path.abspath(name)) if name not in ("-", "<stdout>") else ""
    if folder and not os.path.isdir(folder):
        raise click.BadParameter(f"the folder {folder} does not exist; create it first")
    return value


def query_param(parser: str) -> Callable[..., Any]:
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


NEW_DB = click.option(
    "--db", default="warlog.db", show_default=True, metavar="FILE",
    type=click.Path(dir_okay=False), help="SQLite database file (created if missing).")
EXISTING_DB = click.option(
    "--db", default="warlog.db", show_default=True, metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Database made by warlog ingest (never created here: a missing one is an error).")


def output_options(f: F) -> F:
    """``--bom`` and ``-o/--output``, as warlog events and warlog network take them."""
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                     default="-", help="Write here instead of stdout (the file appears only "
                                       "when complete).")(f)
    return click.option("--bom", is_flag=True,
                        help="Start the CSV with a UTF-8 byte-order mark, so that Excel shows "
                             "non-ASCII names right (with --format csv).")(f)


def csv_only_bom(fmt: str, bom: bool) -> None:
    """A usage error for ``--bom`` with any format but CSV."""
    if bom and fmt != "csv":
        raise click.UsageError(f"--bom applies to --format csv only, not {fmt}")
