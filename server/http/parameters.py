"""Request parameters checked as Connexion's parameter validator checks them, precompiled.

Used by the compiled request pipeline: a check says only whether Connexion would accept a
parameter (jsonschema-rs validators compiled once per schema, in place of Connexion's deep
copy and python-jsonschema validator per parameter and request); refusals are worded by
Connexion itself, which the pipeline then hands the request to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from connexion.utils import is_null, is_nullable
from starlette.requests import cookie_parser

from server.http.validation import compiled_schema


class RequestHeaders(dict[str, str]):
    """A request's headers by lower-case name, the first of each (what ``Headers.get`` gives).

    Built once per request: Starlette's ``Headers.get`` scans the raw list on every lookup,
    and a compiled operation looks up every declared header parameter plus its credentials.
    Lookups must use lower-case names.
    """

    @classmethod
    def of(cls, raw: list[tuple[bytes, bytes]]) -> RequestHeaders:
        """The headers of an ASGI scope's raw ``headers`` list."""
        found = cls()
        for name, value in reversed(raw):  # reversed, so the first of a name wins
            found[name.decode("latin-1")] = value.decode("latin-1")
        return found


class Incoming:
    """What Connexion's parameter validator reads of a request, without a ``ConnexionRequest``."""

    __slots__ = ("headers", "path_params", "query_params")

    def __init__(
        self, headers: RequestHeaders, path_params: dict[str, Any], query_params: dict[str, Any]
    ) -> None:
        self.headers = headers
        self.path_params = path_params
        self.query_params = query_params

    @property
    def cookies(self) -> dict[str, str]:
        """The request's cookies, parsed as Starlette parses them."""
        return cookie_parser(self.headers.get("cookie", ""))


@dataclass(frozen=True)
class ParameterCheck:
    """One declared parameter and the precompiled validator of its schema."""

    location: str
    name: str
    key: str
    required: bool
    nullable: bool
    validator: Any

    def accepts(self, value: Any) -> bool:
        """Whether Connexion's parameter validation passes ``value`` (True only when sure)."""
        if value is None:
            return not self.required
        if self.nullable and is_null(value):
            return True
        return bool(self.validator.is_valid(value))


def compile_parameter_checks(parameters: list[dict[str, Any]]) -> tuple[ParameterCheck, ...]:
    """A check per parameter, in Connexion's order (query, path, header, cookie)."""
    checks = []
    for location in ("query", "path", "header", "cookie"):
        for param in parameters:
            if param["in"] != location:
                continue
            key = param["name"]
            if location == "path":
                key = key.replace("-", "_")
            elif location == "header":
                key = key.lower()  # RequestHeaders are looked up by lower-case name
            checks.append(
                ParameterCheck(
                    location,
                    param["name"],
                    key,
                    bool(param.get("required")),
                    bool(is_nullable(param)),
                    compiled_schema(param.get("schema", param)),
                )
            )
    return tuple(checks)


class ParameterChecks:
    """Every parameter check of one operation, with strict validation's list of query names."""

    def __init__(
        self,
        parameters: list[dict[str, Any]],
        strict_validation: bool,
        security_query_params: list[str],
    ) -> None:
        self.checks = compile_parameter_checks(parameters)
        #: With strict validation, the query parameters a request may carry (else None).
        self.known_query: frozenset[str] | None = (
            frozenset(
                [p["name"] for p in parameters if p["in"] == "query"] + list(security_query_params)
            )
            if strict_validation
            else None
        )

    def accept(self, request: Incoming) -> bool:
        """Whether Connexion's parameter validation (strict or not) passes every parameter."""
        if self.known_query is not None and not request.query_params.keys() <= self.known_query:
            return False
        for check in self.checks:
            if check.location == "query":
                value = request.query_params.get(check.key)
            elif check.location == "path":
                value = request.path_params.get(check.key)
            elif check.location == "header":
                value = request.headers.get(check.key)
            else:
                value = request.cookies.get(check.key)
            if not check.accepts(value):
                return False
        return True


def is_plain_string(parameter: Mapping[str, Any]) -> bool:
    """A parameter Connexion's URI parser and argument casting pass through unchanged."""
    schema = parameter.get("schema", parameter)
    return (
        schema.get("type") == "string"
        and schema.get("format") != "binary"
        and not is_nullable(parameter)
    )
