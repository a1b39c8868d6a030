"""The language guess keeps English reports that name foreign places in the English path."""

import pytest

from warlog.text.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Troops retake Puerto de la Cruz from rebels",
        "Su-25s attacked rebel positions near the border",
        "Gunmen kill two in San Juan del Sur, police say",
        "Militants shelled La Paz de Oriente in the night",
    ],
)
def test_english_headline_naming_foreign_place_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les soldats ont repris la ville de Bouaké après des combats dans la nuit.", "fr"),
        ("Los soldados tomaron la ciudad de Mosul tras los combates de la noche.", "es"),
        ("Die Soldaten haben die Stadt nach den Kämpfen in der Nacht eingenommen.", "de"),
    ],
)
def test_foreign_text_is_still_told(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_headline_in_capitals_is_read_whole() -> None:
    assert detect_language("LES SOLDATS ONT REPRIS LA VILLE DE BOUAKÉ APRÈS DES COMBATS") == "fr"
