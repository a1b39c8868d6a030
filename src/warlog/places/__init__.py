"""Places: find and resolve the place names of a document (:func:`find_places`) against
the local GeoNames index (:func:`load_gazetteer`).

Modules: ``gazetteer`` (building the local GeoNames index), ``load`` (opening it),
``data`` (the bundled tables), ``index`` (read
access to it), ``names`` (name keys and variants), ``detect`` (which spans are place
names), ``cues`` (the words that mark a place), ``repeats`` (further mentions of a found
name), ``points`` (curated points), ``geocode`` (choosing a GeoNames entry for each).
"""

from warlog.places.geocode import find_places
from warlog.places.load import load_gazetteer
from warlog.places.points import unplaced

__all__ = ["find_places", "load_gazetteer", "unplaced"]
