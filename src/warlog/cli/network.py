"""``warlog network``: the actor network of a database, as JSON, GraphML, GEXF or CSV."""

from __future__ import annotations

import click

from warlog.cli.common import EXISTING_DB, config_option, csv_only_bom, output_options, query_param
from warlog.runner import counted

RELATIONS = ("fights", "supports", "member_of", "agreement")


@click.command()
@EXISTING_DB
@click.option("--since", metavar="YYYY-MM-DD", callback=query_param("parse_date"),
              help="Relations that held on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", callback=query_param("parse_date"),
              help="Relations that held on or before this day.")
@click.option("--country", metavar="NAME|ISO", help="Country name or ISO code.")
@click.option("--actor", metavar="NAME",
              help="Only relations of this actor (name or alias, whole, any case).")
@click.option("--relation", type=click.Choice(RELATIONS), help="Only this kind of relation.")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv"]),
              default="json", show_default=True, help="Output format.")
@output_options
@config_option
def network(db: str, since: object, until: object, country: str | None, actor: str | None,
            relation: str | None, fmt: str, bom: bool, output: str) -> None:
    """Write who fights, backs, belongs to or made a deal with whom, from the reports in a
    database made by warlog ingest: actors as nodes, relations as edges, each edge with the
    sentences that show it. A relation only one party asserts is an edge of its own, with
    claimed_by set.

    \b
    Example:
      warlog network --db conflict.db --format graphml -o network.graphml
      warlog network --db conflict.db --actor Hezbollah --relation agreement
      warlog network --db conflict.db --format csv --bom -o relations.csv   # for Excel
    """
    import datetime as dt

    from warlog.store import open_store
    from warlog.store.graphs import write_graph
    from warlog.store.network import NetworkFilter
    from warlog.store.sqlite import network_graph

    try:
        flt = NetworkFilter(since=since if isinstance(since, dt.date) else None,
                            until=until if isinstance(until, dt.date) else None,
                            country=country, actor=actor, relation=relation)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    csv_only_bom(fmt, bom)
    with open_store(db, readonly=True) as store:
        graph = network_graph(store, flt)
    write_graph(graph, fmt, output, bom=bom)
    click.echo(f"warlog: {counted(len(graph['nodes']), 'actor')}, "  # "1 relation", as the page
               f"{counted(len(graph['edges']), 'relation')}", err=True)
