"""The actor tokenizer's words: each a Token named tuple made without its constructor's
Python frame, with the keys each matched word has (actors/dictionary.py)."""

from __future__ import annotations

from warlog.actors.dictionary import BREAK, Token, _word_keys, tokenize


def test_actors_tokenize_words_keys_and_breaks() -> None:
    toks = tokenize("The Brellwick Front's men, U.S.-backed, ' left.")
    assert all(type(t) is Token for t in toks)
    assert [tuple(t) for t in toks] == [
        (0, 3, "The", "the", "The"),
        (4, 13, "Brellwick", "brellwick", "Brellwick"),
        (14, 21, "Front's", "front", "Front"),
        (22, 25, "men", "men", "men"),
        (25, 26, ",", BREAK, BREAK),
        (27, 31, "U.S.", "us", "US"),
        (32, 38, "backed", "backed", "backed"),
        (38, 39, ",", BREAK, BREAK),
        (40, 41, "'", BREAK, BREAK),
        (42, 46, "left", "left", "left"),
        (46, 47, ".", BREAK, BREAK),
    ]


def test_actors_word_keys_per_matched_word() -> None:
    assert _word_keys(";") == _word_keys("'") == (BREAK, BREAK)  # one punctuation mark
    assert _word_keys("''") is None  # nothing left once folded: no Token
    assert _word_keys("Qa'ida") == ("qaida", "Qaida")
