"""Clean: split multi-article dumps, remove page furniture, and build Documents.

Plain text is read line by line. A report ends at a "Courtesy, DW" line, a separator
line, or a "DW RECOMMENDS"-style trailer block; its first line is its title. Furniture
lines (see :mod:`warlog.text.furniture`) are dropped, and the kept lines are joined with
blank lines into the cleaned ``text``. ``Document.segments`` maps every kept run of text
back to its offset in the decoded input, so any offset in ``text`` can be traced to the
input file.

JSON Lines text is kept exactly as given (corpora are already extracted, and gold offsets
must line up). HTML goes through trafilatura for the body, title, date, author and outlet;
its text is not mapped back character by character (``segments`` is empty).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from warlog.config import Settings
from warlog.models import Document, Failure, Origin, RawInput, Segment
from warlog.text.furniture import (
    TERMINAL,
    LineKind,
    classify_line,
    is_furniture,
    is_page_notice,
)
from warlog.text.language import detect_language

MAX_TITLE_WORDS = 30


@dataclass
class _Article:
    """Lines of one report while it is being split out of a dump."""

    lines: list[tuple[int, str]] = field(default_factory=list)  # (input offset, stripped line)
    joins: list[str] = field(default_factory=list)  # separator before each line: "\n" or "\n\n"
    source: str | None = None
    trailer: bool = False
    markers: dict[str, int] = field(default_factory=dict)


def clean_input(
    raw: RawInput, settings: Settings, on_failure: Callable[[Failure], None]
) -> Iterator[Document]:
    """Turn one decoded input into zero or more Documents; bad ones go to on_failure."""
    if raw.kind == "jsonl":
        yield _from_jsonl(raw, settings)
    elif raw.kind == "html":
        doc = _from_html(raw, settings, on_failure)
        if doc is not None:
            yield doc
    else:
        found = False
        for art in split_articles(raw.text):
            doc = _article_document(raw, art, settings)
            if doc is None:
                continue
            found = True
            yield doc
        if not found:
            on_failure(Failure(raw.path, "clean", "no article text left after cleaning"))


def split_articles(text: str) -> list[_Article]:
    """Split a plain-text dump into reports, dropping furniture lines."""
    articles: list[_Article] = [_Article()]
    skip_next_text = False
    lines = list(_lines(text))
    adjacent = False  # the previous input line was kept text, with no blank line between
    for i, (offset, line) in enumerate(lines):
        cur = articles[-1]
        wrapped = i + 1 < len(lines) and bool(lines[i + 1][1]) and not line.endswith(TERMINAL)
        kind = classify_line(line, first=not cur.lines or cur.trailer, wrapped=wrapped)
        if kind is not LineKind.TEXT or skip_next_text:
            adjacent = False
        if kind is LineKind.BLANK:
            continue
        if kind is LineKind.END:
            m = re.match(r"^\w+\s*[,:]\s*(.+)$", line)
            cur.source = m.group(1).strip().rstrip(".") if m else None
            articles.append(_Article())
        elif kind is LineKind.SEPARATOR:
            articles.append(_Article())
        elif kind is LineKind.TRAILER:
            cur.trailer = True
            _count(cur, line)
        elif kind is LineKind.VIDEO:
            skip_next_text = True
            _count(cur, "Watch video")
        elif kind is LineKind.FURNITURE:
            _count(cur, line)
        elif skip_next_text:
            skip_next_text = False
        else:
            if cur.trailer:  # text after a trailer block starts the next report
                articles.append(_Article())
                cur = articles[-1]
            cur.joins.append("\n" if adjacent else "\n\n")
            cur.lines.append((offset, line))
            adjacent = True
    return [a for a in articles if a.lines]


def _count(art: _Article, line: str) -> None:
    key = line.split(":")[0].strip()
    art.markers[key] = art.markers.get(key, 0) + 1


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the stripped line in text, stripped line) for each line."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        yield pos + lead, stripped
        pos += len(raw)


_OUTLET_HINTS = (
    ("DW", re.compile(r"\btold DW\b|\bDW RECOMMENDS\b|\(DW\b|Deutsche Welle")),
    ("RT", re.compile(r"\btold RT\b|\bRT\.com\b|\bRT’s\b|\bRT's\b")),
)


def _guess_outlet(art: _Article, body: str) -> str | None:
    if "DW RECOMMENDS" in art.markers or "Watch video" in art.markers:
        return "DW"
    if "READ MORE" in art.markers or "WATCH MORE" in art.markers:
        return "RT"
    counts = {name: len(rx.findall(body)) for name, rx in _OUTLET_HINTS}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 2 else None


def _article_document(raw: RawInput, art: _Article, settings: Settings) -> Document | None:
    lines = list(zip(art.lines, art.joins, strict=True))
    first_line = lines[0][0][1]
    words = first_line.split()
    title_line = " ".join(words) if len(words) <= MAX_TITLE_WORDS else None
    if title_line is not None:
        norm = _norm(title_line)
        lines = [lines[0]] + [ln for ln in lines[1:] if _norm(ln[0][1]) != norm]
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for (offset, line), join in lines:
        if parts:
            parts.append(join)
            pos += len(join)
        segments.append(Segment(start=pos, origin_start=raw.start + offset, length=len(line)))
        parts.append(line)
        pos += len(line)
    text = "".join(parts)
    if len(text) < settings.min_chars:
        return None
    source = art.source or _guess_outlet(art, text) or raw.source or settings.source
    first, last = lines[0][0][0], lines[-1][0][0] + len(lines[-1][0][1])
    origin = Origin(path=raw.path, start=raw.start + first, end=raw.start + last)
    return _document(
        text=text, title=title_line, source=source, url=raw.url, origin=origin,
        published=_date(raw.published) or _date(settings.published), segments=tuple(segments),
        settings=settings,
    )


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\W_]+", " ", s).strip()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def stable_id(text: str, url: str | None = None) -> str:
    """A document id that is the same on every run: from the URL, else from the text."""
    key = url.strip() if url else " ".join(text.split())
    return "d" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _document(
    *, text: str, title: str | None, source: str | None, url: str | None, origin: Origin,
    published: dt.date | None, settings: Settings, segments: tuple[Segment, ...] = (),
    ident: str | None = None, author: str | None = None,
    extra: tuple[tuple[str, object], ...] = (), warnings: tuple[str, ...] = (),
) -> Document:
    notes = list(warnings)
    if len(text) > settings.max_chars:
        notes.append(f"text cut to {settings.max_chars} characters (was {len(text)})")
        text = text[: settings.max_chars]
    language = detect_language(text)
    if language != "en":
        notes.append(f"language is {language!r}, not English: not mined for events")
    if published is None:
        notes.append("no publication date: relative dates are left unresolved")
    return Document(
        id=ident or stable_id(text, url), text=text, title=title, source=source, url=url,
        published=published, language=language, origin=origin, segments=segments,
        author=author, extra=extra, warnings=tuple(notes),
    )


# fields corpora name their publication date by, which warlog does not read as one
_DATE_FIELDS = ("date", "pubdate", "pub_date", "publish_date", "published_at",
                "publication_date", "date_published", "datetime")


def _from_jsonl(raw: RawInput, settings: Settings) -> Document:
    warnings: tuple[str, ...] = ()
    published = _date(raw.published)
    if raw.published and published is None:
        warnings = (f'line {raw.line}: "published" {raw.published!r} is not a YYYY-MM-DD date',)
    named = [k for k, _ in raw.extra if k.casefold() in _DATE_FIELDS]
    if not raw.published and named and not settings.published:
        warnings = (f'line {raw.line}: no "published" field; "{named[0]}" is carried along, '
                    'not read as the publication date: name it "published" (YYYY-MM-DD)',)
    return _document(
        text=raw.text, title=raw.title, source=raw.source or settings.source, url=raw.url,
        origin=Origin(path=raw.path, start=0, end=len(raw.text), line=raw.line),
        published=published or _date(settings.published), settings=settings, ident=raw.id,
        author=raw.author, extra=raw.extra, warnings=warnings,
    )


def document_from_record(row: dict[str, Any], settings: Settings) -> Document:
    """A Document from a JSON-like record (``id``, ``text``, optional ``published`` ...),
    text kept exactly as given. Used for gold files."""
    raw = RawInput(
        path=str(row.get("path", "<record>")), text=str(row["text"]), kind="jsonl",
        id=str(row["id"]) if row.get("id") is not None else None,
        title=row.get("title"), published=row.get("published"), source=row.get("source"),
        url=row.get("url"),
    )
    return _from_jsonl(raw, settings)


# The publication date is the one the page marks as such (its metadata, a time element,
# the URL, a "published" line): htmldate's extensive search would otherwise guess from
# any date on the page, and a bare "Copyright 2024" footer became 2024-01-01, which then
# dated every "on Sunday" of the report and outranked --published.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


# A page's <title> is its headline, a separator and the site's name ("Blast kills three -
# Example News", "... | The Daily Star"): the convention trafilatura reads to strip the name
# off the headline, so its title is what stands before the last separator.
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_SEP = re.compile(r"\s+[-|–—:·•]\s+")


def title_outlet(html: str, headline: str | None) -> str | None:
    """The outlet named after the headline in the page's ``<title>``, for a page with no
    site-name metadata; None unless what precedes the last separator is the headline
    (so a headline's own dash, "Gunmen kill two - police", never names an outlet)."""
    import html as html_lib

    m = _TITLE_TAG.search(html)
    if not m or not headline:
        return None
    text = " ".join(html_lib.unescape(m.group(1)).split())
    parts = _TITLE_SEP.split(text)
    if len(parts) < 2:
        return None
    name = parts[-1].strip()
    head = text[: len(text) - len(name)].rstrip(" -|–—:·•")
    if _norm(head) != _norm(headline) or not name or len(name.split()) > 6:
        return None
    return name


def _extract_html(html: str) -> tuple[Any, str]:
    """trafilatura's extraction (precision first, then recall, then its baseline), and the
    body text; short or broken pages fall through to the more lenient extractors."""
    import trafilatura

    result = None
    body = ""
    for precise in (True, False):
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=precise, favor_recall=not precise,
            date_extraction_params=_DATE_PARAMS,
        )
        body = (getattr(result, "text", None) or "") if result is not None else ""
        if len(body) >= 200:
            return result, body
    baseline = trafilatura.baseline(html)[1] or ""
    return result, baseline if len(baseline) > len(body) else body


