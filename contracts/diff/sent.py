"""Operations the API *sends* (callbacks, webhooks): requests and responses swap roles.

In a callback (OpenAPI 3.0 ``callbacks``) or a webhook (3.1 ``webhooks``) the API provider
sends the request and the client's server answers it. So the request body follows the
response rule (loosening what the provider sends is breaking for receivers, tightening is
not) and the response bodies follow the request rule (tightening what receivers must answer
is breaking, loosening is not). Parameters the provider sends are read by receivers: losing
one hurts them, gaining one does not. Statuses are the receivers' answers: one the API no
longer documents may be taken for a failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from contracts import pointer as jp
from contracts.diff.context import DiffContext
from contracts.diff.report import Subject
from contracts.diff.view import Node

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SentOperation:
    """One operation the API sends, as it is on both sides, and how findings name it."""

    #: ``callback`` or ``webhook``: the rule id prefix.
    kind: str
    #: The callback's or webhook's name (with its method when the item has several).
    name: str
    #: The operation findings are grouped under.
    label: str
    base: Node
    head: Node
    base_pointer: str
    head_pointer: str


def compare_sent_item(
    ctx: DiffContext,
    kind: str,
    name: str,
    label: str | None,
    items: tuple[Node, Node],
    pointers: tuple[str, str],
) -> None:
    """Compare the operations of a callback's or webhook's path item, method by method.

    ``label`` is the operation findings are grouped under; None names each by its method.
    """
    old_item, new_item = items
    methods = [m for m in METHODS if ctx.base.child(old_item, m) is not None]
    methods += [m for m in METHODS if m not in methods and ctx.head.child(new_item, m)]
    several = len(methods) > 1
    for method in methods:
        old_op, new_op = ctx.base.child(old_item, method), ctx.head.child(new_item, method)
        shown = f"{name} ({method.upper()})" if several else name
        group = label or f"{method.upper()} {kind} {name}"
        if old_op is not None and new_op is None:
            pointer = jp.join(pointers[0], method)
            ctx.reporter.add(
                f"{kind}-removed",
                operation=group,
                pointer=pointer,
                target=old_op.target,
                side="base",
                name=shown,
            )
        elif old_op is None and new_op is not None:
            pointer = jp.join(pointers[1], method)
            ctx.reporter.add(
                f"{kind}-added", operation=group, pointer=pointer, target=new_op.target, name=shown
            )
        elif old_op is not None and new_op is not None and not ctx.sameness.same(old_op, new_op):
            sent = SentOperation(
                kind,
                shown,
                group,
                old_op,
                new_op,
                jp.join(pointers[0], method),
                jp.join(pointers[1], method),
            )
            _compare_parameters(ctx, sent)
            _compare_body(ctx, sent, Subject(f"{kind}-request-body", callback=shown), ())
            _compare_responses(ctx, sent)


def _parameters(ctx: DiffContext, side: str, op: Node) -> dict[tuple[str, str], Node]:
    view = ctx.base if side == "base" else ctx.head
    found: dict[tuple[str, str], Node] = {}
    raw = op.value.get("parameters") if isinstance(op.value, dict) else None
    for index in range(len(raw) if isinstance(raw, list) else 0):
        node = view.child(op, "parameters", index)
        if node is not None and isinstance(node.value, dict):
            location = str(node.value.get("in"))
            name = str(node.value.get("name"))
            # Header names are case-insensitive (RFC 9110): X-Id and x-id are one header.
            found[(location, name.lower() if location == "header" else name)] = node
    return found


def _compare_parameters(ctx: DiffContext, op: SentOperation) -> None:
    old = _parameters(ctx, "base", op.base)
    new = _parameters(ctx, "head", op.head)
    for key, node in old.items():
        if key not in new:
            ctx.reporter.add(
                f"{op.kind}-parameter-removed",
                operation=op.label,
                pointer=node.target.pointer,
                target=node.target,
                side="base",
                name=op.name,
                location=key[0],
                parameter=str(node.value.get("name")),
            )
    for key, node in new.items():
        if key not in old:
            ctx.reporter.add(
                f"{op.kind}-parameter-added",
                operation=op.label,
                pointer=node.target.pointer,
                target=node.target,
                name=op.name,
                location=key[0],
                parameter=str(node.value.get("name")),
            )


def _compare_responses(ctx: DiffContext, op: SentOperation) -> None:
    old = {str(key): key for key in ctx.base.mapping(op.base, "responses")}
    new = {str(key): key for key in ctx.head.mapping(op.head, "responses")}
    for status, key in old.items():
        if status not in new:
            node = ctx.base.child(op.base, "responses", key)
            ctx.reporter.add(
                f"{op.kind}-response-status-removed",
                operation=op.label,
                pointer=jp.join(op.base_pointer, "responses", status),
                target=node.target if node else op.base.target,
                side="base",
                name=op.name,
                status=status,
            )
            continue
        subject = Subject(f"{op.kind}-response-body", status=status, callback=op.name)
        _compare_body(ctx, op, subject, ("responses", key), ("responses", new[status]))
    for status, key in new.items():
        if status not in old:
            node = ctx.head.child(op.head, "responses", key)
            ctx.reporter.add(
                f"{op.kind}-response-status-added",
                operation=op.label,
                pointer=jp.join(op.head_pointer, "responses", status),
                target=node.target if node else op.head.target,
                name=op.name,
                status=status,
            )


def _compare_body(
    ctx: DiffContext,
    op: SentOperation,
    subject: Subject,
    tokens: tuple[str | int, ...],
    head_tokens: tuple[str | int, ...] | None = None,
) -> None:
    """Compare the schemas of the request body (``tokens`` empty) or of a response.

    A body that was not described could be anything: it is compared as an empty schema, so
    a newly described answer reports exactly what became required of receivers.
    """
    head_tokens = tokens if head_tokens is None else head_tokens
    body_key = ("requestBody",) if not tokens else ()
    old_body = ctx.base.child(op.base, *tokens, *body_key)
    new_body = ctx.head.child(op.head, *head_tokens, *body_key)
    old_content = ctx.base.mapping(old_body, "content")
    new_content = ctx.head.mapping(new_body, "content")
    for media_type in new_content or old_content:
        if (old_content and media_type not in old_content) or (
            new_content and media_type not in new_content
        ):
            continue
        old = ctx.base.child(old_body, "content", media_type, "schema") if old_body else None
        new = ctx.head.child(new_body, "content", media_type, "schema") if new_body else None
        if old is None and new is None:
            continue
        base_at = jp.join(op.base_pointer, *tokens, *body_key, "content", media_type, "schema")
        head_at = jp.join(op.head_pointer, *head_tokens, *body_key, "content", media_type, "schema")
        # An absent schema stands at its nearest written ancestor (the body or the response).
        old = old or Node({}, (old_body or op.base).target)
        new = new or Node({}, (new_body or op.head).target)
        direction = "response" if subject.prefix.endswith("request-body") else "request"
        changes = ctx.schemas.compare(old, new, direction)
        if changes:
            ctx.reporter.add_schema_changes(
                changes, subject, operation=op.label, base_pointer=base_at, head_pointer=head_at
            )
