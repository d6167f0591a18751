"""Matching the media types of a body across sides: case and parameters do not make a new type.

``application/json`` and ``Application/JSON; charset=utf-8`` name the same type (RFC 9110
section 8.3.1: type and subtype are case-insensitive, and a charset parameter does not
change what a JSON body may hold), so renaming one into the other is no change.
"""

from __future__ import annotations

from collections.abc import Iterable


def essence(media_type: str) -> str:
    """The type and subtype, lower-cased, without parameters."""
    return media_type.split(";", 1)[0].strip().lower()


def pair_media_types(old: Iterable[str], new: Iterable[str]) -> dict[str, str]:
    """Each base media type -> the head media type it corresponds to (exact match first)."""
    old, new = [str(m) for m in old], [str(m) for m in new]
    pairs = {media_type: media_type for media_type in old if media_type in new}
    taken = set(pairs.values())
    for media_type in old:
        if media_type in pairs:
            continue
        match = next((m for m in new if m not in taken and essence(m) == essence(media_type)), None)
        if match is not None:
            pairs[media_type] = match
            taken.add(match)
    return pairs
