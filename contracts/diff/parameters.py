"""Parameter rules: added, removed, moved, required, serialisation, and their schemas.

Path-level parameters are merged into each operation (an operation's own parameter with
the same name and location wins). Path parameters are matched by their position in the
template, so renaming ``{id}`` to ``{petId}`` is not a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.report import Subject
from contracts.diff.textual import as_text
from contracts.diff.view import Node, SpecView

_TEMPLATE = re.compile(r"\{([^}]*)\}")
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation, with its pointer in the resolved document."""

    node: Node
    pointer: str

    @property
    def name(self) -> str:
        """The parameter's name."""
        return str(self.node.value.get("name", ""))

    @property
    def location(self) -> str:
        """Where it travels: ``path``, ``query``, ``header`` or ``cookie``."""
        return str(self.node.value.get("in", ""))


#: Header parameters OpenAPI says to ignore (3.0.3 section 4.7.12): other fields set them.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def _parameters(
    view: SpecView, item: Node, operation: Node, path: str, method: str
) -> dict[tuple[str, str], Parameter]:
    found: dict[tuple[str, str], Parameter] = {}
    positions = {name: str(index) for index, name in enumerate(_TEMPLATE.findall(path))}
    sources = ((item, jp.join("", "paths", path)), (operation, jp.join("", "paths", path, method)))
    for owner, pointer in sources:
        raw = owner.value.get("parameters") if isinstance(owner.value, dict) else None
        for index in range(len(raw) if isinstance(raw, list) else 0):
            node = view.child(owner, "parameters", index)
            if node is None or not isinstance(node.value, dict):
                continue
            parameter = Parameter(node, jp.join(pointer, "parameters", index))
            name, where = parameter.name, parameter.location
            if where == "path":
                key = ("path", positions.get(name, name))
            elif where == "header" and name.lower() in _IGNORED_HEADERS:
                continue
            elif where == "header":
                key = (where, name.lower())
            else:
                key = (where, name)
            found[key] = parameter
    return found


def schema_of(view: SpecView, node: Node) -> Node | None:
    """A parameter's or header's schema, from ``schema`` or its one ``content`` entry."""
    found = view.child(node, "schema")
    if found is None:
        content = node.value.get("content")
        if isinstance(content, dict) and content:
            found = view.child(node, "content", next(iter(content)), "schema")
    return found


def schema_tokens(node: Node) -> tuple[str, ...]:
    """The pointer tokens of :func:`schema_of`'s result below the parameter."""
    content = node.value.get("content")
    if "schema" not in node.value and isinstance(content, dict) and content:
        return ("content", next(iter(content)), "schema")
    return ("schema",)


def compare_parameters(ctx: DiffContext, pair: OperationPair) -> None:
    """Report parameter changes of one operation."""
    old = _parameters(ctx.base, pair.base_item, pair.base, pair.base_path, pair.method)
    new = _parameters(ctx.head, pair.head_item, pair.head, pair.head_path, pair.method)
    add = ctx.reporter.add
    label = pair.label
    moved_from = {p.name: p for key, p in old.items() if key not in new}
    for key, parameter in new.items():
        before = old.get(key)
        if before is not None:
            _compare_one(ctx, label, before, parameter)
            continue
        origin = moved_from.pop(parameter.name, None)
        if origin is not None and origin.location != parameter.location:
            add(
                "request-parameter-moved",
                operation=label,
                pointer=parameter.pointer,
                target=parameter.node.target,
                name=parameter.name,
                base=f"{origin.location}",
                head=f"{parameter.location}",
            )
            continue
        if origin is not None:
            moved_from[origin.name] = origin
        rule_id = (
            "request-parameter-added-required"
            if parameter.node.value.get("required")
            else "request-parameter-added"
        )
        add(
            rule_id,
            operation=label,
            pointer=parameter.pointer,
            target=parameter.node.target,
            location=parameter.location,
            name=parameter.name,
        )
    for parameter in moved_from.values():
        add(
            "request-parameter-removed",
            operation=label,
            pointer=parameter.pointer,
            target=parameter.node.target,
            side="base",
            location=parameter.location,
            name=parameter.name,
        )


def _compare_one(ctx: DiffContext, label: str, before: Parameter, after: Parameter) -> None:
    if ctx.sameness.same(before.node, after.node):
        return
    add = ctx.reporter.add
    old: dict[str, Any] = before.node.value
    new: dict[str, Any] = after.node.value
    fields = {"location": after.location, "name": after.name}
    target = after.node.target
    if new.get("required") and not old.get("required"):
        add(
            "request-parameter-became-required",
            operation=label,
            pointer=after.pointer,
            target=target,
            **fields,
        )
    elif old.get("required") and not new.get("required"):
        add(
            "request-parameter-became-optional",
            operation=label,
            pointer=after.pointer,
            target=target,
            **fields,
        )
    before_style, after_style = _serialisation(old), _serialisation(new)
    if _is_scalar(ctx.base, before.node) and _is_scalar(ctx.head, after.node):
        # explode, spaceDelimited, pipeDelimited and deepObject only shape arrays and
        # objects: a single value is written `name=value` (or as is in a path) either way.
        for style in (before_style, after_style):
            style["explode"] = None
            style["style"] = style["style"] if style["style"] in ("matrix", "label") else "plain"
    changed = [
        f"{key} {_show(before_style[key])} → {_show(after_style[key])}"
        for key in before_style
        if before_style[key] != after_style[key]
    ]
    if changed:
        add(
            "request-parameter-style-changed",
            operation=label,
            pointer=after.pointer,
            target=target,
            change=", ".join(changed),
            **fields,
        )
    if old.get("allowEmptyValue") and not new.get("allowEmptyValue"):
        add(
            "request-parameter-empty-value-disallowed",
            operation=label,
            pointer=after.pointer,
            target=target,
            **fields,
        )
    if new.get("deprecated") and not old.get("deprecated"):
        add(
            "request-parameter-deprecated",
            operation=label,
            pointer=after.pointer,
            target=target,
            **fields,
        )
    old_schema, new_schema = schema_of(ctx.base, before.node), schema_of(ctx.head, after.node)
    if old_schema is None or new_schema is None:
        return
    changes = ctx.schemas.compare(old_schema, new_schema, "request")
    if "schema" in after.node.value:  # serialised as text, not as a `content` document
        changes = as_text(changes, 0)
    if changes:
        ctx.reporter.add_schema_changes(
            changes,
            Subject("request-parameter", name=after.name, location=after.location),
            operation=label,
            base_pointer=jp.join(before.pointer, *schema_tokens(before.node)),
            head_pointer=jp.join(after.pointer, *schema_tokens(after.node)),
        )


def _serialisation(parameter: dict[str, Any]) -> dict[str, Any]:
    """Style, explode and allowReserved with the defaults of OAS 3.0 section 4.7.12 filled in."""
    style = parameter.get("style", _DEFAULT_STYLE.get(str(parameter.get("in")), "simple"))
    return {
        "style": style,
        "explode": bool(parameter.get("explode", style == "form")),
        "allowReserved": bool(parameter.get("allowReserved", False)),
    }


def _is_scalar(view: SpecView, parameter: Node) -> bool:
    schema = schema_of(view, parameter)
    declared = (
        schema.value.get("type") if schema is not None and isinstance(schema.value, dict) else None
    )
    return declared in ("string", "integer", "number", "boolean")


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return "unset" if value is None else str(value)
