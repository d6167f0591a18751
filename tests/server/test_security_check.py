"""Security requirements decided without Connexion: only passes, in Connexion's order."""

from __future__ import annotations

from typing import Any

from server.auth.principal import Principal
from server.auth.requirements import Requirement, SecurityCheck, compile_requirements
from server.auth.tokens import InvalidTokenError

SCHEMES = {
    "oauth2": {"type": "oauth2"},
    "bearer": {"type": "http", "scheme": "bearer"},
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
    "basic": {"type": "http", "scheme": "basic"},
}
READER = Principal("client_1", frozenset({"events.read"}))


class FakeAuthenticator:
    """Knows one token and one key, both for :data:`READER`."""

    def bearer(self, token: str) -> Principal:
        if token != "good":
            raise InvalidTokenError("the access token is invalid")
        return READER

    def api_key(self, key: str) -> Principal | None:
        return READER if key == "key" else None


def check(
    security: list[dict[str, list[str]]] | None, key_scopes: frozenset[str] = frozenset()
) -> SecurityCheck:
    requirements = compile_requirements(security, SCHEMES, key_scopes)
    authenticator: Any = FakeAuthenticator()
    return SecurityCheck(requirements, authenticator)


def test_requirements_compile_to_the_kinds_connexion_would_run() -> None:
    compiled = compile_requirements(
        [{"oauth2": ["a"]}, {"bearer": []}, {"apiKey": []}, {}, {"basic": []}, {"a": [], "b": []}],
        SCHEMES,
        frozenset({"a"}),
    )
    assert compiled == (
        Requirement("bearer", frozenset({"a"})),
        Requirement("bearer"),
        Requirement("apikey", frozenset({"a"}), "x-api-key"),
        Requirement("none"),
        Requirement("other"),
        Requirement("other"),
    )
    assert compile_requirements(None, SCHEMES, frozenset()) is None


def test_a_token_with_the_scopes_gives_connexions_context() -> None:
    context = check([{"oauth2": ["events.read"]}]).context({"authorization": "Bearer good"})
    assert context == {"user": "client_1", "token_info": READER.token_info()}


def test_missing_scope_bad_token_or_no_credentials_are_left_to_connexion() -> None:
    assert check([{"oauth2": ["events.write"]}]).context({"authorization": "Bearer good"}) is None
    assert check([{"oauth2": []}]).context({"authorization": "Bearer bad"}) is None
    assert check([{"oauth2": []}]).context({"authorization": "Bearer"}) is None
    assert check([{"oauth2": []}]).context({}) is None


def test_a_later_alternative_passes_after_an_earlier_one_failed() -> None:
    security = [{"oauth2": ["events.read"]}, {"apiKey": []}]
    headers = {"authorization": "Bearer bad", "x-api-key": "key"}
    context = check(security, frozenset({"events.read"})).context(headers)
    assert context is not None and context["user"] == "client_1"


def test_an_api_key_needs_the_operations_scopes() -> None:
    assert (
        check([{"apiKey": []}], frozenset({"events.write"})).context({"x-api-key": "key"}) is None
    )


def test_an_alternative_only_connexion_checks_hands_the_request_over() -> None:
    assert check([{"basic": []}, {}]).context({}) is None
    assert check([{}, {"basic": []}]).context({}) == {"user": None, "token_info": {}}


def test_operations_without_security_pass_with_an_empty_context() -> None:
    assert check(None).context({}) == {}
