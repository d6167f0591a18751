"""One operation compiled at start-up: a request's happy path checked and turned into arguments.

Connexion builds, for every request, a ``ConnexionRequest``, a URI parser, a parameter
validator, a body validator and a decorated copy of the handler (inspecting its signature
each time). :class:`CompiledOperation` builds all of those once, from the very objects
Connexion made when it loaded the spec, and per request only runs them.

It accepts a request only when it can prove Connexion would accept it with the same result.
For anything else (a failed or unusual security check, an invalid or unusual parameter or
body, a form, a missing ``Content-Length``...) :meth:`CompiledOperation.admit` (credentials
and parameters, checked before the body is read, as Connexion does) or
:meth:`CompiledOperation.prepare` (the body) returns ``None``, and the request goes through
Connexion unchanged, so every error keeps the exact status, wording and format Connexion and
our error handlers give it. Hand-written because Connexion offers no way to run its checks
without building its per-request objects.
"""

from __future__ import annotations

import asyncio
import functools
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

from server.auth.authenticator import Authenticator
from server.auth.requirements import Requirement, SecurityCheck
from server.http.parameters import Incoming, ParameterChecks, RequestHeaders, is_plain_string
from server.http.validation import strict_json

#: ``pythonic`` runs inflection's regexes; names are few and fixed, so remember them.
_pythonic = functools.lru_cache(maxsize=4096)(pythonic)


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
        self.security = SecurityCheck(requirements, authenticator)
        self.parameters = ParameterChecks(
            operation.parameters, strict_validation, security_query_params
        )
        self.path_definitions = {p["name"]: p for p in operation.parameters if p["in"] == "path"}
        #: Path parameters that are all plain strings come out of Connexion's URI parser as
        #: they went in (its coercion of a string is the identity), so it is not run for them.
        self.plain_path = all(is_plain_string(p) for p in self.path_definitions.values())
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

    def admit(
        self, scope: Mapping[str, Any], headers: RequestHeaders, path_params: dict[str, Any]
    ) -> Admitted | None:
        """Security and parameters, as Connexion checks them before it reads the body.

        None when Connexion must decide (a refusal, or a case not handled here).
        """
        context = self.security.context(headers)
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
        if not self.parameters.accept(Incoming(headers, resolved_path, query)):
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
            parsed = strict_json(body.decode("utf-8"))
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


#: Marks a body Connexion must check itself.
_REFUSED = object()
