"""The objects of one OpenAPI document, found by walking it and following ``$ref`` across files.

Each object is reported once, in the file and at the pointer where it is written, so a
finding about a shared parameter in ``common/parameters.yaml`` points into that file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contracts import pointer as jp
from contracts.lint.deref import Dereferencer
from contracts.lint.node import Node

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is a schema, a list of schemas, or a map of schemas.
_SCHEMA_KEYWORDS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


@dataclass(frozen=True)
class Operation:
    """An operation with its path template, method and the parameters it inherits."""

    path: str
    method: str
    node: Node
    path_parameters: tuple[Node, ...]
    parameters: tuple[Node, ...]
    #: "path" for the API's own operations, "webhook" or "callback" for requests it sends.
    kind: str = "path"

    def effective_parameters(self) -> list[Node]:
        """The operation's parameters, path-item ones included unless overridden."""
        own = {parameter_key(p) for p in self.parameters}
        shared = [p for p in self.path_parameters if parameter_key(p) not in own]
        return [*shared, *self.parameters]


def parameter_key(parameter: Node) -> tuple[str, str]:
    """What makes a parameter unique within an operation: its name and location."""
    return str(parameter.value.get("name")), str(parameter.value.get("in"))


@dataclass
class SpecGraph:
    """Every operation, parameter, response, media type, header and schema of a document."""

    operations: list[Operation] = field(default_factory=list)
    parameters: list[Node] = field(default_factory=list)
    responses: list[Node] = field(default_factory=list)
    media_types: list[Node] = field(default_factory=list)
    headers: list[Node] = field(default_factory=list)
    schemas: list[Node] = field(default_factory=list)
    examples: list[Node] = field(default_factory=list)
    links: list[Node] = field(default_factory=list)

    @property
    def served(self) -> list[Operation]:
        """The operations the API serves (not the webhooks and callbacks it sends)."""
        return [op for op in self.operations if op.kind == "path"]


