"""The page in a real headless browser: it draws the events the API serves, with no
request leaving the machine. Skips where Debian's chromium is not installed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tests.unit.test_serve import make_db
from warlog.serve.app import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    db = make_db(tmp_path / "w.db")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)


def _dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=10000",
            "--dump-dom", url]
    out = subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)
    return out.stdout


def test_browser_page_shows_events_map_and_sources(server: str, tmp_path: Path) -> None:
    dom = _dom(server, tmp_path / "profile")
    assert "2 events" in dom
    assert dom.count('<li data-id="') == 2
    assert "2 reports" in dom and "DW, RT" in dom
    assert dom.count("leaflet-interactive") >= 2  # one circle per event on the map
    assert "<rect" in dom  # the timeline


def test_browser_event_link_opens_source_comparison(server: str, tmp_path: Path) -> None:
    dom = _dom(server, tmp_path / "p1")
    items = dom.split('<li data-id="')[1:]
    [merged] = [i.split('"', 1)[0] for i in items if "Nasiriyah" in i.split("</li>", 1)[0]]
    detail = _dom(f"{server}#event={merged}", tmp_path / "p2").split('<section id="detail"', 1)[1]
    assert "Sources disagree on" in detail
    assert "<td class=\"differs\">70+</td>" in detail and "<td class=\"differs\">84+</td>" in detail
