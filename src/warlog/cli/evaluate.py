"""``warlog eval ...`` (accuracy against gold files) and ``warlog bench`` (speed)."""

from __future__ import annotations

import json

import click

from warlog.cli.common import Group, config_option, quiet
from warlog.cli.common import settings_for as _settings


@click.group("eval", cls=Group)
def eval_() -> None:
    """Score warlog against a human-labelled gold file."""


def _eval_command(name: str, module: str, help_text: str) -> None:
    @eval_.command(name, help=help_text)
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
                  help="Score this extract output instead of running the pipeline.")
    @click.option("--limit", type=int, help="Score only the first N gold lines.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @config_option
    @click.pass_context
    def command(ctx: click.Context, gold: str, predictions: str | None, limit: int | None,
                as_json: bool) -> None:
        import importlib

        mod = importlib.import_module(f"warlog.evaluate.{module}")
        report = mod.run(gold, _settings(ctx), predictions=predictions, limit=limit)
        click.echo(json.dumps(report, indent=2) if as_json else mod.render(report))


_eval_command("geoparse", "geoparse",
              "Geoparsing: end-to-end accuracy within 161 km, detection precision/recall.\n\n"
              "Example: warlog eval geoparse ../shared/gold/dev/geoparse.jsonl")
_eval_command("timex", "timex",
              "Time expressions: DATE value accuracy.\n\n"
              "Example: warlog eval timex ../shared/gold/dev/timex.jsonl")
_eval_command("event-types", "event_types",
              "Event types: accuracy and weighted F1 on 25 ACLED and all 30 codes.\n\n"
              "Example: warlog eval event-types ../shared/gold/dev/event-types.jsonl")
_eval_command("incidents", "incidents",
              "Incidents: location, perpetrator, fatalities and date of the first event.\n\n"
              "Example: warlog eval incidents ../shared/gold/dev/incidents.jsonl")
_eval_command("incident-fields", "incident_fields",
              "Actors and numbers: is the gold perpetrator among the document's actors, "
              "the gold fatality count among its numbers?\n\n"
              "Example: warlog eval incident-fields ../shared/gold/dev/incidents.jsonl")
_eval_command("merge", "merge",
              "Cross-document merging: pairwise precision and recall of dedup on a labelled "
              "set of reports.\n\n"
              "Example: warlog eval merge tests/fixtures/merge/reports.jsonl")
_eval_command("articles", "articles",
              "Whole articles: every event matched one to one to the coders' events; "
              "precision, recall, type/actor1/fatalities on matched pairs, history.\n\n"
              "Example: warlog eval articles ../shared/gold/dev/articles.jsonl")
_eval_command("fakes", "fakes",
              "FA-KES main event: governorate, perpetrator class, cause and exact toll of "
              "the first event.\n\n"
              "Example: warlog eval fakes ../shared/gold/dev/fakes-main.jsonl")
_eval_command("seed", "seed",
              "The seed check: must-find and must-not-find events of expected.json.\n\n"
              "Example: warlog eval seed ../shared/seed/expected.json")


@eval_.command("corrections")
@click.option("--db", default="warlog.db", show_default=True, metavar="FILE",
              type=click.Path(dir_okay=False), help="Database with analysts' corrections.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_corrections(db: str, as_json: bool) -> None:
    """Analysts' corrections: how often the automation agreed with them, by field and by
    sub-event type, over the events they reviewed.

    \b
    Example:
      warlog eval corrections --db conflict.db
    """
    from warlog.evaluate.corrections import render, run_db

    report = run_db(db)
    click.echo(json.dumps(report, indent=2) if as_json else render(report))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--limit", type=int, help="Read only the first N documents.")
@click.option("--documents", "count", type=click.IntRange(min=1), metavar="N",
              help="Time N documents: when the files hold fewer, they are read again "
                   "from the start under new ids (in memory only).")
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True,
              help="Alternating timing rounds; the best of each is kept, and each "
                   "round's like-for-like CPU ratio is paired and their median printed.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@config_option
@click.pass_context
def bench(ctx: click.Context, paths: tuple[str, ...], limit: int | None, count: int | None,
          rounds: int, as_json: bool) -> None:
    """Speed: documents per second of the whole extract pipeline and of bare spaCy (all
    its components) on the same texts, in one run.

    Prints both rates, their ratio in wall-clock and in CPU time, the same ratios against
    bare spaCy given the numpy matrix products warlog's spaCy gets (like for like), and
    the peak memory of the run.

    \b
    Example (the speed goal: 300 FA-KES articles; dev holds 237):
      warlog bench ../shared/gold/dev/fakes-main.jsonl --documents 300
    """
    from warlog.bench import render, run_bench

    if not quiet(ctx):  # minutes of silence otherwise: say what runs, and that it takes time
        click.echo(f"bench: timing the extract pipeline and bare spaCy, {rounds} rounds of "
                   "each (a few minutes for 300 articles) ...", err=True)
    result, peak = run_bench(paths, _settings(ctx), limit, rounds, count)
    if as_json:
        click.echo(json.dumps({
            "documents": result.documents, "characters": result.characters,
            "pipeline_docs_per_s": result.pipeline_docs_per_s,
            "spacy_docs_per_s": result.spacy_docs_per_s, "ratio": result.ratio,
            "pipeline_cpu_seconds": result.pipeline_cpu_seconds,
            "spacy_cpu_seconds": result.spacy_cpu_seconds, "cpu_ratio": result.cpu_ratio,
            "numpy_spacy_seconds": result.numpy_spacy_seconds,
            "numpy_spacy_cpu_seconds": result.numpy_spacy_cpu_seconds,
            "like_ratio": result.like_ratio, "like_cpu_ratio": result.like_cpu_ratio,
            "like_cpu_ratio_rounds": list(result.like_cpu_rounds),
            "like_cpu_ratio_median": result.like_cpu_median,
            "peak_rss_mb": peak}, indent=2))
    else:
        click.echo(render(result, peak))
