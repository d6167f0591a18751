"""Verified access tokens are remembered until they expire, and the memory stays bounded."""

from __future__ import annotations

import time
from unittest import mock

import jwt
import pytest

from server.auth.keys import SigningKeys
from server.auth.principal import Principal
from server.auth.tokens import InvalidTokenError, TokenService

KEYS = SigningKeys("HS256", b"s" * 32, b"s" * 32)
PRINCIPAL = Principal("cl_1", frozenset({"a.read"}))


class Clock:
    """A settable clock for the cache (PyJWT keeps its own)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def service(clock: Clock, cache_size: int = 4096) -> TokenService:
    return TokenService(KEYS, "iss", "aud", 60, cache_size=cache_size, clock=clock)


def test_a_verified_token_is_not_decoded_again() -> None:
    tokens = service(Clock())
    token = tokens.issue(PRINCIPAL).access_token
    assert tokens.verify(token) == PRINCIPAL
    with mock.patch("server.auth.tokens.jwt.decode", side_effect=AssertionError):
        assert tokens.verify(token) == PRINCIPAL


def test_a_cached_token_still_expires() -> None:
    clock = Clock()
    tokens = service(clock)
    token = tokens.issue(PRINCIPAL).access_token
    tokens.verify(token)
    clock.now += 61  # past exp for the cache; PyJWT then decides with the real time
    expired = mock.patch("server.auth.tokens.jwt.decode", side_effect=jwt.ExpiredSignatureError)
    with expired as decode, pytest.raises(InvalidTokenError, match="expired"):
        tokens.verify(token)
    assert decode.called


def test_invalid_tokens_are_not_cached() -> None:
    tokens = service(Clock())
    token = tokens.issue(PRINCIPAL).access_token
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for _ in range(2):
        with pytest.raises(InvalidTokenError):
            tokens.verify(forged)


def test_the_cache_keeps_at_most_cache_size_tokens() -> None:
    tokens = service(Clock(), cache_size=2)
    issued = [tokens.issue(PRINCIPAL).access_token for _ in range(3)]
    for token in issued:
        tokens.verify(token)
    with mock.patch("server.auth.tokens.jwt.decode", side_effect=AssertionError):
        tokens.verify(issued[2])
        tokens.verify(issued[1])
        with pytest.raises(AssertionError):
            tokens.verify(issued[0])
