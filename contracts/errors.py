"""Errors raised by :mod:`contracts` when its input is unusable.

Findings (lint problems, diff changes) are values, not exceptions; these are raised only
when a document cannot be read at all::

    ContractsError
    ├── DocumentError        a file cannot be read or parsed
    └── UnresolvableReferenceError  a $ref points at nothing (file or pointer missing)
"""

from __future__ import annotations


class ContractsError(Exception):
    """Base of every error raised by the contracts package."""


class DocumentError(ContractsError):
    """A document could not be read or parsed."""

    def __init__(
        self, file: str, message: str, *, line: int | None = None, column: int | None = None
    ) -> None:
        where = file if line is None else f"{file}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.message = message
        self.line = line
        self.column = column


class UnresolvableReferenceError(ContractsError):
    """A ``$ref`` whose target file or pointer does not exist."""

    def __init__(self, ref: str, source: str, pointer: str, reason: str) -> None:
        super().__init__(f"{source}#{pointer}: cannot resolve $ref {ref!r}: {reason}")
        self.ref = ref
        self.source = source
        self.pointer = pointer
        self.reason = reason
