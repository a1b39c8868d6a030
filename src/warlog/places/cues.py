"""The words around a name that set it as a place: "in X", "south of X", "the town of X",
"X district", "in X and Y". Used by place detection (:mod:`warlog.places.detect`)
to accept a name spaCy tagged otherwise, or one it did not tag at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warlog.places.borrowed import DISEASE_NAMES as DISEASE_NAMES  # re-exported
from warlog.places.borrowed import DISEASE_WORDS as DISEASE_WORDS  # re-exported
from warlog.places.borrowed import KINDS as KINDS  # re-exported
from warlog.places.borrowed import NAMED_DISEASE_HEADS as NAMED_DISEASE_HEADS  # re-exported
from warlog.places.borrowed import SPEECH as SPEECH  # re-exported
from warlog.places.borrowed import group_identity as group_identity  # re-exported
from warlog.places.borrowed import is_agent as is_agent  # re-exported
from warlog.places.borrowed import kind_before as kind_before  # re-exported
from warlog.places.borrowed import names_disease as names_disease  # re-exported
from warlog.places.borrowed import speaks as speaks  # re-exported
from warlog.places.index import Gazetteer
from warlog.places.known import named, qualifier_text
from warlog.places.names import words
from warlog.places.nonplaces import subject_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DROP_TAIL = ("'s", "’s", "'", "’")
LOCATIVE = words("in at near from to outside into across around toward towards inside via between")
# "<word> of X" that sets X as a place: "south of X", "the town of X", "the outskirts of X"
OF_CUES = words(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west outskirts vicinity environs countryside suburbs town city village "
    "district province governorate area neighbourhood neighborhood suburb region township "
    "municipality subdistrict"
)
# "X <word>" that sets X as a place: "X district", "X town", "X countryside"
PLACE_AFTER = words(
    "town city village district province governorate countryside neighbourhood neighborhood "
    "suburb suburbs township subdistrict municipality outskirts base airbase towns villages "
    "districts provinces townships county counties parish parishes"
)

# "a X man": a name between an article or a number and one of these is where the person
# lives or comes from ("a Lacey man", "two Tumwater residents", "the Olympia native")
RESIDENTS = words(
    "man woman men women resident residents native natives teen teens teenager teenagers "
    "boy boys girl girls couple homeowner homeowners"
)
DETERMINERS = words("a an the two three four five several")
# "X police said": a town's own services and people, named after it
CIVIC = words(
    "police officials authorities firefighters deputies schools council councilman "
    "councilwoman mayor residents voters taxpayers"
)

# a dash after a name that opens a line: a dateline ("CHATSWORTH — Murray County ...")
DASHES = frozenset(("—", "–", "--", "-", "---"))


def line_start(sdoc: Doc, start: int) -> bool:
    """Whether token ``start`` opens the text or a line: where a headline or a dateline
    stands, written without the articles of running prose ("Dalton man charged")."""
    return start == 0 or (sdoc[start - 1].is_space and "\n" in sdoc[start - 1].text)


def dateline(sdoc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) open a line and a dash follows, past the town's state
    or country and the agency ("CHATSWORTH — Murray County commissioners met",
    "CHATSWORTH, Ga. —", "ROME (AP) —"): a news dateline, which names the place reported
    from, most often in capitals; in capitals also after a sentence's end, where the page
    lost the line break after its headline ("Man charged. CHATSWORTH — ...")."""
    lost = start > 0 and sdoc[start - 1].text in (".", "!", "?") and all(
        t.text.isupper() or not t.is_alpha for t in sdoc[start:end])
    if not (line_start(sdoc, start) or lost):
        return False
    i, n = end, len(sdoc)
    if i < n and sdoc[i].text == ",":  # the state or country: "Ga.", "New Mexico"
        j = i + 1
        while j < n and j < i + 4 and sdoc[j].text[:1].isupper():
            j += 1
        if j > i + 1:  # with an abbreviation's point spaCy split off: "WOODSTOCK, Ont. —"
            i = j + int(j < n and sdoc[j].text == "." and not sdoc[j - 1].whitespace_)
    if i < n and sdoc[i].text == "(":  # the agency: "(AP)", "(Reuters)"
        j = i + 1
        while j < n and j < i + 4 and sdoc[j].text != ")":
            j += 1
        i = j + 1 if j < n and sdoc[j].text == ")" else i
    # a wire service's dash may be glued to the state or to the next word
    # ("PLEASANTON, Calif.--(BUSINESS WIRE)--DeltaTrak"), as its tokens fall
    glued = any("--" in t.text or "—" in t.text for t in sdoc[end:i])
    return glued or (i < n and (sdoc[i].text in DASHES or sdoc[i].text.startswith(("--", "—"))))


