"""Page furniture: the lines of a pasted news page that are not the report.

Photo captions (with or without photo credits, in any language), "Watch video 05:42" lines
and the video title after them, "DW RECOMMENDS" / "AUDIOS AND VIDEOS ON THE TOPIC"
blocks, "Read more:" / "READ MORE:" / "WATCH MORE:" link lines, tweet-card remnants,
agency signatures ("ap/sms (Reuters, AFP, dpa)") and lone domain names; on HTML pages also
the notices every page of a site prints (copyright, cookies, JavaScript, policy links, a
flattened menu: :func:`is_page_notice`).

Each rule is a small predicate over one stripped line; :func:`classify_line` says what a
line is so the splitter can also use end-of-article markers.
"""

from __future__ import annotations

import re
from enum import StrEnum


class LineKind(StrEnum):
    TEXT = "text"
    BLANK = "blank"
    FURNITURE = "furniture"
    VIDEO = "video"  # "Watch video 05:42": the next non-blank line is the video's title
    TRAILER = "trailer"  # "DW RECOMMENDS": what follows belongs to the page, not the report
    END = "end"  # "Courtesy, DW": the report has ended; group(1) names the outlet
    SEPARATOR = "separator"  # "=====" or "-----" between reports


END_RE = re.compile(r"^(?:Courtesy|Source|Quelle|Credit)\s*[,:]\s*(\S.{0,60})$", re.I)
SEPARATOR_RE = re.compile(r"^(?:[=\-_*#~]\s*){3,}$|^\f")
VIDEO_RE = re.compile(r"^(?:Watch|Play)\s*video\s*\d{1,2}:\d{2}(?::\d{2})?$", re.I)
TRAILER_RE = re.compile(
    r"^(?:DW RECOMMENDS|AUDIOS AND VIDEOS ON THE TOPIC|RELATED (?:CONTENT|TOPICS|STORIES|ARTICLES)"
    r"|MORE ON THIS TOPIC|YOU MAY ALSO LIKE|TRENDING|MOST READ|RECOMMENDED)$"
)
LINK_RE = re.compile(
    r"^(?:Read more|Read also|Also read|See also|Watch more|Watch|Listen|Related|More)\s*:",
    re.I,
)
URL_RE = re.compile(r"https?://\S+|\bpic\.twitter\.com/\S+|\bwww\.\S+\.\w{2,}")
DOMAIN_RE = re.compile(r"^[\w.-]+\.(?:com|org|net|ru|de|co\.uk|info|tv|io)/?$", re.I)
SIGNATURE_RE = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?:\([^()]*\))?$")
TWEET_SIG_RE = re.compile(r"^[—–-]\s.*\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$")
CARD_RE = re.compile(r"^(?:Photo|Image|Video|Picture) published for\b", re.I)
CAPTION_PREFIX_RE = re.compile(
    r"^(?:Map|Photo|Picture|Image|Graphic|Infographic|Video|File photo)(?:\s*:|\s+showing\b)",
    re.I,
)
# a photo credit: "(DW/K.Zurutuza)", "(Reuters/E. Al-Sudani)", "(picture-alliance/AP Photo/B. S.)"
CREDIT_RE = re.compile(
    r"\((?:[^()]{0,60}/[^()]{1,60}|DW|Reuters|AP|AFP|dpa|EPA|Getty Images|picture[- ]alliance"
    r"[^()]{0,60}|[^()]{0,40}\b(?:Photo|Images?|Imago|Getty)\b[^()]{0,40})\)"
)
# alt text glued to the caption: "...after attackThe attackers opened fire ..."
GLUED_RE = re.compile(r"[a-z\)][A-Z][a-z]")
TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ':', ';', '…', ')')


