"""Splitting dumps, removing furniture, titles, outlets, the map back to the input."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from warlog.config import Settings
from warlog.models import Document, Failure, RawInput
from warlog.text.clean import clean_input, document_from_record, stable_id
from warlog.text.furniture import LineKind, classify_line, is_furniture, is_page_notice


def _clean(text: str, settings: Settings, path: str = "dump.txt") -> list[Document]:
    failures: list[Failure] = []
    raw = RawInput(path=path, text=text, kind="text", start=0, end=len(text))
    docs = list(clean_input(raw, settings, failures.append))
    assert not failures
    return docs


@pytest.fixture
def dump_docs(settings: Settings) -> tuple[str, list[Document]]:
    text = (FIXTURES / "dump.txt").read_text(encoding="utf-8")
    return text, _clean(text, settings)


def test_clean_splits_dump_into_reports_with_titles(dump_docs: tuple[str, list[Document]]) -> None:
    _, docs = dump_docs
    assert [d.title for d in docs] == [
        "Rebels seize border post in northern Testland",
        "Floods cut roads in the south",
        "Talks resume in the capital",
    ]


def test_clean_outlet_from_courtesy_line_and_furniture(
    dump_docs: tuple[str, list[Document]],
) -> None:
    _, docs = dump_docs
    assert docs[0].source == "DW"  # DW RECOMMENDS block, no Courtesy line
    assert docs[1].source == "Example News"


@pytest.mark.parametrize(
    "furniture",
    ["(Example/A. Photographer)", "Read more:", "Watch video", "the rebels' new offensive",
     "ab/cd", "DW RECOMMENDS", "AUDIOS AND VIDEOS", "READ MORE", "streetRescuers",
     "https://", "example.org", "Courtesy"],
)
def test_clean_removes_page_furniture(
    dump_docs: tuple[str, list[Document]], furniture: str
) -> None:
    _, docs = dump_docs
    assert all(furniture not in d.text for d in docs)


def test_clean_keeps_report_sentences(dump_docs: tuple[str, list[Document]]) -> None:
    _, docs = dump_docs
    assert "At least four soldiers were wounded." in docs[0].text
    assert "thousands of families left their homes" in docs[1].text


def test_clean_segments_map_back_to_input(dump_docs: tuple[str, list[Document]]) -> None:
    text, docs = dump_docs
    for doc in docs:
        covered = 0
        for seg in doc.segments:
            assert doc.text[seg.start : seg.start + seg.length] == text[
                seg.origin_start : seg.origin_start + seg.length
            ]
            covered += seg.length
        assert covered == len(doc.text) - 2 * (len(doc.segments) - 1)
        assert text[doc.origin.start : doc.origin.end].startswith(doc.text[:20])


def test_clean_ids_are_stable_and_distinct(settings: Settings) -> None:
    text = (FIXTURES / "dump.txt").read_text(encoding="utf-8")
    first = [d.id for d in _clean(text, settings)]
    again = [d.id for d in _clean(text, settings, path="moved/elsewhere.txt")]
    assert first == again
    assert len(set(first)) == 3


def test_clean_hard_wrapped_paragraphs_are_not_captions(settings: Settings) -> None:
    text = ("Army says it holds the town\n\nThe army said on Monday that its troops held the\n"
            "town after two days of fighting with the rebels who had\nentered it last week.\n")
    [doc] = _clean(text, settings)
    assert "troops held the\ntown after two days" in doc.text


def test_clean_jsonl_text_is_kept_exactly(settings: Settings) -> None:
    text = "  Watch video03:10\nGunmen killed two people.  "
    doc = document_from_record({"id": 7, "text": text, "published": "2020-01-02"}, settings)
    assert doc.text == text
    assert doc.id == "7"
    assert doc.published is not None and doc.published.isoformat() == "2020-01-02"


def test_clean_non_english_is_flagged(settings: Settings) -> None:
    text = ("Die Armee hat am Montag die Stadt wieder unter ihre Kontrolle gebracht, "
            "sagte ein Sprecher. Es gab keine Angaben zu Opfern bei den Kämpfen.")
    [doc] = _clean(text, settings)
    assert doc.language == "de"
    assert any("not English" in w for w in doc.warnings)


def test_clean_missing_date_is_warned(settings: Settings) -> None:
    doc = document_from_record({"id": "x", "text": "Gunmen killed two people on Monday."},
                               Settings(cache_dir=settings.cache_dir))
    assert doc.published is None
    assert any("no publication date" in w for w in doc.warnings)


def test_clean_nothing_left_is_a_failure(settings: Settings) -> None:
    text = "Read more: something\n\nWatch video01:00\n\nA title\n"
    failures: list[Failure] = []
    raw = RawInput(path="f.txt", text=text, kind="text", start=0, end=len(text))
    assert list(clean_input(raw, settings, failures.append)) == []
    assert failures and failures[0].path == "f.txt"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Courtesy, DW", LineKind.END),
        ("Watch video05:42", LineKind.VIDEO),
        ("DW RECOMMENDS", LineKind.TRAILER),
        ("=====", LineKind.SEPARATOR),
        ("Read more:‘Islamic State’: Will it survive?", LineKind.FURNITURE),
        ("Irak Doppelanschlag bei Nassirijah (Reuters/E. Al-Sudani)", LineKind.FURNITURE),
        ("The group (IS, formerly ISIS/ISIL). It fought on.", LineKind.TEXT),
        ("Suicide bombers attacked a restaurant near the city on Thursday.", LineKind.TEXT),
        ("Iranian pilgrims among dead", LineKind.TEXT),
    ],
)
def test_clean_classify_line(line: str, kind: LineKind) -> None:
    assert classify_line(line) is kind


def test_clean_headline_is_not_a_caption() -> None:
    line = "Syrian Christians advance against the militants in their de-facto capital"
    assert is_furniture(line)
    assert not is_furniture(line, headline=True)


def test_clean_stable_id_prefers_url() -> None:
    assert stable_id("a b", "https://x/1") == stable_id("other", "https://x/1")
    assert stable_id("a  b") == stable_id("a b")


def test_clean_truncated_html_keeps_its_text(settings: Settings) -> None:
    html = ("<html><head><title>Police station attacked</title></head><body><article><p>"
            "Gunmen attacked a police station in the north on Monday, killing three officers"
            " and wounding five others, officials said. The attackers fled")
    failures: list[Failure] = []
    raw = RawInput(path="t.html", text=html, kind="html", start=0, end=len(html))
    [doc] = clean_input(raw, settings, failures.append)
    assert "killing three officers" in doc.text and doc.title == "Police station attacked"


_BODY = ("<article><h1>Blast kills three in an invented town</h1><p>A bomb went off in an "
         "invented market on Tuesday, killing three people and wounding ten others, local "
         "officials said. No group said it had planted the device, which went off in the "
         "busy morning hours.</p></article>")


@pytest.mark.parametrize(("title", "outlet"), [
    ("Blast kills three in an invented town - Example News", "Example News"),
    ("Blast kills three in an invented town | The Daily Invention", "The Daily Invention"),
    ("Blast kills three in an invented town &#8211; Example Post", "Example Post"),
    ("Blast kills three in an invented town", None),
])
def test_clean_html_outlet_from_title_suffix(settings: Settings, title: str,
                                             outlet: str | None) -> None:
    """A page without site-name metadata names its outlet after the headline in its
    <title>, as sites write it ("Headline - Site"): that name is the document's source."""
    html = f"<html><head><title>{title}</title></head><body>{_BODY}</body></html>"
    raw = RawInput(path="t.html", text=html, kind="html", start=0, end=len(html))
    [doc] = clean_input(raw, settings, [].append)
    assert doc.source == outlet


