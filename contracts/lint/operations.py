"""Operation rules: ids, responses, security, tags, summaries."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.graph import Operation, parameter_key
from contracts.lint.registry import rule

# STYLE.md: an operationId reads as <module>.<function> of its handler.
_HANDLER_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$")


def _at(op: Operation, *tokens: str | int) -> str:
    return jp.join(op.node.pointer, *tokens)


@rule(
    "operation-operationId-unique",
    Severity.ERROR,
    "operationIds are unique across the document",
)
def operation_id_unique(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report every operation after the first that reuses an operationId."""
    seen: dict[str, Operation] = {}
    for op in ctx.graph.operations:
        op_id = op.node.value.get("operationId")
        if not isinstance(op_id, str):
            continue
        first = seen.setdefault(op_id, op)
        if first is not op:
            message = f"operationId {op_id!r} is also used by {first.method.upper()} {first.path}"
            yield ctx.finding(rule, op.node.file, _at(op, "operationId"), message)


@rule("operation-operationId", Severity.WARNING, "every operation has an operationId")
def operation_id_present(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without an operationId."""
    for op in ctx.graph.operations:
        if not op.node.value.get("operationId"):
            message = f"{op.method.upper()} {op.path} has no operationId"
            yield ctx.finding(rule, op.node.file, op.node.pointer, message)


@rule(
    "operation-operationId-handler",
    Severity.WARNING,
    "operationId reads <module>.<function>, the handler that serves it (house rule)",
)
def operation_id_handler(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operationIds that cannot name a handler function."""
    for op in ctx.graph.served:
        op_id = op.node.value.get("operationId")
        if isinstance(op_id, str) and op_id and not _HANDLER_NAME.match(op_id):
            message = f"operationId {op_id!r} does not read <module>.<function>"
            yield ctx.finding(rule, op.node.file, _at(op, "operationId"), message)


@rule("operation-4xx-response", Severity.ERROR, "every operation declares a 4xx response")
def operation_4xx_response(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations whose responses hold no 4XX code."""
    for op in ctx.graph.served:
        codes = _codes(op.node.value)
        if not any(code.startswith("4") for code in codes):
            message = f"{op.method.upper()} {op.path} declares no 4xx response"
            yield ctx.finding(rule, op.node.file, _at(op, "responses"), message)


@rule(
    "operation-success-response",
    Severity.WARNING,
    "every operation declares a 2xx or 3xx response",
)
def operation_success_response(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without a success response."""
    for op in ctx.graph.served:
        if not any(code[:1] in ("2", "3") for code in _codes(op.node.value)):
            message = f"{op.method.upper()} {op.path} declares no 2xx or 3xx response"
            yield ctx.finding(rule, op.node.file, _at(op, "responses"), message)


def _codes(op: dict[str, Any]) -> list[str]:
    responses = op.get("responses")
    return [str(code).upper() for code in responses] if isinstance(responses, dict) else []


@rule(
    "security-defined",
    Severity.ERROR,
    "every operation has security (its own or the root's; [] counts) of declared schemes/scopes",
)
def security_defined(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without security, and requirements naming undeclared schemes or scopes."""
    data = ctx.data
    schemes = _scheme_scopes(ctx)
    root_security = data.get("security")
    if isinstance(root_security, list):
        yield from _undeclared(ctx, rule, root_security, schemes, ctx.root, "/security")
    for op in ctx.graph.served:
        own = op.node.value.get("security")
        if isinstance(own, list):
            at = _at(op, "security")
            yield from _undeclared(ctx, rule, own, schemes, op.node.file, at)
        elif not isinstance(root_security, list):
            message = f"{op.method.upper()} {op.path} has no security and the root has none"
            yield ctx.finding(rule, op.node.file, op.node.pointer, message)


def _scheme_scopes(ctx: LintContext) -> dict[str, set[str] | None]:
    """Declared scheme name -> the scopes it defines (None: a scheme without scopes)."""
    components = ctx.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    found: dict[str, set[str] | None] = {}
    for name, value in schemes.items() if isinstance(schemes, dict) else []:
        at = jp.join("", "components", "securitySchemes", str(name))
        scheme = ctx.follow(value, ctx.root, at)
        kind = scheme.value.get("type") if scheme is not None else None
        if kind == "oauth2" and scheme is not None:
            flows = scheme.value.get("flows")
            scopes: set[str] = set()
            for flow in flows.values() if isinstance(flows, dict) else []:
                declared = flow.get("scopes") if isinstance(flow, dict) else None
                if isinstance(declared, dict):
                    scopes.update(str(scope) for scope in declared)
            found[str(name)] = scopes
        else:
            # OpenID Connect scopes live in the provider's discovery document: not checked.
            found[str(name)] = None if kind != "openIdConnect" else {"*"}
    return found


def _undeclared(
    ctx: LintContext,
    rule: Rule,
    requirements: list[Any],
    schemes: dict[str, set[str] | None],
    file: Path,
    at: str,
) -> Iterator[Finding]:
    for index, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            continue
        for name, scopes in requirement.items():
            where = jp.join(at, index, str(name))
            if name not in schemes:
                message = f"security scheme {name!r} is not declared in components"
                yield ctx.finding(rule, file, where, message)
                continue
            known = schemes[name]
            for scope in scopes if isinstance(scopes, list) else []:
                if known is None and ctx.version == "3.0":
                    message = f"scheme {name!r} takes no scopes in OpenAPI 3.0 (got {scope!r})"
                    yield ctx.finding(rule, file, where, message)
                    break
                if known is not None and "*" not in known and str(scope) not in known:
                    message = f"scope {scope!r} is not declared by scheme {name!r}"
                    yield ctx.finding(rule, file, where, message)


@rule("operation-tags", Severity.WARNING, "every operation has a non-empty tags list")
def operation_tags(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without tags."""
    for op in ctx.graph.served:
        tags = op.node.value.get("tags")
        if not isinstance(tags, list) or not tags:
            message = f"{op.method.upper()} {op.path} has no tags"
            yield ctx.finding(rule, op.node.file, op.node.pointer, message)


@rule(
    "operation-tag-defined",
    Severity.WARNING,
    "every tag an operation uses is declared in the root tags",
)
def operation_tag_defined(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operation tags missing from the root ``tags`` list."""
    root_tags = ctx.data.get("tags")
    declared = (
        {str(tag.get("name")) for tag in root_tags if isinstance(tag, dict)}
        if isinstance(root_tags, list)
        else set()
    )
    for op in ctx.graph.served:
        tags = op.node.value.get("tags")
        for index, tag in enumerate(tags if isinstance(tags, list) else []):
            if str(tag) not in declared:
                message = f"tag {tag!r} is not declared in the root tags"
                yield ctx.finding(rule, op.node.file, _at(op, "tags", index), message)


@rule("operation-summary", Severity.WARNING, "every operation has a summary")
def operation_summary(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without a summary."""
    yield from _missing_text(ctx, rule, "summary")


@rule("operation-description", Severity.WARNING, "every operation has a description")
def operation_description(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report operations without a description."""
    yield from _missing_text(ctx, rule, "description")


def _missing_text(ctx: LintContext, rule: Rule, key: str) -> Iterator[Finding]:
    for op in ctx.graph.operations:
        text = op.node.value.get(key)
        if not isinstance(text, str) or not text.strip():
            message = f"{op.method.upper()} {op.path} has no {key}"
            yield ctx.finding(rule, op.node.file, op.node.pointer, message)


@rule(
    "operation-parameters",
    Severity.ERROR,
    "no two parameters of an operation share a name and location",
)
def operation_parameters(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a parameter declared twice in one operation (or twice on its path item)."""
    reported: set[tuple[Path, str]] = set()
    for op in ctx.graph.operations:
        for group in (op.path_parameters, op.parameters):
            seen: dict[tuple[str, str], int] = defaultdict(int)
            for param in group:
                key = parameter_key(param)
                seen[key] += 1
                if seen[key] == 2 and (param.file, param.pointer) not in reported:
                    reported.add((param.file, param.pointer))
                    message = f"parameter {key[0]!r} in {key[1]} is declared twice"
                    yield ctx.finding(rule, param.file, param.pointer, message)
