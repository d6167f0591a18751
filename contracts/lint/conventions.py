"""Document-wide conventions: servers, info, tags, Location on 201, writeOnly in responses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.node import Node
from contracts.lint.registry import rule


@rule("oas3-api-servers", Severity.WARNING, "servers is present and not empty")
def api_servers(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a document without servers."""
    servers = ctx.data.get("servers")
    if not isinstance(servers, list) or not servers:
        yield ctx.finding(rule, ctx.root, "/servers", "the document declares no servers")


@rule(
    "oas3-server-trailing-slash",
    Severity.WARNING,
    "server URLs do not end with a slash (paths begin with one)",
)
def server_trailing_slash(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report server URLs ending in ``/``, which would double the slash before every path."""
    servers = ctx.data.get("servers")
    for index, server in enumerate(servers if isinstance(servers, list) else []):
        url = server.get("url") if isinstance(server, dict) else None
        if isinstance(url, str) and len(url) > 1 and url.endswith("/"):
            message = f"server URL {url} ends with a slash"
            yield ctx.finding(rule, ctx.root, jp.join("", "servers", index, "url"), message)


@rule("info-contact", Severity.WARNING, "info has a contact")
def info_contact(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a document whose info names no contact."""
    info = ctx.data.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("contact"), dict):
        yield ctx.finding(rule, ctx.root, "/info", "info has no contact")


@rule("info-license", Severity.WARNING, "info has a license")
def info_license(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a document whose info names no license."""
    info = ctx.data.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("license"), dict):
        yield ctx.finding(rule, ctx.root, "/info", "info has no license")


@rule("info-description", Severity.WARNING, "info has a non-empty description")
def info_description(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a document whose info has no description."""
    info = ctx.data.get("info")
    text = info.get("description") if isinstance(info, dict) else None
    if not isinstance(text, str) or not text.strip():
        yield ctx.finding(rule, ctx.root, "/info", "info has no description")


@rule("openapi-tags-uniqueness", Severity.ERROR, "root tag names are unique")
def tags_uniqueness(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a root tag declared twice."""
    tags = ctx.data.get("tags")
    seen: set[str] = set()
    for index, tag in enumerate(tags if isinstance(tags, list) else []):
        name = tag.get("name") if isinstance(tag, dict) else None
        if isinstance(name, str):
            if name in seen:
                message = f"tag {name!r} is declared twice"
                yield ctx.finding(rule, ctx.root, jp.join("", "tags", index, "name"), message)
            seen.add(name)


def _header_names(response: Node) -> set[str]:
    headers = response.value.get("headers")
    return {str(name).lower() for name in headers} if isinstance(headers, dict) else set()


@rule(
    "operation-201-location",
    Severity.WARNING,
    "201 responses declare a Location header once any response of the API does (house rule)",
)
def created_location(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report 201 responses without Location in a document that uses Location elsewhere."""
    responses = ctx.graph.responses
    if not any("location" in _header_names(response) for response in responses):
        return
    for response in responses:
        if response.role == "201" and "location" not in _header_names(response):
            message = "a 201 response should say where the new resource is (Location header)"
            yield ctx.finding(rule, response.file, response.pointer, message)


@rule(
    "response-writeOnly-property",
    Severity.WARNING,
    "response examples do not expose writeOnly properties (house rule)",
)
def response_write_only(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report a response example that carries a value for a writeOnly property."""
    for media in ctx.graph.media_types:
        if media.role != "response":
            continue
        schema = ctx.follow(media.value.get("schema"), media.file, media.pointer)
        if schema is None:
            continue
        for file, at, value in _examples(ctx, media):
            for pointer, name in _write_only(ctx, schema, value, at, 0):
                message = f"writeOnly property {name!r} appears in a response example"
                yield ctx.finding(rule, file, pointer, message)


def _examples(ctx: LintContext, media: Node) -> Iterator[tuple[Path, str, Any]]:
    if "example" in media.value:
        yield media.file, jp.join(media.pointer, "example"), media.value["example"]
    examples = media.value.get("examples")
    for name, example in examples.items() if isinstance(examples, dict) else []:
        target = ctx.follow(example, media.file, jp.join(media.pointer, "examples", name))
        if target is not None and "value" in target.value:
            yield target.file, jp.join(target.pointer, "value"), target.value["value"]


def _write_only(
    ctx: LintContext, schema: Node, value: Any, at: str, depth: int
) -> Iterator[tuple[str, str]]:
    """(pointer, property) for writeOnly properties set in ``value``; allOf is merged."""
    if depth > 20:  # recursive schemas with deep example data: enough is enough
        return
    if isinstance(value, list):
        items = ctx.follow(schema.value.get("items"), schema.file, schema.pointer)
        if items is not None:
            for index, item in enumerate(value):
                yield from _write_only(ctx, items, item, jp.join(at, index), depth + 1)
        return
    if not isinstance(value, dict):
        return
    for part in _all_of(ctx, schema):
        properties = part.value.get("properties")
        for name, sub in properties.items() if isinstance(properties, dict) else []:
            if name not in value:
                continue
            prop = ctx.follow(sub, part.file, jp.join(part.pointer, "properties", name))
            if prop is None:
                continue
            if prop.value.get("writeOnly") is True:
                yield jp.join(at, name), str(name)
            else:
                yield from _write_only(ctx, prop, value[name], jp.join(at, name), depth + 1)


def _all_of(ctx: LintContext, schema: Node) -> list[Node]:
    parts = [schema]
    index = 0
    while index < len(parts) and len(parts) < 50:
        branches = parts[index].value.get("allOf")
        for number, branch in enumerate(branches if isinstance(branches, list) else []):
            pointer = jp.join(parts[index].pointer, "allOf", number)
            found = ctx.follow(branch, parts[index].file, pointer)
            if found is not None:
                parts.append(found)
        index += 1
    return parts
