"""``--proxy URL``: forward every request to a live server and validate both directions.

Requests are validated against the spec (security presence, parameters, body) and forwarded
either way; the upstream response is checked against the declared response for its status and
media type. Violations are reported in ``X-Mock-Violations`` (locations prefixed ``/request`` or
``/response``) and in one log line per request. An upstream 501 Not Implemented is answered by
the mock instead, so a partly built server can be explored end to end.
"""

from __future__ import annotations

import json
import logging

import httpx

from mocks.operations import Operation
from mocks.problems import VIOLATIONS_HEADER, violations_header
from mocks.rendering import Reply
from mocks.request import MockRequest
from mocks.runtime import MockRuntime
from mocks.validation import Violation, media_matches, violations_of

log = logging.getLogger("apikit.mock.proxy")
_HOP = {
    "host",
    "content-length",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "upgrade",
    "te",
    "trailer",
    "proxy-authorization",
    "proxy-connection",
}


class Proxy:
    """Forwards to ``upstream`` with validation."""

    def __init__(self, upstream: str, timeout_s: float = 30.0) -> None:
        self.upstream = upstream.rstrip("/")
        self.timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None

    async def handle(self, runtime: MockRuntime, request: MockRequest) -> Reply | None:
        """Forward ``request``; ``None`` for sandbox paths (served by the mock itself)."""
        if request.path.startswith("/__sandbox"):
            return None
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout_s)
        route, params, _ = runtime.router.match(request.path, request.method)
        operation: Operation | None = route.operations[request.method] if route else None
        violations: list[Violation] = []
        if operation is None:
            violations.append(
                Violation(
                    "/request", f"no operation matches {request.method} {request.path}", "path"
                )
            )
        else:
            request.path_params = params
            outcome = runtime.checkers[id(operation.api)].check(operation.security, request)
            if outcome.status:
                violations.append(
                    Violation("/request/header/Authorization", outcome.message, "security")
                )
            body = operation.validator.validate_body(request)
            if body.unsupported:
                violations.append(
                    Violation(
                        "/request/header/Content-Type",
                        f"content type {request.media_type!r} not declared",
                        "content-type",
                    )
                )
            violations.extend(
                _prefixed(
                    operation.validator.validate_params(request) + body.violations, "/request"
                )
            )
        url = (
            self.upstream
            + request.path
            + (f"?{request.query_string}" if request.query_string else "")
        )
        headers = {k: v for k, v in request.headers.items() if k not in _HOP}
        try:
            upstream = await self._client.request(
                request.method, url, headers=headers, content=request.body
            )
        except httpx.HTTPError as exc:
            log.warning("%s %s -> upstream failed: %s", request.method, request.path, exc)
            return Reply(
                502,
                [("content-type", "application/problem+json")],
                json.dumps(
                    {
                        "type": "urn:apikit:mock:bad-gateway",
                        "title": "Bad Gateway",
                        "status": 502,
                        "detail": f"upstream {self.upstream} failed: {exc}",
                    }
                ).encode(),
            )
        if operation is not None and upstream.status_code == 501:
            # Not built upstream yet: answer from the spec instead (as Prism's proxy does).
            log.info("%s %s -> upstream 501, answered by the mock", request.method, request.path)
            return await runtime.handle_operation(operation, request)
        if operation is not None:
            violations.extend(_check_response(operation, upstream))
        out_headers = [
            (k, v)
            for k, v in upstream.headers.items()
            if k.lower() not in _HOP and k.lower() != "content-encoding"
        ]
        if violations:
            out_headers.append((VIOLATIONS_HEADER, violations_header(violations)))
            log.warning(
                "%s %s -> %d: %d violation(s): %s",
                request.method,
                request.path,
                upstream.status_code,
                len(violations),
                "; ".join(v.message for v in violations[:5]),
            )
        else:
            log.info("%s %s -> %d: conforms", request.method, request.path, upstream.status_code)
        return Reply(upstream.status_code, out_headers, upstream.content)


def _prefixed(violations: list[Violation], prefix: str) -> list[Violation]:
    return [Violation(prefix + v.location, v.message, v.code) for v in violations]


def _check_response(operation: Operation, response: httpx.Response) -> list[Violation]:
    code = str(response.status_code)
    responses = operation.responses
    declared = next(
        (responses[k] for k in (code, f"{code[0]}XX", "default") if k in responses), None
    )
    if declared is None:
        return [
            Violation(
                "/response/status",
                f"status {code} is not declared for {operation.method} {operation.path}",
                "status",
            )
        ]
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not declared.content:
        return []
    media = next((m for d, m in declared.content.items() if media_matches(d, media_type)), None)
    if media is None:
        return [
            Violation(
                "/response/header/Content-Type",
                f"content type {media_type!r} is not declared for status {code}",
                "content-type",
            )
        ]
    if media.validator is None or "json" not in media_type:
        return []
    try:
        value = response.json()
    except ValueError:
        return [Violation("/response/body", "response body is not valid JSON", "parse")]
    return _prefixed(violations_of(media.validator, value, "/body"), "/response")
