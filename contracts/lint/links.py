"""Link rules: links name operations that exist and use valid runtime expressions.

Links matter beyond documentation here: Schemathesis's stateful phase follows them, so a
link to a renamed operation silently turns that phase off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import rule

# OpenAPI 3.0.3 section 4.7.20.4 (runtime expression ABNF), for whole-value expressions.
_SOURCE = r"(header\.[!#$%&'*+.^_`|~0-9A-Za-z-]+|query\.[^\s]+|path\.[^\s]+|body(#(/[^\s]*)?)?)"
_EXPRESSION = re.compile(rf"^\$(url|method|statusCode|request\.{_SOURCE}|response\.{_SOURCE})$")
# Runtime expressions embedded in a string: "{$request.path.id}".
_EMBEDDED = re.compile(r"\{(\$[^{}]*)\}")


@rule(
    "link-operation-defined",
    Severity.ERROR,
    "a link's operationId names an operation of the document",
)
def link_operation_defined(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report links whose operationId matches no operation."""
    known = {
        op_id
        for op in ctx.graph.operations
        if isinstance(op_id := op.node.value.get("operationId"), str)
    }
    for link in ctx.graph.links:
        target = link.value.get("operationId")
        if isinstance(target, str) and target not in known:
            message = f"link points at operationId {target!r}, which no operation has"
            yield ctx.finding(rule, link.file, jp.join(link.pointer, "operationId"), message)


@rule(
    "oas3-links-parameters-expression",
    Severity.ERROR,
    "link parameters and requestBody use valid runtime expressions",
)
def links_parameters_expression(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report link values that look like runtime expressions but are not valid ones."""
    for link in ctx.graph.links:
        parameters = link.value.get("parameters")
        values: list[tuple[str, Any]] = [
            (jp.join(link.pointer, "parameters", str(name)), value)
            for name, value in (parameters.items() if isinstance(parameters, dict) else [])
        ]
        if "requestBody" in link.value:
            values.append((jp.join(link.pointer, "requestBody"), link.value["requestBody"]))
        for at, value in values:
            for expression in _expressions(value):
                if not _EXPRESSION.match(expression):
                    message = f"{expression!r} is not a runtime expression"
                    yield ctx.finding(rule, link.file, at, message)


def _expressions(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    if value.startswith("$"):
        return [value]
    return _EMBEDDED.findall(value)
