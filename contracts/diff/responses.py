"""Response rules: status codes, media types, headers, and the response schemas."""

from __future__ import annotations

from collections.abc import Mapping

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.media_types import pair_media_types
from contracts.diff.parameters import schema_of, schema_tokens
from contracts.diff.report import Subject
from contracts.diff.view import Node


def _success(status: str) -> bool:
    return status.startswith("2")


def _ranges(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, str]:
    """Base status -> head status for a code replaced by its range (``200`` -> ``2XX``) or a
    range replaced by one of its codes, when nothing else claims either."""
    pairs: dict[str, str] = {}
    gone = [code for code in old if code not in new]
    fresh = [code for code in new if code not in old]
    for code in gone:
        for other in fresh:
            if other in pairs.values():
                continue
            if _covers(other, code) or _covers(code, other):
                pairs[code] = other
                break
    return pairs


def _covers(status_range: str, code: str) -> bool:
    return (
        len(status_range) == 3
        and status_range.upper().endswith("XX")
        and code.isdigit()
        and code[0] == status_range[0]
    )


def compare_responses(ctx: DiffContext, pair: OperationPair) -> None:
    """Report response changes of one operation."""
    # YAML reads an unquoted 200 as an integer: compare status codes as text.
    old = {str(key): key for key in ctx.base.mapping(pair.base, "responses")}
    new = {str(key): key for key in ctx.head.mapping(pair.head, "responses")}
    add, label = ctx.reporter.add, pair.label
    had_success = any(_success(code) for code in old)
    ranges = _ranges(old, new)
    for code, key in old.items():
        pointer = jp.join(pair.base_pointer, "responses", code)
        before = ctx.base.child(pair.base, "responses", key)
        if code in ranges:
            # 200 became 2XX (or back): the same response, documented for more or fewer codes.
            wider = ranges[code]
            after = ctx.head.child(pair.head, "responses", new[wider])
            widened = wider.upper().endswith("XX")
            add(
                "response-status-range-widened" if widened else "response-status-range-narrowed",
                operation=label,
                pointer=jp.join(pair.head_pointer, "responses", wider),
                target=after.target if after else pair.head.target,
                base=code,
                head=wider,
            )
            if before is not None and after is not None:
                _compare_response(ctx, pair, wider, before, after)
            continue
        if code not in new:
            rule_id = (
                "response-success-status-removed" if _success(code) else "response-status-removed"
            )
            add(
                rule_id,
                operation=label,
                pointer=pointer,
                target=before.target if before else pair.base.target,
                side="base",
                status=code,
            )
            continue
        after = ctx.head.child(pair.head, "responses", new[code])
        if before is not None and after is not None and not ctx.sameness.same(before, after):
            _compare_response(ctx, pair, code, before, after)
    for code, key in new.items():
        if code in old or code in ranges.values():
            continue
        after = ctx.head.child(pair.head, "responses", key)
        rule_id = (
            "response-success-status-added"
            if _success(code) and had_success
            else "response-status-added"
        )
        add(
            rule_id,
            operation=label,
            pointer=jp.join(pair.head_pointer, "responses", code),
            target=after.target if after else pair.head.target,
            status=code,
        )


def _compare_response(
    ctx: DiffContext, pair: OperationPair, status: str, before: Node, after: Node
) -> None:
    add, label = ctx.reporter.add, pair.label
    base_pointer = jp.join(pair.base_pointer, "responses", status)
    head_pointer = jp.join(pair.head_pointer, "responses", status)
    old = ctx.base.mapping(before, "content")
    new = ctx.head.mapping(after, "content")
    pairs = pair_media_types(old, new)
    for media_type in old:
        counterpart = pairs.get(str(media_type))
        if counterpart is None:
            node = ctx.base.child(before, "content", media_type)
            add(
                "response-media-type-removed",
                operation=label,
                pointer=jp.join(base_pointer, "content", media_type),
                target=node.target if node else before.target,
                side="base",
                media_type=media_type,
                status=status,
            )
            continue
        old_schema = ctx.base.child(before, "content", media_type, "schema")
        new_schema = ctx.head.child(after, "content", counterpart, "schema")
        if old_schema is None or new_schema is None:
            continue
        changes = ctx.schemas.compare(old_schema, new_schema, "response")
        if changes:
            where = status if len(new) == 1 else f"{status} {media_type}"
            ctx.reporter.add_schema_changes(
                changes,
                Subject("response-body", status=where),
                operation=label,
                base_pointer=jp.join(base_pointer, "content", media_type, "schema"),
                head_pointer=jp.join(head_pointer, "content", counterpart, "schema"),
            )
    for media_type in new:
        if media_type not in pairs.values():
            node = ctx.head.child(after, "content", media_type)
            add(
                "response-media-type-added",
                operation=label,
                pointer=jp.join(head_pointer, "content", media_type),
                target=node.target if node else after.target,
                media_type=media_type,
                status=status,
            )
    _compare_headers(ctx, label, status, before, after, base_pointer, head_pointer)


def _compare_headers(
    ctx: DiffContext,
    label: str,
    status: str,
    before: Node,
    after: Node,
    base_pointer: str,
    head_pointer: str,
) -> None:
    add = ctx.reporter.add
    old = {str(name).lower(): str(name) for name in ctx.base.mapping(before, "headers")}
    new = {str(name).lower(): str(name) for name in ctx.head.mapping(after, "headers")}
    for key, name in old.items():
        header = ctx.base.child(before, "headers", name)
        if header is None or not isinstance(header.value, dict):
            continue
        if key not in new:
            rule_id = (
                "response-header-removed"
                if header.value.get("required")
                else "response-optional-header-removed"
            )
            add(
                rule_id,
                operation=label,
                pointer=jp.join(base_pointer, "headers", name),
                target=header.target,
                side="base",
                name=name,
                status=status,
            )
            continue
        head_name = new[key]
        current = ctx.head.child(after, "headers", head_name)
        if current is None or not isinstance(current.value, dict):
            continue
        pointer = jp.join(head_pointer, "headers", head_name)
        if header.value.get("required") and not current.value.get("required"):
            add(
                "response-header-became-optional",
                operation=label,
                pointer=pointer,
                target=current.target,
                name=head_name,
                status=status,
            )
        old_schema, new_schema = schema_of(ctx.base, header), schema_of(ctx.head, current)
        if old_schema is not None and new_schema is not None:
            changes = ctx.schemas.compare(old_schema, new_schema, "response")
            if changes:
                ctx.reporter.add_schema_changes(
                    changes,
                    Subject("response-header", name=head_name, status=status),
                    operation=label,
                    base_pointer=jp.join(base_pointer, "headers", name, *schema_tokens(header)),
                    head_pointer=jp.join(pointer, *schema_tokens(current)),
                )
    for key, name in new.items():
        if key not in old:
            header = ctx.head.child(after, "headers", name)
            add(
                "response-header-added",
                operation=label,
                pointer=jp.join(head_pointer, "headers", name),
                target=header.target if header else after.target,
                name=name,
                status=status,
            )