def _from_html(
    raw: RawInput, settings: Settings, on_failure: Callable[[Failure], None]
) -> Document | None:
    result, body = _extract_html(raw.text)
    kept = [ln.strip() for ln in body.splitlines() if ln.strip()
            and not is_furniture(ln.strip(), headline=True) and not is_page_notice(ln.strip())]
    title = getattr(result, "title", None)
    # a page is an article when its body, the title aside, is a document's worth of text
    # (min_chars): a menu, a cookie or JavaScript wall or a bare headline is not
    if sum(len(ln) for ln in kept if not title or _norm(ln) != _norm(title)) < settings.min_chars:
        on_failure(Failure(raw.path, "clean", "HTML page holds no article text that could be "
                                              "extracted (empty, truncated, or only a title, "
                                              "menus, cookie or JavaScript notices, footers)"))
        return None
    if title and _norm(kept[0]) != _norm(title):
        kept.insert(0, " ".join(title.split()))
    return _document(
        text="\n\n".join(kept), title=title,
        source=(raw.source or getattr(result, "sitename", None)
                or title_outlet(raw.text, title) or settings.source),
        url=raw.url or getattr(result, "url", None),
        origin=Origin(path=raw.path, start=raw.start, end=raw.end),
        published=_date(getattr(result, "date", None)) or _date(settings.published),
        settings=settings, author=getattr(result, "author", None),
    )
