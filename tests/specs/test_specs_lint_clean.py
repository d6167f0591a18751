"""Every root document in specs/ passes ``apikit lint`` without errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.lint import Severity, lint_paths
from contracts.lint.runner import find_roots
from contracts.workspace import Workspace

SPECS = Path(__file__).resolve().parents[2] / "specs"


def test_specs_have_no_lint_errors() -> None:
    workspace = Workspace()
    if not find_roots([SPECS], workspace):
        pytest.skip(f"no OpenAPI root documents in {SPECS} yet (only shared fragments)")
    report = lint_paths([SPECS], workspace)
    errors = [
        f"{finding.location}  {finding.rule}  {finding.message}"
        for finding in report.findings
        if finding.severity is Severity.ERROR
    ]
    assert errors == [], "\n".join(errors)


def test_shared_fragments_have_no_lint_errors() -> None:
    # Each fragment is a complete OpenAPI document, so it can be linted on its own; the
    # warnings (no servers, components unused within the fragment) are expected there.
    fragments = sorted((SPECS / "common").glob("*.yaml"))
    if not fragments:
        pytest.skip("no shared fragments in specs/common")
    report = lint_paths(fragments)
    errors = [
        f"{finding.location}  {finding.rule}  {finding.message}"
        for finding in report.findings
        if finding.severity is Severity.ERROR
    ]
    assert errors == [], "\n".join(errors)
