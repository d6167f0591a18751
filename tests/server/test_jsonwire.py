"""The server's JSON bytes: orjson where it can, the same text from the standard library else."""

from __future__ import annotations

import json

import pytest

from server.jsonwire import canonical_json, encode_json

BODIES = [
    {"customer_id": "cust_1", "score": 8.2, "ok": True, "none": None, "list": [1, 2.5]},
    {"name": "Zoë \u2028 日本", "nested": {"b": 1, "a": [{"y": 2, "x": 1}]}},
    {"big": 2**70, "tiny": -(2**70)},  # beyond orjson's 64-bit integers
]


@pytest.mark.parametrize("body", BODIES)
def test_encoding_reads_back_equal(body: object) -> None:
    assert json.loads(encode_json(body)) == body
    assert json.loads(canonical_json(body)) == body


@pytest.mark.parametrize("body", BODIES)
def test_canonical_form_ignores_key_order(body: dict[str, object]) -> None:
    reordered = dict(reversed(list(body.items())))
    assert canonical_json(reordered) == canonical_json(body)


def test_big_integers_fall_back_to_exact_text() -> None:
    assert encode_json({"n": 2**70}) == b'{"n":1180591620717411303424}'


def test_non_ascii_is_sent_as_utf8_not_escaped() -> None:
    assert encode_json({"n": "Zoë"}) == '{"n":"Zoë"}'.encode()
