"""Allow ``python -m apikit``."""

from __future__ import annotations

from apikit.cli import main

main()
