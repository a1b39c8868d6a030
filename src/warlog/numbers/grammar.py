"""Word lists and patterns for counted phrases ("at least 70 soldiers were killed").

Kept apart from :mod:`warlog.numbers.find` so that the vocabulary can be read and
extended in one place. Every pattern here is case-insensitive.
"""

from __future__ import annotations

import re

from warlog.numbers.words import DIGIT_NUMBER, WORD_NUMBER

#: Hedges before a number, and how each turns a figure n into (low, best, high).
MODIFIERS = (
    r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than"
    r"|over|upwards\s+of|in\s+excess\s+of|up\s+to|as\s+many\s+as|at\s+most|a\s+maximum\s+of"
    r"|nearly|almost|close\s+to|fewer\s+than|less\s+than|under|about|around|some|roughly"
    r"|approximately|an\s+estimated|estimated|a\s+total\s+of|a\s+further|another|all|just"
    r"|only|at\s+least\s+another|approx\.|~"
)
#: Vague amounts, with ACLED-style conservative figures (low, best, high); see
#: docs/times-and-numbers.md for the conventions.
VAGUE: dict[str, tuple[int, int, int | None]] = {
    "dozens": (12, 12, None), "scores": (20, 20, None), "hundreds": (100, 100, None),
    "thousands": (1000, 1000, None), "tens of thousands": (10_000, 10_000, None),
    "hundreds of thousands": (100_000, 100_000, None), "several dozen": (24, 36, None),
    "several hundred": (200, 300, None), "several thousand": (2000, 3000, None),
    "a few dozen": (24, 36, None), "a few hundred": (200, 300, None),
    "several": (2, 3, None), "a few": (2, 3, None), "a number of": (2, 3, None),
    "a handful of": (2, 3, None), "multiple": (2, 3, None), "numerous": (2, 3, None),
    "many": (2, 3, None), "some": (2, 3, None), "a couple of": (2, 2, 2),
    "an unknown number of": (1, 3, None), "an unspecified number of": (1, 3, None),
    "unknown number of": (1, 3, None), "unspecified number of": (1, 3, None),
    "an undetermined number of": (1, 3, None), "a large number of": (10, 10, None),
}
_VAGUE_ALT = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                      for k in sorted(VAGUE, key=len, reverse=True))
NUM = rf"(?:{DIGIT_NUMBER}(?:\s+(?:million|thousand|hundred))?|a\s+dozen|two\s+dozen|{WORD_NUMBER})"

#: A counted amount: optional hedge, then a range, a vague amount or one number.
QUANTITY = re.compile(
    rf"(?<![\w$£€#/.:+-])(?:(?P<mod>{MODIFIERS})\s+)?(?:"
    rf"between\s+(?P<a>{NUM})\s+and\s+(?P<b>{NUM})"
    rf"|(?P<a2>\d{{1,6}})\s*(?:-|–)\s*(?P<b2>\d{{1,6}})(?![\w-])"
    rf"|(?P<a3>{NUM})\s+(?:to|or)\s+(?P<b3>{NUM})(?![\w-])"
    rf"|(?P<vague>{_VAGUE_ALT})['’\"]?(?:\s+of)?"
    rf"|(?P<n>{NUM})(?![\w-]|-(?:year|month|day|week|story|storey|point|km|mile|metre))"
    r"|(?P<one>\b(?:a|an|one)\b))(?![.,]\d)",
    re.IGNORECASE,
)

#: Nouns that make a number a count of people, by the category reported in ``about``
#: when no casualty verb goes with it.
FIGHTERS = (
    "soldiers|soldier|troops|troop|fighters|fighter|militants|militant|rebels|rebel"
    "|insurgents|insurgent|gunmen|gunman|assailants|assailant|attackers|attacker|bombers"
    "|bomber|terrorists|terrorist|militiamen|militiaman|combatants|combatant|jihadists"
    "|jihadist|extremists|extremist|policemen|policeman|police\\s+officers|police\\s+officer"
    "|police|officers|officer|personnel|servicemen|serviceman|guards|guard|commanders"
    "|commander|recruits|cadets|sailors|marines|peshmerga|members|member|operatives"
    "|paramilitaries|mercenaries|sergeants?|lieutenants?|corporals?|captains?|colonels?"
    "|majors?|generals?|privates?|leaders?|forces|agents|operatives"
    "|administrators|servicemembers|conscripts|snipers|bodyguards|policewomen"
    # "twenty-eight heads of the group": its leaders (livestock is counted in the
    # singular, "200 head of cattle", which stays no count of people)
    "|heads\\s+of"
)
CIVILIANS = (
    "civilians|civilian|women|woman|children|child|boys|boy|girls|girl|students|student"
    "|teachers|teacher|workers|worker|villagers|villager|residents|resident|farmers|farmer"
    "|pilgrims|worshippers|worshipers|journalists|journalist|refugees|migrants|passengers"
    "|shoppers|tribesmen|tribesman|doctors|nurses|patients|babies|infants|monks|monk"
    "|priests|priest|traders|fishermen|herders|herdsmen|protesters|protester|demonstrators"
    "|mourners|guests|employees|staff|volunteers|aid\\s+workers|family\\s+members|relatives"
    "|minors|elderly|IDPs|men|man|individuals|individual|persons|person|people"
    "|others|another|victims|victim|bodies|hostages|detainees|prisoners|inmates"
    "|engineers|drivers|labourers|laborers|miners|contractors|nationals|foreigners"
    "|tourists|locals|youths|teenagers|adults|spectators|fans|officials|activists"
    "|martyrs|martyr"
)
_GENERIC = {"men", "man", "individuals", "individual", "persons", "person", "people",
            "others", "another", "victims", "victim", "bodies", "martyrs", "martyr"}
