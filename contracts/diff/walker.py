"""Walking two versions of one spec: servers, schemes, paths and operations, in that order.

Operations are matched by method and by path template with parameter names erased
(``/pets/{id}`` is ``/pets/{petId}``), and an operation that disappears from one address
while its operationId appears at another is reported once, as moved.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from contracts import pointer as jp
from contracts.diff.bodies import compare_request_body
from contracts.diff.callbacks import compare_callbacks
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.findings import Finding
from contracts.diff.operations import compare_lifecycle, compare_operation_id, sunset_of
from contracts.diff.parameters import compare_parameters
from contracts.diff.responses import compare_responses
from contracts.diff.security import compare_operation_security, compare_security_schemes
from contracts.diff.view import Node, SpecView
from contracts.diff.webhooks import compare_webhooks

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}]*\}")


def normalise_path(path: str) -> str:
    """``path`` with template parameter names erased."""
    return _TEMPLATE.sub("{}", path)


@dataclass(frozen=True)
class _Lone:
    """An operation present on one side only."""

    method: str
    path: str
    node: Node
    whole_path: bool


def diff_views(spec: str, base: SpecView, head: SpecView, today: datetime.date) -> list[Finding]:
    """Every finding between two versions of one spec."""
    ctx = DiffContext.create(spec, base, head, today)
    if ctx.sameness.same(base.root, head.root):
        return []
    _compare_servers(ctx)
    compare_security_schemes(ctx)
    _compare_paths(ctx)
    compare_webhooks(ctx)
    return ctx.reporter.findings


def _base_path(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


def _compare_servers(ctx: DiffContext) -> None:
    def urls(view: SpecView) -> dict[str, int]:
        servers = view.root.value.get("servers")
        if not isinstance(servers, list):
            return {}
        return {str(s.get("url")): i for i, s in enumerate(servers) if isinstance(s, dict)}

    old, new = urls(ctx.base), urls(ctx.head)
    new_paths = {_base_path(url): url for url in new}
    moved: set[str] = set()
    for url, index in old.items():
        if url in new:
            continue
        pointer = jp.join("", "servers", index)
        node = ctx.base.child(ctx.base.root, "servers", index)
        target = node.target if node else ctx.base.root.target
        if new and _base_path(url) not in new_paths:
            # No server keeps this base path: every operation's URL changed with it.
            head_url = next((u for u in new if u not in old), next(iter(new)))
            moved.add(head_url)
            head_node = ctx.head.child(ctx.head.root, "servers", new[head_url])
            ctx.reporter.add(
                "server-base-path-changed",
                operation=None,
                pointer=jp.join("", "servers", new[head_url]),
                target=head_node.target if head_node else ctx.head.root.target,
                base=url,
                head=head_url,
                base_path=_base_path(url) or "/",
                head_path=_base_path(head_url) or "/",
            )
            continue
        ctx.reporter.add(
            "server-removed", operation=None, pointer=pointer, target=target, side="base", url=url
        )
    for url, index in new.items():
        if url not in old and url not in moved:
            node = ctx.head.child(ctx.head.root, "servers", index)
            ctx.reporter.add(
                "server-added",
                operation=None,
                pointer=jp.join("", "servers", index),
                target=node.target if node else ctx.head.root.target,
                url=url,
            )


def _paths(view: SpecView) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in view.mapping(view.root, "paths"):
        found.setdefault(normalise_path(str(path)), str(path))
    return found


def _operations(item: Node) -> list[str]:
    value = item.value if isinstance(item.value, dict) else {}
    return [method for method in METHODS if isinstance(value.get(method), dict)]


def _compare_paths(ctx: DiffContext) -> None:
    base_paths, head_paths = _paths(ctx.base), _paths(ctx.head)
    removed: list[_Lone] = []
    added: list[_Lone] = []
    for key, base_path in base_paths.items():
        base_item = ctx.base.child(ctx.base.root, "paths", base_path)
        if base_item is None:
            continue
        head_path = head_paths.get(key)
        head_item = ctx.head.child(ctx.head.root, "paths", head_path) if head_path else None
        if head_path is None or head_item is None:
            for method in _operations(base_item):
                node = ctx.base.child(base_item, method)
                assert node is not None
                removed.append(_Lone(method, base_path, node, True))
            continue
        unchanged = ctx.sameness.same(base_item, head_item)
        head_methods = _operations(head_item)
        for method in _operations(base_item):
            before = ctx.base.child(base_item, method)
            assert before is not None
            if method not in head_methods:
                removed.append(_Lone(method, base_path, before, False))
                continue
            after = ctx.head.child(head_item, method)
            assert after is not None
            pair = OperationPair(method, base_path, head_path, before, after, base_item, head_item)
            if not unchanged:
                _compare_operation(ctx, pair)
            compare_operation_security(ctx, pair)
        for method in head_methods:
            if method not in _operations(base_item):
                node = ctx.head.child(head_item, method)
                assert node is not None
                added.append(_Lone(method, head_path, node, False))
    for key, head_path in head_paths.items():
        if key not in base_paths:
            head_item = ctx.head.child(ctx.head.root, "paths", head_path)
            for method in _operations(head_item) if head_item is not None else []:
                node = ctx.head.child(head_item, method) if head_item is not None else None
                assert node is not None
                added.append(_Lone(method, head_path, node, True))
    _report_lone(ctx, removed, added)


def _compare_operation(ctx: DiffContext, pair: OperationPair) -> None:
    compare_operation_id(ctx, pair)
    compare_lifecycle(ctx, pair)
    if ctx.sameness.same(pair.base, pair.head) and ctx.sameness.same(
        _path_parameters(ctx.base, pair.base_item), _path_parameters(ctx.head, pair.head_item)
    ):
        return
    compare_parameters(ctx, pair)
    compare_request_body(ctx, pair)
    compare_responses(ctx, pair)
    compare_callbacks(ctx, pair)


def _path_parameters(view: SpecView, item: Node) -> Node:
    return view.child(item, "parameters") or Node(None, item.target)


def _report_lone(ctx: DiffContext, removed: list[_Lone], added: list[_Lone]) -> None:
    by_id = {
        str(lone.node.value.get("operationId")): lone
        for lone in added
        if lone.node.value.get("operationId")
    }
    moved: set[int] = set()
    add = ctx.reporter.add
    for lone in removed:
        label = f"{lone.method.upper()} {lone.path}"
        pointer = jp.join("", "paths", lone.path, lone.method)
        operation_id = lone.node.value.get("operationId")
        target = by_id.get(str(operation_id)) if operation_id else None
        if target is not None and id(target) not in moved:
            moved.add(id(target))
            new_label = f"{target.method.upper()} {target.path}"
            add(
                "operation-moved",
                operation=new_label,
                pointer=jp.join("", "paths", target.path, target.method),
                target=target.node.target,
                operation_id=str(operation_id),
                base=label,
                head=new_label,
            )
            continue
        sunset = sunset_of(lone.node.value)
        if lone.node.value.get("deprecated") and sunset is not None and sunset <= ctx.today:
            add(
                "operation-removed-after-sunset",
                operation=label,
                pointer=pointer,
                target=lone.node.target,
                side="base",
                method=lone.method.upper(),
                path=lone.path,
                sunset=sunset.isoformat(),
            )
        elif lone.whole_path:
            add(
                "path-removed",
                operation=label,
                pointer=pointer,
                target=lone.node.target,
                side="base",
                method=lone.method.upper(),
                path=lone.path,
            )
        else:
            add(
                "operation-removed",
                operation=label,
                pointer=pointer,
                target=lone.node.target,
                side="base",
                method=lone.method.upper(),
                path=lone.path,
            )
    for lone in added:
        if id(lone) in moved:
            continue
        label = f"{lone.method.upper()} {lone.path}"
        rule_id = "path-added" if lone.whole_path else "operation-added"
        add(
            rule_id,
            operation=label,
            pointer=jp.join("", "paths", lone.path, lone.method),
            target=lone.node.target,
            method=lone.method.upper(),
            path=lone.path,
        )
