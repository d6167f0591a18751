"""JSON pointers (RFC 6901): escaping, joining and resolving."""

from __future__ import annotations

from typing import Any


def escape(token: str) -> str:
    """Escape one reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """Undo :func:`escape`."""
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    """Append tokens to ``pointer``."""
    return pointer + "".join(f"/{escape(str(token))}" for token in tokens)


def split(pointer: str) -> list[str]:
    """The unescaped tokens of ``pointer`` ("" -> [])."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(token) for token in pointer[1:].split("/")]


def resolve(data: Any, pointer: str) -> Any:
    """The value at ``pointer`` inside ``data``; raises ``KeyError`` when absent."""
    current = data
    for token in split(pointer):
        if isinstance(current, list):
            try:
                current = current[int(token)]
            except (ValueError, IndexError) as exc:
                raise KeyError(pointer) from exc
        elif isinstance(current, dict):
            if token not in current:
                raise KeyError(pointer)
            current = current[token]
        else:
            raise KeyError(pointer)
    return current
