"""Request body rules: added, removed, required, media types, and the body schemas."""

from __future__ import annotations

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.diff.media_types import essence, pair_media_types
from contracts.diff.report import Subject
from contracts.diff.textual import as_text

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def compare_request_body(ctx: DiffContext, pair: OperationPair) -> None:
    """Report request body changes of one operation."""
    before = ctx.base.child(pair.base, "requestBody")
    after = ctx.head.child(pair.head, "requestBody")
    # A request body that is not a mapping describes nothing: treat it as absent.
    before = before if before is not None and isinstance(before.value, dict) else None
    after = after if after is not None and isinstance(after.value, dict) else None
    add, label = ctx.reporter.add, pair.label
    base_pointer = jp.join(pair.base_pointer, "requestBody")
    head_pointer = jp.join(pair.head_pointer, "requestBody")
    if before is None and after is None:
        return
    if before is None:
        assert after is not None
        rule_id = (
            "request-body-added-required" if after.value.get("required") else "request-body-added"
        )
        add(rule_id, operation=label, pointer=head_pointer, target=after.target)
        return
    if after is None:
        add(
            "request-body-removed",
            operation=label,
            pointer=base_pointer,
            target=before.target,
            side="base",
        )
        return
    if ctx.sameness.same(before, after):
        return
    if after.value.get("required") and not before.value.get("required"):
        add(
            "request-body-became-required",
            operation=label,
            pointer=head_pointer,
            target=after.target,
        )
    elif before.value.get("required") and not after.value.get("required"):
        add(
            "request-body-became-optional",
            operation=label,
            pointer=head_pointer,
            target=after.target,
        )
    old = ctx.base.mapping(before, "content")
    new = ctx.head.mapping(after, "content")
    pairs = pair_media_types(old, new)
    for media_type in old:
        counterpart = pairs.get(str(media_type))
        if counterpart is None:
            node = ctx.base.child(before, "content", media_type)
            add(
                "request-media-type-removed",
                operation=label,
                pointer=jp.join(base_pointer, "content", media_type),
                target=node.target if node else before.target,
                side="base",
                media_type=media_type,
            )
            continue
        old_schema = ctx.base.child(before, "content", media_type, "schema")
        new_schema = ctx.head.child(after, "content", counterpart, "schema")
        if old_schema is None or new_schema is None:
            continue
        changes = ctx.schemas.compare(old_schema, new_schema, "request")
        if essence(counterpart) in _FORMS:  # each field is sent as text
            changes = as_text(changes, 1)
        if changes:
            ctx.reporter.add_schema_changes(
                changes,
                Subject("request-body"),
                operation=label,
                base_pointer=jp.join(base_pointer, "content", media_type, "schema"),
                head_pointer=jp.join(head_pointer, "content", counterpart, "schema"),
            )
    for media_type in new:
        if media_type not in pairs.values():
            node = ctx.head.child(after, "content", media_type)
            add(
                "request-media-type-added",
                operation=label,
                pointer=jp.join(head_pointer, "content", media_type),
                target=node.target if node else after.target,
                media_type=media_type,
            )
