"""A bare Starlette app answering the benchmark's three requests with fixed bytes (no validation).

Used by ``mock_vs_prism.py`` as the Python ceiling: ``python bench/bare_starlette.py PAYLOADS PORT``
where PAYLOADS is a JSON file of ``{"get": ..., "post": ..., "list": ...}`` response bodies.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def build(payloads: dict[str, str]) -> Starlette:
    """The app serving ``payloads`` as pre-encoded JSON."""
    get_body, post_body, list_body = (payloads[k].encode() for k in ("get", "post", "list"))

    async def get_pet(request: Request) -> Response:
        return Response(get_body, media_type="application/json")

    async def pets(request: Request) -> Response:
        if request.method == "POST":
            await request.body()
            return Response(post_body, status_code=201, media_type="application/json")
        return Response(list_body, media_type="application/json")

    return Starlette(
        routes=[Route("/pets/{petId}", get_pet), Route("/pets", pets, methods=["GET", "POST"])]
    )


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text())
    uvicorn.run(
        build(data), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False
    )
