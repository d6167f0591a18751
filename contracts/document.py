"""Loading one OpenAPI document from disk, with a map from JSON pointers to source lines.

JSON files are parsed with :mod:`json` (real-world JSON documents may hold control characters
that YAML parsers refuse). YAML files are parsed with yaml-rs (a Rust YAML 1.2 parser, about
15x faster than PyYAML's C loader on a 4 MB spec) under the YAML 1.2 core schema that the
OpenAPI Specification recommends, with timestamps left as strings; PyYAML parses only what
yaml-rs refuses, to report the error with its line and column. Source locations are looked up
lazily in a rapidyaml tree, built only when a location is first asked for.
"""

from __future__ import annotations

import bisect
import ctypes
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ryml
import yaml
import yaml_rs

from contracts.errors import DocumentError
from contracts.pointer import escape, split

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A document-start or -end marker anywhere but the very first line: a stream of documents.
_DOCUMENT_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t]|$)", re.MULTILINE)


class _SpecLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader that keeps timestamps as strings (dates in examples stay JSON strings)."""


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
    """A parsed document: its data plus lazily computed pointer -> location lookups."""

    path: Path
    data: Any
    _text: str | None = field(default=None, repr=False)
    _json: bool = field(default=False, repr=False)
    _json_map: dict[str, tuple[int, int]] | None = field(default=None, repr=False)
    _yaml_tree: _YamlLocator | None = field(default=None, repr=False)

    def location(self, pointer: str) -> SourceLocation:
        """Where the value at ``pointer`` starts; falls back to the nearest enclosing value."""
        found = self._find(pointer)
        if found is None:
            return SourceLocation(str(self.path), 1, 1)
        return SourceLocation(str(self.path), found[0], found[1])

    def _find(self, pointer: str) -> tuple[int, int] | None:
        if self._text is None:
            return None
        if self._json:
            if self._json_map is None:
                self._json_map = _json_locations(self._text)
            probe = pointer
            while True:
                found = self._json_map.get(probe)
                if found is not None or not probe:
                    return found
                probe = probe.rsplit("/", 1)[0]
        if self._yaml_tree is None:
            self._yaml_tree = _YamlLocator(self._text)
        return self._yaml_tree.find(pointer)


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
            return Document(path, json.loads(text), _text=text, _json=True)
        except json.JSONDecodeError as exc:
            if path.suffix.lower() == ".json":
                raise DocumentError(
                    str(path), f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
                ) from exc
    return Document(path, _parse_yaml(text, path), _text=text)


def _parse_yaml(text: str, path: Path) -> Any:
    try:
        data = yaml_rs.loads(
            text,
            parse_datetime=False,
            # YAML forbids duplicate keys, but PyYAML, js-yaml's default and most OpenAPI tools
            # keep the last one; refusing documents they accept would surprise users.
            duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.LastWins,
        )
    except yaml_rs.YAMLDecodeError:
        return _parse_yaml_slowly(text, path)
    if isinstance(data, list) and _is_stream(text):
        # yaml-rs returns every document of a stream as a list; one is required here.
        return _parse_yaml_slowly(text, path)
    return data


def _is_stream(text: str) -> bool:
    markers = [m.start() for m in _DOCUMENT_MARKER.finditer(text)]
    return len(markers) > 1 or (len(markers) == 1 and bool(_content_before(text, markers[0])))


def _content_before(text: str, offset: int) -> str:
    lines = (line.strip() for line in text[:offset].splitlines())
    return "".join(line for line in lines if line and not line.startswith(("#", "%")))


def _parse_yaml_slowly(text: str, path: Path) -> Any:
    """PyYAML's reading: its error messages carry the line and column of the problem."""
    loader = _SpecLoader(text)
    try:
        return loader.get_single_data()
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


