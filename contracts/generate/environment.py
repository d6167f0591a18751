"""The one place the Jinja2 environment for every generated artefact is built."""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

# Typography common in spec prose, spelt in ASCII: generated code must pass ruff's
# ambiguous-character rules (RUF001-3), and comments cannot use escapes.
_ASCII = str.maketrans(
    {
        "\u00d7": "x",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "--",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u2264": "<=",
        "\u2265": ">=",
        "\u2260": "!=",
        "\u2192": "->",
        "\u2190": "<-",
        "\u2022": "*",
        "\u00b7": "-",
        "\u00a0": " ",
        "\u2705": "yes",
        "\u274c": "no",
    }
)


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
    environment.filters["ascii"] = ascii_text
    environment.filters["anchor"] = anchor
    environment.filters["cell"] = table_cell
    environment.filters["demote"] = demote_headings
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


def ascii_text(text: Any) -> str:
    """``text`` folded to ASCII (accents dropped, typography spelt out, the rest as ``?``)."""
    mapped = unicodedata.normalize("NFKD", str(text or "").translate(_ASCII))
    kept = "".join(c for c in mapped if not unicodedata.combining(c))
    return kept.encode("ascii", "replace").decode("ascii")


def wrap(text: str, width: int = 88, indent: str = "") -> str:
    """Paragraph-wrapped ASCII text for a docstring; lines after the first get ``indent``.

    Blank lines between paragraphs stay empty (no trailing whitespace).
    """
    paragraphs = [" ".join(part.split()) for part in ascii_text(text).split("\n\n")]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(paragraph, width=width, break_on_hyphens=False) or [""])
    quote = '"' * 3
    safe = [line.replace("\\", "\\\\").replace(quote, "'" * 3) for line in lines]
    return "\n".join(indent + line if line and index else line for index, line in enumerate(safe))


def comment_lines(text: str, indent: str, width: int = 96) -> list[str]:
    """``text`` as wrapped ASCII ``#`` comment lines (none for empty text)."""
    flat = " ".join(ascii_text(text).split())
    return [f"{indent}# {line}" for line in textwrap.wrap(flat, width=width - len(indent))]


def demote_headings(text: Any, levels: int = 1) -> str:
    """Markdown with its ATX headings ``levels`` deeper (max 6), so spec prose nests under
    the page's own headings; fenced code is left alone."""
    lines: list[str] = []
    fenced = False
    for line in str(text or "").split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6}\s", line):
            depth = len(line) - len(line.lstrip("#"))
            line = "#" * min(depth + levels, 6) + line[depth:]
        lines.append(line)
    return "\n".join(lines)


def anchor(text: str) -> str:
    """A stable HTML id / Markdown anchor for ``text``."""
    return "".join(c if c.isalnum() else "-" for c in str(text).lower()).strip("-")


def table_cell(text: Any) -> str:
    """Text fit for a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text if text is not None else "").split()).replace("|", "\\|")
