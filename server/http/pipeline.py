"""The compiled request pipeline of one API: routing table and operations built at start-up.

Connexion still loads the spec, resolves every operationId to its handler and builds its
middleware stack; :func:`compile_pipeline` then takes the operations, validators and
security schemes from that stack and compiles, per operation, what a request needs
(``server.http.operation``). Per request, :class:`CompiledPipeline` routes with Starlette's
own compiled route patterns, in Connexion's order, and runs the compiled operation: a
request Connexion would accept is answered without Connexion's per-request layers; any other
request (an error of any kind, HEAD, OPTIONS, a route it does not know) is handed to the
Connexion app unchanged, body included, so errors keep exactly today's answers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from connexion import AsyncApp
from connexion.context import _context, _operation, _receive, _scope
from connexion.frameworks.starlette import Starlette as StarletteFramework
from connexion.frameworks.starlette import starlettify_path
from connexion.lifecycle import ConnexionResponse
from connexion.middleware.abstract import ROUTING_CONTEXT
from connexion.middleware.request_validation import (
    RequestValidationMiddleware,
    RequestValidationOperation,
)
from connexion.operations import AbstractOperation
from connexion.utils import is_json_mimetype, is_nullable
from starlette.convertors import Convertor
from starlette.responses import Response
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.auth.authenticator import Authenticator
from server.auth.requirements import compile_requirements
from server.http.exceptions import ErrorRenderer
from server.http.operation import CompiledOperation
from server.http.parameters import RequestHeaders
from server.http.validation import RsJSONBodyValidator
from server.middleware.body_limit import BodyTooLargeError

log = logging.getLogger("apikit.pipeline")

Route = tuple[Any, dict[str, Convertor[Any]], str, CompiledOperation]


class CompiledPipeline:
    """Answers the requests Connexion would accept itself; hands every other one to Connexion."""

    def __init__(
        self,
        connexion: ASGIApp,
        base_path: str,
        routes: list[Route],
        renderer: ErrorRenderer,
        response_builder: Any,
    ) -> None:
        self.connexion = connexion
        self.base_path = base_path
        self.routes = routes
        self.renderer = renderer
        self.response_builder = response_builder

    def route(self, path: str, method: str) -> tuple[CompiledOperation, dict[str, Any]] | None:
        """The operation Connexion's router would pick for ``method path``, and its parameters.

        Connexion mounts its routes under the base path and takes the first route matching
        path and method, in the spec's order; so does this.
        """
        if not path.startswith(self.base_path):
            return None
        rest = path[len(self.base_path) :]
        for regex, convertors, route_method, operation in self.routes:
            if route_method != method:
                continue
            match = regex.match(rest)
            if match is not None:
                params = {
                    key: convertors[key].convert(value) for key, value in match.groupdict().items()
                }
                return operation, params
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.connexion(scope, receive, send)
            return
        found = self.route(scope["path"], scope["method"])
        if found is None:
            await self.connexion(scope, receive, send)
            return
        operation, path_params = found
        admitted = operation.admit(scope, RequestHeaders.of(scope["headers"]), path_params)
        if admitted is None:
            await self.connexion(scope, receive, send)
            return
        body = b""
        if operation.reads_body:
            chunks: list[bytes] = []
            try:
                while True:
                    message = await receive()
                    if message["type"] != "http.request":
                        await self.connexion(scope, _replay(b"".join(chunks), receive), send)
                        return
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        break
            except BodyTooLargeError as exc:
                # As Connexion's body validator would meet it, after security and parameters.
                await self.renderer.response(exc, scope["method"], scope["path"])(
                    scope, receive, send
                )
                return
            body = b"".join(chunks)
            receive = _replay(body, receive)
        prepared = operation.prepare(admitted, body)
        if prepared is None:
            await self.connexion(scope, receive, send)
            return
        # What Connexion's routing, security and context layers leave in the scope and in
        # its context variables, which handlers read through ``connexion.context``.
        scope.setdefault("path_params", {}).update(path_params)
        extensions = scope.setdefault("extensions", {})
        extensions.setdefault(ROUTING_CONTEXT, {}).update(
            {"api_base_path": self.base_path, "operation_id": operation.operation.operation_id}
        )
        extensions["connexion_context"] = prepared.context
        _context.set(prepared.context)
        _operation.set(operation.operation)
        _receive.set(receive)
        _scope.set(scope)
        try:
            result = await operation.call(prepared.kwargs)
            response = self._response(result)
        except Exception as exc:
            response = self.renderer.response(exc, scope["method"], scope["path"])
        await response(scope, receive, send)

    def _response(self, result: Any) -> Response:
        """The handler's result as Connexion's response layer would turn it into a response."""
        if isinstance(result, Response):
            return result
        if isinstance(result, ConnexionResponse):
            converted: Response = StarletteFramework.connexion_to_framework_response(result)
            return converted
        built: Response = self.response_builder.build_framework_response(result)
        return built


def _replay(body: bytes, receive: Receive) -> Receive:
    """``receive`` with an already read body given back first."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _validation_operations(app: AsyncApp) -> list[RequestValidationOperation]:
    """The request-validation operations of Connexion's (built) middleware stack, in spec order."""
    middleware = app.middleware
    if middleware.middleware_stack is None:
        middleware.app, middleware.middleware_stack = middleware._build_middleware_stack()
    found: list[RequestValidationOperation] = []
    for layer in middleware.middleware_stack:
        if isinstance(layer, RequestValidationMiddleware):
            for apis in layer.apis.values():
                for api in apis:
                    found.extend(api.operations.values())
    return found


