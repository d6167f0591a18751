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


@rule(
    "oas3-unused-component",
    Severity.WARNING,
    "every component of the root document is referenced somewhere",
)
def unused_component(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report root components that no ``$ref`` (or discriminator mapping) points at."""
    used: set[str] = set()
    for site in ctx.reach[0]:
        target = ctx.deref.target(site.ref, site.file)
        if target.file == ctx.root:
            used.add(target.pointer)
    for schema in ctx.graph.schemas:
        discriminator = schema.value.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        for value in mapping.values() if isinstance(mapping, dict) else []:
            if isinstance(value, str):
                target = ctx.deref.target(value if "#" in value else "", schema.file)
                used.add(target.pointer if "#" in value else f"/components/schemas/{value}")
    # A reference into a component (".../Thing/properties/id") uses the component too.
    used_components = {"/".join(pointer.split("/")[:4]) for pointer in used}
    components = ctx.data.get("components")
    for kind, section in components.items() if isinstance(components, dict) else []:
        # Security schemes are used by name in security requirements, never by $ref.
        if kind == "securitySchemes" or not isinstance(section, dict):
            continue
        for name in section:
            at = jp.join("", "components", str(kind), str(name))
            if at not in used_components:
                message = f"{kind} {name!r} is never referenced"
                yield ctx.finding(rule, ctx.root, at, message)
