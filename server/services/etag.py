"""Comparing entity tags for conditional requests (RFC 9110 section 13.1)."""

from __future__ import annotations


def if_match_satisfied(header: str | None, current: str) -> bool:
    """RFC 9110 section 13.1.1: absent or ``*`` always matches; otherwise a strong comparison."""
    if header is None:
        return True
    candidates = [item.strip() for item in header.split(",")]
    return "*" in candidates or current in candidates


def if_none_match_hit(header: str | None, current: str) -> bool:
    """RFC 9110 section 13.1.2: whether a conditional read may answer 304 (weak comparison)."""
    if header is None:
        return False
    candidates = [item.strip().removeprefix("W/") for item in header.split(",")]
    return "*" in candidates or current.removeprefix("W/") in candidates