def test_clean_html_headline_dash_names_no_outlet(settings: Settings) -> None:
    """A dash inside the headline itself ("... - police") names no outlet."""
    body = _BODY.replace("in an invented town</h1>", "in an invented town - police</h1>")
    html = (f"<html><head><title>Blast kills three in an invented town - police</title>"
            f"</head><body>{body}</body></html>")
    raw = RawInput(path="t.html", text=html, kind="html", start=0, end=len(html))
    [doc] = clean_input(raw, settings, [].append)
    assert doc.source is None


def test_clean_html_without_article_is_a_failure(settings: Settings) -> None:
    failures: list[Failure] = []
    raw = RawInput(path="t.html", text="<html><body><div>", kind="html", start=0, end=17)
    assert list(clean_input(raw, settings, failures.append)) == []
    assert "no article text" in failures[0].reason


def _page(body: str, title: str = "The Daily Example") -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body>{body}"
            "</body></html>")


_NAV = ("<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
        "<li><a href='/p'>Politics</a></li><li><a href='/s'>Sport</a></li></ul></nav></header>")
_FOOTER = ("<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p>"
           "<a href='/privacy'>Privacy policy</a></footer>")


@pytest.mark.parametrize(
    "page",
    [_page(_NAV + "<main></main>" + _FOOTER),
     _page("<nav><a href='/'>Home</a> | <a href='/w'>World</a></nav>", "Subscribe"),
     _page("<div><p>We use cookies and data to deliver and maintain our services.</p>"
           "<button>Accept all</button><button>Reject all</button></div>"),
     _page("<noscript>You need to enable JavaScript to run this app.</noscript>"
           "<div id='root'></div><script src='/main.js'></script>"),
     _page("<article><h1>Convoy ambushed on the northern road</h1></article>",
           "Convoy ambushed on the northern road")],
    ids=["menu-and-footer", "menu-line", "cookie-wall", "javascript-wall", "title-only"],
)
def test_clean_html_page_of_notices_is_a_failure(settings: Settings, page: str) -> None:
    """A page with no report on it (a section front, a consent or JavaScript wall, a bare
    headline) is reported as such, not kept as a document of menu and footer lines."""
    failures: list[Failure] = []
    raw = RawInput(path="p.html", text=page, kind="html", start=0, end=len(page))
    assert list(clean_input(raw, settings, failures.append)) == []
    assert [f.path for f in failures] == ["p.html"]
    assert "no article text" in failures[0].reason