#: Nouns that count the dead by themselves: in the region's own reporting a "martyr" is
#: someone killed ("the bomb claimed six martyrs").
DEATH_NOUNS = frozenset({"martyrs", "martyr"})
PERSON_NOUN = re.compile(rf"(?i:{FIGHTERS}|{CIVILIANS})(?![\w-])")
_FIGHTER_RX = re.compile(rf"(?i:{FIGHTERS})$")


def category(noun: str) -> str:
    """"fighters", "civilians" or "people" for a person noun."""
    n = " ".join(noun.lower().split())
    if _FIGHTER_RX.fullmatch(n):
        return "fighters"
    return "people" if n in _GENERIC else "civilians"


#: Casualty words, by the ``about`` they give.
ABOUT_WORDS: dict[str, str] = {
    "killed": "killed", "dead": "killed", "died": "killed", "die": "killed",
    "slain": "killed", "perished": "killed", "executed": "killed", "beheaded": "killed",
    "massacred": "killed", "murdered": "killed", "shot dead": "killed",
    "lost their lives": "killed", "fatalities": "killed", "fatality": "killed",
    "deaths": "killed", "death": "killed", "bodies": "killed", "lives": "killed",
    "killing": "killed", "kill": "killed", "kills": "killed", "claimed the lives of": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injuring": "injured", "wounding": "injured", "hospitalised": "injured",
    "hospitalized": "injured", "maimed": "injured", "injures": "injured",
    "wounds": "injured", "injury": "injured",
    "arrested": "detained", "detained": "detained", "captured": "detained",
    "jailed": "detained", "imprisoned": "detained", "rounded up": "detained",
    "arresting": "detained", "detaining": "detained", "capturing": "detained",
    "kidnapped": "kidnapped", "abducted": "kidnapped", "taken hostage": "kidnapped",
    "kidnapping": "kidnapped", "abducting": "kidnapped", "hostages": "kidnapped",
    "displaced": "displaced", "fled": "displaced", "forced to flee": "displaced",
    "homeless": "displaced", "evacuated": "displaced", "uprooted": "displaced",
    "displacing": "displaced", "missing": "missing", "casualties": "casualties",
}
_ABOUT_ALT = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                      for k in sorted(ABOUT_WORDS, key=len, reverse=True))

#: Right after the amount (and its noun): "30 dead", "5 fatalities".
AFTER_DIRECT = re.compile(
    r"\s*(?:(?:people|persons)\s+)?(?P<w>dead|killed|injured|wounded|fatalities|fatality|deaths"
    r"|casualties|injuries|hurt|missing|bodies|displaced|detained|arrested|kidnapped"
    r"|abducted)\b", re.IGNORECASE)
#: Passive or intransitive verb later in the clause: "... were killed", "... died".
AFTER_VERB = re.compile(
    r"\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|been)\s+"
    r"(?:\w+ly\s+|also\s+|later\s+|all\s+|reportedly\s+)?(?P<w>" + _ABOUT_ALT + r")"
    r"|(?P<w2>died|perished|lost\s+their\s+lives|fled|went\s+missing|sustained\s+injuries"
    r"|suffered\s+injuries|sustained\s+(?:critical|serious|minor)\s+injuries|"
    r"remain\s+missing))\b", re.IGNORECASE)