class GraphBuilder:
    """Walks a root document; an unresolvable ``$ref`` is skipped (another rule reports it)."""

    def __init__(self, deref: Dereferencer, root: Path) -> None:
        self.deref = deref
        self.root = root
        self.graph = SpecGraph()
        self._seen: set[tuple[str, Path, str, str]] = set()

    def build(self) -> SpecGraph:
        """Walk the root document and return what was found."""
        data = self.deref.data(self.root)
        root = Node(data, self.root, "")
        for template, item in _items(data.get("paths")):
            self.path_item(template, item, self.root, jp.join("", "paths", template), "path")
        for name, item in _items(data.get("webhooks")):
            self.path_item(name, item, self.root, jp.join("", "webhooks", name), "webhook")
        components = data.get("components")
        if isinstance(components, dict):
            at = jp.join("", "components")
            self._each(components, "schemas", root, at, self.schema)
            self._each(components, "parameters", root, at, self.parameter)
            self._each(components, "responses", root, at, lambda n: self.response(n, ""))
            self._each(components, "requestBodies", root, at, self.request_body)
            self._each(components, "headers", root, at, self.header)
            self._each(components, "examples", root, at, self.example)
            self._each(components, "links", root, at, self.link)
            for name, callback in _items(components.get("callbacks")):
                self.callback(Node(callback, self.root, jp.join(at, "callbacks", name)))
        return self.graph

    def follow(self, value: Any, file: Path, pointer: str) -> Node | None:
        """The object ``value`` stands for, after following ``$ref`` chains."""
        return self.deref.follow(value, file, pointer)

    def _first_visit(self, kind: str, node: Node) -> bool:
        key = (kind, node.file, node.pointer, node.role)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def _each(
        self, parent: dict[str, Any], key: str, at: Node, base: str, visit: Callable[[Node], None]
    ) -> None:
        for name, value in _items(parent.get(key)):
            found = self.follow(value, at.file, jp.join(base, key, name))
            if found is not None:
                visit(found)

    def path_item(self, template: str, item: Any, file: Path, pointer: str, kind: str) -> None:
        """Visit a path item and its operations."""
        node = self.follow(item, file, pointer)
        if node is None or not self._first_visit(
            "path", Node({}, node.file, node.pointer, template)
        ):
            return
        shared = self._parameters(node)
        for method in HTTP_METHODS:
            op = node.value.get(method)
            if not isinstance(op, dict):
                continue
            op_node = Node(op, node.file, jp.join(node.pointer, method))
            self.operation(template, method, op_node, shared, kind)

    def _parameters(self, owner: Node) -> tuple[Node, ...]:
        found = []
        params = owner.value.get("parameters")
        if isinstance(params, list):
            for index, param in enumerate(params):
                node = self.follow(param, owner.file, jp.join(owner.pointer, "parameters", index))
                if node is not None:
                    found.append(node)
                    self.parameter(node)
        return tuple(found)

    def operation(
        self, template: str, method: str, node: Node, shared: tuple[Node, ...], kind: str
    ) -> None:
        """Visit an operation: parameters, request body, responses, callbacks."""
        own = self._parameters(node)
        self.graph.operations.append(Operation(template, method, node, shared, own, kind))
        body = self.follow(node.value.get("requestBody"), node.file, node.pointer + "/requestBody")
        if body is not None:
            self.request_body(body)
        for code, response in _items(node.value.get("responses")):
            found = self.follow(response, node.file, jp.join(node.pointer, "responses", code))
            if found is not None:
                self.response(found, code)
        self._each(node.value, "callbacks", node, node.pointer, self.callback)

    def callback(self, node: Node) -> None:
        """Visit the path items of a callback object."""
        for expression, item in _items(node.value):
            at = jp.join(node.pointer, expression)
            self.path_item(expression, item, node.file, at, "callback")

    def parameter(self, node: Node) -> None:
        """Visit a parameter object."""
        if self._first_visit("parameter", node):
            self.graph.parameters.append(node)
            self._schema_and_content(node, "request")

    def header(self, node: Node, role: str = "response") -> None:
        """Visit a header object."""
        if self._first_visit("header", node):
            self.graph.headers.append(node)
            self._schema_and_content(node, role)

    def request_body(self, node: Node) -> None:
        """Visit a request body object."""
        self._content(node, "request")

    def response(self, node: Node, code: str) -> None:
        """Visit a response object (``code`` is "" for components)."""
        tagged = Node(node.value, node.file, node.pointer, code)
        if not self._first_visit("response", tagged):
            return
        self.graph.responses.append(tagged)
        self._each(node.value, "headers", node, node.pointer, self.header)
        self._each(node.value, "links", node, node.pointer, self.link)
        self._content(node, "response")

    def example(self, node: Node) -> None:
        """Visit an example object."""
        if self._first_visit("example", node):
            self.graph.examples.append(node)

    def link(self, node: Node) -> None:
        """Visit a link object."""
        if self._first_visit("link", node):
            self.graph.links.append(node)

    def _schema_and_content(self, node: Node, role: str) -> None:
        schema = self.follow(node.value.get("schema"), node.file, node.pointer + "/schema")
        if schema is not None:
            self.schema(schema)
        self._each(node.value, "examples", node, node.pointer, self.example)
        self._content(node, role)

    def _content(self, node: Node, role: str) -> None:
        for media, value in _items(node.value.get("content")):
            if not isinstance(value, dict):
                continue
            media_node = Node(value, node.file, jp.join(node.pointer, "content", media), role)
            if not self._first_visit("media", media_node):
                continue
            self.graph.media_types.append(media_node)
            self._schema_and_content(Node(value, media_node.file, media_node.pointer), role)
            for name, encoding in _items(value.get("encoding")):
                if isinstance(encoding, dict):
                    at = jp.join(media_node.pointer, "encoding", name)
                    enc_node = Node(encoding, node.file, at)
                    self._each(encoding, "headers", enc_node, at, lambda n: self.header(n, role))

    def schema(self, start: Node) -> None:
        """Visit a schema and every subschema, each once (an explicit stack: schemas nest deep)."""
        stack = [start]
        while stack:
            node = stack.pop()
            if not self._first_visit("schema", node):
                continue
            self.graph.schemas.append(node)
            value = node.value

            def push(sub: Any, pointer: str, node: Node = node) -> None:
                found = self.follow(sub, node.file, pointer)
                if found is not None:
                    stack.append(found)

            for key in _SCHEMA_KEYWORDS:
                if isinstance(value.get(key), dict):
                    push(value[key], jp.join(node.pointer, key))
            if isinstance(value.get("items"), list):  # tuple form (JSON Schema draft 4)
                for index, sub in enumerate(value["items"]):
                    push(sub, jp.join(node.pointer, "items", index))
            for key in _SCHEMA_LISTS:
                if isinstance(value.get(key), list):
                    for index, sub in enumerate(value[key]):
                        push(sub, jp.join(node.pointer, key, index))
            for key in _SCHEMA_MAPS:
                for name, sub in _items(value.get(key)):
                    push(sub, jp.join(node.pointer, key, name))


def _items(value: Any) -> list[tuple[str, Any]]:
    """The entries of a mapping (none when ``value`` is not one), keys as strings."""
    if not isinstance(value, dict):
        return []
    return [(str(key), item) for key, item in value.items()]


def build_graph(deref: Dereferencer, root: Path) -> SpecGraph:
    """Walk the document at ``root``."""
    return GraphBuilder(deref, root).build()
