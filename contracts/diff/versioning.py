"""Whether a spec's ``info.version`` moved as far as its changes need (semantic versioning).

A breaking change needs a new major version (a new minor one while the major is 0, as
semantic versioning lets 0.x change anything), an additive one a new minor version, any
other change a new patch version. Versions that are not ``MAJOR.MINOR[.PATCH]`` are left
alone: many APIs version by date.
"""

from __future__ import annotations

import re
from typing import Any

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$")


def _parse(version: Any) -> tuple[int, int, int] | None:
    match = _SEMVER.match(str(version).strip()) if version is not None else None
    if match is None:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def needed_version(base: tuple[int, int, int], bump: str) -> tuple[int, int, int] | None:
    """The lowest version after ``base`` that a change needing ``bump`` may ship as."""
    major, minor, patch = base
    if bump == "major":
        return (major + 1, 0, 0) if major > 0 else (0, minor + 1, 0)
    if bump == "minor":
        return (major, minor + 1, 0)
    if bump == "patch":
        return (major, minor, patch + 1)
    return None


def version_note(spec: str, base_version: Any, head_version: Any, bump: str) -> str | None:
    """A note when the head's ``info.version`` is below what the changes need, else None."""
    base, head = _parse(base_version), _parse(head_version)
    if base is None or head is None:
        return None
    needed = needed_version(base, bump)
    if needed is None or head >= needed:
        return None
    shown = ".".join(str(part) for part in needed)
    return (
        f"`{spec}`: `info.version` is {head_version} (was {base_version}); these changes "
        f"need a {bump} version, {shown} or later."
    )
