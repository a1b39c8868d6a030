"""Words of a name tell no act: a trigger word inside the name of a group, a person, a
building or a work ("the Sudan People's Liberation Army", "the Liberation Front") says
who or what is meant, not what happened, as a protest word that names a group tells no
gathering and a day word in a newspaper's name tells no date. Read from the parse: every
word of the trigger is capitalised inside the sentence (not its first word), inside a
named entity of such a kind and before its last word (the name's head says what kind of
thing it names: a cartel is a criminal group), and the words around the name are not a
headline's, in title case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.nlp.parse import doc_text, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# entities that name an agent or a thing, not a place or a time
NAME_LABELS = frozenset({"ORG", "FAC", "NORP", "PERSON", "WORK_OF_ART", "PRODUCT"})


def title_case(words: Sequence[str]) -> bool:
    """Whether most of ``words`` (a headline's longer words) start with a capital."""
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def _headline(sent: Span) -> bool:
    """Title case: most words of the sentence start with a capital. The longer alphabetic
    words are found in the Doc's columns (alphabetic flag, length) and only their first
    characters read from its text: title case asks no more of them, and no Token is
    built for every word of every sentence asked."""
    doc = sent.doc
    alpha, length = _alpha_length(doc)
    starts, text = token_starts(doc), doc_text(doc)
    return title_case([text[starts[i]] for i in range(sent.start, sent.end)
                       if alpha[i] and length[i] > 3])


def _alpha_length(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's alphabetic flag and length in characters, read once per Doc and kept."""
    got = doc.user_data.get("warlog.alpha_length")
    if not isinstance(got, tuple) or len(got[0]) != len(doc):
        from spacy.attrs import IS_ALPHA, LENGTH

        arr = doc.to_array([IS_ALPHA, LENGTH])
        got = (arr[:, 0].tolist(), arr[:, 1].tolist())
        doc.user_data["warlog.alpha_length"] = got
    return got


def _name_bounds(toks: Sequence[Token]) -> tuple[int, int]:
    """The token range of the entity the trigger's tokens lie in."""
    doc, sent = toks[0].doc, toks[0].sent
    start = next((i for i in range(toks[0].i, sent.start - 1, -1)
                  if doc[i].ent_iob_ != "I"), toks[0].i)
    end = toks[-1].i + 1
    while end < sent.end and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _title_case_around(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words around the name (five each side) are mostly capitalised: a
    headline run into the text ("18 Civilians Killed in Barrel Bomb Attack on Rural
    Aleppo The regime ..."), not a name inside running prose."""
    doc, sent = toks[0].doc, toks[0].sent
    around = [t for t in (*doc[max(sent.start, start - 5):start], *doc[end:min(sent.end, end + 5)])
              if t.is_alpha and len(t) > 3]
    return bool(around) and sum(t.text[0].isupper() for t in around) * 2 > len(around)


def in_a_name(toks: Sequence[Token]) -> bool:
    """Whether the trigger given by its tokens is a word (or words) of a name, before the
    name's last word: the last word says what kind of thing is named ("La Familia
    Cartel" is a cartel, a criminal group), the words before it only name it ("the
    Liberation Front" liberated nothing)."""
    if not toks or not all(t.ent_type_ in NAME_LABELS and t.text[:1].isupper()
                           and t.i != t.sent.start for t in toks):
        return False
    start, end = _name_bounds(toks)
    return toks[-1].i < end - 1 and not _title_case_around(toks, start, end)


def names_only(sent: Span, toks: Sequence[Sequence[Token]]) -> list[bool]:
    """For each trigger (its tokens), whether it only names; none does in a headline."""
    if _headline(sent):
        return [False] * len(toks)
    return [in_a_name(ts) for ts in toks]
