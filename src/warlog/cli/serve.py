"""``warlog serve``: the web page and the JSON API over a database."""

from __future__ import annotations

import errno
import socket

import click

from warlog.cli.common import EXISTING_DB, config_option
from warlog.errors import WarlogError


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening, or a WarlogError that says why not
    (a port in use names the option that changes it)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise WarlogError(f"cannot listen on {host}: {exc.strerror}") from exc
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise WarlogError(f"port {port} on {host} is already in use (another warlog "
                              f"serve?); choose another with --port") from exc
        raise WarlogError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


@click.command()
@EXISTING_DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--allow-edits", is_flag=True,
              help="Let the page correct and delete events (needs the token printed at start).")
@click.option("--token", metavar="TEXT",
              help="The token edits need (default: a new random one, printed at start).")
@config_option
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, allow_edits: bool,
          token: str | None) -> None:
    """Serve the web page (map, timeline, source comparison) and the JSON API over a
    database made by warlog ingest. Everything it sends is served from this machine.

    \b
    Example:
      warlog ingest samples/ --db warlog.db --published 2021-06-01
      warlog serve --db warlog.db      # then open http://127.0.0.1:8000/
      warlog serve --db warlog.db --allow-edits   # open the link it prints, with the token

    Edits are off unless --allow-edits; then every write needs the token (the printed
    link carries it to the page) and must come from the page's own origin.
    """
    import secrets

    import uvicorn

    from warlog.cli.common import settings_for
    from warlog.serve.app import create_app
    from warlog.store.sqlite import open_store

    if token is not None and len(token) < 8:
        raise click.BadParameter("use at least 8 characters", param_hint="--token")
    if token is not None and not allow_edits:
        raise click.UsageError("--token is for --allow-edits")
    if allow_edits:
        open_store(db, create=False).close()  # fail now; bring an older schema up to date
    open_store(db, readonly=True).close()  # fail now, with the store's message
    sock = listening_socket(host, port)
    bound = sock.getsockname()[1]
    click.echo(f"warlog: serving {db} on http://{host}:{bound}/", err=True)
    token = (token or secrets.token_urlsafe(24)) if allow_edits else None
    if token:
        click.echo(f"warlog: edits on; token {token}\n  open http://{host}:{bound}/#token={token}",
                   err=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"warlog: warning: listening on {host}: anyone who can reach it "
                       "and has the token can edit", err=True)
    app = create_app(db, allow_edits=allow_edits, token=token, settings=settings_for(ctx))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