def after_locative(sdoc: Doc, start: int) -> bool:
    """Whether a locative preposition comes before ``start``, past "the" or a possessive
    ("at the Princes Theatre", "at Brooklyn's Barclays Center")."""
    i = start - 1
    while i > 0 and (sdoc[i].lower_ == "the" or sdoc[i].text in DROP_TAIL):
        i -= 2 if sdoc[i].text in DROP_TAIL else 1
    return i >= 0 and sdoc[i].lower_ in LOCATIVE


def locative(sdoc: Doc, start: int, end: int, listed: bool = True) -> bool:
    """Whether the words around tokens [start, end) set them as a place: a locative
    preposition before ("in X"), a compass or place word and "of" before ("south of X",
    "the town of X", "on the outskirts of X"), a lower-case place word after ("X
    district", "X countryside"), a town's services or people after ("X police said",
    "X residents"), or a word for residents after, with an article or a
    number before ("a Lacey man", "two Tumwater residents") or opening a headline, which
    drops the article ("Dalton man charged"); a dateline ("CHATSWORTH — ...")."""
    prep = start > 0 and sdoc[start - 1].lower_ in LOCATIVE and not subject_in(sdoc, start - 1)
    if prep or dateline(sdoc, start, end):
        return True
    nxt = sdoc[end] if end < len(sdoc) else None
    if nxt is not None and nxt.text[:1].isupper():
        return False  # only a part of a longer name
    if hyphen_place(sdoc, end):
        return True
    if listed and listed_with_cued(sdoc, start, end):
        return True
    if start > 1 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].lower_ in OF_CUES:
        return True
    before = sdoc[start - 1] if start > 0 else None
    if nxt is not None and nxt.lower_ in RESIDENTS and nxt.text.islower():
        return determined(sdoc, start) or line_start(sdoc, start)
    return (
        nxt is not None
        and nxt.text.islower()
        and (nxt.lower_ in PLACE_AFTER or nxt.lower_ in CIVIC)
        and (before is None or not before.text[:1].isupper())
    )


def determined(sdoc: Doc, start: int) -> bool:
    """Whether an article or a number opens the noun phrase that token ``start`` stands
    in, past the lower-case modifiers between ("a Lacey man", "a former Lacey resident",
    "an elderly Tumwater couple", "a 34-year-old Olympia man"): the residents' formula
    of local news, whose modifiers qualify the person, not the town."""
    i = start - 1
    while i >= 0 and start - i <= 6:
        if sdoc[i].lower_ in DETERMINERS:
            return True  # "two Tumwater residents": the number is the determiner
        if not _modifier(sdoc[i]):
            return False
        i -= 1
    return False


def residents_of(sdoc: Doc, i: int) -> bool:
    """Whether the capitalised word ``i``, inside a sentence, names where the people of
    the noun after it live ("an elderly Trion couple", "two Varnell teens"), whatever
    part of speech the tagger gave it: the residents' formula sets it as a place."""
    nxt = sdoc[i + 1] if i + 1 < len(sdoc) else None
    return (nxt is not None and nxt.lower_ in RESIDENTS and nxt.text.islower()
            and i > 0 and not sdoc[i].is_sent_start and determined(sdoc, i))


def _modifier(tok: Token) -> bool:
    """A lower-case adjective or a piece of an age ("34-year-old") before a name."""
    if tok.text == "-" or tok.like_num:
        return True
    return tok.text.islower() and (tok.pos_ == "ADJ" or tok.lower_ in ("year", "years"))


# "X-area", "X-based": compounds whose first part is where ("a Dalton-area man", "a
# Tumwater-based firm"); "X-led" or "X-backed" take an agent, not a place
HYPHEN_PLACE = words("area based")


