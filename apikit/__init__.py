"""apikit: a contract-first OpenAPI 3.0 toolkit (command line entry point)."""

from __future__ import annotations

__version__ = "0.1.0"
