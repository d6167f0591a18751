"""The values a spec diff produces: severities, catalogue rules and findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from contracts.document import SourceLocation


class Severity(enum.Enum):
    """How much a change can hurt existing clients."""

    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for breaking, 1 for warning, 2 for info (sort order of reports)."""
        return _RANKS[self]


_RANKS = {Severity.BREAKING: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Rule:
    """One entry of the catalogue: an id, a severity and a message template."""

    id: str
    severity: Severity
    message: str
    family: str
    #: The change adds to the API (a new operation, field or value): a minor version bump.
    additive: bool = False


@dataclass(frozen=True)
class Finding:
    """One classified change, located in the resolved document and in its source file."""

    rule_id: str
    severity: Severity
    message: str
    #: ``METHOD /path`` of the operation concerned, or None for document-wide changes.
    operation: str | None
    #: JSON pointer in the resolved document (``$ref``s followed) of the side named by ``side``.
    pointer: str
    #: Where the changed value is written: head side, or base side for removals.
    location: SourceLocation | None
    side: str
    #: Name of the spec the change is in (its path relative to the compared folder).
    spec: str
    #: JSON pointer of the changed value in its source file (``location``'s file): where a
    #: shared definition such as ``/components/schemas/Pet`` was edited.
    source_pointer: str = ""

    @property
    def definition(self) -> str | None:
        """The name of the component the change was written in, if any (``schema `Pet```)."""
        parts = self.source_pointer.split("/")
        if len(parts) >= 4 and parts[1] == "components":
            kind = {"schemas": "schema", "parameters": "parameter", "responses": "response"}
            name = parts[3].replace("~1", "/").replace("~0", "~")
            return f"{kind.get(parts[2], parts[2])} `{name}`"
        return None
