"""``openapi/<api>.json``: the bundled, self-contained document the server and mock serve."""

from __future__ import annotations

from contracts.generate.api import Api
from contracts.generate.output import GeneratedFile


def render_openapi(api: Api) -> list[GeneratedFile]:
    """The bundle as JSON: the spec's key order, indent 2, trailing newline."""
    return [GeneratedFile.json(f"openapi/{api.name}.json", api.document)]
