"""Schema changes and the places a schema sits, from which the schema rules are generated.

A change's severity follows from the direction of its place: tightening what a client sends
(a request parameter or body) is breaking and loosening it is not; loosening what a server
returns (a response body or header) is breaking and tightening it is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from contracts.diff.findings import Severity

B, W, I = Severity.BREAKING, Severity.WARNING, Severity.INFO  # noqa: E741 (table legibility)


@dataclass(frozen=True)
class SchemaPlace:
    """Where a schema sits: the id prefix, the direction and how its subject reads."""

    prefix: str
    direction: str  # "request" or "response"
    subject: str  # generic subject shown by --list-rules


#: The places a compared schema can sit.
SCHEMA_PLACES: tuple[SchemaPlace, ...] = (
    SchemaPlace("request-parameter", "request", "{location} parameter `{name}`"),
    SchemaPlace("request-body", "request", "request property `{name}`"),
    SchemaPlace("response-body", "response", "response property `{name}` ({status})"),
    SchemaPlace("response-header", "response", "response header `{name}` ({status})"),
    # A callback turns the roles round: the API sends the request, the client answers.
    SchemaPlace(
        "callback-request-body", "response", "callback `{callback}` request property `{name}`"
    ),
    SchemaPlace(
        "callback-response-body",
        "request",
        "callback `{callback}` response property `{name}` ({status})",
    ),
    # A webhook likewise: the API sends it and the receiver answers.
    SchemaPlace(
        "webhook-request-body", "response", "webhook `{webhook}` request property `{name}`"
    ),
    SchemaPlace(
        "webhook-response-body",
        "request",
        "webhook `{webhook}` response property `{name}` ({status})",
    ),
)

_SENT = "(requests that were valid will be rejected)"
_RECEIVED = "(clients may receive values they do not handle)"


@dataclass(frozen=True)
class SchemaChange:
    """A kind of schema change, with its severity in a request and in a response."""

    kind: str
    text: str
    request: Severity
    response: Severity
    request_why: str = _SENT
    response_why: str = _RECEIVED
    additive: bool = False


def _bound(keyword: str, name: str, tighter: str) -> tuple[SchemaChange, SchemaChange]:
    return (
        SchemaChange(
            f"{name}-tightened",
            f"{keyword} was tightened: {{change}}",
            B,
            I,
            request_why=f"(clients sending {tighter} will be rejected)",
        ),
        SchemaChange(
            f"{name}-loosened",
            f"{keyword} was loosened: {{change}}",
            I,
            B,
            response_why=f"(clients may receive {tighter})",
        ),
    )


#: Every kind of schema change; ``{subject}`` starts each message.
SCHEMA_CHANGES: tuple[SchemaChange, ...] = (
    SchemaChange(
        "type-changed",
        "changed type from {base} to {head}",
        B,
        B,
        request_why="(clients sending {base} values will be rejected)",
        response_why="(clients parsing {base} values will break)",
    ),
    SchemaChange(
        "type-widened",
        "widened type from {base} to {head}",
        I,
        B,
        response_why="(clients may receive {added} values they cannot parse)",
    ),
    SchemaChange(
        "type-narrowed",
        "narrowed type from {base} to {head}",
        B,
        I,
        request_why="(clients sending values that are not {head} will be rejected)",
    ),
    SchemaChange(
        "format-changed",
        "changed format from {base} to {head}",
        B,
        B,
        request_why="(clients sending {base} values will be rejected)",
        response_why="(clients parsing {base} values will break)",
    ),
    SchemaChange(
        "format-widened",
        "widened format from {base} to {head}",
        I,
        B,
        response_why="(clients may receive values that do not fit {base})",
    ),
    SchemaChange(
        "format-narrowed",
        "narrowed format from {base} to {head}",
        B,
        I,
        request_why="(clients sending values that do not fit {head} will be rejected)",
    ),
    SchemaChange("format-added", "gained format {head}", B, I),
    SchemaChange(
        "format-removed",
        "lost format {base}",
        I,
        B,
        response_why="(clients parsing it as {base} may break)",
    ),
    SchemaChange(
        "enum-value-removed",
        "no longer allows enum value(s) {values}",
        B,
        I,
        request_why="(clients sending them will be rejected)",
    ),
    SchemaChange(
        "enum-value-added",
        "allows new enum value(s) {values}",
        I,
        B,
        response_why="(clients may not handle them; mark the enum with "
        "`x-extensible-enum` if they must)",
        additive=True,
    ),
    SchemaChange(
        "became-enum",
        "is now restricted to the values {values}",
        B,
        I,
        request_why="(clients sending other values will be rejected)",
    ),
    SchemaChange("enum-removed", "is no longer restricted to an enum", I, B),
    SchemaChange(
        "became-nullable", "became nullable", I, B, response_why="(clients may receive null)"
    ),
    SchemaChange(
        "became-not-nullable",
        "is no longer nullable",
        B,
        I,
        request_why="(clients sending null will be rejected)",
    ),
    SchemaChange(
        "default-changed",
        "default changed from {base} to {head}",
        W,
        I,
        request_why="(clients that omit it get different behaviour)",
    ),
    SchemaChange(
        "default-removed",
        "lost its default {base}",
        W,
        I,
        request_why="(clients that omit it may get different behaviour)",
    ),
    SchemaChange("default-added", "gained the default {head}", I, I),
    SchemaChange("deprecated", "was deprecated", I, I),
    *_bound("maximum", "maximum", "larger values"),
    *_bound("minimum", "minimum", "smaller values"),
    *_bound("maxLength", "max-length", "longer values"),
    *_bound("minLength", "min-length", "shorter values"),
    *_bound("maxItems", "max-items", "more items"),
    *_bound("minItems", "min-items", "fewer items"),
    *_bound("maxProperties", "max-properties", "more properties"),
    *_bound("minProperties", "min-properties", "fewer properties"),
    *_bound("multipleOf", "multiple-of", "other multiples"),
    *_bound("uniqueItems", "unique-items", "repeated items"),
    SchemaChange(
        "pattern-added",
        "gained the pattern `{head}`",
        B,
        I,
        request_why="(clients sending values that do not match will be rejected)",
    ),
    SchemaChange("pattern-removed", "lost the pattern `{base}`", I, B),
    SchemaChange(
        "pattern-changed",
        "changed pattern from `{base}` to `{head}`",
        W,
        W,
        request_why="(values matching only the old pattern will be rejected)",
        response_why="(values may no longer match the old pattern)",
    ),
    SchemaChange("property-added", "was added", I, I, additive=True),
    SchemaChange(
        "required-property-added",
        "was added as required{note}",
        B,
        I,
        request_why="(existing clients do not send it)",
        additive=True,
    ),
    SchemaChange(
        "property-removed",
        "was removed{renamed}",
        W,
        W,
        request_why="(clients still sending it may be rejected)",
        response_why="(clients reading it must handle its absence)",
    ),
    SchemaChange(
        "required-property-removed",
        "was removed{renamed}",
        W,
        B,
        request_why="(clients still sending it may be rejected)",
        response_why="(clients reading it will break)",
    ),
    SchemaChange(
        "property-became-required",
        "became required{note}",
        B,
        I,
        request_why="(clients that omit it will be rejected)",
    ),
    SchemaChange(
        "property-became-optional",
        "became optional",
        I,
        B,
        response_why="(clients reading it must handle its absence)",
    ),
    SchemaChange(
        "property-became-read-only",
        "became read-only",
        W,
        I,
        request_why="(clients can no longer set it)",
    ),
    SchemaChange(
        "property-became-write-only",
        "became write-only",
        I,
        B,
        response_why="(it is no longer returned; clients reading it will break)",
    ),
    SchemaChange(
        "additional-properties-disallowed",
        "no longer allows additional properties",
        B,
        I,
        request_why="(requests with other properties will be rejected)",
    ),
    SchemaChange(
        "additional-properties-allowed",
        "now allows additional properties",
        I,
        W,
        response_why="(strict clients may reject properties they do not know)",
    ),
    SchemaChange(
        "variant-added",
        "gained the {keyword} variant {label}",
        I,
        B,
        response_why="(clients may receive a shape they do not handle)",
        additive=True,
    ),
    SchemaChange(
        "variant-removed",
        "lost the {keyword} variant {label}",
        B,
        I,
        request_why="(clients sending that shape will be rejected)",
    ),
    SchemaChange(
        "additional-properties-restricted",
        "now constrains its additional properties",
        B,
        I,
        request_why="(requests with other properties that do not fit will be rejected)",
    ),
    SchemaChange(
        "additional-properties-unrestricted",
        "no longer constrains its additional properties",
        I,
        W,
        response_why="(clients may receive additional properties of another shape)",
    ),
    SchemaChange(
        "one-of-became-any-of",
        "changed from oneOf to anyOf",
        I,
        W,
        response_why="(a value may now match several variants; clients that pick exactly one "
        "may fail)",
    ),
    SchemaChange(
        "any-of-became-one-of",
        "changed from anyOf to oneOf",
        W,
        I,
        request_why="(values matching several variants will be rejected)",
    ),
    SchemaChange(
        "discriminator-value-removed",
        "lost the `{property}` value(s) {values}",
        B,
        I,
        request_why="(clients sending them will be rejected)",
    ),
    SchemaChange(
        "discriminator-value-added",
        "gained the `{property}` value(s) {values}",
        I,
        B,
        response_why="(clients may receive a variant tag they do not handle)",
        additive=True,
    ),
    SchemaChange(
        "discriminator-mapping-changed",
        "maps `{property}` value {value} to {head} instead of {base}",
        B,
        B,
        request_why="(payloads clients tag that way will be read as another variant)",
        response_why="(clients will read payloads tagged that way as the old variant)",
    ),
    SchemaChange(
        "discriminator-changed",
        "changed discriminator from `{base}` to `{head}`",
        W,
        W,
        request_why="(clients tag their payloads the old way)",
        response_why="(clients read the variant from the old property)",
    ),
)

SCHEMA_CHANGE_BY_KIND: dict[str, SchemaChange] = {change.kind: change for change in SCHEMA_CHANGES}
PLACE_BY_PREFIX: dict[str, SchemaPlace] = {place.prefix: place for place in SCHEMA_PLACES}


def schema_message(change: SchemaChange, place: SchemaPlace) -> str:
    """The message template after ``{subject}``: the change and, when it hurts, why."""
    direction = place.direction
    severity = change.request if direction == "request" else change.response
    if severity is Severity.INFO:
        return change.text
    why = change.request_why if direction == "request" else change.response_why
    if place.prefix.startswith(("callback-", "webhook-")):
        # Whoever is hurt is the receiver of the callback or webhook.
        why = why.replace("clients may receive", "receivers may get")
        why = why.replace("clients", "receivers")
    return f"{change.text} {why}"
