"""The one place the Jinja2 environment for every generated artefact is built."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup


def build_environment() -> jinja2.Environment:
    """Templates from ``contracts/generate/templates``; HTML templates escape by default.

    Undefined attributes render empty: the templates read optional OpenAPI fields
    (``scheme.description``, ``flow.scopes``) straight off the spec's mappings.
    """
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("contracts.generate", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    markdown = _markdown()
    environment.filters["markdown"] = lambda text: Markup(markdown.render(str(text or "")))
    environment.filters["json"] = to_json
    environment.filters["pyrepr"] = py_literal
    environment.filters["wrap"] = wrap
    environment.filters["anchor"] = anchor
    environment.filters["cell"] = table_cell
    return environment


def _markdown() -> MarkdownIt:
    # Raw HTML and images are off: descriptions must not smuggle scripts or remote resources
    # into a page that promises to load nothing from the network.
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("image")


def to_json(value: Any, indent: int | None = 2) -> str:
    """JSON with the spec's key order, non-ASCII kept readable."""
    return json.dumps(value, indent=indent, ensure_ascii=False)


def py_literal(value: str) -> str:
    """A double-quoted Python string literal (ruff's preferred quote)."""
    return json.dumps(str(value), ensure_ascii=False)


def wrap(text: str, width: int = 88, indent: str = "") -> str:
    """Paragraph-wrapped text, each line prefixed with ``indent`` after the first."""
    paragraphs = [" ".join(part.split()) for part in str(text).split("\n\n")]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(paragraph, width=width, break_on_hyphens=False) or [""])
    return ("\n" + indent).join(line.replace('"""', "'''").replace("\\", "\\\\") for line in lines)


def anchor(text: str) -> str:
    """A stable HTML id / Markdown anchor for ``text``."""
    return "".join(c if c.isalnum() else "-" for c in str(text).lower()).strip("-")


def table_cell(text: Any) -> str:
    """Text fit for a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text if text is not None else "").split()).replace("|", "\\|")
