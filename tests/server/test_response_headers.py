"""Headers added to a starting response: appended once, or replacing the response's own."""

from __future__ import annotations

import uuid

from starlette.types import Message

from server.http.response_headers import set_headers
from server.middleware.request_id import new_request_id


def start(*headers: tuple[bytes, bytes]) -> Message:
    return {"type": "http.response.start", "status": 200, "headers": list(headers)}


def test_new_headers_are_appended_in_order() -> None:
    message = start((b"content-type", b"application/json"))
    set_headers(message, [(b"x-a", b"1"), (b"x-b", b"2")])
    assert message["headers"] == [
        (b"content-type", b"application/json"),
        (b"x-a", b"1"),
        (b"x-b", b"2"),
    ]


def test_a_header_the_response_already_has_is_replaced_not_repeated() -> None:
    message = start((b"x-request-id", b"from-handler"), (b"etag", b'"1"'))
    set_headers(message, [(b"x-request-id", b"rid-1"), (b"x-correlation-id", b"rid-1")])
    assert sorted(message["headers"]) == [
        (b"etag", b'"1"'),
        (b"x-correlation-id", b"rid-1"),
        (b"x-request-id", b"rid-1"),
    ]


def test_generated_request_ids_are_version_4_uuids() -> None:
    ids = {new_request_id() for _ in range(200)}
    assert len(ids) == 200
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
