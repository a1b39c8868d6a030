"""Actors: link mentions in a document to the actor dictionary (:func:`find_actors`).

Modules: ``dictionary`` (data files, the alias trie, :class:`ActorDictionary`), ``find``
(the four passes), ``forces`` (descriptions of state forces), ``context`` (generic
phrases, coreference, new organisations), ``mentions`` (records shared by the passes).
"""

from warlog.actors.dictionary import Actor, ActorDictionary, load_actor_dictionary
from warlog.actors.find import find_actors
from warlog.actors.forces import country_forces
from warlog.actors.mentions import document_countries, mention_of, unidentified, with_country

__all__ = [
    "Actor",
    "ActorDictionary",
    "country_forces",
    "document_countries",
    "find_actors",
    "load_actor_dictionary",
    "mention_of",
    "unidentified",
    "with_country",
]
