"""An object of an OpenAPI document, located by file and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Node:
    """An object of the document: its (dereferenced) value, file and pointer."""

    value: dict[str, Any]
    file: Path
    pointer: str
    #: What the object belongs to: "request" or "response" for media types, the status
    #: code for responses, "" otherwise (schemas are shared, so they carry none).
    role: str = ""
