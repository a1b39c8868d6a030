"""The web application: a JSON API over a warlog database, and the page that uses it.

The page (``static/index.html``) only calls the public JSON API. Every error, from a
missing event to an invalid filter, has one JSON shape:
``{"ok": false, "error": "...", "status": 404}``.

Writing (analysts' corrections, :mod:`warlog.serve.edit`) is off unless the app is made
with ``allow_edits`` and a token; the page's edit form then sends that token.

Nothing the server sends loads from outside the machine: the page's libraries and Swagger
UI (``/api/docs``) are vendored under ``static/vendor`` (``make vendor``); ReDoc is off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from warlog.config import Settings
from warlog.corrections.resolve import Resolvers
from warlog.errors import StoreError
from warlog.serve import network, places
from warlog.serve.api import ApiError, router
from warlog.serve.edit import router as edit_router

STATIC = Path(__file__).parent / "static"


def error_body(message: str, status: int) -> JSONResponse:
    """The one JSON error shape of the API."""
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


ERROR_SCHEMA: dict[str, Any] = {
    "title": "ApiError", "type": "object", "required": ["ok", "error", "status"],
    "properties": {"ok": {"type": "boolean", "const": False}, "error": {"type": "string"},
                   "status": {"type": "integer"}},
}
_ERRORS = {"400": "An invalid filter: bad date, bbox, limit or boolean, or a q that is "
                  "no valid FTS5 query", "404": "No such event or document",
           "503": "The database is missing or unreadable",
           "401": "No token: writing needs the token warlog serve printed",
           "403": "Editing is off, the token is wrong, or the request came from another site",
           "415": "The body is not JSON"}
_WRITES = ("patch", "delete", "post")


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with the errors this API answers (its one error shape: 400, 404,
    503) in place of FastAPI's 422 validation error, which it never answers."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
    ref = {"$ref": "#/components/schemas/ApiError"}
    for path in schema.get("paths", {}).values():
        for method, op in path.items():
            responses = op.setdefault("responses", {})
            responses.pop("422", None)
            places = {p.get("in") for p in op.get("parameters", [])}
            codes = ["400"] * ("query" in places) + ["404"] * ("path" in places) + ["503"]
            if method in _WRITES:
                codes += ["400", "401", "403", "415"]
            for code in codes:
                responses[code] = {"description": _ERRORS[code],
                                   "content": {"application/json": {"schema": ref}}}
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["ApiError"] = ERROR_SCHEMA
    app.openapi_schema = schema
    return schema


def create_app(db_path: str, allow_edits: bool = False, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The application serving the database at ``db_path`` (opened read-only per request;
    with ``allow_edits``, corrections carrying ``token`` are written to it)."""
    if allow_edits and not token:
        raise ValueError("allow_edits needs a token")
    app = FastAPI(title="warlog", version="0.1.0", docs_url=None, redoc_url=None,
                  swagger_ui_oauth2_redirect_url=None, openapi_url="/api/openapi.json")
    # an id is any string: "/api/events/%2F" is an unknown id (404), never a redirect
    app.router.redirect_slashes = False
    app.state.db_path = db_path
    app.state.allow_edits, app.state.token = allow_edits, token
    app.state.resolvers = Resolvers(settings or Settings())
    app.openapi = lambda: openapi_schema(app)  # type: ignore[method-assign]
    app.include_router(router, prefix="/api")
    app.include_router(network.router, prefix="/api")
    app.include_router(places.router, prefix="/api")
    app.include_router(edit_router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # FastAPI's own docs page loads Swagger UI from a CDN: blank offline.
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json", title="warlog API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui-favicon.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.exception_handler(ApiError)
    def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_body(exc.message, exc.status)

    @app.exception_handler(StoreError)
    def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return error_body(str(exc), 503)

    @app.exception_handler(HTTPException)
    def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return error_body(str(exc.detail), exc.status_code)

    @app.exception_handler(RequestValidationError)
    def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_body(_describe(exc.errors()), 400)

    return app


def _describe(errors: Any) -> str:
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "query")
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
