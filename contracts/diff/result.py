"""The outcome of a diff: findings, accepted findings, notes, counts and the version bump."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from contracts.diff.catalogue import rule
from contracts.diff.findings import Finding, Severity


@dataclass(frozen=True)
class Acceptance:
    """A reviewed change that must not fail the check: rule id, where, why, until when."""

    rule: str
    operation: str | None
    pointer: str | None
    reason: str
    expires: datetime.date | None = None

    @property
    def where(self) -> str:
        """The location as written in the accept file."""
        return " ".join(part for part in (self.operation, self.pointer) if part)


@dataclass(frozen=True)
class AcceptedFinding:
    """A finding matched by an acceptance."""

    finding: Finding
    acceptance: Acceptance


@dataclass(frozen=True)
class DiffResult:
    """Everything a report shows."""

    base: str
    head: str
    findings: tuple[Finding, ...]
    accepted: tuple[AcceptedFinding, ...] = ()
    notes: tuple[str, ...] = ()

    def changes(self, severity: Severity) -> list[tuple[Finding, ...]]:
        """Findings of ``severity`` grouped into distinct changes, in report order.

        One rule at one source location is one change, however many operations reach it
        (a shared component edited once is reported once per operation that uses it).
        """
        groups: dict[tuple[str, str, str], list[Finding]] = {}
        for finding in self.findings:
            if finding.severity is severity:
                where = str(finding.location) if finding.location else finding.pointer
                groups.setdefault((finding.spec, finding.rule_id, where), []).append(finding)
        return [tuple(group) for group in groups.values()]

    def count(self, severity: Severity) -> int:
        """Findings of ``severity`` still in force (accepted ones excluded)."""
        return sum(1 for finding in self.findings if finding.severity is severity)

    @property
    def bump(self) -> str:
        """The semantic-version bump the change needs: major, minor, patch or none."""
        every = [*self.findings, *(accepted.finding for accepted in self.accepted)]
        if not every:
            return "none"
        if any(finding.severity is Severity.BREAKING for finding in every):
            return "major"
        if any(
            finding.severity is Severity.WARNING or rule(finding.rule_id).additive
            for finding in every
        ):
            return "minor"
        return "patch"

    def fails(self, fail_on: str) -> bool:
        """Whether the result should fail a check run with ``--fail-on fail_on``."""
        if fail_on == "never":
            return False
        if fail_on == "warning":
            return bool(self.count(Severity.BREAKING) or self.count(Severity.WARNING))
        return bool(self.count(Severity.BREAKING))
