"""Possessives that lost their apostrophe: "the coalitions airstrikes", "Russias jets".

Scraped corpora drop apostrophes (FA-KES' texts write "Syrias", "doesnt"), so "the
coalition's airstrikes" reaches the dictionary as "the coalitions airstrikes", and no
alias ends in "coalitions". English puts the owner before what it owns: a word that is
a name's last word plus a bare "s", right before a noun of force or of armed action
("airstrikes", "jets", "forces", "attack"), is that name in the possessive, and it is
read as the name (the "s" left out of the mention). A plural is not read so: a word
that ends a name with its "s" ("rebels", "forces", "Kurds") stays as it is, and so
does any word before a noun that no side owns ("Syrias Idlib province").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.actors.dictionary import BREAK, Node, Token

if TYPE_CHECKING:
    from warlog.actors.dictionary import ActorDictionary, Trie

# what a side owns or does, after its name in the possessive: forces, their means and
# arms of service ("Russias aerospace forces", "the armys units"), their acts, and the
# state itself ("Syrias government", read as "Syria's government": actors/forces.py)
OWNED = frozenset(
    "government regime "
    "army military forces force troops soldiers units unit battalion brigade division "
    "jets jet warplanes warplane aircraft planes plane drones drone helicopters helicopter "
    "gunships navy artillery tanks warships marines commandos bombers air aerospace "
    "airstrikes airstrike strikes strike raids raid shelling bombardment bombing bombings "
    "missiles missile rockets rocket mortars shells fire attack attacks assault offensive "
    "operation operations campaign fighters militants gunmen snipers militia militias "
    "security special elite ground naval defence defense intelligence police".split()
)

_TAILS: dict[int, tuple[object, frozenset[str]]] = {}


def _ends(node: Node, out: set[str]) -> None:
    for word, child in node.children.items():
        if child.entries:
            out.add(word)
        _ends(child, out)


def name_ends(d: ActorDictionary) -> frozenset[str]:
    """The last words of every alias and country name of the dictionary (built once)."""
    cached = _TAILS.get(id(d))
    if cached is None or cached[0] is not d:
        words: set[str] = set()
        tries: tuple[Trie, ...] = (d.trie, d.markers)
        for trie in tries:
            _ends(trie.root, words)
        cached = _TAILS[id(d)] = (d, frozenset(words))
    return cached[1]


def possessives_restored(toks: list[Token], d: ActorDictionary) -> list[Token]:
    """The tokens, with a name's lost possessive ("coalitions" before "airstrikes") read
    as the name: key and cased form without the "s", the end one character earlier."""
    ends = name_ends(d)
    out = list(toks)
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        stem = t.key[:-1]
        if (len(stem) < 3 or not t.key.endswith("s") or t.key.endswith("ss")
                or nxt.key == BREAK or nxt.key not in OWNED
                or t.key in ends or stem not in ends):
            continue
        out[i] = Token(t.start, t.end - 1, t.text[:-1], stem, t.cased[:-1])
    return out