class _PyBuffer(ctypes.Structure):
    """CPython's ``Py_buffer``, to read where a memoryview's bytes start."""

    _fields_ = (
        ("buf", ctypes.c_void_p),
        ("obj", ctypes.c_void_p),
        ("len", ctypes.c_ssize_t),
        ("itemsize", ctypes.c_ssize_t),
        ("readonly", ctypes.c_int),
        ("ndim", ctypes.c_int),
        ("format", ctypes.c_char_p),
        ("shape", ctypes.c_void_p),
        ("strides", ctypes.c_void_p),
        ("suboffsets", ctypes.c_void_p),
        ("internal", ctypes.c_void_p),
    )


def _address(view: memoryview) -> int:
    buffer = _PyBuffer()
    ctypes.pythonapi.PyObject_GetBuffer(ctypes.py_object(view), ctypes.byref(buffer), 0)
    try:
        return int(buffer.buf or 0)
    finally:
        ctypes.pythonapi.PyBuffer_Release(ctypes.byref(buffer))


class _YamlLocator:
    """Pointer -> line and column through a rapidyaml tree parsed in place over the source.

    Hand-written because no YAML library for Python reports positions without building a
    Python object per node (PyYAML's composer takes seconds on a 4 MB spec). rapidyaml keeps
    every key and scalar as a view into the source buffer, so a view's address minus the
    buffer's is the byte offset of that key or scalar.
    """

    def __init__(self, text: str) -> None:
        self._original = text.encode("utf-8")
        # rapidyaml filters multi-line scalars within their own span of the buffer; lines and
        # columns are counted in the original bytes.
        self._source = bytearray(self._original)
        try:
            self._tree: Any = ryml.parse_in_place(self._source)
        except Exception:  # rapidyaml raises its own exception types; no location then
            self._tree = None
        self._base = _address(memoryview(self._source))
        self._line_starts = [0]
        self._line_starts.extend(m.end() for m in re.finditer(b"\n", self._original))

    def find(self, pointer: str) -> tuple[int, int] | None:
        """The location of ``pointer``'s key (or item), or of its nearest enclosing value."""
        tree = self._tree
        if tree is None:
            return None
        node = tree.root_id()
        if tree.is_stream(node):
            node = tree.first_child(node)
        best = self._node_offset(node, as_key=False)
        for token in split(pointer):
            child = self._child(node, token)
            if child is None:
                break
            node = child
            offset = self._node_offset(node, as_key=tree.has_key(node))
            if offset is not None:
                best = offset
        return None if best is None else self._line_column(best)

    def _child(self, node: int, token: str) -> int | None:
        tree = self._tree
        if tree.is_map(node):
            child = tree.find_child(node, token.encode("utf-8"))
        elif tree.is_seq(node) and token.isdigit() and int(token) < tree.num_children(node):
            child = tree.child(node, int(token))
        else:
            return None
        return None if child == ryml.NONE else int(child)

    def _node_offset(self, node: int, *, as_key: bool) -> int | None:
        tree = self._tree
        if as_key:
            view = tree.key(node)
            quoted = tree.is_key_quoted(node)
        elif tree.is_container(node):
            if tree.num_children(node) == 0:
                return None
            first = tree.first_child(node)
            offset = self._node_offset(first, as_key=tree.has_key(first))
            if offset is not None and tree.is_flow(node):
                # A flow collection starts at its bracket, before its first entry.
                opening = max(
                    self._original.rfind(b"{", 0, offset + 1),
                    self._original.rfind(b"[", 0, offset + 1),
                )
                return opening if opening >= 0 else offset
            return offset
        else:
            view = tree.val(node)
            quoted = tree.is_val_quoted(node)
        if view is None:
            return None
        offset = _address(view) - self._base
        if not 0 <= offset <= len(self._source):
            return None  # a scalar rapidyaml rewrote elsewhere (e.g. a folded string)
        return offset - 1 if quoted and offset > 0 else offset

    def _line_column(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[line]
        column = len(self._original[start:offset].decode("utf-8", errors="replace"))
        return line + 1, column + 1


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
