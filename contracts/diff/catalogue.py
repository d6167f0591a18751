"""The rule catalogue: every change `apikit diff` can report, with its id, severity and message.

Plain rules are listed here; schema rules are generated from the table of schema changes
and the four places a schema can sit (:mod:`contracts.diff.schema_changes`), a change's
severity following from the direction of its place.
"""

from __future__ import annotations

from contracts.diff.findings import Rule, Severity
from contracts.diff.schema_changes import SCHEMA_CHANGES, SCHEMA_PLACES, schema_message

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
    (
        "server-base-path-changed",
        B,
        "base path changed from `{base_path}` to `{head_path}` (server `{base}` is now "
        "`{head}`; clients calling the old URLs will get 404)",
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
    (
        "response-status-range-widened",
        W,
        "response `{base}` is now documented as the range `{head}` (clients may receive "
        "other statuses of it)",
        "responses",
        False,
    ),
    (
        "response-status-range-narrowed",
        I,
        "response range `{base}` is now documented as `{head}` only",
        "responses",
        False,
    ),
    # callbacks
    (
        "callback-removed",
        B,
        "callback `{name}` was removed (receivers waiting for it will no longer be called)",
        "callbacks",
        False,
    ),
    ("callback-added", I, "callback `{name}` was added", "callbacks", True),
    (
        "callback-url-changed",
        B,
        "callback `{name}` is now sent to `{head}` instead of `{base}` (receivers listening "
        "at the old URL will no longer be called)",
        "callbacks",
        False,
    ),
    # webhooks (OpenAPI 3.1)
    (
        "webhook-removed",
        B,
        "webhook `{name}` was removed (receivers will no longer be notified)",
        "webhooks",
        False,
    ),
    ("webhook-added", I, "webhook `{name}` was added", "webhooks", True),
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
    (
        "security-scheme-renamed",
        I,
        "security scheme `{base}` was renamed to `{head}` (its definition is unchanged; "
        "clients never see the name)",
        "security",
        False,
    ),
)


def _sent(kind: str) -> tuple[tuple[str, Severity, str, str, bool], ...]:
    """Rules of the operations the API sends: the receiver reads parameters, sends statuses."""
    family = f"{kind}s"
    return (
        (
            f"{kind}-parameter-removed",
            W,
            f"{kind} `{{name}}` no longer sends {{location}} parameter `{{parameter}}` "
            "(receivers reading it must do without it)",
            family,
            False,
        ),
        (
            f"{kind}-parameter-added",
            I,
            f"{kind} `{{name}}` now sends {{location}} parameter `{{parameter}}`",
            family,
            True,
        ),
        (
            f"{kind}-response-status-removed",
            W,
            f"{kind} `{{name}}` no longer expects response `{{status}}` (receivers answering "
            "with it may be taken as failing)",
            family,
            False,
        ),
        (
            f"{kind}-response-status-added",
            I,
            f"{kind} `{{name}}` now accepts response `{{status}}`",
            family,
            True,
        ),
    )


def _build() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for rule_id, severity, message, family, additive in (
        *_PLAIN,
        *_sent("callback"),
        *_sent("webhook"),
    ):
        rules[rule_id] = Rule(rule_id, severity, message, family, additive)
    for place in SCHEMA_PLACES:
        for change in SCHEMA_CHANGES:
            rule_id = f"{place.prefix}-{change.kind}"
            severity = change.request if place.direction == "request" else change.response
            message = f"{place.subject} {schema_message(change, place)}"
            # Optional suffixes (a default that does not help, a likely rename): not fields.
            message = message.replace("{note}", "").replace("{renamed}", "")
            rules[rule_id] = Rule(rule_id, severity, message, place.prefix, change.additive)
    return rules


#: Every rule, by id, in catalogue order.
RULES: dict[str, Rule] = _build()


def rule(rule_id: str) -> Rule:
    """The catalogue entry for ``rule_id`` (KeyError for an unknown id)."""
    return RULES[rule_id]
