"""The JSON bytes the server sends: one encoding for replies and for cached representations."""

from __future__ import annotations

import json
from typing import Any


def encode_json(body: Any) -> bytes:
    """``body`` as compact UTF-8 JSON (non-ASCII characters as themselves, not escaped)."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
