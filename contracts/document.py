"""Loading one OpenAPI document from disk, with a map from JSON pointers to source lines.

JSON files are parsed with :mod:`json` (real-world JSON documents may hold control characters
that YAML parsers refuse); YAML files with PyYAML's safe loader (libyaml when available) with
timestamps left as strings, as openapi-spec-validator reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from contracts.errors import DocumentError
from contracts.pointer import escape

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader that keeps timestamps as strings (dates in examples stay JSON strings)."""

    # Large specs repeat the same plain scalars (keys, types, formats) tens of thousands of
    # times; PyYAML's resolver runs its regular expressions for each one. The tag of a plain
    # scalar depends only on its text here (no path resolvers), so it is cached per value.
    _plain_tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and len(value) <= 64:
            tag = self._plain_tags.get(value)
            if tag is None:
                tag = self._plain_tags[value] = super().resolve(kind, value, implicit)
            return tag
        return super().resolve(kind, value, implicit)


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class SourceLocation:
    """A 1-based line and column in a file."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass
class Document:
    """A parsed document: its data plus a lazily built pointer -> location map."""

    path: Path
    data: Any
    _node: yaml.Node | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)
    _locations: dict[str, tuple[int, int]] | None = field(default=None, repr=False)

    def location(self, pointer: str) -> SourceLocation:
        """Where the value at ``pointer`` starts; falls back to the nearest enclosing value."""
        locations = self._location_map()
        probe = pointer
        while True:
            found = locations.get(probe)
            if found is not None:
                return SourceLocation(str(self.path), found[0], found[1])
            if not probe:
                return SourceLocation(str(self.path), 1, 1)
            probe = probe.rsplit("/", 1)[0]

    def _location_map(self) -> dict[str, tuple[int, int]]:
        if self._locations is None:
            if self._node is not None:
                self._locations = dict(_yaml_locations(self._node, ""))
                self._node = None
            elif self._text is not None:
                self._locations = _json_locations(self._text)
                self._text = None
            else:
                self._locations = {}
        return self._locations


def load_document(path: str | Path) -> Document:
    """Read and parse ``path``; raise :class:`DocumentError` when it cannot be read or parsed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(str(path), f"cannot read: {exc}") from exc
    return parse_document(text, path)


def parse_document(text: str, path: str | Path = "<string>") -> Document:
    """Parse ``text`` as JSON (for ``.json`` names or text starting with ``{``) or YAML."""
    path = Path(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return Document(path, json.loads(text), _text=text)
        except json.JSONDecodeError as exc:
            if path.suffix.lower() == ".json":
                raise DocumentError(
                    str(path), f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
                ) from exc
    loader = _SpecLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise DocumentError(
            str(path),
            f"invalid YAML: {exc.problem or exc}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from exc
    except yaml.YAMLError as exc:
        raise DocumentError(str(path), f"invalid YAML: {exc}") from exc
    finally:
        loader.dispose()
    return Document(path, data, _node=node)


def _yaml_locations(node: yaml.Node, pointer: str) -> Iterator[tuple[str, tuple[int, int]]]:
    yield pointer, (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = f"{pointer}/{escape(str(key.value))}"
            # Point at the key: that is where a reader looks for a property.
            yield child, (key.start_mark.line + 1, key.start_mark.column + 1)
            for sub_pointer, where in _yaml_locations(value, child):
                if sub_pointer != child:
                    yield sub_pointer, where
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _yaml_locations(item, f"{pointer}/{index}")


def _json_locations(text: str) -> dict[str, tuple[int, int]]:
    """Offsets of every value in a JSON text, keyed by JSON pointer.

    Hand-written because neither :mod:`json` nor a maintained JSON parser on PyPI reports
    positions; this scanner only tracks structure and delegates strings and scalars to
    :mod:`json`'s own scanner.
    """
    decoder = json.JSONDecoder()
    scan_string = json.decoder.scanstring  # type: ignore[attr-defined]
    line_starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            line_starts.append(index + 1)

    import bisect

    def where(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset) - 1
        return line + 1, offset - line_starts[line] + 1

    locations: dict[str, tuple[int, int]] = {}
    whitespace = " \t\r\n"

    def skip(pos: int) -> int:
        while pos < len(text) and text[pos] in whitespace:
            pos += 1
        return pos

    def value(pos: int, pointer: str, at: int) -> int:
        pos = skip(pos)
        locations.setdefault(pointer, where(at if at >= 0 else pos))
        char = text[pos]
        if char == "{":
            pos = skip(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                pos = skip(pos)
                key_at = pos
                key, pos = scan_string(text, pos + 1, True)
                pos = skip(pos)
                pos = value(pos + 1, f"{pointer}/{escape(key)}", key_at)
                pos = skip(pos)
                if text[pos] == ",":
                    pos += 1
                    continue
                return pos + 1
        if char == "[":
            pos = skip(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = value(pos, f"{pointer}/{index}", -1)
                pos = skip(pos)
                index += 1
                if text[pos] == ",":
                    pos += 1
                    continue
                return pos + 1
        if char == '"':
            return int(scan_string(text, pos + 1, True)[1])
        return int(decoder.raw_decode(text, pos)[1])

    value(0, "", -1)
    return locations
