"""Callback rules: callbacks added, removed or sent to another URL, and their operations.

A callback's operations are sent by the API, so they are compared with the roles of
request and response turned round (:mod:`contracts.diff.sent`).
"""

from __future__ import annotations

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.sent import compare_sent_item
from contracts.diff.view import Node


def compare_callbacks(ctx: DiffContext, pair: OperationPair) -> None:
    """Report callback changes of one operation."""
    old = ctx.base.mapping(pair.base, "callbacks")
    new = ctx.head.mapping(pair.head, "callbacks")
    for name in old:
        before = ctx.base.child(pair.base, "callbacks", name)
        if before is None:
            continue
        base_pointer = jp.join(pair.base_pointer, "callbacks", name)
        after = ctx.head.child(pair.head, "callbacks", name) if name in new else None
        if after is None:
            _lone(ctx, "callback-removed", pair.label, base_pointer, before, "base", str(name))
            continue
        if ctx.sameness.same(before, after):
            continue
        head_pointer = jp.join(pair.head_pointer, "callbacks", name)
        _compare_callback(ctx, pair.label, str(name), (before, after), base_pointer, head_pointer)
    for name in new:
        if name not in old:
            added = ctx.head.child(pair.head, "callbacks", name)
            pointer = jp.join(pair.head_pointer, "callbacks", name)
            _lone(ctx, "callback-added", pair.label, pointer, added or pair.head, "head", str(name))


def _lone(
    ctx: DiffContext, rule_id: str, label: str, pointer: str, node: Node, side: str, name: str
) -> None:
    ctx.reporter.add(
        rule_id, operation=label, pointer=pointer, target=node.target, side=side, name=name
    )


def _compare_callback(
    ctx: DiffContext,
    label: str,
    name: str,
    nodes: tuple[Node, Node],
    base_pointer: str,
    head_pointer: str,
) -> None:
    before, after = nodes
    old = {str(key): key for key in ctx.base.mapping(before)}
    new = {str(key): key for key in ctx.head.mapping(after)}
    gone = [expression for expression in old if expression not in new]
    fresh = [expression for expression in new if expression not in old]
    pairs = [(expression, expression) for expression in old if expression in new]
    if len(gone) == 1 and len(fresh) == 1:
        # One URL expression replaced by another: the same callback, sent somewhere else.
        ctx.reporter.add(
            "callback-url-changed",
            operation=label,
            pointer=jp.join(head_pointer, fresh[0]),
            target=after.target,
            name=name,
            base=gone[0],
            head=fresh[0],
        )
        pairs.append((gone[0], fresh[0]))
        gone, fresh = [], []
    for expression in gone:
        item = ctx.base.child(before, old[expression])
        pointer = jp.join(base_pointer, expression)
        _lone(
            ctx, "callback-removed", label, pointer, item or before, "base", f"{name} {expression}"
        )
    for expression in fresh:
        item = ctx.head.child(after, new[expression])
        pointer = jp.join(head_pointer, expression)
        _lone(ctx, "callback-added", label, pointer, item or after, "head", f"{name} {expression}")
    for old_expression, new_expression in pairs:
        old_item = ctx.base.child(before, old[old_expression])
        new_item = ctx.head.child(after, new[new_expression])
        if old_item is None or new_item is None or ctx.sameness.same(old_item, new_item):
            continue
        compare_sent_item(
            ctx,
            "callback",
            name,
            label,
            (old_item, new_item),
            (jp.join(base_pointer, old_expression), jp.join(head_pointer, new_expression)),
        )
