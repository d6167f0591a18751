"""The JSON bytes the server sends and hashes: one encoding for replies, ETags and storage.

orjson encodes several times faster than the standard library; a create encodes its body
five times (two JSON columns, the outbox payload, the ETag's canonical form, the reply).
orjson refuses what the standard library accepts in two cases: integers beyond 64 bits
(JSON allows any size, and a client may send one) and non-string keys; those bodies fall
back to the standard library, which writes the same JSON text.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def encode_json(body: Any) -> bytes:
    """``body`` as compact UTF-8 JSON (non-ASCII characters as themselves, not escaped)."""
    try:
        return orjson.dumps(body)
    except TypeError:  # orjson.JSONEncodeError: a big integer or a non-string key
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def canonical_json(body: Any) -> bytes:
    """``body`` as compact UTF-8 JSON with every object's keys sorted: the input of an ETag."""
    try:
        return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def json_column_text(value: Any) -> str:
    """A JSON column's stored text (the engine's ``json_serializer``)."""
    return encode_json(value).decode()
