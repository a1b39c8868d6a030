"""The actor network as JSON: ``GET /api/network``, with the filters of ``warlog network``.

    GET /api/network?since=&until=&country=&actor=&relation=
                                  {"ok", "nodes": [...], "edges": [...]} (docs/network.md)
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from warlog.serve.api import ApiError
from warlog.store.network import NetworkFilter
from warlog.store.query import parse_date
from warlog.store.sqlite import network_graph, open_store

router = APIRouter()


@router.get("/network")
def get_network(
    request: Request,
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, Query(description="ISO code or country name.")] = None,
    actor: Annotated[str | None, Query(
        description="Only relations of this actor: name or alias, whole.")] = None,
    relation: Annotated[str | None, Query(
        description="fights, supports, member_of or agreement.")] = None,
) -> dict[str, Any]:
    """Who fights, backs, belongs to or made a deal with whom: actors as nodes, relations
    as edges, each edge with the sentences (and the reports) that show it."""
    try:
        flt = NetworkFilter(since=parse_date(since) if since else None,
                            until=parse_date(until) if until else None,
                            country=country or None, actor=actor or None,
                            relation=relation or None)
    except ValueError as exc:
        raise ApiError(str(exc)) from exc
    with open_store(request.app.state.db_path, readonly=True) as store:
        graph = network_graph(store, flt)
    return {"ok": True, **graph}
