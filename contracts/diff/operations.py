"""Operation rules: operationId and the deprecation lifecycle (``deprecated``, ``x-sunset``)."""

from __future__ import annotations

import datetime
import email.utils
from typing import Any

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.workspace import Target


def sunset_of(operation: Any) -> datetime.date | None:
    """The ``x-sunset`` date of an operation, or None.

    Written as an ISO date or date-time, or as the HTTP-date of the ``Sunset`` header
    (RFC 8594), e.g. ``Wed, 30 Jun 2027 23:59:59 GMT``.
    """
    value = operation.get("x-sunset") if isinstance(operation, dict) else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError):
            return None
    return None


def _target(pair: OperationPair, key: str) -> Target:
    if isinstance(pair.head.value, dict) and key in pair.head.value:
        return Target(pair.head.target.file, jp.join(pair.head.target.pointer, key))
    return pair.head.target


def compare_operation_id(ctx: DiffContext, pair: OperationPair) -> None:
    """Report an operationId changed, removed or added."""
    old, new = pair.base.value.get("operationId"), pair.head.value.get("operationId")
    if old == new:
        return
    pointer = jp.join(pair.head_pointer, "operationId")
    add = ctx.reporter.add
    if old is None:
        add(
            "operation-id-added",
            operation=pair.label,
            pointer=pointer,
            target=_target(pair, "operationId"),
            head=str(new),
        )
    elif new is None:
        add(
            "operation-id-removed",
            operation=pair.label,
            pointer=pair.head_pointer,
            target=pair.head.target,
            base=str(old),
        )
    else:
        add(
            "operation-id-changed",
            operation=pair.label,
            pointer=pointer,
            target=_target(pair, "operationId"),
            base=str(old),
            head=str(new),
        )


def compare_lifecycle(ctx: DiffContext, pair: OperationPair) -> None:
    """Report deprecation and sunset changes."""
    old, new = pair.base.value, pair.head.value
    was, now = bool(old.get("deprecated")), bool(new.get("deprecated"))
    before, after = sunset_of(old), sunset_of(new)
    add = ctx.reporter.add
    pointer = jp.join(pair.head_pointer, "deprecated")
    if now and not was:
        if after is None:
            add(
                "operation-deprecated-without-sunset",
                operation=pair.label,
                pointer=pointer,
                target=_target(pair, "deprecated"),
            )
        else:
            add(
                "operation-deprecated",
                operation=pair.label,
                pointer=pointer,
                target=_target(pair, "deprecated"),
                sunset=after.isoformat(),
            )
        return
    if was and not now:
        add(
            "operation-undeprecated",
            operation=pair.label,
            pointer=pair.head_pointer,
            target=pair.head.target,
        )
        return
    if not now or before == after:
        return
    sunset_pointer = jp.join(pair.head_pointer, "x-sunset")
    if before is not None and after is None:
        add(
            "operation-sunset-removed",
            operation=pair.label,
            pointer=pair.head_pointer,
            target=pair.head.target,
            base=before.isoformat(),
        )
    elif before is not None and after is not None:
        rule_id = (
            "operation-sunset-brought-forward" if after < before else "operation-sunset-postponed"
        )
        add(
            rule_id,
            operation=pair.label,
            pointer=sunset_pointer,
            target=_target(pair, "x-sunset"),
            base=before.isoformat(),
            head=after.isoformat(),
        )
