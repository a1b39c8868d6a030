"""The pipeline: STAGES in order, and ``annotate`` / ``run`` that chain them.

    text.read_inputs -> text.clean_input -> nlp.parse
      -> places.find_places, times.find_times, actors.find_actors, numbers.find_quantities
      -> events.extract_events -> network.find_relations   (then, across documents: merge)

Each stage is a pure function of its inputs; only ``ingest`` touches files. Heavy
resources (the spaCy model, the gazetteer, the actor dictionary) are loaded once per
process by :class:`Resources`, lazily, never at import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Failure

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from warlog.actors import ActorDictionary
    from warlog.places.index import Gazetteer

log = logging.getLogger("warlog")

STAGES = ("text", "nlp", "places", "times", "actors", "numbers", "events", "network", "merge")


@dataclass
class Resources:
    """Models and indexes shared by every document of a run, loaded on first use."""

    settings: Settings
    _nlp: Language | None = field(default=None, repr=False)
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    _actors: ActorDictionary | None = field(default=None, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from warlog.nlp import load_nlp

            self._nlp = load_nlp(self.settings.spacy_model, partial_parse=True)
            # documents are cut at max_chars by the clean stage; spaCy's own limit
            # (1,000,000 characters) would otherwise end the run on a longer one
            self._nlp.max_length = max(self._nlp.max_length, self.settings.max_chars + 1)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from warlog.places import load_gazetteer

            self._gazetteer = load_gazetteer(self.settings)
        return self._gazetteer

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            from warlog.actors import load_actor_dictionary

            self._actors = load_actor_dictionary(self.settings)
        return self._actors


def annotate_parsed(doc: Document, sdoc: Doc, res: Resources) -> AnnotatedDocument:
    """Run the stages after spaCy on one parsed document."""
    from warlog import actors, events, network, numbers, places, times
    from warlog.nlp.ents import forget_entities
    from warlog.nlp.parse import parse_also

    found = places.find_places(doc, sdoc, res.gazetteer)
    tx = times.find_times(doc, sdoc)
    am = actors.find_actors(doc, sdoc, res.actors)
    qs = numbers.find_quantities(doc, sdoc)
    evs = events.extract_events(doc, sdoc, places.unplaced(found), tx, am, qs, res.gazetteer)
    # the network reads more sentences' trees than the events: parsed on a copy, so that
    # every earlier stage saw exactly the trees it sees without the network
    both = parse_also(res.nlp, sdoc, network.needs_parse)
    rels = network.find_relations(doc, both, evs, am, tx, res.actors)
    forget_entities(sdoc, both)  # the stages are done: the Docs need not wait for the GC
    return AnnotatedDocument(
        document=doc, events=evs, places=found, times=tx, actors=am, numbers=qs,
        warnings=doc.warnings, relations=rels,
    )


def _safe_annotate(
    doc: Document, sdoc: Doc, res: Resources, on_failure: Callable[[Failure], None] | None
) -> AnnotatedDocument | None:
    """annotate_parsed, but a document that breaks a stage becomes a Failure instead of
    ending the batch (the one place that catches broadly, and it reports what it caught)."""
    try:
        return annotate_parsed(doc, sdoc, res)
    except Exception as exc:
        log.exception("annotating %s failed", doc.id)
        if on_failure is None:
            raise
        on_failure(Failure(doc.origin.path, "annotate", f"{type(exc).__name__}: {exc}",
                           doc.origin.line, doc.id))
        return None


def annotate(
    documents: Iterable[Document],
    res: Resources,
    on_done: Callable[[AnnotatedDocument], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> Iterator[AnnotatedDocument]:
    """Annotate documents in order. Non-English documents are passed through unmined.
    With ``on_failure``, a document that breaks a stage is reported there and skipped."""
    from warlog.events import needs_parse
    from warlog.nlp import parse

    batch: list[Document] = []

    def flush() -> Iterator[AnnotatedDocument]:
        english = [d for d in batch if d.language == "en"]
        parsed = dict(zip([id(d) for d in english],
                          parse(res.nlp, (d.text for d in english), res.settings.batch_size,
                                needs_parse), strict=True))
        for d in batch:
            out = (_safe_annotate(d, parsed[id(d)], res, on_failure) if id(d) in parsed
                   else AnnotatedDocument(document=d, warnings=d.warnings))
            if out is None:
                continue
            if on_done is not None:
                on_done(out)
            yield out
        batch.clear()

    for doc in documents:
        batch.append(doc)
        if len(batch) >= res.settings.batch_size:
            yield from flush()
    yield from flush()