# Notices a site prints on every page, whatever the page says: copyright and rights lines,
# cookie and consent banners with their buttons, "enable JavaScript" walls, and the links
# to a site's policies and accounts. A page's text made only of these is no report.
NOTICE_RE = re.compile(
    r"^(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:\d{4}|\(c\)))|\ball rights reserved\b"
    r"|^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b"
    r"|\b(?:enable|turn on|activate) javascript\b|\bjavascript is (?:disabled|required|off)\b"
    r"|^(?:accept|reject|allow|decline|agree)(?: all| cookies| and (?:close|continue))?$"
    r"|^(?:manage|customi[sz]e) (?:cookies|cookie settings|preferences|settings)$"
    r"|^(?:privacy(?: policy)?|cookie policy|terms(?: of (?:use|service))?|contact(?: us)?"
    r"|about us|subscribe|sign in|sign up|log in|newsletter|skip to (?:main )?content)$",
    re.I,
)
MENU_SPLIT_RE = re.compile(r"\s*[|•]\s*")


def is_page_notice(line: str) -> bool:
    """True for a line of an HTML page that every page of its site prints (a copyright or
    cookie notice, a JavaScript wall, a policy link) or a navigation bar flattened to one
    line (two or more items of one to three words between "|" or "•"): not report text."""
    if len(line) > 200:
        return False
    items = MENU_SPLIT_RE.split(line)
    if len(items) >= 2 and all(1 <= len(item.split()) <= 3 for item in items):
        return True
    return bool(NOTICE_RE.search(line))


def classify_line(line: str, first: bool = False, wrapped: bool = False) -> LineKind:
    """What one input line is; ``line`` is stripped of surrounding whitespace. ``first``
    marks the first line of a report, its headline, and ``wrapped`` a line that the next
    line continues (hard-wrapped text): neither needs final punctuation."""
    if not line:
        return LineKind.BLANK
    if END_RE.match(line) and len(line.split()) <= 8:
        return LineKind.END
    if SEPARATOR_RE.match(line):
        return LineKind.SEPARATOR
    if VIDEO_RE.match(line):
        return LineKind.VIDEO
    if TRAILER_RE.match(line):
        return LineKind.TRAILER
    if is_furniture(line, headline=first or wrapped):
        return LineKind.FURNITURE
    return LineKind.TEXT


def is_furniture(line: str, headline: bool = False) -> bool:
    """True for a single line that is page furniture rather than report text. A
    ``headline`` is not judged a caption for lacking final punctuation."""
    return (
        bool(LINK_RE.match(line))
        or bool(CARD_RE.match(line))
        or (len(line) <= 300 and bool(URL_RE.search(line)))  # tweets and link cards
        or bool(DOMAIN_RE.match(line))
        or bool(SIGNATURE_RE.match(line))
        or bool(TWEET_SIG_RE.match(line))
        or bool(CAPTION_PREFIX_RE.match(line))
        or line.endswith(("…", "...", "—…"))
        or is_caption(line, headline)
    )


def is_caption(line: str, headline: bool = False) -> bool:
    """Photo captions: a line carrying a photo credit, alt text glued to a caption, or a
    descriptive line of several words with no sentence punctuation at its end."""
    credit = CREDIT_RE.search(line)
    if credit and (credit.end() == len(line) or line[credit.end()].isupper()):
        return True
    words = line.split()
    if not line.endswith(TERMINAL) and GLUED_RE.search(line) and len(words) >= 6:
        return _glue_is_caption(line)
    return not headline and not line.endswith(TERMINAL) and len(words) >= 9


def _glue_is_caption(line: str) -> bool:
    """Alt text glued to a caption: a lower-case word run straight into a capitalised one
    ("attackThe", "Syriacs)No"), not a CamelCase name ("KwaZulu", "YouTube", "McDonald")."""
    for m in GLUED_RE.finditer(line):
        word_start = line.rfind(" ", 0, m.start()) + 1
        left = line[word_start : m.start() + 1]
        if left.endswith(")") or (len(left) >= 3 and left.isalpha() and left.islower()):
            return True
    return False
