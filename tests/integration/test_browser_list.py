"""The event list, the header and the legend as a person meets them in a real headless
browser: look-alike rows told apart, an error told once, a legend that leaves a narrow
map visible. Skips where Debian's chromium is not installed. Every report is made up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.responses import HTMLResponse

from tests.integration.test_browser import (
    CHROMIUM,
    HARNESS,
    HARNESS_STEPS,
    _dom,
    _harness,
    _serving,
    make_page_db,
)
from tests.unit.test_serve_list import FIRST, make_pair_db
from warlog.serve.app import create_app

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


@pytest.fixture
def page_server(tmp_path: Path) -> Iterator[str]:
    app = create_app(make_page_db(tmp_path / "p.db"))

    @app.get("/harness/{name}", include_in_schema=False)
    def harness(name: str) -> HTMLResponse:
        page = HARNESS.replace("{steps}", HARNESS_STEPS[name.removeprefix("narrow-")])
        if name.startswith("narrow-"):  # the page opened in a 760 px frame
            page = page.replace("width:1200px", "width:760px")
        return HTMLResponse(page)

    with _serving(app) as url:
        yield url


def test_browser_list_tells_look_alike_events_apart(tmp_path: Path) -> None:
    """Two attacks of one day, place, type and group in one report: each row shows a
    sentence of its own under the line the two share."""
    with _serving(create_app(make_pair_db(tmp_path / "w.db"))) as url:
        dom = _dom(url, tmp_path / "p")
    rows = [row.split("</li>", 1)[0] for row in dom.split('<li data-id="')[1:]]
    assert len(rows) == 2
    excerpts = [row.split('<div class="excerpt">', 1)[1].split("</div>", 1)[0] for row in rows]
    assert FIRST in excerpts and len(set(excerpts)) == 2


def test_browser_error_is_told_once_in_one_header_line(page_server: str,
                                                       tmp_path: Path) -> None:
    """A refused query: its message stands in the list alone; the header flags the error
    in a word and keeps the height it has with results (the message, told there too on a
    narrow window, took a second line)."""
    found = _harness(page_server, """
      f.style.width = "760px";
      await new Promise((done) => setTimeout(done, 300));
      const header = () => Math.round(d.querySelector("header").getBoundingClientRect().height);
      log("height_before", header());
      d.querySelector("[name=q]").value = '"unbalanced';
      d.querySelector("#filters").requestSubmit();
      await until(() => d.querySelector("#list li.error"));
      log("height_after", header());
      log("told", d.body.innerText.split("unterminated string").length - 1);
      log("status", d.querySelector("#status").textContent);
    """, tmp_path / "p")
    assert found["told"] == "1"
    assert found["height_after"] == found["height_before"]
    assert "error" in found["status"] and "unterminated" not in found["status"]


def test_browser_legend_folds_on_a_narrow_window(page_server: str, tmp_path: Path) -> None:
    """At 760 px the map beside the list is some 470 px wide: the open legend covers an
    eighth of it. It starts folded there and opens on a click; wide, it starts open."""
    HARNESS_STEPS["legend-fold"] = """
      const area = () => {
        const r = d.getElementById("legend").getBoundingClientRect();
        const m = d.getElementById("map").getBoundingClientRect();
        return (r.width * r.height / (m.width * m.height)).toFixed(3);
      };
      log("open", d.querySelector("#legend details").open);
      log("area", area());
      d.querySelector("#legend summary").click();
      await until(() => d.querySelector("#legend details").open);
      log("clicked_area", area());
    """
    wide = _dom(f"{page_server}harness/legend-fold", tmp_path / "w")
    narrow = _dom(f"{page_server}harness/narrow-legend-fold", tmp_path / "n")
    assert "open=true" in wide
    assert "open=false" in narrow
    area = float(narrow.split("area=", 1)[1].split("\n", 1)[0])
    clicked = float(narrow.split("clicked_area=", 1)[1].split("\n", 1)[0])
    assert area < 0.05 < 0.10 < clicked  # folded to a line; open, the whole legend


@pytest.mark.parametrize(("width", "stacked"), [(760, False), (480, True)])
def test_browser_map_keeps_most_of_a_narrow_window(page_server: str, tmp_path: Path,
                                                   width: int, stacked: bool) -> None:
    """At 760 px a list of fixed width left the map 340 px, less than half the window;
    the list now takes at most two fifths. At a phone's 480 px the map takes the whole
    width with the list below it, every row still reachable."""
    found = _harness(page_server, f"""
      f.style.width = "{width}px";
      await new Promise((done) => setTimeout(done, 300));
      const m = d.getElementById("map").getBoundingClientRect();
      const s = d.getElementById("side").getBoundingClientRect();
      log("map", Math.round(m.width));
      log("below", s.top >= m.bottom - 1);
      log("rows", d.querySelectorAll("#list li[data-id]").length);
    """, tmp_path / "p")
    share = int(found["map"]) / width
    if stacked:
        assert share > 0.95 and found["below"] == "true"
    else:
        assert share > 0.55 and found["below"] == "false"
    assert int(found["rows"]) > 0


def test_browser_network_view_fits_a_window_made_narrow(tmp_path: Path) -> None:
    """The network's graph column shrinks with the window: a grid track of ``1fr`` never
    goes below its content's width, so the graph's canvas, drawn for the wider window,
    held the column at that width and a phone got a sideways scroll bar (and the side
    panel ran past the right edge)."""
    from tests.unit.test_serve_network import make_network_db

    app = create_app(make_network_db(tmp_path / "n.db"))

    @app.get("/harness/{name}", include_in_schema=False)
    def harness(name: str) -> HTMLResponse:
        return HTMLResponse(HARNESS.replace("{steps}", HARNESS_STEPS[name]))

    with _serving(app) as url:
        found = _harness(url, """
          d.querySelector("#network-toggle").click();
          await until(() => d.querySelector("#network-status").textContent.includes("rel"));
          f.style.width = "480px";
          await new Promise((done) => setTimeout(done, 600));
          const root = d.documentElement;
          log("overflow", root.scrollWidth - root.clientWidth);
          log("graph", Math.round(d.getElementById("network-graph")
                                     .getBoundingClientRect().right));
          log("view", root.clientWidth);
        """, tmp_path / "p")
    assert found["overflow"] == "0", found
    assert int(found["graph"]) <= int(found["view"]), found


def test_browser_history_asked_for_and_none_matching_says_none(page_server: str,
                                                               tmp_path: Path) -> None:
    """Historical events asked for (the box ticked) while none matches the filters: the
    line says none matches, not "0 historical events listed, marked history"."""
    dom = _dom(f"{page_server}?history=1&source=AFP", tmp_path / "p")
    line = dom.split('<p id="history-line"', 1)[1].split("</p>", 1)[0]
    assert "No historical events match these filters." in line
    assert "0 historical events listed" not in line
    assert dom.count('<li data-id="') >= 1 and 'class="historical"' not in dom


def test_browser_phone_selection_keeps_the_detail_in_view(page_server: str,
                                                         tmp_path: Path) -> None:
    """At a phone's width the page stacks map, detail and list, and the page itself
    scrolls: an event chosen on the map must leave its detail on screen, not scroll the
    page down past it to the event's row in the list below."""
    found = _harness(page_server, """
      f.style.width = "480px"; f.style.height = "560px";
      await new Promise((done) => setTimeout(done, 300));
      const paths = d.querySelectorAll("#map path.leaflet-interactive");
      paths[paths.length - 1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
      await until(() => d.querySelector("#list li.selected"));
      await until(() => !d.getElementById("detail").hidden &&
                        d.getElementById("detail").textContent.trim().length > 0);
      await new Promise((done) => setTimeout(done, 200));
      const r = d.getElementById("detail").getBoundingClientRect();
      log("detail_top", Math.round(r.top));
      log("detail_bottom", Math.round(r.bottom));
      log("view", f.contentWindow.innerHeight);
    """, tmp_path / "p")
    top, bottom, view = (int(found[k]) for k in ("detail_top", "detail_bottom", "view"))
    assert bottom > 0 and top < view  # some of the detail is on screen
    assert top >= -5  # its head is not scrolled away above the window
