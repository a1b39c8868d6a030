"""The acronym "IS" (the Islamic State) read as a name, not as the verb "is".

spaCy's small model embeds a word by its norm, and the norm of "IS" is "is": the tagger
and the parser read "IS claimed it had captured ten soldiers" as an auxiliary before a
participle (no subject, so no captor and no doer), "the attack was claimed by IS" with a
verb for the agent. A component that runs before the token encoder gives such an "IS"
the norm of the group's longer acronym ("isis"), which the model reads as a name: a
subject, an object.

The principle: in text written in lower case, the verb is never spelt in capitals ("is",
"Is" at a sentence start); a capitalised "IS" among lower-case words is an acronym, and
in war reports the acronym is the group's. In text written in capitals (a headline such
as "WHO IS RESPONSIBLE FOR THE ATTACK") every word is capitalised, the verb too, so there
"IS" keeps its norm. Whether the text around "IS" is written in capitals is read from the
words next to it on its line: most of them in capitals is a line in capitals. Only an
"IS" the model itself would tag a verb, where only a noun phrase can stand (a sentence's
opening subject before its verb, after a preposition or "the"), gets the new norm: where
the model reads a name already ("the Islamic State (IS) group"), the norm stays, and so
does the parse of its sentence. Tried and dropped: "IS" before a noun for the group's men
("IS militants clashed with ...") too; it moved a report's type (FA-KES check cause
0.880 -> 0.873), so there "IS" may still read as a verb, and the actor stage still finds
the group by its alias.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ACRONYM = "IS"
NAME_NORM = "isis"  # the norm the model reads as the group's name
WINDOW = 3  # words read on each side of "IS" to tell a line written in capitals
CONTEXT = 8  # tokens on each side the model reads to tag "IS" (its encoder sees 4)


def _capitals(word: str) -> bool:
    """A word of two letters or more, every letter a capital."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _neighbours(doc: Doc, i: int) -> list[str]:
    """The words (tokens with a letter) up to :data:`WINDOW` on each side of token ``i``,
    on its line: a line break ends the search, as a headline ends on its own line."""
    words: list[str] = []
    for step in (-1, 1):
        j, found = i + step, 0
        while 0 <= j < len(doc) and found < WINDOW:
            gap = doc[j].whitespace_ if step == -1 else doc[j - 1].whitespace_
            if "\n" in gap or (doc[j].is_space and "\n" in doc[j].text):
                break
            if any(c.isalpha() for c in doc[j].text):
                words.append(doc[j].text)
                found += 1
            j += step
    return words


def in_capitals(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a line written in capitals: most of the words next
    to it are (a lone acronym beside it, "ISIL IS and Daesh", is not enough)."""
    words = _neighbours(doc, i)
    return bool(words) and 2 * sum(_capitals(w) for w in words) > len(words)


def _tagged(nlp: Language, doc: Doc, i: int) -> tuple[Doc, int]:
    """The words around token ``i`` tagged as the model reads them as they stand (its token
    encoder and tagger run over :data:`CONTEXT` tokens on each side, more than the
    encoder's window, so the tags are those the whole text would get), and ``i`` there."""
    lo, hi = max(0, i - CONTEXT), min(len(doc), i + CONTEXT + 1)
    part = doc[lo:hi].as_doc()
    for name in ("tok2vec", "tagger"):
        part = nlp.get_pipe(name)(part)
    return part, i - lo


def noun_slot(part: Doc, i: int) -> bool:
    """Whether token ``i`` stands where only a noun phrase can: the subject opening a
    sentence before its verb ("IS claimed ..."), the object of a preposition ("claimed by
    IS", "fighting against IS") or after "the" ("the IS fighters")."""
    nxt = part[i + 1] if i + 1 < len(part) else None
    j = i - 1
    while j >= 0 and (part[j].is_quote or part[j].is_space):
        j -= 1
    if j < 0 or part[j].text in (".", "!", "?", ":", ";") or "\n" in part[j].whitespace_:
        return nxt is not None and nxt.tag_.startswith(("VB", "MD"))
    return part[j].tag_ == "IN" or part[j].lower_ == "the"


def name_acronyms(nlp: Language, doc: Doc) -> Doc:
    """Give the norm of the group's name to every "IS" among lower-case words that the
    model would read as a verb where only a noun phrase can stand; where it reads a name
    already, nothing changes."""
    from spacy.attrs import ORTH

    key = doc.vocab.strings.add(ACRONYM)
    for i in (doc.to_array(ORTH) == key).nonzero()[0].tolist():
        if in_capitals(doc, i):
            continue
        part, k = _tagged(nlp, doc, i)
        if part[k].tag_.startswith("VB") and noun_slot(part, k):
            doc[i].norm_ = NAME_NORM
    return doc


def register() -> None:
    """Register the ``name_acronyms`` factory (once per process); a pipeline without a
    token encoder and a tagger gets a component that changes nothing."""
    from spacy.language import Language

    if Language.has_factory("name_acronyms"):
        return

    @Language.factory("name_acronyms")
    def make(nlp: Language, name: str) -> Callable[[Doc], Doc]:
        if not {"tok2vec", "tagger"} <= set(nlp.pipe_names):
            return lambda doc: doc
        return lambda doc: name_acronyms(nlp, doc)
