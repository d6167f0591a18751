"""Serialising generated or example values into response bytes by media type."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape


def render(value: Any, media_type: str) -> bytes:
    """Bytes for ``value`` as ``media_type`` (JSON, XML, text, or raw for binary)."""
    base = media_type.split(";")[0].strip().lower()
    if base.endswith("json") or base == "*/*":
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    if base.endswith("xml"):
        return b'<?xml version="1.0" encoding="UTF-8"?>' + _xml("root", value).encode()
    if isinstance(value, bytes):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return ("" if value is None else str(value)).encode()


def _xml(tag: str, value: Any) -> str:
    if isinstance(value, dict):
        inner = "".join(_xml(str(key), item) for key, item in value.items())
    elif isinstance(value, list):
        inner = "".join(_xml(tag[:-1] if tag.endswith("s") else "item", item) for item in value)
    elif value is None:
        return f"<{tag}/>"
    elif isinstance(value, bool):
        inner = "true" if value else "false"
    else:
        inner = escape(str(value))
    return f"<{tag}>{inner}</{tag}>"


def content_type_header(media_type: str) -> str:
    """The ``Content-Type`` value for a declared media type (charset for text)."""
    base = media_type.split(";")[0].strip()
    if "*" in base:
        return "application/json"
    if base.startswith("text/") and "charset" not in media_type:
        return f"{media_type}; charset=utf-8"
    return media_type


class Reply:
    """A finished response: status, headers and body bytes."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive)."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)
