"""What a lint run produces: rules, their severities, and findings as values."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from contracts.document import SourceLocation


class Severity(enum.Enum):
    """How much a finding matters; errors fail a run, warnings only under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Rule:
    """A named check: its id (Spectral/Redocly's where one exists), severity and purpose."""

    id: str
    severity: Severity
    description: str


@dataclass(frozen=True)
class Finding:
    """One problem: where it is (file, line, JSON pointer), which rule found it, and why."""

    location: SourceLocation
    rule: str
    severity: Severity
    pointer: str
    message: str

    def as_dict(self) -> dict[str, str | int]:
        """The JSON form used by ``apikit lint --format json``."""
        return {
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "pointer": self.pointer,
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
        }