def hyphen_place(sdoc: Doc, end: int) -> bool:
    """Whether tokens from ``end`` are "-area" or "-based" glued to the name before:
    the compound sets that name as the place a thing lies in or works from."""
    return (end + 1 < len(sdoc) and sdoc[end].text == "-" and not sdoc[end - 1].whitespace_
            and not sdoc[end].whitespace_ and sdoc[end + 1].lower_ in HYPHEN_PLACE)


def listed_with_cued(sdoc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are listed with a name that the words around set as a
    place: "in X and Y", "X and Y districts"."""
    if start > 1 and sdoc[start - 1].lower_ in ("and", "or"):
        j = start - 2
        while j >= 0 and sdoc[j].text[:1].isupper():
            j -= 1
        if j < start - 2 and locative(sdoc, j + 1, start - 1, listed=False):
            return True
        first = _list_head(sdoc, j)
        if first is not None and locative(sdoc, first[0], first[1], listed=False):
            return True  # "in Ringgold, Rocky Face and Tunnel Hill": the list shares "in"
    if start > 1 and sdoc[start - 1].text == "," and _continues(sdoc, end):
        first = _list_head(sdoc, start - 1)  # the middle of "in Ringgold, Rocky Face and X"
        if first is not None and locative(sdoc, first[0], first[1], listed=False):
            return True
    if end + 1 < len(sdoc) and sdoc[end].lower_ in ("and", "or"):
        k = end + 1
        while k < len(sdoc) and sdoc[k].text[:1].isupper():
            k += 1
        if k > end + 1 and locative(sdoc, end + 1, k, listed=False):
            return True
    return False


def _list_head(sdoc: Doc, j: int) -> tuple[int, int] | None:
    """The first member [start, end) of a comma list of capitalised names ending at the
    comma ``sdoc[j]`` ("Ringgold, Rocky Face" before "and Tunnel Hill"), or None. Every
    member of "in A, B and C" stands where "in" sets it, as in "in A and C"; a comma
    alone proves no list ("in Dalton, Smith said"), so only a member after "and" is read
    this way."""
    head = None
    while j > 0 and sdoc[j].text == "," and sdoc[j - 1].text[:1].isupper():
        end = j
        j -= 1
        while j >= 0 and sdoc[j].text[:1].isupper():
            j -= 1
        head = (j + 1, end)
    return head


def _continues(sdoc: Doc, k: int) -> bool:
    """Whether a comma list of capitalised names goes on from token ``k`` to an "and" or
    "or" before a further capitalised name."""
    while k + 1 < len(sdoc) and sdoc[k].text == "," and sdoc[k + 1].text[:1].isupper():
        k += 1
        while k < len(sdoc) and sdoc[k].text[:1].isupper():
            k += 1
    return k + 1 < len(sdoc) and sdoc[k].lower_ in ("and", "or") \
        and sdoc[k + 1].text[:1].isupper()


HINTS = {
    "governorate": "admin1", "countryside": "admin1", "province": "admin1", "state": "admin1",
    "region": "admin1", "oblast": "admin1", "prefecture": "admin1",
    # a governor heads a state or province, never a city: "New York Gov. Andrew Cuomo"
    "gov.": "admin1", "governor": "admin1",
    "county": "admin2", "district": "admin2", "counties": "admin2",
    # a sheriff and his deputies serve a US county: "Whitfield deputies" names the county
    "deputies": "admin2:US", "sheriff": "admin2:US", "sheriff's": "admin2:US",
    "city": "city", "town": "city", "village": "city",
    "river": "river",
    "mountains": "mountain",
    "valley": "river",
}

GENERIC = words(
    "the of and lake mount mt river valley airport international station county city town "
    "village district province governorate state region park center centre hospital "
    "university college school bridge street avenue road square market camp base port "
    "harbour harbor north south east west northern southern eastern western upper lower "
    "new old greater"
)

# the generic heads of Arabic toponyms (hill, mountain, ruin, monastery, spring, village,
# valley, well, house, cape, bridge, inn, cave, palace, meadow): each begins a name ("Tal
# Mahasa", "Kafr Zita") and alone is not the place the whole name denotes
ARABIC_HEADS = frozenset({
    "tal", "tall", "tell", "jabal", "jebel", "kherbat", "khirbet", "khirbat", "deir", "dayr",
    "ain", "ayn", "kafr", "kfar", "wadi", "bir", "beit", "bayt", "ras", "jisr", "khan",
    "maarat", "marat", "qasr", "marj", "umm", "um", "tel",
})

CONNECTORS = words("and of & de del la da do")  # "Michoacan" + "de Ocampo"

# a weekday's short name before a month or a day's number is a date ("Mon Oct 31 2016",
# "Sun 12 June"), not a place (Mon State, Myanmar)
WEEKDAYS = words("mon tue tues wed thu thur thurs fri sat sun")
MONTHS = words(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december"
)

INSTITUTIONS = words(
    "police council county city town borough municipal district mdc fire sheriff "
    "sheriff's university college school schools hospital chamber herald times post "
    "tribune airport port harbour harbor club woman's women's chamber ambulance court "
    "regional public state parish woman women men association society library museum "
    "board community high middle elementary academy base airbase"
)

# "Olympia Mayor Doug Mah": a title that a town's name opens
TITLES = words(
    "mayor chief councilman councilwoman commissioner commissioners superintendent "
    "coroner alderman selectman manager"
)

BUILDINGS = words(
    "hospital centre center theatre theater hall stadium arena airport palace "
    "church cathedral mosque temple museum library prison jail mall hotel"
)

FACILITY_WORDS = words(
    "street st st. avenue ave ave. road rd rd. drive boulevard blvd lane way highway "
    "bridge airport station stadium arena hospital school university college centre "
    "center hall theatre theater church cathedral mosque temple market mall square park "
    "camp base prison jail court building tower palace hotel plaza port"
)


def addressed(sdoc: Doc, end: int, text: str, gaz: Gazetteer) -> bool:
    """Whether a town named ``text`` is followed by ", Y" naming its own division or
    country ("Lacey, Wash.", "Tumwater, Washington"): the address form of a place."""
    if end + 1 >= len(sdoc) or sdoc[end].text != "," or not sdoc[end + 1].text[:1].isupper():
        return False
    quals = [q for q in gaz.candidates(qualifier_text(sdoc, end + 1, gaz), qualifier=True)
             if q.feature in ("country", "admin1")]
    return any(
        q.country_code == c.country_code and (q.feature == "country" or q.admin1 == c.admin1)
        for c in gaz.candidates(text) if named(c, text) for q in quals
    )


def bracket_qualifier(sdoc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """The division or country a bracket after a place names ("El Plateado (Cauca)",
    "Buni Gari (Gujba, Yobe)"): the last of its comma-separated names that is one."""
    stop = i
    while stop < len(sdoc) and stop < i + 16 and sdoc[stop].text != ")":
        stop += 1
    if stop >= len(sdoc) or sdoc[stop].text != ")":
        return None
    groups: list[list[int]] = [[]]
    for j in range(i, stop):
        if sdoc[j].text == ",":
            groups.append([])
        else:
            groups[-1].append(j)
    for group in reversed(groups):
        n = 0
        while n < len(group) and sdoc[group[n]].text[:1].isupper():
            n += 1
        if n == 0:
            continue
        text = sdoc[group[0] : group[0] + n].text
        if any(c.feature in ("country", "admin1") for c in gaz.candidates(text, qualifier=True)):
            return text
    return None


def set_in(sdoc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) stand right after "in", "near" or "outside" and
    before no possessive: a person is not where something is or happens ("lives in
    Riverdale", "a farm near Bellmore"), so a known town's name there is the town even
    when the tagger took it for a person ("in Smith's view" stays the person's)."""
    return (start > 0 and sdoc[start - 1].lower_ in ("in", "near", "outside")
            and not (end < len(sdoc) and sdoc[end].text in ("'s", "’s")))


def before_bracket(sdoc: Doc, ent: Span) -> Span:
    """An entity that swallowed the address after it ("Tikare (Tikare, Bam"), cut at the
    bracket; the address's names are then found on their own."""
    for i in range(ent.start + 1, ent.end):
        if sdoc[i].text in ("(", "["):
            from spacy.tokens import Span

            return Span(sdoc, ent.start, i, label=ent.label)
    return ent
