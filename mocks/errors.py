"""Errors raised by :mod:`mocks` when a spec cannot be served::

MockError
└── SpecLoadError     a spec file cannot be read, parsed or compiled into routes
"""

from __future__ import annotations


class MockError(Exception):
    """Base of every error raised by the mocks package."""


class SpecLoadError(MockError):
    """A spec could not be loaded or compiled; ``reason`` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
