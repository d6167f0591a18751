"""``apikit lint``'s engine: rules over OpenAPI 3.x documents, findings returned as values."""

from __future__ import annotations

from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.runner import LintInputError, LintReport, lint_document, lint_paths, rules

__all__ = [
    "Finding",
    "LintInputError",
    "LintReport",
    "Rule",
    "Severity",
    "lint_document",
    "lint_paths",
    "rules",
]
