"""Path rules: templates and path parameters agree; paths are plain."""

from __future__ import annotations

import re
from collections.abc import Iterator

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import rule

_TEMPLATE_VARIABLE = re.compile(r"\{([^{}]*)\}")


@rule(
    "path-params",
    Severity.ERROR,
    "path template variables and in: path parameters match, once each, and are required",
)
def path_params(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Compare each operation's template variables with its declared path parameters."""
    reported: set[object] = set()
    for op in ctx.graph.served:
        variables = _TEMPLATE_VARIABLE.findall(op.path)
        declared = [p for p in op.effective_parameters() if p.value.get("in") == "path"]
        names = {str(p.value.get("name")) for p in declared}
        at = op.node.pointer
        for name in sorted({v for v in variables if variables.count(v) > 1}):
            yield ctx.finding(rule, op.node.file, at, f"{{{name}}} appears twice in {op.path}")
        for name in dict.fromkeys(variables):
            if name and not name.startswith("$") and name not in names:
                message = (
                    f"{op.method.upper()} {op.path}: {{{name}}} is not declared "
                    "as an in: path parameter"
                )
                yield ctx.finding(rule, op.node.file, at, message)
        for param in declared:
            name = param.value.get("name")
            once = (str(param.file), param.pointer)
            if name not in variables and (once, op.path) not in reported:
                reported.add((once, op.path))
                message = f"path parameter {name!r} is not in the template {op.path}"
                yield ctx.finding(rule, param.file, param.pointer, message)
            if param.value.get("required") is not True and once not in reported:
                reported.add(once)
                message = f"path parameter {name!r} must have required: true"
                yield ctx.finding(rule, param.file, param.pointer, message)


def _paths(ctx: LintContext) -> list[str]:
    paths = ctx.data.get("paths")
    return [str(path) for path in paths] if isinstance(paths, dict) else []


@rule("path-keys-no-trailing-slash", Severity.WARNING, "paths do not end with a slash")
def path_keys_no_trailing_slash(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report paths ending in ``/`` (other than ``/`` itself)."""
    for path in _paths(ctx):
        if len(path) > 1 and path.endswith("/"):
            message = f"path {path} ends with a slash"
            yield ctx.finding(rule, ctx.root, jp.join("", "paths", path), message)


@rule("path-not-include-query", Severity.WARNING, "paths hold no query string")
def path_not_include_query(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report paths containing ``?``."""
    for path in _paths(ctx):
        if "?" in path:
            message = f"path {path} holds a query string; declare in: query parameters"
            yield ctx.finding(rule, ctx.root, jp.join("", "paths", path), message)


@rule("path-declarations-must-exist", Severity.WARNING, "path templates hold no empty {}")
def path_declarations_must_exist(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report paths with an empty template variable."""
    for path in _paths(ctx):
        if "{}" in path:
            message = f"path {path} has an empty {{}}"
            yield ctx.finding(rule, ctx.root, jp.join("", "paths", path), message)


@rule(
    "no-identical-paths",
    Severity.ERROR,
    "no two paths differ only in the names of their template variables",
)
def no_identical_paths(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a path that matches the same requests as an earlier one (``/a/{id}``, ``/a/{x}``)."""
    seen: dict[str, str] = {}
    for path in _paths(ctx):
        shape = _TEMPLATE_VARIABLE.sub("{}", path)
        first = seen.setdefault(shape, path)
        if first != path:
            message = f"path {path} matches the same requests as {first}"
            yield ctx.finding(rule, ctx.root, jp.join("", "paths", path), message)
