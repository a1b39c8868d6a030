"""NLP: load the spaCy pipeline (:func:`load_nlp`) and run it (:func:`parse`).

Modules: ``load`` (the package, its speed-ups and sentence rules), ``parse`` (partial
parsing: only the sentences that need a tree get one), ``decode`` (the batched entity
decoder).
"""

from warlog.nlp.load import load_nlp
from warlog.nlp.parse import parse

__all__ = ["load_nlp", "parse"]
