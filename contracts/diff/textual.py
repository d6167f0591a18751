"""Values that travel as text: parameters and form fields, where ``string`` holds every scalar.

A query parameter or a form field declared ``integer`` is still sent as the characters
``42``; declaring it ``string`` instead accepts everything that was accepted before, so it
is a widening, not an unrelated type. Only scalars at the top of the value are concerned:
nested JSON (``content`` parameters, deeper properties) keeps its types.
"""

from __future__ import annotations

from dataclasses import replace

from contracts.diff.schemas import Change

_SCALARS = {"integer", "number", "boolean"}


def as_text(changes: list[Change], depth: int) -> list[Change]:
    """``changes`` with scalar-to-string changes ``depth`` names deep read as widenings."""
    return [_widened(change) if len(change.name) == depth else change for change in changes]


def _widened(change: Change) -> Change:
    fields = dict(change.fields)
    if change.kind != "type-changed" or fields.get("head") != "string":
        return change
    if not set(fields.get("base", "").split("|")) <= _SCALARS:
        return change
    return replace(change, kind="type-widened")
