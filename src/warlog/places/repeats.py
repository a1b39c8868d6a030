"""One sense per discourse: a name found as a place once is a place wherever else the
article repeats it (outside person names), with the same resolution. And a local report
names its neighbours: a lone word taken for an organisation that names a town near the
article's other towns is that town.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from warlog.nlp.columns import columns, hashes, pos_ids
from warlog.nlp.ents import entities
from warlog.nlp.parse import doc_text, span_text
from warlog.places.context import NEAR_KM, Context, mention_name
from warlog.places.counties import in_named_county
from warlog.places.cues import locative
from warlog.places.detect import Mention
from warlog.places.index import Gazetteer
from warlog.places.known import STRONG_FEATURES, STRONG_TOWN, common, known, named
from warlog.places.surnames import lone_surnames

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span


def repeats(
    sdoc: Doc, mentions: list[Mention], counties: frozenset[str] = frozenset()
) -> list[Mention]:
    """Further occurrences of a name already found as a place elsewhere in the article
    (one sense per discourse), outside person names; a lone word that spaCy took for a
    person is the place when no person of the article bears it as part of a full name,
    or when its town lies in a county the article names (``counties``): the writer's own
    pointer says the name is the local town, whoever else bears the word."""
    taken = [(m.start, m.end) for m in mentions]
    text = doc_text(sdoc)
    # a word of a person's full name ("Jesse Jackson") set as a place once ("in
    # Jackson") bears both senses in the article: it is a place only where so set
    people = {t.text for e in entities(sdoc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    sources = _sources(mentions, people, counties)
    # a person's name is no place; but a lone word that spaCy took for a person and that
    # the article names as a place elsewhere is that place ("in Lacey ... Lacey
    # police"), unless it is part of a person's full name in the article ("Jesse Jackson")
    taken += [
        (e.start_char, e.end_char) for e in entities(sdoc)
        if e.label_ == "PERSON" and ((name := span_text(e)) not in sources or name in people)
    ]
    # a town reached only by one of its alternate names (not an alias of ours) is a
    # secondary sense of the word: where spaCy takes the word for an organisation, that
    # is its sense there, and the town's does not carry over ("Emory won the title")
    # a surname of the article standing alone is the person ("Kelly" after "John Kelly"),
    # unless a country, a curated region or an alias of that name ("Jordan")
    taken += [(a, b) for a, b in lone_surnames(sdoc)
              if (src := sources.get(text[a:b])) is None or not _country_like(src)]
    secondary = {n for n, src in sources.items() if src.best is not None
                 and src.best.feature == "city" and src.best.id not in src.aliased
                 and not named(src.best, n)}
    taken += [(e.start_char, e.end_char) for e in entities(sdoc)
              if e.label_ == "ORG" and span_text(e) in secondary]
    out: list[Mention] = []
    occupied = bytearray(len(text))  # 1 where a mention or a person's name already is
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    for name, src in sources.items():
        for form in {name, name.upper()}:
            for a, b in _occurrences(text, form):
                if occupied.find(1, a, b) != -1:
                    continue
                occupied[a:b] = b"\x01" * (b - a)
                out.append(
                    Mention(
                        a,
                        b,
                        form,
                        candidates=src.candidates if src.best is not None else (),
                        aliased=src.aliased,
                        lookup=src.lookup,
                        evidence=True,
                        best=src.best,
                        confidence=src.confidence,
                    )
                )
    return out


def _country_like(m: Mention) -> bool:
    """A country, a curated region or an alias (see :func:`known.country_like`)."""
    return bool(m.aliased) or any(c.feature in COUNTRY_LIKE for c in m.candidates)


COUNTRY_LIKE = frozenset({"country", "continent", "region", "water", "river"})


def _sources(
    mentions: list[Mention], people: set[str], counties: frozenset[str]
) -> dict[str, Mention]:
    """The mentions whose name is a place wherever the article repeats it: set apart by
    a qualifier, a cue, a strong feature or size, or in the article's leading country;
    not a small town named like a word of a person's full name (``people``), unless it
    lies in one of the ``counties`` the article names."""
    sources: dict[str, Mention] = {}
    countries = Counter(m.best.country_code for m in mentions if m.best is not None)
    top = countries.most_common(1)[0][0] if countries else None
    for m in mentions:
        # a name the writer set as a place by its address ("Dalton, Ore.") that the
        # index lacks there is still that place where it recurs: unknown, like it
        unknown = m.best is None and bool(m.qualifier and m.candidates) and not m.adjective
        if unknown:
            sources.setdefault(m.text, m)
            continue
        if (
            m.adjective
            or m.best is None
            or m.partial
            or m.weak
            or len(m.text) < 3
            or common(m.text)
            or m.confidence < 0.5
            or (m.text in people and m.best.feature == "city"
                and m.best.population < STRONG_TOWN
                and not in_named_county(m.best, m.lookup, counties))
        ):
            continue
        if (
            m.evidence
            or m.qualifier
            or m.best.feature in STRONG_FEATURES
            or m.best.population >= STRONG_TOWN
            or m.best.country_code == top
        ):
            sources.setdefault(m.text, m)
    return sources


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where ``form`` stands as a whole word in ``text``, left to right without overlap:
    the matches of ``(?<![\\w.])form(?!\\w)``, found by plain substring search (a
    long article names hundreds of places, and a regular expression per name and case
    made this quadratic)."""
    if not form:
        return
    pos = text.find(form)
    while pos != -1:
        end = pos + len(form)
        before = text[pos - 1] if pos else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_word_char(before) or before == ".")) and not (
            after and _word_char(after)
        ):
            yield pos, end
            pos = text.find(form, end)
        else:
            pos = text.find(form, pos + 1)


