"""Callback rules: callbacks added or removed, and the schemas of their requests and answers.

In a callback the roles turn round: the API sends the request and the client's server
answers. So a callback's request body follows the response rule (loosening it is
breaking) and its response bodies follow the request rule (tightening them is breaking).
"""

from __future__ import annotations

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.report import Subject
from contracts.diff.view import Node

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
            ctx.reporter.add(
                "callback-removed",
                operation=pair.label,
                pointer=base_pointer,
                target=before.target,
                side="base",
                name=str(name),
            )
            continue
        if ctx.sameness.same(before, after):
            continue
        head_pointer = jp.join(pair.head_pointer, "callbacks", name)
        _compare_callback(ctx, pair, str(name), before, after, base_pointer, head_pointer)
    for name in new:
        if name not in old:
            added = ctx.head.child(pair.head, "callbacks", name)
            ctx.reporter.add(
                "callback-added",
                operation=pair.label,
                pointer=jp.join(pair.head_pointer, "callbacks", name),
                target=added.target if added else pair.head.target,
                name=str(name),
            )


def _compare_callback(
    ctx: DiffContext,
    pair: OperationPair,
    name: str,
    before: Node,
    after: Node,
    base_pointer: str,
    head_pointer: str,
) -> None:
    old = ctx.base.mapping(before)
    new = ctx.head.mapping(after)
    for expression in old:
        old_item = ctx.base.child(before, expression)
        new_item = ctx.head.child(after, expression) if expression in new else None
        if old_item is None:
            continue
        if new_item is None:
            ctx.reporter.add(
                "callback-removed",
                operation=pair.label,
                pointer=jp.join(base_pointer, expression),
                target=old_item.target,
                side="base",
                name=f"{name}` (`{expression}`)".rstrip("`"),
            )
            continue
        for method in METHODS:
            old_op = ctx.base.child(old_item, method)
            new_op = ctx.head.child(new_item, method)
            if old_op is None or new_op is None or ctx.sameness.same(old_op, new_op):
                continue
            _compare_bodies(
                ctx,
                pair.label,
                name,
                old_op,
                new_op,
                jp.join(base_pointer, expression, method),
                jp.join(head_pointer, expression, method),
            )


def _compare_bodies(
    ctx: DiffContext,
    label: str,
    name: str,
    before: Node,
    after: Node,
    base_pointer: str,
    head_pointer: str,
) -> None:
    old = ctx.base.mapping(before, "requestBody", "content")
    new = ctx.head.mapping(after, "requestBody", "content")
    for media_type in old:
        if media_type in new:
            _compare_schema(
                ctx,
                label,
                Subject("callback-request-body", callback=name),
                (before, after),
                ("requestBody", "content", media_type, "schema"),
                base_pointer,
                head_pointer,
            )
    old_responses = {str(k): k for k in ctx.base.mapping(before, "responses")}
    new_responses = {str(k): k for k in ctx.head.mapping(after, "responses")}
    for code, key in old_responses.items():
        if code not in new_responses:
            continue
        old_content = ctx.base.mapping(before, "responses", key, "content")
        new_content = ctx.head.mapping(after, "responses", new_responses[code], "content")
        for media_type in old_content:
            if media_type in new_content:
                _compare_schema(
                    ctx,
                    label,
                    Subject("callback-response-body", status=code, callback=name),
                    (before, after),
                    ("responses", code, "content", media_type, "schema"),
                    base_pointer,
                    head_pointer,
                    (key, new_responses[code]),
                )


def _compare_schema(
    ctx: DiffContext,
    label: str,
    subject: Subject,
    operations: tuple[Node, Node],
    tokens: tuple[str, ...],
    base_pointer: str,
    head_pointer: str,
    status_keys: tuple[str | int, str | int] | None = None,
) -> None:
    base_tokens: list[str | int] = list(tokens)
    head_tokens: list[str | int] = list(tokens)
    if status_keys is not None:  # the status may be an integer key in YAML
        base_tokens[1], head_tokens[1] = status_keys
    old = ctx.base.child(operations[0], *base_tokens)
    new = ctx.head.child(operations[1], *head_tokens)
    if old is None or new is None:
        return
    direction = "response" if subject.prefix == "callback-request-body" else "request"
    changes = ctx.schemas.compare(old, new, direction)
    if changes:
        ctx.reporter.add_schema_changes(
            changes,
            subject,
            operation=label,
            base_pointer=jp.join(base_pointer, *tokens),
            head_pointer=jp.join(head_pointer, *tokens),
        )
