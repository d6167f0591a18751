"""``apikit generate``: bundled specs, docs, Postman collections and Python clients from specs.

Every artefact is a pure function of the specs: the same specs give byte-identical files
(spec order or sorted order, no timestamps, no absolute paths).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from contracts.generate.api import Api
from contracts.generate.client import render_client
from contracts.generate.docs import render_docs, render_index
from contracts.generate.environment import build_environment
from contracts.generate.openapi import render_openapi
from contracts.generate.output import MARKER, Drift, GeneratedFile, check, write
from contracts.generate.postman import render_postman
from contracts.generate.specset import SpecInputError, load_apis, root_specs

__all__ = [
    "Api",
    "Drift",
    "GeneratedFile",
    "SpecInputError",
    "check",
    "generate_files",
    "load_apis",
    "render_apis",
    "root_specs",
    "write",
]


def generate_files(specs: Iterable[str | Path]) -> list[GeneratedFile]:
    """Every file the root specs among ``specs`` produce, sorted by path."""
    return render_apis(load_apis(specs))


def render_apis(apis: list[Api]) -> list[GeneratedFile]:
    """Every artefact of already loaded APIs, plus the index pages and the README."""
    environment = build_environment()
    files: list[GeneratedFile] = [
        GeneratedFile.text(
            "README.md", environment.get_template("README.md.j2").render(apis=apis, marker=MARKER)
        )
    ]
    for api in apis:
        files.extend(render_openapi(api))
        files.extend(render_docs(api, environment))
        files.extend(render_postman(api))
        files.extend(render_client(api, environment))
    files.extend(render_index(apis, environment))
    return sorted(files, key=lambda file: file.path)
