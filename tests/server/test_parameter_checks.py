"""Parameter checks say only whether Connexion would accept a request's parameters."""

from __future__ import annotations

from server.http.parameters import Incoming, ParameterChecks, RequestHeaders

PARAMETERS = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "customer_id", "in": "path", "required": True, "schema": {"type": "string"}},
    {"name": "X-Request-ID", "in": "header", "schema": {"type": "string", "maxLength": 5}},
    {"name": "since", "in": "query", "schema": {"type": "string", "nullable": True}},
]


def incoming(query: dict[str, object], headers: dict[str, str] | None = None) -> Incoming:
    return Incoming(RequestHeaders(headers or {}), {"customer_id": "c1"}, dict(query))


def test_valid_parameters_pass() -> None:
    checks = ParameterChecks(PARAMETERS, strict_validation=True, security_query_params=[])
    assert checks.accept(incoming({"limit": 5}, {"x-request-id": "abc"}))
    assert checks.accept(incoming({"since": "null"}))


def test_invalid_missing_or_unknown_parameters_do_not() -> None:
    checks = ParameterChecks(PARAMETERS, strict_validation=True, security_query_params=[])
    assert not checks.accept(incoming({"limit": 0}))
    assert not checks.accept(incoming({}, {"x-request-id": "too long"}))
    assert not checks.accept(incoming({"other": "1"}))
    missing = Incoming(RequestHeaders(), {}, {})
    assert not checks.accept(missing)


def test_unknown_query_parameters_pass_without_strict_validation() -> None:
    checks = ParameterChecks(PARAMETERS, strict_validation=False, security_query_params=[])
    assert checks.accept(incoming({"other": "1"}))


def test_request_headers_keep_the_first_of_each_name() -> None:
    headers = RequestHeaders.of([(b"x-a", b"1"), (b"x-b", b"2"), (b"x-a", b"3")])
    assert headers == {"x-a": "1", "x-b": "2"}
