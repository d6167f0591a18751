"""``POST /auth/token`` (RFC 6749 section 4.4, client credentials) and the JWKS document.

Clients authenticate with ``client_secret_basic`` (HTTP Basic) or ``client_secret_post``
(``client_id``/``client_secret`` form fields), never both; errors follow RFC 6749 section 5.2.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from urllib.parse import parse_qsl, unquote_plus

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from server.auth.principal import Principal
from server.runtime import Runtime

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
MAX_FORM_BYTES = 16_384


class OAuthError(Exception):
    """An RFC 6749 error response: ``error`` code, description and status."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def response(self) -> Response:
        """The JSON error response (401 ones invite Basic authentication)."""
        headers = dict(NO_STORE)
        if self.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="apikit", charset="UTF-8"'
        return JSONResponse(
            {"error": self.error, "error_description": self.description},
            status_code=self.status,
            headers=headers,
        )


async def token_endpoint(request: Request) -> Response:
    """Issue an access token to an authenticated client for (a subset of) its scopes."""
    runtime: Runtime = request.app.state.runtime
    try:
        form = await _form(request)
        client_id, secret = _client_credentials(request, form)
        if form.get("grant_type") is None:
            raise OAuthError("invalid_request", "grant_type is required")
        if form["grant_type"] != "client_credentials":
            raise OAuthError(
                "unsupported_grant_type", "only the client_credentials grant is supported"
            )
        principal = await run_in_threadpool(runtime.clients.authenticate, client_id, secret)
        if principal is None:
            raise OAuthError("invalid_client", "client authentication failed", 401)
        principal = _narrowed(principal, form.get("scope"))
    except OAuthError as error:
        return error.response()
    issued = runtime.tokens.issue(principal)
    return JSONResponse(
        {
            "access_token": issued.access_token,
            "token_type": "Bearer",
            "expires_in": issued.expires_in,
            "scope": issued.scope,
        },
        headers=NO_STORE,
    )


async def jwks_endpoint(request: Request) -> Response:
    """The public signing keys (RS256 only; HS256 publishes an empty set)."""
    runtime: Runtime = request.app.state.runtime
    return JSONResponse(runtime.tokens.keys.jwks())


async def _form(request: Request) -> dict[str, str]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise OAuthError("invalid_request", "use application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise OAuthError("invalid_request", "request body too large")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except (UnicodeDecodeError, ValueError) as exc:
        raise OAuthError("invalid_request", "malformed form body") from exc
    form: dict[str, str] = {}
    for key, value in pairs:
        if key in form:  # RFC 6749 section 3.2: parameters must not be repeated
            raise OAuthError("invalid_request", f"parameter {key} repeated")
        form[key] = value
    return form


def _client_credentials(request: Request, form: Mapping[str, str]) -> tuple[str, str]:
    authorization = request.headers.get("authorization")
    in_body = "client_secret" in form
    if authorization:
        if in_body:
            raise OAuthError("invalid_request", "use one client authentication method only")
        kind, _, encoded = authorization.partition(" ")
        if kind.lower() != "basic":
            raise OAuthError("invalid_client", "unsupported client authentication", 401)
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise OAuthError("invalid_client", "malformed Basic credentials", 401) from exc
        client_id, sep, secret = decoded.partition(":")
        if not sep:
            raise OAuthError("invalid_client", "malformed Basic credentials", 401)
        # RFC 6749 section 2.3.1: both parts are form-urlencoded before Basic encoding.
        return unquote_plus(client_id), unquote_plus(secret)
    if in_body and form.get("client_id"):
        return form["client_id"], form["client_secret"]
    raise OAuthError("invalid_client", "client authentication is required", 401)


def _narrowed(principal: Principal, requested: str | None) -> Principal:
    if requested is None or not requested.strip():
        return principal
    scopes = frozenset(requested.split())
    unknown = scopes - principal.scopes
    if unknown:
        raise OAuthError("invalid_scope", f"scopes not granted to this client: {sorted(unknown)}")
    return Principal(
        principal.client_id,
        scopes,
        principal.client_type,
        principal.publisher_id,
        principal.customer_id,
    )