#: Transitive verb just before the amount: "killing 17 soldiers", "the death of 3".
BEFORE_VERB = re.compile(
    r"\b(?P<w>killing|killed|kills|kill|wounding|wounded|injuring|injured|injures|arrested"
    r"|arresting|detained|detaining|abducted|abducting|kidnapped|kidnapping|captured"
    r"|capturing|executed|executing|massacred|murdered|beheaded|displaced|displacing"
    r"|shot\s+dead|shot\s+and\s+killed|claimed\s+the\s+lives\s+of|the\s+lives\s+of"
    r"|(?:the\s+)?deaths?\s+of|bodies\s+of|(?:the\s+)?killing\s+of|(?:death\s+)?toll\s+(?:\w+\s+){0,2}?"
    r"(?:to|at|of|reached|hit|is|was|stood\s+at|rose\s+to|climbed\s+to)"
    # a toll told as "the number of": "putting the number of civilians killed at 13"
    r"|(?:the\s+)?number\s+of\s+(?:\w+\s+)?(?:killed|dead|deaths|victims|wounded|injured)"
    r"\s+(?:\w+\s+){0,2}?(?:to|at|reached|hit|is|was|stood\s+at|rose\s+to|climbed\s+to)"
    r"|(?:left|leaving)(?=\s+.{1,40}?\b(?:dead|injured|wounded|homeless)\b))"
    # the verb's object may follow an aside set off by commas and a possessive: "executed,
    # an hour ago, his three sons", "killing their two children"
    r"(?:\s*,\s+[^,.;:]{1,45},)?"
    # or an attribution of the count, its commas often lost in collection ("killing
    # according to the latest toll 44 civilians"): who counted, not a break
    r"(?:\s+according\s+to\s+(?:[\w-]+\s+){0,3}?(?:toll|count|tally|figures?|sources?|"
    r"officials|activists|medics|monitors?|observatory)\b)?"
    r"(?:\s+(?:his|her|their))?\s+$",
    re.IGNORECASE,
)
ZERO = re.compile(
    r"(?<!\w)(?=[nNzZwWdDfF])(?:\b(?:no|zero)\s+(?:(?:reported|immediate|known|confirmed|human|direct\s+hits|damage)"
    r"\s+(?:or\s+|and\s+|nor\s+)?)*(?P<w>casualties|fatalities|deaths|injuries|loss\s+of\s+life"
    r"|one\s+was\s+(?:killed|hurt|injured|wounded)|one\s+died|victims|injured|dead)\b"
    r"|\b(?:nobody|no\s+one)\s+(?:was\s+)?(?P<w2>killed|hurt|injured|wounded|died)\b"
    r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?P<w3>casualties|injuries)\b"
    r"|\bneither\s+(?:\w+\s+)?nor\s+(?:\w+\s+)?(?P<w4>fatalities|deaths|casualties|injuries)\b"
    r"|\bneither\s+(?P<w6>fatalities|deaths|casualties)\s+nor\b"
    r"|\b(?:did\s+not|didn't|failed\s+to)\s+(?:\w+\s+){0,4}?(?:cause|result\s+in|inflict)"
    r"\s+(?:any\s+)?(?:\w+\s+(?:or|and)\s+)?(?P<w5>casualties|injuries|deaths|fatalities)\b)",
    re.IGNORECASE,
)
CODED = re.compile(
    r"\bfatal\w*[^.;]{0,250}?\bcoded\s+(?:as\s+|to\s+|at\s+)?(?P<n>\d{1,4})\b(?!\s+and\s+split)"
    r"|\bfatal\w*[^.;]{0,250}?\bwith\s+(?P<n2>\d{1,4})\s+coded\s+(?:to|for|in)\b",
    re.IGNORECASE,
)
#: A named person as the object of a killing verb: "executed Mazhar Al-Youssefi, a doctor".
NAMED_VICTIM = re.compile(
    r"\b(?P<w>killed|killing|executed|executing|assassinated|assassinating|murdered"
    r"|beheaded|shot\s+dead)\s+(?:and\s+\w+\s+)?(?P<name>(?:[A-Z][\w'-]+\s+){1,3}"
    r"[A-Z][\w'-]+)(?=\s*(?:,\s+(?:a|an|the)\s|\.|\s+(?:in|on|at|near)\s))"
)
#: A named person as the subject: "Weinstein was accidentally killed".
NAMED_SUBJECT = re.compile(
    r"(?<![\w.])(?P<name>(?:[A-Z][a-z][\w'-]*\s+){0,3}[A-Z][a-z][\w'-]*)\s+(?:was|had\s+been"
    r"|has\s+been)\s+(?:\w+ly\s+)?(?P<w>killed|shot\s+dead|executed|assassinated|murdered"
    r"|beheaded)\b"
)
#: Attackers among the dead: "killing all nine of the bombers".
ATTACKERS = re.compile(
    r"(?i:bombers?|assailants?|attackers?|gunm[ae]n|perpetrators?|militants?|insurgents?)")
