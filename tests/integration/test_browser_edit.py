"""The page's edit form in a real headless browser (skips where Debian's chromium is not
installed): shown only when the server allows edits, a bad value answered in the form
with nothing changed, a good one saved and shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.responses import HTMLResponse

from tests.integration.test_browser import (
    CHROMIUM,
    HARNESS,
    _dom,
    _serving,
    make_page_db,
)
from warlog.serve.app import create_app
from warlog.store.sqlite import open_store

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
TOKEN = "browser-test-token"

STEPS = """
  const li = [...d.querySelectorAll("#list li[data-id]")]
    .find((x) => x.textContent.includes("Aleppo"));
  li.click();
  await until(() => d.querySelector("#edit-form"));
  const form = () => d.querySelector("#edit-form");
  log("fatalities_shown", form().elements.fatalities.value);
  form().elements.date.value = "2017-13-45";
  form().requestSubmit();
  await until(() => d.querySelector("#edit-status").textContent);
  log("bad", d.querySelector("#edit-status").textContent);
  form().elements.date.value = "2017-08-31";
  form().elements.fatalities.value = "9";
  form().elements.note.value = "checked the ministry's list";
  form().requestSubmit();
  await until(() => d.querySelector("#detail .reviewed"));
  log("reviewed", d.querySelector("#detail .reviewed").textContent);
  log("fatalities_after", form().elements.fatalities.value);
"""


@pytest.fixture
def edit_server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    db = make_page_db(tmp_path / "p.db")
    app = create_app(db, allow_edits=True, token=TOKEN)

    @app.get("/harness", include_in_schema=False)
    def harness() -> HTMLResponse:
        page = HARNESS.replace('src="/"', f'src="/#token={TOKEN}"')
        return HTMLResponse(page.replace("{steps}", STEPS))

    with _serving(app) as url:
        yield url, db


def _found(dom: str) -> dict[str, str]:
    import html

    text = html.unescape(dom.split('<pre id="out">', 1)[1].split("</pre>", 1)[0])
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_browser_edit_form_saves_a_correction(edit_server: tuple[str, str],
                                              tmp_path: Path) -> None:
    url, db = edit_server
    found = _found(_dom(f"{url}harness", tmp_path / "p"))
    assert found.get("done") == "1", found
    assert found["fatalities_shown"] == "3"
    assert found["bad"].startswith("date:") and "not valid" in found["bad"]
    assert "fatalities" in found["reviewed"] and "date" in found["reviewed"]
    assert found["fatalities_after"] == "9"
    with open_store(db, readonly=True) as store:
        (aleppo,) = [e for e in store.events() if e.location and e.location.name == "Aleppo"]
    assert aleppo.fatalities is not None and aleppo.fatalities.best == 9
    assert aleppo.date == "2017-08-31"


def test_browser_no_edit_form_without_allow_edits(tmp_path: Path) -> None:
    db = make_page_db(tmp_path / "p.db")
    with _serving(create_app(db)) as url:
        ids = _dom(url, tmp_path / "p1").split('<li data-id="')[1:]
        first = ids[0].split('"', 1)[0]
        detail = _dom(f"{url}#event={first}", tmp_path / "p2").split('<section id="detail"')[1]
    assert "Canonical fatalities" in detail and "edit-form" not in detail
