"""The rule catalogue: every change `apikit diff` can report, with its id, severity and message.

Schema rules are generated from one table of schema changes (:data:`SCHEMA_CHANGES`) and the
four places a schema can sit (:data:`SCHEMA_PLACES`): a change's severity follows from the
direction of the place. Tightening what a client sends (a request parameter or body) is
breaking and loosening it is not; loosening what a server returns (a response body or
header) is breaking and tightening it is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from contracts.diff.findings import Rule, Severity

B, W, I = Severity.BREAKING, Severity.WARNING, Severity.INFO  # noqa: E741 (table legibility)

#: Non-schema rules: (id, severity, message template, family, additive).
_PLAIN: tuple[tuple[str, Severity, str, str, bool], ...] = (
    # specs and servers
    ("spec-removed", B, "spec `{spec}` was removed (every operation in it is gone)", "spec", False),
    ("spec-added", I, "spec `{spec}` was added", "spec", True),
    (
        "server-removed",
        W,
        "server `{url}` was removed (clients configured with it will fail)",
        "spec",
        False,
    ),
    ("server-added", I, "server `{url}` was added", "spec", True),
    # paths and operations
    (
        "path-removed",
        B,
        "path `{path}` was removed with its {method} operation (clients calling it will get 404)",
        "operations",
        False,
    ),
    (
        "operation-removed",
        B,
        "operation `{method} {path}` was removed (clients calling it will get 404 or 405)",
        "operations",
        False,
    ),
    (
        "operation-removed-after-sunset",
        W,
        "deprecated operation `{method} {path}` was removed after its sunset date {sunset} "
        "(clients that ignored the deprecation will break)",
        "operations",
        False,
    ),
    (
        "operation-moved",
        B,
        "operation `{operation_id}` moved from `{base}` to `{head}` (clients calling the old "
        "address will break)",
        "operations",
        False,
    ),
    ("path-added", I, "path `{path}` was added with its {method} operation", "operations", True),
    ("operation-added", I, "operation `{method} {path}` was added", "operations", True),
    (
        "operation-id-changed",
        B,
        "operationId changed from `{base}` to `{head}` (generated clients name their methods "
        "after it)",
        "operations",
        False,
    ),
    (
        "operation-id-removed",
        W,
        "operationId `{base}` was removed (generated clients name their methods after it)",
        "operations",
        False,
    ),
    ("operation-id-added", I, "operationId `{head}` was added", "operations", False),
    # lifecycle
    (
        "operation-deprecated",
        I,
        "operation was deprecated, with sunset date {sunset}",
        "lifecycle",
        False,
    ),
    (
        "operation-deprecated-without-sunset",
        W,
        "operation was deprecated without an `x-sunset` date (clients cannot tell when it will "
        "go away)",
        "lifecycle",
        False,
    ),
    ("operation-undeprecated", I, "operation is no longer deprecated", "lifecycle", False),
    (
        "operation-sunset-brought-forward",
        B,
        "sunset date brought forward from {base} to {head} (clients planned for the later date)",
        "lifecycle",
        False,
    ),
    (
        "operation-sunset-postponed",
        I,
        "sunset date postponed from {base} to {head}",
        "lifecycle",
        False,
    ),
    (
        "operation-sunset-removed",
        W,
        "sunset date {base} was removed from a deprecated operation (clients cannot tell when it "
        "will go away)",
        "lifecycle",
        False,
    ),
    (
        "request-parameter-deprecated",
        I,
        "{location} parameter `{name}` was deprecated",
        "lifecycle",
        False,
    ),
    # parameters
    (
        "request-parameter-added-required",
        B,
        "new required {location} parameter `{name}` (existing clients do not send it)",
        "parameters",
        False,
    ),
    (
        "request-parameter-added",
        I,
        "new optional {location} parameter `{name}`",
        "parameters",
        True,
    ),
    (
        "request-parameter-became-required",
        B,
        "{location} parameter `{name}` became required (clients that omit it will be rejected)",
        "parameters",
        False,
    ),
    (
        "request-parameter-became-optional",
        I,
        "{location} parameter `{name}` became optional",
        "parameters",
        False,
    ),
    (
        "request-parameter-removed",
        W,
        "{location} parameter `{name}` was removed (clients still sending it may be rejected or "
        "silently ignored)",
        "parameters",
        False,
    ),
    (
        "request-parameter-moved",
        B,
        "parameter `{name}` moved from {base} to {head} (clients still send it in the old place)",
        "parameters",
        False,
    ),
    (
        "request-parameter-style-changed",
        B,
        "{location} parameter `{name}` is serialised differently: {change} (clients serialise it "
        "the old way)",
        "parameters",
        False,
    ),
    (
        "request-parameter-empty-value-disallowed",
        B,
        "{location} parameter `{name}` no longer allows an empty value (clients sending one will "
        "be rejected)",
        "parameters",
        False,
    ),
    # request bodies
    (
        "request-body-added-required",
        B,
        "a required request body was added (existing clients do not send one)",
        "request-body",
        False,
    ),
    ("request-body-added", I, "an optional request body was added", "request-body", True),
    (
        "request-body-became-required",
        B,
        "request body became required (clients that send none will be rejected)",
        "request-body",
        False,
    ),
    ("request-body-became-optional", I, "request body became optional", "request-body", False),
    (
        "request-body-removed",
        W,
        "request body was removed (clients still sending one may be rejected)",
        "request-body",
        False,
    ),
    (
        "request-media-type-removed",
        B,
        "request media type `{media_type}` is no longer accepted (clients sending it get 415)",
        "request-body",
        False,
    ),
    (
        "request-media-type-added",
        I,
        "request media type `{media_type}` is now accepted",
        "request-body",
        True,
    ),
    # responses
    (
        "response-success-status-removed",
        B,
        "success response `{status}` was removed (clients expecting it will break)",
        "responses",
        False,
    ),
    (
        "response-status-removed",
        I,
        "response `{status}` is no longer documented",
        "responses",
        False,
    ),
    (
        "response-success-status-added",
        W,
        "new success response `{status}` (clients may not expect it)",
        "responses",
        False,
    ),
    ("response-status-added", I, "response `{status}` was added", "responses", True),
    (
        "response-media-type-removed",
        B,
        "response media type `{media_type}` ({status}) was removed (clients asking for it will "
        "break)",
        "responses",
        False,
    ),
    (
        "response-media-type-added",
        I,
        "response media type `{media_type}` ({status}) was added",
        "responses",
        True,
    ),
    (
        "response-header-removed",
        B,
        "required response header `{name}` ({status}) was removed (clients reading it will break)",
        "responses",
        False,
    ),
    (
        "response-optional-header-removed",
        W,
        "response header `{name}` ({status}) was removed (clients reading it will miss it)",
        "responses",
        False,
    ),
    (
        "response-header-became-optional",
        B,
        "response header `{name}` ({status}) became optional (clients reading it must handle "
        "its absence)",
        "responses",
        False,
    ),
    (
        "response-header-added",
        I,
        "response header `{name}` ({status}) was added",
        "responses",
        True,
    ),
    # security
    (
        "security-requirement-added",
        B,
        "operation now requires {schemes} (clients without these credentials get 401)",
        "security",
        False,
    ),
    (
        "security-scope-added",
        B,
        "operation now requires scope(s) {scopes} of `{scheme}` (tokens without them get 403)",
        "security",
        False,
    ),
    (
        "security-requirement-removed",
        I,
        "operation no longer requires {schemes}",
        "security",
        False,
    ),
    (
        "security-scope-removed",
        I,
        "operation no longer requires scope(s) {scopes} of `{scheme}`",
        "security",
        False,
    ),
    (
        "security-scheme-removed",
        B,
        "security scheme `{name}` was removed (clients using it can no longer authenticate)",
        "security",
        False,
    ),
    (
        "security-scheme-changed",
        B,
        "security scheme `{name}` changed its {field} from {base} to {head} (clients "
        "authenticate the old way)",
        "security",
        False,
    ),
    ("security-scheme-added", I, "security scheme `{name}` was added", "security", True),
)


@dataclass(frozen=True)
class SchemaPlace:
    """Where a schema sits: the id prefix, the direction and how its subject reads."""

    prefix: str
    direction: str  # "request" or "response"
    subject: str  # generic subject shown by --list-rules


#: The four places a compared schema can sit.
SCHEMA_PLACES: tuple[SchemaPlace, ...] = (
    SchemaPlace("request-parameter", "request", "{location} parameter `{name}`"),
    SchemaPlace("request-body", "request", "request property `{name}`"),
    SchemaPlace("response-body", "response", "response property `{name}` ({status})"),
    SchemaPlace("response-header", "response", "response header `{name}` ({status})"),
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
        SchemaChange(f"{name}-loosened", f"{keyword} was loosened: {{change}}", I, B),
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
        response_why="(clients may receive {head} values they cannot parse)",
    ),
    SchemaChange(
        "type-narrowed",
        "narrowed type from {base} to {head}",
        B,
        I,
        request_why="(clients sending other {base} values will be rejected)",
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
        "was added as required",
        B,
        I,
        request_why="(existing clients do not send it)",
        additive=True,
    ),
    SchemaChange(
        "property-removed",
        "was removed",
        W,
        W,
        request_why="(clients still sending it may be rejected)",
        response_why="(clients reading it must handle its absence)",
    ),
    SchemaChange(
        "required-property-removed",
        "was removed",
        W,
        B,
        request_why="(clients still sending it may be rejected)",
        response_why="(clients reading it will break)",
    ),
    SchemaChange(
        "property-became-required",
        "became required",
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


def schema_message(change: SchemaChange, direction: str) -> str:
    """The message template after ``{subject}``: the change and, when it hurts, why."""
    severity = change.request if direction == "request" else change.response
    if severity is Severity.INFO:
        return change.text
    why = change.request_why if direction == "request" else change.response_why
    return f"{change.text} {why}"


def _build() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for rule_id, severity, message, family, additive in _PLAIN:
        rules[rule_id] = Rule(rule_id, severity, message, family, additive)
    for place in SCHEMA_PLACES:
        for change in SCHEMA_CHANGES:
            rule_id = f"{place.prefix}-{change.kind}"
            severity = change.request if place.direction == "request" else change.response
            message = f"{place.subject} {schema_message(change, place.direction)}"
            rules[rule_id] = Rule(rule_id, severity, message, place.prefix, change.additive)
    return rules


#: Every rule, by id, in catalogue order.
RULES: dict[str, Rule] = _build()


def rule(rule_id: str) -> Rule:
    """The catalogue entry for ``rule_id`` (KeyError for an unknown id)."""
    return RULES[rule_id]


def schema_rule_id(prefix: str, kind: str) -> str:
    """The id of schema change ``kind`` at the place ``prefix``."""
    return f"{prefix}-{kind}"
