"""The mock's own endpoints under ``/__sandbox``: tokens, reset, test webhooks.

``POST /__sandbox/token``
    OAuth 2.0 client credentials (form or JSON; client id also via HTTP Basic). Issues a
    signed token with the requested ``scope`` (all scopes the specs declare when none asked).
``POST /__sandbox/reset``
    Drops the caller's stateful data (back to the spec's examples); ``?all=true`` for everyone.
``GET /__sandbox/webhooks/events``
    The event types (callbacks and webhooks) the specs declare.
``POST /__sandbox/webhooks/subscriptions`` / ``GET`` / ``DELETE .../{id}``
    Register ``{"url", "events"?, "secret"?}``; list; remove.
``POST /__sandbox/webhooks/trigger``
    ``{"event", "subscription_id" | "url", "secret"?, "seed"?}``: deliver a signed sample event
    now and return the delivery result.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import parse_qs

from mocks.rendering import Reply
from mocks.request import MockRequest
from mocks.runtime import MockRuntime
from mocks.security import identify
from mocks.webhooks import WebhookHub, event_types


def _json(status: int, value: Any, headers: list[tuple[str, str]] | None = None) -> Reply:
    body = json.dumps(value, separators=(",", ":")).encode()
    return Reply(status, [("content-type", "application/json"), *(headers or [])], body)


def _problem(status: int, title: str, detail: str) -> Reply:
    body = {"type": "urn:apikit:mock:sandbox", "title": title, "status": status, "detail": detail}
    return Reply(
        status,
        [("content-type", "application/problem+json")],
        json.dumps(body, separators=(",", ":")).encode(),
    )


def _fields(request: MockRequest) -> dict[str, Any]:
    if not request.body:
        return {}
    if request.media_type == "application/json" or request.body.lstrip().startswith(b"{"):
        try:
            value = json.loads(request.body)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}
    pairs = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[-1] for key, values in pairs.items()}


def declared_scopes(runtime: MockRuntime) -> list[str]:
    """Every OAuth 2.0 scope declared by the served specs."""
    scopes: dict[str, None] = {}
    for api in runtime.apis:
        for scheme in ((api.data.get("components") or {}).get("securitySchemes") or {}).values():
            for flow in ((scheme or {}).get("flows") or {}).values():
                scopes.update(dict.fromkeys((flow or {}).get("scopes") or {}))
    return list(scopes)


class Sandbox:
    """Handles ``/__sandbox`` requests; holds webhook subscriptions across reloads."""

    def __init__(self, hub: WebhookHub | None = None) -> None:
        self.hub = hub

    async def handle(self, runtime: MockRuntime, request: MockRequest) -> Reply | None:
        """The sandbox reply, or ``None`` when the path is not a sandbox path."""
        if self.hub is None:
            self.hub = WebhookHub(
                runtime.settings.webhook_secret, runtime.settings.webhook_timeout_s
            )
        path, method = request.path.rstrip("/"), request.method
        if path == "/__sandbox/token" and method == "POST":
            return self._token(runtime, request)
        if path == "/__sandbox/reset" and method == "POST":
            everyone = request.query.get("all", ["false"])[-1] == "true"
            principal = None if everyone else self._principal(runtime, request)
            runtime.store.reset(principal)
            return _json(200, {"reset": "all" if everyone else principal})
        if path == "/__sandbox/webhooks/events" and method == "GET":
            return _json(200, [e.describe() for e in event_types(runtime.apis).values()])
        if path == "/__sandbox/webhooks/subscriptions":
            if method == "GET":
                return _json(200, [s.as_dict() for s in self.hub.subscriptions.values()])
            if method == "POST":
                return self._subscribe(request)
        if path.startswith("/__sandbox/webhooks/subscriptions/") and method == "DELETE":
            found = self.hub.subscriptions.pop(path.rsplit("/", 1)[1], None)
            return (
                Reply(204, [], b"") if found else _problem(404, "Not Found", "no such subscription")
            )
        if path == "/__sandbox/webhooks/trigger" and method == "POST":
            return await self._trigger(runtime, request)
        if path.startswith("/__sandbox"):
            return _problem(404, "Not Found", f"no sandbox endpoint {method} {request.path}")
        return None

    @staticmethod
    def _principal(runtime: MockRuntime, request: MockRequest) -> str:
        for checker in runtime.checkers.values():
            principal = identify(checker, request)
            if principal != "anonymous":
                return principal
        return "anonymous"

    def _token(self, runtime: MockRuntime, request: MockRequest) -> Reply:
        fields = _fields(request)
        client_id = str(fields.get("client_id") or "")
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic" and not client_id:
            try:
                client_id = base64.b64decode(credentials).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                client_id = ""
        no_store = [("cache-control", "no-store")]
        if fields.get("grant_type") != "client_credentials":
            return _json(
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": "only grant_type=client_credentials",
                },
                no_store,
            )
        if not client_id:
            return _json(
                401,
                {"error": "invalid_client", "error_description": "client_id is required"},
                no_store,
            )
        requested = str(fields.get("scope") or "").split()
        scopes = requested or declared_scopes(runtime)
        token = runtime.tokens.issue(client_id, scopes)
        return _json(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": runtime.tokens.ttl_s,
                "scope": " ".join(scopes),
            },
            no_store,
        )

    def _subscribe(self, request: MockRequest) -> Reply:
        assert self.hub is not None
        fields = _fields(request)
        url = fields.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return _problem(422, "Invalid subscription", "'url' must be an http(s) URL")
        events = fields.get("events")
        if events is not None and not (
            isinstance(events, list) and all(isinstance(e, str) for e in events)
        ):
            return _problem(422, "Invalid subscription", "'events' must be a list of names")
        secret = fields.get("secret") if isinstance(fields.get("secret"), str) else None
        return _json(201, self.hub.subscribe(url, events, secret).as_dict())

    async def _trigger(self, runtime: MockRuntime, request: MockRequest) -> Reply:
        assert self.hub is not None
        fields = _fields(request)
        events = event_types(runtime.apis)
        name = fields.get("event")
        if not isinstance(name, str) or name not in events:
            known = ", ".join(events) or "none declared"
            return _problem(422, "Unknown event", f"'event' must be one of: {known}")
        subscription = self.hub.subscriptions.get(str(fields.get("subscription_id", "")))
        url = subscription.url if subscription else fields.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return _problem(422, "No target", "give a 'subscription_id' or an http(s) 'url'")
        if subscription and subscription.events and name not in subscription.events:
            return _problem(422, "Not subscribed", f"{subscription.id} does not receive {name}")
        secret = fields.get("secret") if isinstance(fields.get("secret"), str) else None
        secret = secret or (subscription.secret if subscription else self.hub.default_secret)
        seed = fields.get("seed")
        result = await self.hub.deliver(
            events[name], url, secret, int(seed) if isinstance(seed, int) else None
        )
        return _json(200, result)
