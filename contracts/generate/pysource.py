"""Python source as the generated clients need it: laid out the way ruff formats and lints.

The generator cannot run ruff (a development tool) on its output, so the few layouts it
emits are chosen here: isort-ordered imports of what a module uses, wrapped docstrings,
split ``Literal`` aliases, and ``noqa`` only where a name alone overruns the line.
"""

from __future__ import annotations

import io
import re
import textwrap
import tokenize

from contracts.generate.environment import ascii_text
from contracts.generate.pytypes import Model

QQQ = '"' * 3
_PLAIN_ALIASES = frozenset({"str", "int", "float", "bool", "Any", "dict[str, Any]"})
#: Names a module may import, by source module.
Importable = tuple[tuple[str, tuple[str, ...]], ...]


def ordered_models(models: dict[str, Model]) -> list[Model]:
    """Registration order, except that a TypedDict's bases come before it."""
    placed: dict[str, Model] = {}

    def place(model: Model, stack: frozenset[str]) -> None:
        if model.name in placed or model.name in stack:
            return
        for base in model.bases:
            if base in models:
                place(models[base], stack | {model.name})
        placed[model.name] = model

    for model in models.values():
        place(model, frozenset())
    return list(placed.values())


def quoted(annotation: str) -> str:
    """A string literal holding an annotation (forward references in aliases)."""
    return f"'{annotation}'" if '"' in annotation else f'"{annotation}"'


def module_docstring(text: str) -> str:
    """A module docstring: one line, or wrapped with the closing quotes on their own line."""
    text = ascii_text(text).replace(QQQ, "'" * 3)
    if len(text) + 6 <= 100:
        return f"{QQQ}{text}{QQQ}"
    lines = textwrap.wrap(text, width=94)
    return QQQ + "\n".join(lines) + "\n" + QQQ


def alias_text(model: Model) -> str:
    """``Name: TypeAlias = ...`` laid out as ruff format would (one line, or Literal split)."""
    alias = model.alias or "Any"
    plain = model.literals is not None or alias in _PLAIN_ALIASES
    line = f"{model.name}: TypeAlias = {alias if plain else quoted(alias)}"
    if len(line) <= 100 or model.literals is None:
        return line
    values = ", ".join(model.literals)
    if len(values) + 4 <= 100:
        return f"{model.name}: TypeAlias = Literal[\n    {values}\n]"
    inner = "".join(f"    {value},\n" for value in model.literals)
    return f"{model.name}: TypeAlias = Literal[\n{inner}]"


def long_lines_marked(text: str) -> str:
    """Code lines over 100 characters marked ``# noqa: E501``.

    Only names and enum strings can make a line that long, and neither can be wrapped; a
    line inside a multi-line string or with a comment already is left as it is.
    """
    lines = text.split("\n")
    if not any(len(line) > 100 for line in lines):
        return text
    untouchable: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            untouchable.add(token.start[0])
        elif token.type == tokenize.STRING and token.start[0] != token.end[0]:
            untouchable.update(range(token.start[0], token.end[0] + 1))
    # ruff exempts a line that is one word (no inner whitespace); a noqa there is unused.
    return "\n".join(
        line + "  # noqa: E501"
        if len(line) > 100 and number not in untouchable and " " in line.strip()
        else line
        for number, line in enumerate(lines, start=1)
    )


def python_module(docstring: str, body: str, importable: Importable) -> str:
    """A module: docstring, ``__future__``, the imports the body uses (isort order), body."""
    stdlib: list[str] = []
    local: list[str] = []
    for module, names in importable:
        used = [name for name in names if re.search(rf"(?<![\w.]){name}\b", body)]
        if not used:
            continue
        line = import_line(module, used)
        (local if module.startswith(".") else stdlib).append(line)
    sections = ["from __future__ import annotations", "\n".join(stdlib), "\n".join(local)]
    header = "\n\n".join(section for section in sections if section)
    body = body.strip()
    # isort: two blank lines before a class or function after the imports, one otherwise.
    gap = "\n\n\n" if body.startswith(("class ", "def ", "@")) else "\n\n"
    return long_lines_marked(f"{docstring}\n\n{header}{gap}{body}\n")


def import_line(module: str, names: list[str]) -> str:
    def order(name: str) -> tuple[int, str]:
        kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        return kind, name

    ordered = sorted(names, key=order)
    if module == ".":
        return "\n".join(f"from . import {name}" for name in ordered)
    line = f"from {module} import {', '.join(ordered)}"
    if len(line) <= 100:
        return line
    inner = "".join(f"    {name},\n" for name in ordered)
    return f"from {module} import (\n{inner})"
