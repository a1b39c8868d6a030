"""The generic head of an Arabic place name (Tal "hill", Kafr "village", Deir "monastery",
...) begins a name and alone is not the place the whole name denotes: "Tal Mahasa" is a
hill near Palmyra, not the town At Tall that "Tal" alone would find."""

from __future__ import annotations

from warlog.places.geocode import _variants


def test_a_lone_arabic_generic_head_is_no_reading_of_the_name() -> None:
    for name in ("Tal Zorvan", "Kafr Dalmora", "Deir Kessin", "Khan Vantor"):
        head = name.split()[0]
        assert (head, True) not in _variants(name)
        assert (name.split()[1], True) in _variants(name)


def test_longer_parts_and_other_names_are_still_tried() -> None:
    # a name run into its province (commas lost): the name itself is still a part
    assert ("Kafr Dalmora", True) in _variants("Kafr Dalmora Kessin")
    assert ("Manassas", False) in _variants("Old Town Manassas")
