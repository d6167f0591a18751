"""Turning detected changes into findings: rule lookup, messages and source locations."""

from __future__ import annotations

from dataclasses import dataclass

from contracts import pointer as jp
from contracts.diff.catalogue import rule
from contracts.diff.findings import Finding
from contracts.diff.schema_changes import PLACE_BY_PREFIX, SCHEMA_CHANGE_BY_KIND, schema_message
from contracts.diff.schemas import Change
from contracts.diff.view import SpecView
from contracts.workspace import Target


@dataclass(frozen=True)
class Subject:
    """What a compared schema belongs to: its place, root name and qualifiers."""

    prefix: str
    #: Parameter or header name; empty for a request or response body.
    name: str = ""
    #: The parameter's location (``query``, ``header``...), for parameters.
    location: str = ""
    #: The response status (and media type when there are several), for responses.
    status: str = ""
    #: The callback's or webhook's name, for their bodies.
    callback: str = ""

    def text(self, path: tuple[str, ...]) -> str:
        """How the (nested) subject reads at the start of a message."""
        nested = _join_name(path)
        name = (
            f"{self.name}.{nested}"
            if self.name and nested and not nested.startswith("[")
            else (self.name + nested)
        )
        if not self.name and name and set(name) <= {"[", "]"}:
            # The items of a body that is an array: "response body items", not "property `[]`".
            return self.text(()).replace(" body", " body items", 1)
        if self.prefix == "request-parameter":
            return f"{self.location} parameter `{name}`"
        if self.prefix == "response-header":
            return f"response header `{name}` ({self.status})"
        if self.prefix == "request-body":
            return f"request property `{name}`" if name else "request body"
        kind, _, place = self.prefix.partition("-")
        if kind in ("callback", "webhook"):
            where = f"{kind} `{self.callback}`"
            if place == "request-body":
                return f"{where} request property `{name}`" if name else f"{where} request body"
            return (
                f"{where} response property `{name}` ({self.status})"
                if name
                else f"{where} response body ({self.status})"
            )
        return (
            f"response property `{name}` ({self.status})"
            if name
            else (f"response body ({self.status})")
        )


def _join_name(path: tuple[str, ...]) -> str:
    text = ""
    for token in path:
        if token == "[]" or token.startswith("("):
            text += token
        else:
            text += f".{token}" if text else token
    return text


class Reporter:
    """Collects the findings of one spec pair."""

    def __init__(self, spec: str, base: SpecView, head: SpecView) -> None:
        self.spec = spec
        self.base = base
        self.head = head
        self.findings: list[Finding] = []

    def add(
        self,
        rule_id: str,
        *,
        operation: str | None,
        pointer: str,
        target: Target,
        side: str = "head",
        **fields: str,
    ) -> None:
        """Record a finding of a plain (non-schema) rule."""
        entry = rule(rule_id)
        self._append(rule_id, entry.message.format(**fields), operation, pointer, target, side)

    def add_schema_changes(
        self,
        changes: list[Change],
        subject: Subject,
        *,
        operation: str | None,
        base_pointer: str,
        head_pointer: str,
    ) -> None:
        """Record the findings of schema changes found below ``base/head_pointer``."""
        place = PLACE_BY_PREFIX[subject.prefix]
        for change in changes:
            kind = SCHEMA_CHANGE_BY_KIND[change.kind]
            text = schema_message(kind, place).format(**dict(change.fields))
            message = f"{subject.text(change.name)} {text}"
            root = base_pointer if change.side == "base" else head_pointer
            self._append(
                f"{subject.prefix}-{change.kind}",
                message,
                operation,
                jp.join(root, *change.tokens),
                change.target,
                change.side,
            )

    def _append(
        self,
        rule_id: str,
        message: str,
        operation: str | None,
        pointer: str,
        target: Target,
        side: str,
    ) -> None:
        view = self.head if side == "head" else self.base
        entry = rule(rule_id)
        self.findings.append(
            Finding(
                rule_id,
                entry.severity,
                message,
                operation,
                pointer,
                view.location(target),
                side,
                self.spec,
                target.pointer,
            )
        )
