"""Security rules: requirements and scopes an operation needs, and the schemes themselves."""

from __future__ import annotations

from typing import Any

from contracts import pointer as jp
from contracts.diff.context import DiffContext, OperationPair
from contracts.workspace import Target

Requirement = dict[str, frozenset[str]]
_SCHEME_FIELDS = ("type", "scheme", "in", "name", "bearerFormat", "openIdConnectUrl")


def _scheme_fields(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The fields clients authenticate with, OAuth flows' URLs included, on both sides."""
    fields = [(field, before.get(field), after.get(field)) for field in _SCHEME_FIELDS]
    old_flows, new_flows = before.get("flows"), after.get("flows")
    old_flows = old_flows if isinstance(old_flows, dict) else {}
    new_flows = new_flows if isinstance(new_flows, dict) else {}
    for flow in old_flows:
        old_flow, new_flow = old_flows.get(flow), new_flows.get(flow)
        if not isinstance(new_flow, dict):
            fields.append((f"flows.{flow}", "present", "absent"))
            continue
        if isinstance(old_flow, dict):
            for url in ("authorizationUrl", "tokenUrl", "refreshUrl"):
                if old_flow.get(url) is not None:  # gaining a refreshUrl breaks nobody
                    fields.append((f"flows.{flow}.{url}", old_flow.get(url), new_flow.get(url)))
    return fields


def _requirements(value: Any) -> list[Requirement] | None:
    """The alternatives of a ``security`` list; None when anyone may call."""
    if not isinstance(value, list) or not value:
        return None
    result: list[Requirement] = []
    for item in value:
        if not isinstance(item, dict) or not item:
            return None  # an empty requirement makes authentication optional
        result.append(
            {
                str(k): frozenset(str(s) for s in v) if isinstance(v, list) else frozenset()
                for k, v in item.items()
            }
        )
    return result


def _effective(ctx_root: Any, operation: Any) -> tuple[list[Requirement] | None, bool]:
    if isinstance(operation, dict) and "security" in operation:
        return _requirements(operation["security"]), True
    return _requirements(ctx_root.get("security") if isinstance(ctx_root, dict) else None), False


def _satisfies(held: Requirement, needed: Requirement) -> bool:
    return all(name in held and scopes <= held[name] for name, scopes in needed.items())


def _names(requirement: Requirement) -> str:
    return " and ".join(f"`{name}`" for name in sorted(requirement))


def _schemes(view_root: Any) -> dict[str, dict[str, Any]]:
    components = view_root.get("components") if isinstance(view_root, dict) else None
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(schemes, dict):
        return {}
    return {str(k): v for k, v in schemes.items() if isinstance(v, dict)}


def _essence(scheme: dict[str, Any]) -> dict[str, Any]:
    """What a client authenticates with: the scheme without its prose."""
    return {k: v for k, v in scheme.items() if k != "description" and not k.startswith("x-")}


def scheme_renames(ctx: DiffContext) -> dict[str, str]:
    """Base scheme name -> head name, for a scheme renamed with an unchanged definition.

    Clients never see a scheme's name, only what it asks for (a header, a token URL).
    """
    old, new = _schemes(ctx.base.root.value), _schemes(ctx.head.root.value)
    fresh = [name for name in new if name not in old]
    renames: dict[str, str] = {}
    for name, scheme in old.items():
        if name in new:
            continue
        match = next(
            (
                n
                for n in fresh
                if n not in renames.values() and _essence(new[n]) == _essence(scheme)
            ),
            None,
        )
        if match is not None:
            renames[name] = match
    return renames


def _renamed(requirements: list[Requirement] | None, renames: dict[str, str]) -> Any:
    if requirements is None or not renames:
        return requirements
    return [{renames.get(name, name): scopes for name, scopes in r.items()} for r in requirements]


def compare_operation_security(ctx: DiffContext, pair: OperationPair) -> None:
    """Report requirements a client that could call the base operation no longer meets."""
    old, _ = _effective(ctx.base.root.value, pair.base.value)
    new, own = _effective(ctx.head.root.value, pair.head.value)
    if old != new:
        old = _renamed(old, scheme_renames(ctx))
    if old == new:
        return
    pointer = jp.join(pair.head_pointer, "security") if own else "/security"
    target = (
        Target(pair.head.target.file, jp.join(pair.head.target.pointer, "security"))
        if own
        else Target(ctx.head.root.target.file, "/security")
    )
    add = ctx.reporter.add
    if new is None:
        assert old is not None
        names = " or ".join(_names(requirement) for requirement in old)
        add(
            "security-requirement-removed",
            operation=pair.label,
            pointer=pointer,
            target=pair.head.target,
            schemes=names,
        )
        return
    if old is None:
        names = " or ".join(_names(requirement) for requirement in new)
        add(
            "security-requirement-added",
            operation=pair.label,
            pointer=pointer,
            target=target,
            schemes=names,
        )
        return
    for held in old:
        if any(_satisfies(held, needed) for needed in new):
            continue
        same_schemes = [needed for needed in new if set(needed) == set(held)]
        if same_schemes:
            needed = same_schemes[0]
            for scheme, scopes in sorted(needed.items()):
                extra = scopes - held[scheme]
                if extra:
                    add(
                        "security-scope-added",
                        operation=pair.label,
                        pointer=pointer,
                        target=target,
                        scheme=scheme,
                        scopes=", ".join(f"`{s}`" for s in sorted(extra)),
                    )
        else:
            closest = min(new, key=lambda needed: len(set(needed) - set(held)))
            missing = {name: closest[name] for name in closest if name not in held}
            add(
                "security-requirement-added",
                operation=pair.label,
                pointer=pointer,
                target=target,
                schemes=_names(missing or closest),
            )
    for needed in old:
        for granted in new:
            if set(granted) == set(needed) and granted != needed:
                for scheme, scopes in sorted(needed.items()):
                    fewer = scopes - granted[scheme]
                    if fewer:
                        add(
                            "security-scope-removed",
                            operation=pair.label,
                            pointer=pointer,
                            target=target,
                            scheme=scheme,
                            scopes=", ".join(f"`{s}`" for s in sorted(fewer)),
                        )


def compare_security_schemes(ctx: DiffContext) -> None:
    """Report schemes removed from or changed in ``components/securitySchemes``."""
    old = ctx.base.mapping(ctx.base.root, "components", "securitySchemes")
    new = ctx.head.mapping(ctx.head.root, "components", "securitySchemes")
    if old == new:
        return
    base_section = ctx.base.child(ctx.base.root, "components", "securitySchemes")
    head_section = ctx.head.child(ctx.head.root, "components", "securitySchemes")
    renames = scheme_renames(ctx)
    for name in old:
        pointer = jp.join("", "components", "securitySchemes", name)
        if name in renames and head_section is not None:
            node = ctx.head.child(head_section, renames[name])
            ctx.reporter.add(
                "security-scheme-renamed",
                operation=None,
                pointer=jp.join("", "components", "securitySchemes", renames[name]),
                target=node.target if node else head_section.target,
                base=name,
                head=renames[name],
            )
            continue
        if name not in new:
            assert base_section is not None
            node = ctx.base.child(base_section, name)
            ctx.reporter.add(
                "security-scheme-removed",
                operation=None,
                pointer=pointer,
                target=node.target if node else base_section.target,
                side="base",
                name=name,
            )
            continue
        assert base_section is not None and head_section is not None
        before = ctx.base.mapping(base_section, name) or None
        after = ctx.head.mapping(head_section, name) or None
        if not isinstance(before, dict) or not isinstance(after, dict):
            continue
        for field, was, now in _scheme_fields(before, after):
            # HTTP auth schemes (RFC 9110 section 11.1) and header names are case-insensitive.
            caseless = field == "scheme" or (field == "name" and after.get("in") == "header")
            if was != now and not (caseless and str(was).lower() == str(now).lower()):
                ctx.reporter.add(
                    "security-scheme-changed",
                    operation=None,
                    pointer=pointer,
                    target=Target(
                        head_section.target.file, jp.join(head_section.target.pointer, name)
                    ),
                    name=name,
                    field=f"`{field}`",
                    base=f"`{was}`",
                    head=f"`{now}`",
                )
    for name in new:
        if name not in old and name not in renames.values() and head_section is not None:
            node = ctx.head.child(head_section, name)
            ctx.reporter.add(
                "security-scheme-added",
                operation=None,
                pointer=jp.join("", "components", "securitySchemes", name),
                target=node.target if node else head_section.target,
                name=name,
            )
