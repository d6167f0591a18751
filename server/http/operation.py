"""One operation compiled at start-up: a request's happy path checked and turned into arguments.

Connexion builds, for every request, a ``ConnexionRequest``, a URI parser, a parameter
validator, a body validator and a decorated copy of the handler (inspecting its signature
each time). :class:`CompiledOperation` builds all of those once, from the very objects
Connexion made when it loaded the spec, and per request only runs them.

It accepts a request only when it can prove Connexion would accept it with the same result;
for anything else (a failed or unusual security check, an invalid or unusual parameter or
body, a form, a missing ``Content-Length``...) :meth:`CompiledOperation.admit` (credentials
and parameters, checked before the body is read, as Connexion does) or
:meth:`CompiledOperation.prepare` (the body) returns ``None`` and the request goes through
Connexion unchanged, so every error keeps the exact
status, wording and format Connexion and our error handlers give it. Hand-written because
Connexion offers no way to run its checks without building its per-request objects.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from connexion.context import context as connexion_context
from connexion.decorators.parameter import (
    CONTEXT_NAME,
    _get_query_arguments,
    _get_query_defaults,
    _get_val_from_param,
    inspect_function_arguments,
    pythonic,
    unwrap_decorators,
)
from connexion.http_facts import FORM_CONTENT_TYPES
from connexion.operations import AbstractOperation
from connexion.utils import is_null, is_nullable, split_content_type
from python_multipart.multipart import parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.requests import cookie_parser

from server.auth.authenticator import Authenticator
from server.auth.tokens import InvalidTokenError
from server.http.validation import compiled_schema

#: ``pythonic`` runs inflection's regexes; names are few and fixed, so remember them.
_pythonic = functools.lru_cache(maxsize=4096)(pythonic)


@dataclass(frozen=True)
class Requirement:
    """One alternative of an operation's ``security``: how to check it without Connexion.

    ``kind`` is ``none`` (``{}``), ``bearer`` (oauth2 or http bearer), ``apikey`` (a header
    key) or ``other`` (anything Connexion must decide itself).
    """

    kind: str
    scopes: frozenset[str] | None = None
    header: str = ""


def compile_requirements(
    security: list[dict[str, list[str]]] | None,
    schemes: Mapping[str, Any],
    api_key_scopes: frozenset[str],
) -> tuple[Requirement, ...] | None:
    """The operation's security alternatives, in order; None when it has no security."""
    if not security:
        return None
    found = []
    for requirement in security:
        if not requirement:
            found.append(Requirement("none"))
            continue
        if len(requirement) != 1:
            found.append(Requirement("other"))
            continue
        ((name, scopes),) = requirement.items()
        scheme = schemes.get(name, {})
        kind = scheme.get("type")
        if kind == "oauth2":
            found.append(Requirement("bearer", frozenset(scopes)))
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            found.append(Requirement("bearer"))
        elif kind == "apiKey" and scheme.get("in") == "header":
            found.append(Requirement("apikey", api_key_scopes, scheme["name"].lower()))
        else:
            found.append(Requirement("other"))
    return tuple(found)


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


@dataclass
class Admitted:
    """A request whose credentials and parameters Connexion would accept."""

    context: dict[str, Any]
    headers: RequestHeaders
    path_params: dict[str, Any]
    query: dict[str, Any]
    mimetype: str


@dataclass
class Prepared:
    """A request Connexion would accept: the handler's arguments and the security context."""

    kwargs: dict[str, Any]
    context: dict[str, Any]


