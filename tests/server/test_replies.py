"""JSON replies: the prepared response sends the same bytes and headers Starlette's would."""

from __future__ import annotations

from starlette.responses import Response

from server.http.replies import json_bytes_reply, json_reply
from server.jsonwire import encode_json


def test_json_reply_headers_match_starlettes_own() -> None:
    body = {"name": "Zoë", "n": [1, 2.5, None, True]}
    ours = json_reply(body, 201, {"ETag": '"abc"', "Location": "/x/1"})
    theirs = Response(
        encode_json(body),
        status_code=201,
        headers={"ETag": '"abc"', "Location": "/x/1"},
        media_type="application/json",
    )
    assert ours.status_code == 201
    assert ours.body == theirs.body == '{"name":"Zoë","n":[1,2.5,null,true]}'.encode()
    assert sorted(ours.raw_headers) == sorted(theirs.raw_headers)


def test_pre_encoded_reply_sends_the_bytes_given() -> None:
    reply = json_bytes_reply(b'{"a":1}', 200, {"ETag": '"e"'})
    assert reply.body == b'{"a":1}'
    assert reply.headers["content-length"] == "7"
    assert reply.headers["etag"] == '"e"'
    assert reply.headers["content-type"] == "application/json"
