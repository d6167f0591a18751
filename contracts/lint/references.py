"""Reference rules: every ``$ref`` resolves, and in 3.0 nothing sits beside one."""

from __future__ import annotations

from collections.abc import Iterator

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import rule


@rule("no-unresolved-refs", Severity.ERROR, "every $ref resolves, in this file or another")
def no_unresolved_refs(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report each reference whose file or pointer is missing."""
    for site in ctx.reach[0]:
        if site.problem is not None:
            message = f"cannot resolve $ref {site.ref!r}: {site.problem}"
            yield ctx.finding(rule, site.file, jp.join(site.pointer, "$ref"), message)


@rule(
    "no-$ref-siblings",
    Severity.WARNING,
    "no keys beside $ref in OpenAPI 3.0, where they are ignored",
)
def no_ref_siblings(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report keys written next to a ``$ref`` (OpenAPI 3.0 ignores them silently)."""
    if ctx.version != "3.0":
        return
    for site in ctx.reach[0]:
        if site.siblings:
            keys = ", ".join(site.siblings)
            message = f"{keys} beside $ref is ignored in OpenAPI 3.0"
            yield ctx.finding(rule, site.file, jp.join(site.pointer, site.siblings[0]), message)
