"""Actor linking: dictionary aliases, descriptions, unidentified groups, coreference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warlog.actors import (
    ActorDictionary,
    country_forces,
    document_countries,
    find_actors,
    load_actor_dictionary,
    unidentified,
    with_country,
)
from warlog.config import Settings
from warlog.errors import WarlogError
from warlog.evaluate.incident_fields import fatalities_right, fatalities_state, perpetrator_found
from warlog.models import ActorKind, ActorMention, Document, Origin


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _doc(text: str) -> Document:
    return Document(
        id="t",
        text=text,
        title=None,
        source=None,
        url=None,
        published=None,
        language="en",
        origin=Origin(path="t", start=0, end=len(text)),
    )


def _links(text: str, d: ActorDictionary) -> dict[str, str]:
    return {m.text: m.actor for m in find_actors(_doc(text), None, d)}


ISIL = "Islamic State of Iraq and the Levant (ISIL)"


@pytest.mark.parametrize(
    "mention",
    [
        "IS",
        "ISIS",
        "ISIL",
        "Daesh",
        "the so-called Islamic State",
        "Islamic State",
        "Islamic State of Iraq and the Levant (ISIL)",
        "ISIS group",
    ],
)
def test_actors_islamic_state_aliases(mention: str, dictionary: ActorDictionary) -> None:
    text = f"Fighters of {mention} attacked a checkpoint near Mosul, Iraq."
    assert ISIL in _links(text, dictionary).values()


def test_actors_offsets_slice_back_to_text(dictionary: ActorDictionary) -> None:
    text = (
        "On Monday the Houthis and Al-Qa'ida in the Arabian Peninsula (AQAP) clashed in "
        "Marib, Yemen; Syrian government forces shelled Idlib."
    )
    for m in find_actors(_doc(text), None, dictionary):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        (
            "Syrian government forces shelled Idlib.",
            "Syrian government forces",
            "Military Forces of Syria",
        ),
        ("Russian jets struck Idlib.", "Russian jets", "Military Forces of Russia"),
        ("Russian warplanes struck Idlib.", "Russian warplanes", "Military Forces of Russia"),
        ("Iraq's army retook the town.", "Iraq's army", "Military Forces of Iraq"),
        (
            "The 4th tank division advanced on Daraa.",
            "4th tank division",
            "Military Forces of Syria",
        ),
        ("US-backed SDF fighters entered Raqqa.", "SDF", "Syrian Democratic Forces (SDF)"),
        (
            "The US-led coalition bombed Raqqa.",
            "US-led coalition",
            "Global Coalition Against Daesh",
        ),
        ("U.S. forces left the base.", "U.S. forces", "Military Forces of the United States"),
        # the definite air force, like "the army", is the state's of the report's country
        (
            "Syrian troops held Hama. The air force struck Douma.",
            "air force",
            "Military Forces of Syria",
        ),
        # so are "the armed forces": units of them killed fighters near a Syrian hill
        (
            "Syrian troops held Hama. Units of the armed forces shelled Tal Sukar.",
            "armed forces",
            "Military Forces of Syria",
        ),
    ],
)
def test_actors_descriptions_in_context(
    text: str, mention: str, actor: str, dictionary: ActorDictionary
) -> None:
    assert _links(text, dictionary)[mention] == actor


def test_actors_acronym_and_full_name_link_to_one_actor(dictionary: ActorDictionary) -> None:
    text = (
        "Karen National Liberation Army (KNLA) troops attacked; the KNU said the KNLA "
        "held the hill in Kayin state, Myanmar."
    )
    actors = set(_links(text, dictionary).values())
    assert actors == {"KNU/KNLA: Karen National Union/Karen National Liberation Army"}


def test_actors_capitals_matter_for_acronyms(dictionary: ActorDictionary) -> None:
    text = "It is what it is, said a resident of Mosul, Iraq."
    assert ISIL not in _links(text, dictionary).values()
    assert ISIL not in _links("THIS IS WAR, SAID THE HEADLINE.", dictionary).values()


def test_actors_short_acronym_needs_its_country(dictionary: ActorDictionary) -> None:
    assert "AA" not in _links("AA meetings resumed in Ohio.", dictionary)
    linked = _links("The AA seized a town in Rakhine, Myanmar.", dictionary)
    assert linked["AA"] == "AA: Arakan Army"


def test_actors_ambiguous_alias_follows_the_country(dictionary: ActorDictionary) -> None:
    pak = _links("Taliban militants attacked a post in North Waziristan, Pakistan.", dictionary)
    afg = _links("Taliban militants attacked a post in Helmand, Afghanistan.", dictionary)
    assert pak["Taliban militants"] == "Tehrik-i-Taliban Pakistan (TTP)"
    assert afg["Taliban militants"] == "Taliban"


def test_actors_unnamed_perpetrators_are_unidentified(dictionary: ActorDictionary) -> None:
    linked = _links("Unidentified gunmen shot a policeman in Quetta, Pakistan.", dictionary)
    assert linked["Unidentified gunmen"] == "Unidentified Armed Group (Pakistan)"
    drones = _links(
        "On 9 January 2020, unidentified drones targeted Abbas town, Syria.", dictionary
    )
    assert drones["unidentified drones"] == "Unidentified Military Forces"


def test_actors_assailants_take_the_group_blamed(dictionary: ActorDictionary) -> None:
    text = (
        "Assailants fired rockets at Jazan, Saudi Arabia. No group claimed responsibility; "
        "however, sources attributed the attack to Huthis."
    )
    assert _links(text, dictionary)["Assailants"] == "Houthi extremists (Ansar Allah)"


def test_actors_coreference_to_the_salient_group(dictionary: ActorDictionary) -> None:
    text = (
        "Al-Shabaab attacked a base in Lower Shabelle, Somalia. The militants later "
        "withdrew, and the group said it lost two fighters."
    )
    linked = _links(text, dictionary)
    assert linked["The militants"] == "Al-Shabaab"
    assert linked["the group"] == "Al-Shabaab"


def test_actors_coreference_needs_one_salient_group(dictionary: ActorDictionary) -> None:
    text = "Hamas and the PIJ fired rockets from Gaza. The group said more would follow."
    assert "the group" not in _links(text, dictionary)


def test_actors_mention_carries_aliases_kind_and_parent(dictionary: ActorDictionary) -> None:
    (m,) = [
        m
        for m in find_actors(_doc("AQAP claimed it in Shabwah, Yemen."), None, dictionary)
        if m.text == "AQAP"
    ]
    assert m.actor == "Al-Qaida in the Arabian Peninsula (AQAP)"
    assert "Al Qaeda in the Arabian Peninsula" in m.aliases
    assert m.kind == ActorKind.REBEL_GROUP and m.parent == "Al-Qaida" and m.country == "Yemen"


def test_actors_user_file_adds_an_actor(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        json.dumps(
            {
                "name": "Northern Hawks",
                "kind": "rebel group",
                "country": "Syria",
                "aliases": ["NH Brigade"],
            }
        )
        + "\n"
        + json.dumps({"name": "Military Forces of Syria", "aliases": ["Desert Falcons"]})
        + "\n",
        encoding="utf-8",
    )
    d = load_actor_dictionary(Settings(actors_file=str(extra)))
    linked = _links("The NH Brigade and the Desert Falcons clashed in Homs, Syria.", d)
    assert linked == {"NH Brigade": "Northern Hawks", "Desert Falcons": "Military Forces of Syria"}


def test_actors_user_file_errors_say_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "X", "kind": "warlords"}\n', encoding="utf-8")
    with pytest.raises(WarlogError, match=r"bad.jsonl:1: unknown kind 'warlords'"):
        load_actor_dictionary(Settings(actors_file=str(bad)))


def test_actors_user_file_cut_short_line_names_line_and_column(tmp_path: Path) -> None:
    """A line cut short inside a string says so, with its column, as ingest does."""
    bad = tmp_path / "cut.jsonl"
    bad.write_text('{"name": "Northern Hawks"}\n{"name": "Desert Fal\n', encoding="utf-8")
    with pytest.raises(WarlogError, match=r"cut.jsonl:2: invalid JSON: Unterminated string "
                                          r"starting at column 10 \(the line ends inside it\)"):
        load_actor_dictionary(Settings(actors_file=str(bad)))


def test_actors_dictionary_covers_the_required_theatres(dictionary: ActorDictionary) -> None:
    countries = {a.country for a in dictionary.actors if not a.generated}
    for c in (
        "Syria",
        "Iraq",
        "Yemen",
        "Afghanistan",
        "Pakistan",
        "Mali",
        "Burkina Faso",
        "Somalia",
        "Myanmar",
        "Colombia",
        "Mexico",
        "Israel",
        "Palestine",
        "Ukraine",
        "Russia",
        "International",
    ):
        assert c in countries
    assert dictionary.coverage()["actors"] > 400


def test_actors_helpers_for_events(dictionary: ActorDictionary) -> None:
    assert country_forces("Iraq", dictionary).name == "Military Forces of Iraq"
    assert country_forces("United States").name == "Military Forces of the United States"
    assert country_forces("Iraq", police=True).name == "Police Forces of Iraq"
    assert unidentified("Syria").name == "Unidentified Armed Group (Syria)"
    assert unidentified(None, "Gang").name == "Unidentified Gang"
    m = ActorMention(
        start=0,
        end=7,
        text="gunmen",
        actor="Unidentified Armed Group (Iraq)",
        aliases=(),
        kind=ActorKind.POLITICAL_MILITIA,
        country="Iraq",
    )
    assert with_country(m, "Syria").actor == "Unidentified Armed Group (Syria)"
    assert document_countries("Clashes in Idlib and Aleppo, Syria.", dictionary)[0][0] == "Syria"


@pytest.mark.parametrize(
    ("gold", "actor", "aliases", "found"),
    [
        (ISIL, ISIL, [], True),
        (ISIL, "Some Group", ["IS", "ISIL"], True),
        (
            "AQAP: Al Qaeda in the Arabian Peninsula",
            "Al-Qaida in the Arabian Peninsula (AQAP)",
            [],
            True,
        ),
        ("Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Syria)", [], True),
        ("Taliban", "Tehrik-i-Taliban Pakistan (TTP)", ["TTP"], False),
    ],
)
def test_incident_fields_perpetrator_matching(
    gold: str, actor: str, aliases: list[str], found: bool
) -> None:
    actors = [{"actor": actor, "aliases": aliases, "kind": "rebel group"}]
    assert perpetrator_found(gold, actors)[0] is found


def test_incident_fields_fatalities() -> None:
    killed = [{"about": "killed", "best": 3}, {"about": "injured", "best": 5}]
    assert fatalities_right(3, killed) and not fatalities_right(5, killed)
    assert fatalities_right(0, [{"about": "injured", "best": 2}])
    assert fatalities_state({"fatalities": 0}, "There were no fatalities.") == "zero"
    assert fatalities_state({"fatalities": 0}, "Casualties unknown.") == "zero_unstated"
    assert fatalities_state({"fatalities": None}, "") is None


def test_actors_proper_names_need_capitals(dictionary: ActorDictionary) -> None:
    text = "A major goal was to complete a security belt around the capital, Damascus."
    assert "security belt" not in _links(text, dictionary)
    yemen = _links("The Security Belt forces deployed in Aden, Yemen.", dictionary)
    assert yemen["Security Belt forces"] == "Southern Transitional Council (STC)"


@pytest.mark.parametrize(
    "text",
    [
        "A drone targeted a checkpoint in Al-Mayadin, Syria.",
        "Five people were wounded by a drone strike on a hotel in Khost, Afghanistan.",
    ],
)
def test_actors_ownerless_drone_is_an_unidentified_group(
    text: str, dictionary: ActorDictionary
) -> None:
    assert any(
        a.startswith("Unidentified Armed Group (") for a in _links(text, dictionary).values()
    )


def test_actors_owned_drone_is_not_unidentified(dictionary: ActorDictionary) -> None:
    linked = _links("Houthi drones targeted Jazan, Saudi Arabia.", dictionary)
    assert not any(a.startswith("Unidentified") for a in linked.values())


def test_actors_noun_attached_to_a_group_is_that_group(dictionary: ActorDictionary) -> None:
    linked = _links("CJNG cartel gunmen attacked a town in Michoacan, Mexico.", dictionary)
    assert linked["gunmen"] == "CJNG: Jalisco New Generation Cartel"
    both = _links("Hamas and gunmen clashed in Gaza.", dictionary)
    assert both["gunmen"] == "Unidentified Armed Group (Palestine)"


def test_actors_acronym_defined_after_a_known_name(dictionary: ActorDictionary) -> None:
    text = "Syrian Democratic Forces (SDF) fighters advanced; later SDF units moved."
    sdf = [m for m in find_actors(_doc(text), None, dictionary) if m.text == "SDF"]
    assert [m.actor for m in sdf] == ["Syrian Democratic Forces (SDF)"]


def test_actors_acronym_the_text_defines_overrides_the_dictionary(
    dictionary: ActorDictionary,
) -> None:
    text = (
        "Resistance groups attacked Shanni Nationalities Army (SNA) troops in Sagaing, "
        "Myanmar. One SNA member was killed."
    )
    assert "SNA" not in _links(text, dictionary)  # not the Somali National Army


def test_actors_three_letter_acronym_in_a_conflict_report(dictionary: ActorDictionary) -> None:
    assert _links("The SDF sent more fighters to al-Amr oilfield.", dictionary)["SDF"] == (
        "Syrian Democratic Forces (SDF)"
    )
    assert "SDF" not in _links("The SDF index rose on Tuesday.", dictionary)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Rebel shelling on Aleppo, Syria, killed four civilians.", "Rebel shelling"),
        ("In Syria, rebels shelled the old city of Aleppo on Monday.", "rebels"),
        ("Opposition fighters attacked an army post near Hama in Syria.", "Opposition fighters"),
    ],
)
def test_actors_rebels_named_only_as_rebels_are_the_countrys_rebels(
    text: str, mention: str, dictionary: ActorDictionary
) -> None:
    assert _links(text, dictionary).get(mention) == "Free Syrian Army"


@pytest.mark.parametrize(
    "text",
    ["Troops advanced into a rebel-held district of Aleppo, Syria.",
     "In Syria, the opposition said talks would resume in Geneva."],
)
def test_actors_rebel_held_ground_and_the_political_opposition_name_no_rebels(
    text: str, dictionary: ActorDictionary
) -> None:
    assert "Free Syrian Army" not in _links(text, dictionary).values()


def test_actors_the_syrian_states_terrorists_are_the_armed_opposition(
    dictionary: ActorDictionary,
) -> None:
    syria = _links(
        "Two civilians were hurt in terrorist rocket attacks on Latakia, Syria, and "
        "terrorist groups shelled a school in the city.", dictionary
    )
    assert syria["terrorist"] == "Free Syrian Army"
    assert syria["terrorist groups"] == "Free Syrian Army"
    singular = _links("Terrorist group shelled a school in Latakia, Syria.", dictionary)
    assert singular["Terrorist group"] == "Free Syrian Army"
    named = _links("The terrorist group Jaysh al-Islam shelled Latakia, Syria.", dictionary)
    assert "Free Syrian Army" not in named.values()
    # elsewhere the word names no side
    other = _links("Terrorist groups shelled a school in Maiduguri, Nigeria.", dictionary)
    assert "Free Syrian Army" not in other.values()


def test_actor_tokens_are_light_named_tuples_and_the_trie_skips_unknown_words() -> None:
    from warlog.actors.dictionary import BREAK, Entry, Trie, tokenize

    toks = tokenize("Nusra's fighters, near Hama.")
    # built by the thousand per report: a plain named tuple, compared by value
    assert toks[0] == (0, 7, "Nusra's", "nusra", "Nusra")
    assert [t.key for t in toks] == ["nusra", "fighters", BREAK, "near", "hama", BREAK]
    trie = Trie()
    entry = Entry(target=0, cased=None, qualifier=None, alias="near Hama")
    trie.add(("near", "hama"), entry)
    assert trie.matches(toks, 0) == []  # no key starts with this word
    assert trie.matches(toks, 3) == [(5, [entry])]
    assert trie.matches(toks, len(toks)) == []