def compile_pipeline(
    app: AsyncApp,
    base_path: str,
    authenticator: Authenticator,
    api_key_scopes: Mapping[str, frozenset[str]],
    renderer: ErrorRenderer,
) -> CompiledPipeline:
    """The compiled pipeline of the one API ``app`` serves at ``base_path``."""
    routes: list[Route] = []
    response_builder: Any = None
    for validation in _validation_operations(app):
        operation: AbstractOperation = validation._operation
        body_validators: dict[str, Any] = {}
        for media_type in operation.consumes:
            schema = operation.body_schema(media_type)
            validator_class = validation._validator_map["body"].get(media_type)
            if schema and is_json_mimetype(media_type) and validator_class is RsJSONBodyValidator:
                body_validators[media_type] = RsJSONBodyValidator(
                    schema=schema,
                    required=operation.request_body.get("required", False),
                    nullable=is_nullable(operation.body_definition(media_type)),
                    encoding="utf-8",
                    strict_validation=validation.strict_validation,
                )
        compiled = CompiledOperation(
            operation,
            requirements=compile_requirements(
                operation.security,
                operation.security_schemes,
                api_key_scopes.get(operation.operation_id, frozenset()),
            ),
            authenticator=authenticator,
            uri_parser=operation.uri_parser_class(
                operation.parameters, operation.body_definition()
            ),
            strict_validation=validation.strict_validation,
            security_query_params=validation.security_query_params,
            body_validators=body_validators,
        )
        path = starlettify_path(operation.path, operation.get_path_parameter_types())
        regex, _, convertors = compile_path(path)
        routes.append((regex, convertors, operation.method.upper(), compiled))
        if response_builder is None:
            response_builder = _response_builder(app)
    return CompiledPipeline(app, base_path, routes, renderer, response_builder)


def _response_builder(app: AsyncApp) -> Any:
    """Connexion's response decorator with the app's jsonifier, for results not responses."""
    from connexion.decorators.response import AsyncResponseDecorator

    jsonifier = app.middleware.options.jsonifier
    if jsonifier is None:
        from connexion.jsonifier import Jsonifier

        jsonifier = Jsonifier()
    return AsyncResponseDecorator(framework=StarletteFramework, jsonifier=jsonifier)