IN_ADDITION = re.compile(
    r"\bin\s+addition\s+to\s+(?:the\s+)?(?P<n>\w+\s+)?(?:suicide\s+)?(?:bombers?|assailants?"
    r"|attackers?|perpetrators?|gunmen|gunman|militants?)\s*,\s*$",
    re.IGNORECASE,
)

#: One person named by a singular noun: "the soldier was killed", "killing him".
_SINGULAR = (
    r"soldier|civilian|woman|man|child|boy|girl|officer|policeman|fighter|militant|member"
    r"|commander|leader|student|teacher|worker|journalist|driver|bodyguard|guard|mayor"
    r"|governor|chief|official|judge|lawyer|imam|cleric|activist|politician|candidate"
    r"|businessman|trader|shopkeeper|owner|son|daughter|wife|husband|brother|father"
    r"|mother|doctor|nurse|engineer|contractor|employee|victim|farmer|villager|resident"
    r"|sergeant|lieutenant|corporal|captain|colonel|major|general|monk|priest|bomber"
    r"|assailant|attacker|gunman|elder|tribesman|individual|person|pilot|spokesman"
)
SINGLE = re.compile(
    rf"(?<!\w)(?=[tThHiIkKwWlLrRcC])(?:\b(?:the|his|her|their|its)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_SINGULAR})\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+|also\s+)?(?P<w>killed|shot\s+dead"
    r"|executed|murdered|beheaded|injured|wounded|kidnapped|abducted|arrested|detained)\b"
    rf"|\b(?:the|his|her)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun2>{_SINGULAR})\s+(?P<w2>died)\b"
    r"|\b(?P<w3>killing|killed|wounding|injuring)\s+(?:him|her)\b"
    # a singular definite victim after the casualty verb: "killing its pilot"
    rf"|\b(?P<w5>killing|wounding|injuring)\s+(?:the|his|her|their|its)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?(?P<noun3>{_SINGULAR})(?![\w-])(?!\s+(?:population|public))"
    r"|\b(?:led\s+to|resulted\s+in|caused)\s+(?:his|her)\s+(?P<w4>death)\b)",
    re.IGNORECASE,
)
#: An attacker who counts himself among the dead: "killing himself and five others".
REFLEXIVE = re.compile(
    r"\b(?:killing|killed|kills|kill)\s+(?P<self>himself|herself|themselves)\s+"
    r"(?:and|along\s+with|as\s+well\s+as|together\s+with)\s+$", re.IGNORECASE)
#: Words that stand for nobody in particular: "Nobody was killed" names no one.
INDEFINITE = frozenset("nobody no none noone everyone everybody someone somebody anyone "
                       "anybody all many few several each".split())
#: Vague amounts that say only "an unknown number" when "more" or "others" follows:
#: "and many more were injured" adds no figure to the one stated.
OPEN_ENDED = frozenset({"several", "a few", "a number of", "a handful of", "multiple",
                        "numerous", "many", "some"})


def _first_words() -> frozenset[str]:
    words = set()
    for alt in (MODIFIERS, _VAGUE_ALT, WORD_NUMBER):
        for w in re.findall(r"[a-z]+", alt.replace(r"\s+", " ")):
            words.add(w)
    return frozenset(words | {"a", "an", "one", "between", "~", "approx"})


#: Words a QUANTITY can start with (besides digits): it is tried only at those.
FIRST_WORDS = _first_words()
#: Person nouns, one word each, for the quick check after "a"/"an"/"one".
PERSON_WORDS = frozenset(
    w for alt in (FIGHTERS, CIVILIANS, _SINGULAR) for w in
    re.findall(r"[a-z]+", re.sub(r"s\?", "", alt).replace("\\s+", " ").lower())
) | frozenset(w + "s" for alt in (FIGHTERS,) for w in re.findall(r"[a-z]+", alt))

#: A second source's figure in brackets right after a casualty statement:
#: "were killed (Radio Kulmiye reports 22)", "(22 according to locals)".
BRACKETED = re.compile(
    r"\s*\((?=[^()]{0,80}\b(?:reports?|reported|says|said|puts|according\s+to|citing)\b)"
    r"[^()\d]{0,60}?\b(?P<n>\d{1,5})\b[^()\d]{0,60}\)", re.IGNORECASE)

# what joins two amounts of one list ("six soldiers, four police and two civilians were
# killed"): a comma or a conjunction, or only a space where a headline lost its comma.
# Amounts with other words and no conjunction between them ("5 women in Aleppo monitor
# AFP Friday ... Ten children") are no list, whatever casualty verb they share.
LISTED = re.compile(
    r"[\s\-–—]*|.*(?:[,;]|\b(?:and|as\s+well\s+as|plus|along\s+with)\b).*",
    re.IGNORECASE | re.DOTALL,
)
