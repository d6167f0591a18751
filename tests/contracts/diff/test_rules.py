"""Every rule of the catalogue, triggered by a base/head pair built from the minimal spec."""

from __future__ import annotations

import copy
import re

import pytest

from contracts.diff import RULES, Severity
from contracts.diff.schema_changes import SCHEMA_PLACES

from .cases import COVERED_ELSEWHERE, PLAIN_CASES, SCHEMA_CASES, PlainCase, place
from .conftest import DiffFn, Spec, minimal_spec

CALLBACKS = {"callback-request-body", "callback-response-body"}
SCHEMA_PARAMS = [
    pytest.param(where.prefix, kind, id=f"{where.prefix}-{kind}")
    for where in SCHEMA_PLACES
    for kind in SCHEMA_CASES
]


@pytest.mark.parametrize(("prefix", "kind"), SCHEMA_PARAMS)
def test_schema_change_is_reported_by_its_rule(diff: DiffFn, prefix: str, kind: str) -> None:
    base_schema, head_schema = SCHEMA_CASES[kind]
    base, head = minimal_spec(), minimal_spec()
    place(prefix, base, copy.deepcopy(base_schema))
    place(prefix, head, copy.deepcopy(head_schema))
    result = diff(base, head)
    rule_id = f"{prefix}-{kind}"
    assert [f.rule_id for f in result.findings] == [rule_id]
    finding = result.findings[0]
    assert finding.severity is RULES[rule_id].severity
    if prefix.startswith("webhook-"):
        assert finding.operation == "POST webhook petEvent"
    else:
        expected = "PUT" if prefix in {"request-body", *CALLBACKS} else "GET"
        assert finding.operation == f"{expected} /pets/{{petId}}"
    assert finding.location is not None and finding.location.line > 1
    assert not re.search(r"\{[a-z_]+\}", finding.message), finding.message


@pytest.mark.parametrize("case", PLAIN_CASES, ids=lambda case: case.rule)
def test_plain_change_is_reported_by_its_rule(diff: DiffFn, case: PlainCase) -> None:
    base, head = minimal_spec(), minimal_spec()
    case.base(base)
    case.head(head)
    result = diff(base, head)
    found = {f.rule_id for f in result.findings}
    assert found == {case.rule}, [f.message for f in result.findings]
    finding = next(f for f in result.findings if f.rule_id == case.rule)
    assert finding.message == finding.message.strip() and "{" not in finding.message.replace(
        "{petId}", ""
    ).replace("{animalId}", "").replace("{$request", "")


def test_every_rule_has_a_case() -> None:
    covered = {f"{where.prefix}-{kind}" for where in SCHEMA_PLACES for kind in SCHEMA_CASES}
    covered |= {case.rule for case in PLAIN_CASES} | COVERED_ELSEWHERE
    assert set(RULES) - covered == set()
    assert len(RULES) >= 60


def test_the_unchanged_minimal_spec_gives_nothing(diff: DiffFn, spec: Spec) -> None:
    assert diff(spec, copy.deepcopy(spec)).findings == ()


@pytest.mark.parametrize(
    ("prefix", "kind", "severity"),
    [
        ("request-body", "enum-value-removed", Severity.BREAKING),
        ("response-body", "enum-value-removed", Severity.INFO),
        ("request-body", "enum-value-added", Severity.INFO),
        ("response-body", "enum-value-added", Severity.BREAKING),
        ("request-parameter", "max-length-tightened", Severity.BREAKING),
        ("response-header", "max-length-tightened", Severity.INFO),
        ("request-parameter", "max-length-loosened", Severity.INFO),
        ("response-header", "max-length-loosened", Severity.BREAKING),
        ("request-body", "became-nullable", Severity.INFO),
        ("response-body", "became-nullable", Severity.BREAKING),
        ("request-body", "type-widened", Severity.INFO),
        ("response-body", "type-widened", Severity.BREAKING),
        ("callback-request-body", "enum-value-added", Severity.BREAKING),
        ("callback-response-body", "enum-value-added", Severity.INFO),
        ("callback-response-body", "required-property-added", Severity.BREAKING),
        ("webhook-request-body", "enum-value-added", Severity.BREAKING),
        ("webhook-request-body", "property-became-optional", Severity.BREAKING),
        ("webhook-request-body", "max-length-tightened", Severity.INFO),
        ("webhook-response-body", "required-property-added", Severity.BREAKING),
        ("request-body", "discriminator-value-removed", Severity.BREAKING),
        ("response-body", "discriminator-value-added", Severity.BREAKING),
        ("request-body", "additional-properties-restricted", Severity.BREAKING),
        ("response-body", "additional-properties-restricted", Severity.INFO),
    ],
    ids=lambda value: value.value if isinstance(value, Severity) else value,
)
def test_direction_decides_severity(prefix: str, kind: str, severity: Severity) -> None:
    assert RULES[f"{prefix}-{kind}"].severity is severity
