"""Finding collections and items in a spec from its paths and schemas (no hard-coded names).

A path whose last segment is exactly one template parameter (``/pets/{petId}``) is an item;
its parent path (``/pets``) is the collection when the spec declares it. Nested collections
keep their parent parameters, so ``/users/1/orders`` and ``/users/2/orders`` are separate.
The identifier property is the parameter's name if the item schema has it, else ``id``, else a
property ending in ``id``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mocks.operations import ApiSpec, Operation

_PARAM = re.compile(r"^\{([^{}]+)\}$")


@dataclass(frozen=True)
class ResourceRole:
    """How one operation takes part in a collection: ``create``, ``list``, ``read``, ..."""

    action: str
    collection_template: str
    id_param: str | None


def roles(api: ApiSpec) -> dict[int, ResourceRole]:
    """The role of every operation that acts on a collection or an item, keyed by ``id()``."""
    by_template: dict[str, dict[str, Operation]] = {}
    for operation in api.operations:
        by_template.setdefault(operation.template, {})[operation.method] = operation
    found: dict[int, ResourceRole] = {}
    for template, operations in by_template.items():
        parent, _, last = template.rstrip("/").rpartition("/")
        match = _PARAM.match(last)
        if match and parent in by_template:
            param = match.group(1)
            actions = {"GET": "read", "PUT": "replace", "PATCH": "update", "DELETE": "delete"}
            for method, operation in operations.items():
                if method in actions:
                    found[id(operation)] = ResourceRole(actions[method], parent, param)
        item_children = [
            t
            for t in by_template
            if t.startswith(template.rstrip("/") + "/{")
            and _PARAM.match(t.rstrip("/").rpartition("/")[2])
            and t.rstrip("/").rpartition("/")[0] == template.rstrip("/")
        ]
        if item_children:
            for method, action in (("POST", "create"), ("GET", "list")):
                if method in operations:
                    found[id(operations[method])] = ResourceRole(action, template, None)
    return found


def id_property(schema: Any, param: str | None, resolve: Any) -> str:
    """The identifier property of an item schema."""
    schema = resolve(schema)
    props: dict[str, Any] = {}
    if isinstance(schema, dict):
        props = dict(schema.get("properties") or {})
        for part in schema.get("allOf") or []:
            part = resolve(part)
            if isinstance(part, dict):
                props.update(part.get("properties") or {})
    if param and param in props:
        return param
    if "id" in props:
        return "id"
    for name in props:
        if name.lower().endswith("id"):
            return name
    return "id"


def collection_key(template: str, path_params: dict[str, str]) -> str:
    """The concrete collection path (parent parameters filled in)."""
    return re.sub(r"\{([^{}]+)\}", lambda m: path_params.get(m.group(1), m.group(0)), template)
