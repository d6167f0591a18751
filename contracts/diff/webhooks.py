"""Webhook rules (OpenAPI 3.1 ``webhooks``): webhooks added or removed, and their operations.

A webhook is sent by the API, so its operations are compared with the roles of request and
response turned round (:mod:`contracts.diff.sent`). Findings are grouped under
``METHOD webhook NAME``, as a webhook has no path of its own.
"""

from __future__ import annotations

from contracts import pointer as jp
from contracts.diff.context import DiffContext
from contracts.diff.sent import METHODS, compare_sent_item


def compare_webhooks(ctx: DiffContext) -> None:
    """Report the webhooks removed, added or changed between the two sides."""
    old = ctx.base.mapping(ctx.base.root, "webhooks")
    new = ctx.head.mapping(ctx.head.root, "webhooks")
    for name in old:
        before = ctx.base.child(ctx.base.root, "webhooks", name)
        if before is None:
            continue
        pointer = jp.join("", "webhooks", name)
        after = ctx.head.child(ctx.head.root, "webhooks", name) if name in new else None
        if after is None:
            for method in _methods(before.value):
                ctx.reporter.add(
                    "webhook-removed",
                    operation=f"{method.upper()} webhook {name}",
                    pointer=jp.join(pointer, method),
                    target=before.target,
                    side="base",
                    name=str(name),
                )
        elif not ctx.sameness.same(before, after):
            compare_sent_item(ctx, "webhook", str(name), None, (before, after), (pointer, pointer))
    for name in new:
        after = ctx.head.child(ctx.head.root, "webhooks", name)
        if name in old or after is None:
            continue
        for method in _methods(after.value):
            ctx.reporter.add(
                "webhook-added",
                operation=f"{method.upper()} webhook {name}",
                pointer=jp.join("", "webhooks", name, method),
                target=after.target,
                name=str(name),
            )


def _methods(item: object) -> list[str]:
    return [m for m in METHODS if isinstance(item, dict) and isinstance(item.get(m), dict)]
