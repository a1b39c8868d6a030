"""State forces described rather than named: "Syrian government forces", "Russian jets",
"Iraq's army", and, given the document's main country, "security forces" or "the army".

A description is a country name or demonym (from ``countries.tsv``), up to three
modifiers ("government", "pro-government", "special", "air") and one or more force nouns
("forces", "troops", "jets", "police"). Without a country, a state cue is needed
("government forces", "security forces", "the army", "military troops"); "a military
force" and "unknown military forces" are left to the context pass.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from warlog.actors import dictionary as ad
from warlog.actors.dictionary import BREAK, Actor, Token
from warlog.models import ActorKind

if TYPE_CHECKING:
    from warlog.actors.dictionary import ActorDictionary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MODIFIERS = _words(
    "government pro regime security special armed air aerospace naval military army state "
    "national "
    "federal border elite ground occupation occupying defence defense intelligence "
    "counter terrorism counterterrorism riot coast marine "
    # "the president's forces" (its apostrophe often lost: "the presidents forces")
    "president presidents presidential "
    # the kind of aircraft or arm: "Russian war jets", "Syrian fighter jets", "combat
    # helicopters"; and forces loyal to the state: "loyalist forces", "loyalist troops"
    "war fighter combat loyalist"
)
# a craft's kind names no force without its head ("the Syrian war"): dropped at the end
_CRAFT = _words("war fighter combat")
_HEADS = _words(
    "army armies military forces force troops soldiers soldier servicemen jets jet warplanes "
    "warplane aircraft planes plane drones drone helicopters helicopter gunships gunship navy "
    "artillery tanks warships warship marines commandos paratroopers airstrikes airstrike "
    "strikes strike shelling bombardment missiles missile units unit battalion brigade "
    "division personnel defenses defences bombers bombing bombings bombs bomb barrel"
)
_POLICE = _words("police policemen policeman gendarmes gendarmerie")
_UNKNOWN = _words("unidentified unknown unnamed unspecified foreign")
_STATE_CUE = _words("government pro regime security army military state national president "
                    "presidents presidential loyalist")
# armed men on the state's side, a force only with "pro-" or "loyalist" before them:
# "pro-government militias", "pro-regime militiamen", "loyalist fighters"
_ALLIED = _words("militias militia militiamen fighters gunmen paramilitaries")
_ALLIED_CUE = _words("pro loyalist")
# a description begins with its country, a modifier or its head: no other word can start one
_OPENERS = _MODIFIERS | _HEADS | _POLICE


@functools.lru_cache(maxsize=4096)
def ruler_country(d: ActorDictionary, key: str) -> str | None:
    """The country whose state forces the dictionary names after this person: "Assad"
    ("Assad forces", "Assad regime" are the Syrian military's aliases), so that "Assad's
    warplanes", "Assads troops" and "Assad's air force" are that state's forces too."""
    toks = ad.tokenize(f"{key} forces")
    for j, entries in d.trie.matches(toks, 0):
        state = [d.actors[e.target] for e in entries if j == len(toks)
                 and d.actors[e.target].kind == ActorKind.STATE_FORCES]
        if state and state[0].country is not None:
            return state[0].country
    return None


# what a "government" or "regime" before it qualifies without being the state that acts:
# its media and spokesmen ("government-run TV", "regime officials" are sources, the roles
# stage reads them), its land ("government-held areas") and its own parts or foes
_NOT_GOVERNING = _words(
    "run held controlled owned backed allied linked affiliated media television tv news "
    "agency newspaper daily radio outlet officials official spokesman spokeswoman "
    "spokesperson sources source minister ministers ministry statement delegation "
    "negotiators areas area territory territories side lines line positions critics "
    "opponents supporters loyalists protests protesters buildings building offices office"
)


def _governs(toks: list[Token], k: int, mods: list[str], named: bool, alone: bool) -> bool:
    """Whether a description that ends in "government" or "regime" names the state's
    forces as a side: ACLED codes an act of force by a state's government to its military
    forces. Its country named ("the Syrian government", "Syria's government", "the Assad
    government"), it is that state's. Alone, "the regime" is the report's country's (the
    word names the rulers a report is about, never a foreign state it mentions), and
    "the government" only where the report names one country and no other (``alone``):
    a war report that names other states may mean any of their governments. The word
    must stand alone ("the national unity government" is another body), and one that
    only qualifies the next word ("government-run TV", "regime-held areas") names no
    actor."""
    if mods not in (["government"], ["regime"]) or not (named or alone or (
            mods == ["regime"] and k > 1 and toks[k - 2].key == "the")):
        return False  # "a government", "the national government": not the state's forces
    return k >= len(toks) or toks[k].key not in _NOT_GOVERNING


def country_forces(
    country: str, dictionary: ActorDictionary | None = None, police: bool = False
) -> Actor:
    """The state-force actor of a country: "Military Forces of Iraq" (or Police Forces)."""
    name = ad.police_name(country) if police else ad.military_name(country)
    found = dictionary.get(name) if dictionary is not None else None
    return found or Actor(name, ActorKind.STATE_FORCES, country, None, ())


def _description(
    toks: list[Token], i: int, d: ActorDictionary, covered: set[int], sole: bool = False
) -> tuple[int, str | None, bool] | None:
    """(end token, country or None, police?) of a force description starting at token i;
    ``sole``: the report names one country only (see :func:`_governs`)."""
    ruler = ruler_country(d, toks[i].key) if toks[i].cased[:1].isupper() else None
    if ruler is None and toks[i].key not in _OPENERS and toks[i].key not in d.markers.root.children:
        return None  # most words: they begin no country name, modifier or head
    if i > 0 and toks[i - 1].key in _UNKNOWN:
        return None  # "unknown military forces" is the context pass's business
    country, k = ruler, i + int(ruler is not None)
    for j, entries in d.markers.matches(toks, i):
        names = [e for e in entries if e.role != "hint" and ad.cased_ok(toks, i, j, e)]
        if names:
            country, k = d.countries[names[0].target].name, j
            break
    mods: list[str] = []
    while k < len(toks) and toks[k].key in _MODIFIERS and len(mods) < 3 and k not in covered:
        mods.append(toks[k].key)
        k += 1
    heads: list[str] = []
    allied = bool(_ALLIED_CUE & set(mods))
    while k < len(toks) and k not in covered and (
            toks[k].key in _HEADS or toks[k].key in _POLICE or (allied and toks[k].key in _ALLIED)):
        heads.append(toks[k].key)
        k += 1
    if not heads and ruler is not None and mods[-1:] == ["regime"]:
        heads.append(mods.pop())  # "Assad's regime": the ruler's regime
    while not heads and mods and mods[-1] in _CRAFT:
        mods.pop()
        k -= 1
    if not heads and mods and mods[-1] in ("army", "military"):
        heads.append(mods.pop())
    if not heads and _governs(toks, k, mods, country is not None, sole and (
            i > 0 and toks[i - 1].key == "the")):
        heads.append(mods.pop())  # "the Syrian government", "the regime": the state
    if not heads:
        return None
    police = heads[0] in _POLICE
    if country is None:
        the = i > 0 and toks[i - 1].key == "the"
        if i > 0 and toks[i - 1].key in ("a", "an"):
            return None  # "a military force (likely ...)": whose is not said
        # "the army", and as surely "the air force": the state's, named without its country
        cue = heads[0] in ("government", "regime") or any(m in _STATE_CUE for m in mods) or (
            heads[0] in ("army", "military", *_POLICE) and (the or len(heads) > 1)
        ) or (the and mods in (["air"], ["armed"]) and heads[0] in ("force", "forces"))
        if not cue or (police and mods and not the):
            return None
    if police and k < len(toks) and toks[k].key in ("officers", "officer"):
        k += 1
    return k, country, police


def find_descriptions(
    toks: list[Token], d: ActorDictionary, covered: set[int], main: str | None,
    sole: bool = False,
) -> list[tuple[int, int, Actor]]:
    """Force descriptions and their state; ``sole``: the report names one country only."""
    out: list[tuple[int, int, Actor]] = []
    i = 0
    while i < len(toks):
        found = (None if i in covered or toks[i].key == BREAK
                 else _description(toks, i, d, covered, sole))
        if found is None:
            i += 1
            continue
        end, country, police = found
        if country is not None:  # "Syrian or Russian jets": both countries' forces
            other = _coordinated(toks, i, d, covered)
            if other is not None and other[2] != country:
                out.append((other[0], other[1], country_forces(other[2], d, police)))
        country = country or main
        if country is not None:
            out.append((i, end, country_forces(country, d, police)))
        i = end
    return out


def _coordinated(
    toks: list[Token], i: int, d: ActorDictionary, covered: set[int]
) -> tuple[int, int, str] | None:
    """(start, end, country) of a demonym joined by "or"/"and" to the description at token
    i: "Syrian or Russian jets", "Russian and Syrian warplanes" share one force noun, and
    the first country's forces are named as surely as the second's (a country's name,
    "fighters from Iraq and Syrian troops", qualifies no noun after it)."""
    if i < 2 or toks[i - 1].key not in ("or", "and"):
        return None
    for k in range(i - 2, max(-1, i - 5), -1):
        if k in covered:
            return None
        for j, entries in d.markers.matches(toks, k):
            names = [e for e in entries if e.role == "demonym" and ad.cased_ok(toks, k, j, e)]
            if j == i - 1 and names:
                return k, j, d.countries[names[0].target].name
    return None


# --- rebels named only as rebels ----------------------------------------------------------

_REBEL_WORDS = _words("rebel rebels opposition insurgent insurgents")
# what a bare "rebel" or "opposition" qualifies when it names the side that acted
_REBEL_HEADS = _words(
    "shelling shells fire rocket rockets mortar mortars attack attacks bombardment offensive "
    "fighters forces groups units artillery gunmen snipers sniper missiles missile shell"
)


def rebels_of(country: str, d: ActorDictionary) -> Actor | None:
    """The dictionary's actor for the country's rebels ("Syrian rebels": Free Syrian Army)."""
    c = d.country_by_name.get(country)
    for dem in c.demonyms if c is not None else ():
        for tail in ("rebels", "opposition"):
            toks = ad.tokenize(f"{dem} {tail}")
            for j, entries in d.trie.matches(toks, 0):
                if j == len(toks) and entries:
                    return d.actors[entries[0].target]
    return None


# what "the opposition" qualifies without being the armed side: its land, its speakers and
# its political bodies ("the opposition-held east", "the opposition coalition")
_NOT_OPPOSING = _words(
    "held controlled run areas area territory territories stronghold strongholds district "
    "districts neighbourhoods neighborhoods town towns city enclave pocket media activist "
    "activists figure figures leader leaders spokesman official officials sources source "
    "monitor coalition council delegation negotiators members politicians party parties "
    "bloc government"
)
# verbs of speech: "the opposition said talks would resume" is the political opposition
# speaking, which names no armed side
_SPEECH = _words(
    "said says say told tells stated states announced announces claimed claims accused "
    "accuses blamed blames denied denies condemned condemns called calls demanded demands "
    "welcomed welcomes rejected rejects agreed agrees insisted insists warned warns urged "
    "urges reported reports added adds"
)


def _whole_opposition(toks: list[Token], k: int) -> bool:
    """Whether "the opposition" ending before token k names the armed opposition as a
    side: alone ("the opposition shelled", "accused the opposition"), or before a noun
    of its fighters ("the opposition fighters"); not as the qualifier of a place, a
    speaker or a political body, nor before a name ("the opposition National
    Coalition"), nor as the speaker of a verb of speech ("the opposition said talks would
    resume": its politicians speak)."""
    if k >= len(toks) or toks[k].key == BREAK:
        return True
    return (toks[k].key not in _NOT_OPPOSING | _SPEECH and not toks[k].cased[:1].isupper())


def find_rebels(
    toks: list[Token], d: ActorDictionary, covered: set[int], main: str | None
) -> list[tuple[int, int, Actor]]:
    """ "Rebel shelling killed four", "rebels shelled the city", "opposition fighters": the
    report's country's rebels, as the dictionary names them ("Syrian rebels"). "The rebels"
    is left to the context pass (it may point back to a group named before); "rebel-held"
    names no side. "The opposition" is the country's armed opposition as a whole (the
    role rules tell a speaker, "the opposition said", from a doer)."""
    rebels = rebels_of(main, d) if main is not None else None
    if rebels is None:
        return []
    out = []
    for i, t in enumerate(toks):
        if i in covered or t.key not in _REBEL_WORDS:
            continue
        nxt = toks[i + 1].key if i + 1 < len(toks) else BREAK
        if i > 0 and toks[i - 1].key == "the":
            if t.key == "opposition" and _whole_opposition(toks, i + 1):
                out.append((i, i + 1 + int(nxt in _REBEL_HEADS), rebels))
            continue
        if nxt in _REBEL_HEADS:
            out.append((i, i + 2, rebels))
        elif t.key in ("rebels", "insurgents") and nxt != BREAK and nxt not in _REBEL_WORDS:
            out.append((i, i + 1, rebels))
    return out


# --- forces told by whose they are thought to be -------------------------------------------

_THOUGHT = _words("believed thought suspected presumed likely said reported")
_CRAFT_HEADS = _words("jets jet warplanes warplane aircraft planes plane drones drone "
                      "helicopters helicopter gunships bombers forces troops")


def find_suspected(
    toks: list[Token], d: ActorDictionary, covered: set[int]
) -> list[tuple[int, int, Actor]]:
    """ "Warplanes believed to be Russian", "jets thought to belong to Syria", "drones
    suspected to be from Turkey": aircraft or forces that the text gives to a country as
    its best belief are that country's (ACLED codes the suspected side)."""
    out = []
    for i, t in enumerate(toks[:-4]):
        if i in covered or t.key not in _CRAFT_HEADS or toks[i + 1].key not in _THOUGHT:
            continue
        k = i + 2
        if toks[k].key != "to" or toks[k + 1].key not in ("be", "belong"):
            continue
        k += 2
        while k < len(toks) and toks[k].key in ("to", "from", "of", "the"):
            k += 1
        for j, entries in d.markers.matches(toks, k):
            names = [e for e in entries if e.role != "hint" and ad.cased_ok(toks, k, j, e)]
            if names and not covered & set(range(i, j)):
                out.append((i, j, country_forces(d.countries[names[0].target].name, d)))
                break
    return out