def neighbours(
    sdoc: Doc, mentions: list[Mention], gaz: Gazetteer, ctx: Context
) -> list[Mention]:
    """A name of up to three words that spaCy took for an organisation, or a lone proper
    noun it put in no entity, that names a town lying near the article's other towns, in
    a division the article points to ("Tumwater beat Olympia 3-1", "Tunnel Hill grew" in
    a report on Lacey and Olympia): a local report names its neighbours. So is a name of
    any kind but a person's, a date's or a place's that detection left out, that names a
    town lying in a county the article names ("Six Mile" taken for a quantity in a report
    on Pickens County): the writer's own pointer, whatever spaCy guessed of a rare name.
    A common word counts only where the words around set it as a place ("police in
    Auburn" in a report on Opelika): capitalised after "in", it is a name; alone, it may
    be the word."""
    taken = bytearray(len(doc_text(sdoc)))
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for a, b in lone_surnames(sdoc):  # "Kelly" after "John Kelly": the person, not a neighbour
        taken[a:b] = b"\x01" * (b - a)
    out: list[Mention] = []
    for e in [*entities(sdoc), *_untagged_words(sdoc)]:
        text, nearby = span_text(e), e.label_ in NEIGHBOUR_LABELS
        if (
            not (nearby or (ctx.counties and e.label_ not in NOT_IN_COUNTY))
            or len(e) > 3
            or not text[:1].isupper()
            or text.isupper()
            or (common(text) and not locative(sdoc, e.start, e.end))
            or taken.find(1, e.start_char, e.end_char) != -1
            or not known(gaz, text)
        ):
            continue
        near = tuple(
            c for c in gaz.candidates(text)
            if c.feature == "city" and named(c, text)
            and ((nearby and ctx.admin1s[(c.country_code, c.admin1)] and ctx.near(c) <= NEAR_KM)
                 or in_named_county(c, text, ctx.counties))
        )
        if near:
            out.append(Mention(e.start_char, e.end_char, text, candidates=near, lookup=text,
                               evidence=True))
    return out


NEIGHBOUR_LABELS = frozenset({"ORG", ""})  # persons: too often a person named like a town
# a town of a county the article names, whatever spaCy's label, but these
NOT_IN_COUNTY = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME"})