class CompiledOperation:
    """Connexion's checks and argument preparation for one operation, built once."""

    def __init__(
        self,
        operation: AbstractOperation,
        *,
        requirements: tuple[Requirement, ...] | None,
        authenticator: Authenticator,
        uri_parser: Any,
        strict_validation: bool,
        security_query_params: list[str],
        body_validators: Mapping[str, Any],
    ) -> None:
        self.operation = operation
        self.requirements = requirements
        self.authenticator = authenticator
        self.checks = compile_parameter_checks(operation.parameters)
        #: With strict validation, the query parameters a request may carry (else None).
        self.known_query: frozenset[str] | None = (
            frozenset(
                [p["name"] for p in operation.parameters if p["in"] == "query"]
                + list(security_query_params)
            )
            if strict_validation
            else None
        )
        self.path_definitions = {p["name"]: p for p in operation.parameters if p["in"] == "path"}
        #: Path parameters that are all plain strings come out of Connexion's URI parser as
        #: they went in (its coercion of a string is the identity), so it is not run for them.
        self.plain_path = all(_is_plain_string(p) for p in self.path_definitions.values())
        query_definitions = {p["name"]: p for p in operation.parameters if p["in"] == "query"}
        self.has_query_definitions = bool(query_definitions)
        #: Without defaults, an empty query string gives the handler no query arguments.
        self.has_query_defaults = bool(_get_query_defaults(query_definitions))
        #: Precompiled JSON body validators by the exact media type the spec declares.
        self.body_validators = body_validators
        self.body_name = _pythonic(operation.body_name(""))
        #: Per JSON media type: whether its body schema is nullable, and its default body.
        self.body_shapes = {
            media_type: (
                bool(is_nullable(operation.body_schema(media_type))),
                operation.body_schema(media_type).get("default", {}),
            )
            for media_type in body_validators
        }
        self.uri_parser = uri_parser
        self.function = operation.function
        self.is_coroutine = asyncio.iscoroutinefunction(self.function)
        self.arguments, self.has_kwargs = inspect_function_arguments(
            unwrap_decorators(self.function)
        )
        #: Whether the operation takes a body (then it is read and checked first).
        self.reads_body = bool(operation.consumes)
        self.wants_context = CONTEXT_NAME in self.arguments

    def security_context(self, headers: RequestHeaders) -> dict[str, Any] | None:
        """``user``/``token_info`` as Connexion's security layer would set them, or None.

        Connexion tries the alternatives in order and the first that yields credentials
        wins; one that fails is only remembered for the error. None here means no alternative
        passed (or one needs Connexion), and Connexion then decides and words the refusal.
        """
        if self.requirements is None:
            return {}
        for requirement in self.requirements:
            if requirement.kind == "none":
                info: dict[str, Any] = {}
                break
            if requirement.kind == "bearer":
                authorization = headers.get("authorization")
                if not authorization:
                    continue
                parts = authorization.split(maxsplit=1)
                if len(parts) != 2 or parts[0].lower() != "bearer":
                    continue
                try:
                    principal = self.authenticator.bearer(parts[1])
                except InvalidTokenError:
                    continue
                # Connexion's ``validate_scope`` splits the token's ``scope`` claim, which is
                # these scopes joined by spaces.
                if requirement.scopes is not None and not requirement.scopes <= principal.scopes:
                    continue
                info = principal.token_info()
                break
            if requirement.kind == "apikey":
                key = headers.get(requirement.header)
                if key is None:
                    continue
                key_principal = self.authenticator.api_key(key)
                if key_principal is None or not (requirement.scopes or frozenset()) <= (
                    key_principal.scopes
                ):
                    continue
                info = key_principal.token_info()
                break
            return None  # a kind only Connexion knows how to check
        else:
            return None
        return {"user": info.get("sub", info.get("uid")), "token_info": info}

    def admit(
        self, scope: Mapping[str, Any], headers: RequestHeaders, path_params: dict[str, Any]
    ) -> Admitted | None:
        """Security and parameters, as Connexion checks them before it reads the body.

        None when Connexion must decide (a refusal, or a case not handled here).
        """
        context = self.security_context(headers)
        if context is None:
            return None
        content_type = headers.get("content-type")
        if content_type is not None:
            mimetype = parse_options_header(content_type)[0].decode()
            if mimetype in FORM_CONTENT_TYPES:
                return None  # forms and files: Connexion's parsing
        else:
            mimetype = "application/octet-stream"
        try:
            resolved_path = (
                path_params if self.plain_path else self.uri_parser.resolve_path(path_params)
            )
            query_string = scope.get("query_string", b"")
            if query_string:
                args = QueryParams(query_string)
                query = self.uri_parser.resolve_query({k: args.getlist(k) for k in args})
            else:
                query = {}
        except Exception:
            return None  # Connexion words the error (or accepts what we could not decide)
        if not self._parameters_pass(Incoming(headers, resolved_path, query)):
            return None
        return Admitted(context, headers, resolved_path, query, mimetype)

    def prepare(self, admitted: Admitted, body: bytes) -> Prepared | None:
        """The handler's arguments when Connexion would accept the body too; else None."""
        parsed: Any = None
        if self.reads_body:
            parsed = self._checked_body(admitted.mimetype, admitted.headers, body)
            if parsed is _REFUSED:
                return None
        kwargs = self._arguments(admitted.path_params, admitted.query, parsed, admitted.mimetype)
        for key, value in admitted.context.items():
            if self.has_kwargs or key in self.arguments:
                kwargs[key] = value
        if self.wants_context:
            kwargs[CONTEXT_NAME] = connexion_context
        return Prepared(kwargs, admitted.context)

    def _parameters_pass(self, request: Incoming) -> bool:
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

    def _arguments(
        self, path_params: dict[str, Any], query: dict[str, Any], body: Any, mimetype: str
    ) -> dict[str, Any]:
        """The handler's keyword arguments, as Connexion's ``get_arguments`` computes them.

        The path part is Connexion's ``_get_path_arguments`` with the definitions looked up
        once; query and body arguments are Connexion's own functions, called only when the
        operation has query parameters or a body (otherwise they add nothing).
        """
        kwargs: dict[str, Any] = {}
        for name, value in path_params.items():
            definition = self.path_definitions.get(name)
            kwargs[_pythonic(name)] = (
                value if definition is None else _get_val_from_param(value, definition)
            )
        if query or self.has_query_defaults:
            kwargs.update(
                _get_query_arguments(
                    query,
                    operation=self.operation,
                    arguments=self.arguments,
                    has_kwargs=self.has_kwargs,
                    sanitize=_pythonic,
                )
            )
        if self.reads_body and (self.has_kwargs or self.body_name in self.arguments):
            # Connexion's ``_get_body_argument`` for a JSON body, with the schema's
            # nullability and default looked up once.
            nullable, default = self.body_shapes[mimetype]
            if nullable and is_null(body):
                kwargs[self.body_name] = None
            elif body is None:
                kwargs[self.body_name] = deepcopy(default)
            else:
                kwargs[self.body_name] = body
        return {_pythonic(k): v for k, v in kwargs.items()}

    def _checked_body(self, mimetype: str, headers: RequestHeaders, body: bytes) -> Any:
        """The parsed JSON body when Connexion's body checks would pass, else ``_REFUSED``.

        Only a JSON body with a ``Content-Length`` in a media type the spec names exactly,
        UTF-8, that parses and validates; Connexion handles every other case (defaults for
        absent bodies, media ranges, other charsets) and every refusal.
        """
        mime_type, encoding = split_content_type(headers.get("content-type"))
        declared = headers.get("content-length", "")
        validator = self.body_validators.get(mime_type or "")
        if (
            validator is None
            or mime_type != mimetype
            or encoding not in (None, "utf-8")
            or not declared.isdigit()
            or int(declared) == 0
        ):
            return _REFUSED
        try:
            parsed = json.loads(body.decode("utf-8"))
            if not (parsed is None and validator._nullable):
                validator._validate(parsed)
        except Exception:
            return _REFUSED
        return parsed

    async def call(self, kwargs: dict[str, Any]) -> Any:
        """The handler's result, called as Connexion calls it (threads for plain ``def``)."""
        if self.is_coroutine:
            return await self.function(**kwargs)
        return await run_in_threadpool(self.function, **kwargs)


def _is_plain_string(parameter: Mapping[str, Any]) -> bool:
    """A parameter Connexion's URI parser and argument casting pass through unchanged."""
    schema = parameter.get("schema", parameter)
    return (
        schema.get("type") == "string"
        and schema.get("format") != "binary"
        and not is_nullable(parameter)
    )


#: Marks a body Connexion must check itself.
_REFUSED = object()
