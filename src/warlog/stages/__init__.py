"""Pipeline stages, one module each: ingest, clean, nlp, places (geocode), times,
actors, numbers, events, dedup."""
