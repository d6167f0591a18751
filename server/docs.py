"""Each bundled spec as JSON under ``/openapi/<name>.json`` and a Swagger UI per API."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script>
window.onload = () => {{
  window.ui = SwaggerUIBundle({{url: "{url}", dom_id: "#swagger-ui"}});
}};
</script>
</body></html>
"""


def doc_routes(
    specs: Mapping[str, Mapping[str, Any]], aliases: Mapping[str, str]
) -> list[BaseRoute]:
    """``/openapi/<name>.json`` for every spec (and alias), ``/docs/<name>`` UIs, the UI assets."""
    encoded = {
        name: json.dumps(spec, separators=(",", ":")).encode() for name, spec in specs.items()
    }
    for alias, name in aliases.items():
        encoded[alias] = encoded[name]

    async def spec_json(request: Request) -> Response:
        body = encoded.get(request.path_params["name"])
        if body is None:
            return Response(status_code=404)
        return Response(body, media_type="application/json")

    async def swagger_ui(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in specs:
            return Response(status_code=404)
        title = html.escape(str(specs[name].get("info", {}).get("title", name)))
        return HTMLResponse(_PAGE.format(title=title, url=f"/openapi/{name}.json"))

    return [
        Route("/openapi/{name}.json", spec_json, methods=["GET"]),
        Mount("/docs/static", app=StaticFiles(directory=Path(swagger_ui_path)), name="static"),
        Route("/docs/{name}", swagger_ui, methods=["GET"]),
    ]
