"""Text: read input files (:func:`read_inputs`) and clean them into documents
(:func:`clean_input`).

Modules: ``ingest`` (files, folders, JSON Lines, HTML, encodings), ``records`` (a
record's fields, CSV and TSV rows), ``clean`` (dump
splitting, furniture removal, offsets back to the input), ``furniture`` (which lines are
page furniture), ``language`` (English or not).
"""

from warlog.text.clean import clean_input
from warlog.text.ingest import read_inputs

__all__ = ["clean_input", "read_inputs"]
