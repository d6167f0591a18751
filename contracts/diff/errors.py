"""Errors raised by :mod:`contracts.diff` when its input is unusable.

Findings are values; these are raised only when a side cannot be read at all::

    ContractsError (contracts.errors)
    └── DiffInputError       a side is not a file, folder or git revision, or an accept file
                             is malformed
"""

from __future__ import annotations

from contracts.errors import ContractsError


class DiffInputError(ContractsError):
    """An argument of the diff names nothing usable."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