def _untagged_words(sdoc: Doc) -> list[Span]:
    """Lone proper nouns in no entity, between words that are no names ("Ringgold voters
    approved"): the tagger saw no name's kind, so nearness may tell that of a town. Not
    before a verb of saying ("Varnell said"): a town does not speak. Asked of the Doc's
    columns (entity IOB, part of speech, title case, lower-case form), so that no Token
    is built for the thousands of words that are no such name."""
    from spacy.attrs import ENT_IOB, IS_TITLE
    from spacy.tokens import Span

    pos, _, lower = columns(sdoc)
    arr = sdoc.to_array([ENT_IOB, IS_TITLE])
    iob, title = arr[:, 0].tolist(), arr[:, 1].tolist()
    said, n = hashes(SAID), len(sdoc)
    return [
        Span(sdoc, i, i + 1)
        for i in range(1, n)
        if iob[i] == _OUTSIDE and pos[i] in _PROPN and title[i] and not (
            title[i - 1] or (i + 1 < n and (title[i + 1] or lower[i + 1] in said)))
    ]


_OUTSIDE = 2  # ENT_IOB of a word in no entity ("O")
_PROPN = pos_ids(("PROPN",))
SAID = frozenset("said says told tells added adds noted wrote asked".split())


def one_sense(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A name keeps one sense within an article: the writer qualifies it once ("Dalton,
    Ga.", "Paris, Texas") and then writes it bare, so each bare mention of the name takes
    the place its qualified mention resolved to inside its qualifier; not a bare mention
    read as the first-level division of that name, which the qualifier sets the town
    apart from ("Washington, D.C." in a report on Washington state)."""
    sense: dict[str, int] = {}
    for m in mentions:
        b = m.best
        if b is None or m.adjective or not m.qualifier or mention_name(m) in sense:
            continue
        quals = [q for q in gaz.candidates(m.qualifier, qualifier=True)
                 if q.feature in ("country", "admin1")]
        if any(q.country_code == b.country_code and (q.feature == "country" or q.admin1 ==
                                                     b.admin1) for q in quals):
            sense[mention_name(m)] = b.id
    for m in mentions:
        want = sense.get(mention_name(m))
        if want is None or m.qualifier or m.adjective or m.best is None or m.best.id == want:
            continue
        if m.best.feature == "admin1":
            continue  # the writer qualifies the town to set it apart from the state
            # that the bare name, read on its own, is ("Washington, D.C." beside Washington)
        m.best = next((c for c in m.candidates if c.id == want), m.best)


def counties(mentions: list[Mention]) -> list[Mention]:
    """The mentions placed at a county among their own candidates, to be read again once
    the article's towns are placed (a county's name repeats from state to state); not
    those placed at a curated point (an alias row with coordinates: "North Waziristan"),
    which are no candidates of the index. Also a country whose name a division of another
    country bears ("Georgia"): whether the article's own country holds that division
    (:func:`warlog.places.context.home_first`) is only known once its towns are placed,
    and a first reading by size alone may have put them abroad (Athens, Greece)."""
    return [m for m in mentions
            if m.best is not None and m.best in m.candidates and (
                m.best.feature == "admin2" or (m.best.feature == "country" and any(
                    c.feature == "admin1" and c.country_code != m.best.country_code
                    for c in m.candidates)))]


def city_of(mentions: list[Mention], text: str) -> list[Mention]:
    """"X City" before a capitalised word, where the article names X alone as a town,
    is X's own institution ("the Dalton City Council", "Dalton City Hall" in a report on
    Dalton), not a town named "X City" (Dalton City, Illinois): the writer calls the
    town X, and "City Council", "City Hall", "City Schools" are a town's institutions.
    Each such mention is cut back to X (its candidates to be looked up again); the
    mentions so cut are returned."""
    towns = {m.text for m in mentions
             if not m.adjective and m.best is not None and m.best.feature == "city"}
    out = []
    for m in mentions:
        head = m.text[: -len(" City")]
        if (m.text.endswith(" City") and head in towns and text[m.end : m.end + 1] == " "
                and text[m.end + 1 : m.end + 2].isupper()):
            m.end -= len(" City")
            m.text, m.hint = head, None
            out.append(m)
    return out