def test_clean_html_article_loses_its_notices_only(settings: Settings) -> None:
    body = ("<div><p>We use cookies to improve your experience.</p><button>Accept all</button>"
            "</div>" + _NAV + "<article><h1>Convoy ambushed on the northern road</h1>"
            "<p>Gunmen ambushed a supply convoy on the northern road on Monday, killing two "
            "drivers, the provincial police chief said.</p><p>The attackers escaped into the "
            "hills before troops arrived, and no group has said it carried out the attack."
            "</p></article>" + _FOOTER)
    failures: list[Failure] = []
    page = _page(body, "Convoy ambushed on the northern road")
    raw = RawInput(path="a.html", text=page, kind="html", start=0, end=len(page))
    [doc] = clean_input(raw, settings, failures.append)
    assert not failures and "killing two drivers" in doc.text and "no group has said" in doc.text
    assert not any(w in doc.text for w in ("cookies", "Accept all", "Copyright", "Privacy"))


@pytest.mark.parametrize(("line", "notice"), [
    ("Copyright 2024 The Daily Example. All rights reserved.", True),
    ("© Example Media 2023", True),
    ("This website uses cookies to give you the best experience.", True),
    ("Please enable JavaScript to view this page.", True),
    ("Accept all", True),
    ("Privacy policy", True),
    ("Home | World | Politics | Sport", True),
    ("News • Opinion • Video", True),
    ("The rebels said they would accept all terms of the truce.", False),
    ("Copyright disputes over the footage delayed its release, the channel said.", False),
    ("Copyright © 2023 Example Media", True),
    ("Troops took back the town, the army said, after a week of fighting.", False),
    ("Kabul | Suicide bombers killed twelve worshippers at a mosque on Friday.", False),
])
def test_clean_page_notice_lines(line: str, notice: bool) -> None:
    assert is_page_notice(line) is notice


@pytest.mark.parametrize(
    "line",
    ["Looting in the townships of KwaZulu-Natal continued overnight despite police patrols",
     "A video posted on YouTube showed the attack on the newspaper in central Paris",
     "Sanctions over the SolarWinds cyberattack and the occupation of Crimea"],
)
def test_clean_camelcase_names_are_not_glued_captions(line: str) -> None:
    assert not is_furniture(line, headline=True)


_STORY = ("<article><h1>Checkpoint attacked on the river road</h1><p>Gunmen attacked an "
          "army checkpoint on the river road on Sunday, killing two soldiers and wounding "
          "four others, a district official said on Monday. No group said it carried out "
          "the attack, and the road was closed for the rest of the day.</p></article>")


@pytest.mark.parametrize(("head", "published"), [
    ("", "2017-09-15"),
    ('<meta property="article:published_time" content="2023-05-04T08:00:00Z">',
     "2023-05-04"),
], ids=["no-date-on-the-page", "date-in-metadata"])
def test_clean_html_date_is_the_pages_own_not_its_copyright_year(
    settings: Settings, head: str, published: str
) -> None:
    """A page's publication date is the one it marks as such; a "Copyright 2024" footer
    is no date of the report (it read as 2024-01-01, dated "on Sunday" to the last day
    of 2023 and outranked --published, which the settings fixture gives as 2017-09-15)."""
    page = _page(_STORY + _FOOTER).replace("<head>", f"<head>{head}")
    raw = RawInput(path="p.html", text=page, kind="html", start=0, end=len(page))
    [doc] = clean_input(raw, settings, [].append)
    assert doc.published is not None and doc.published.isoformat() == published


@pytest.mark.parametrize("field", ["date", "publish_date", "published_at"])
def test_clean_record_with_its_date_under_another_name_says_so(settings: Settings,
                                                               field: str) -> None:
    """A corpus that names its publication date "date" (or "publish_date", ...) has it
    carried along, not read: the document's warning names the field and the fix, so the
    undated events are explained. With --published given, nothing is said."""
    text = "Gunmen killed two people on Monday."
    raw = RawInput(path="c.jsonl", text=text, kind="jsonl", start=0, end=len(text), line=3,
                   id="d1", extra=((field, "2020-05-04"),))
    [doc] = clean_input(raw, Settings(cache_dir=settings.cache_dir), [].append)
    assert doc.published is None and (field, "2020-05-04") in doc.extra
    assert any(f'line 3: no "published" field; "{field}" is carried along' in w
               and 'name it "published"' in w for w in doc.warnings)
    [dated] = clean_input(raw, settings, [].append)
    assert not any("carried along" in w for w in dated.warnings)
