"""Test webhooks: the spec's callbacks (and 3.1 ``webhooks``) delivered on demand, signed.

Each declared callback becomes an event type named after it (``operationId.callbackName`` when
two operations share the name). A partner registers a URL, triggers an event of a chosen type
and gets the delivery result back: the payload is the callback's request example (or a valid
generated one), signed with :mod:`contracts.webhook_signature` exactly as the server signs.
"""

from __future__ import annotations

import json
import random
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from contracts.webhook_signature import signed_headers
from mocks.generation import Generator
from mocks.operations import ApiSpec, deref
from mocks.validation import is_json, violations_of


@dataclass(frozen=True)
class EventType:
    """One deliverable event: where it comes from and what its payload looks like."""

    name: str
    api: ApiSpec
    method: str
    expression: str
    media_type: str
    schema: Any
    examples: tuple[Any, ...]

    def describe(self) -> dict[str, Any]:
        """The JSON description listed by the sandbox."""
        return {
            "event": self.name,
            "api": self.api.loaded.title,
            "method": self.method,
            "url_expression": self.expression,
            "content_type": self.media_type,
            "has_example": bool(self.examples),
        }


@dataclass(frozen=True)
class Subscription:
    """A partner's registered endpoint."""

    id: str
    url: str
    events: frozenset[str] | None
    secret: str

    def as_dict(self) -> dict[str, Any]:
        """JSON form (the secret is shown: it is a sandbox)."""
        return {
            "id": self.id,
            "url": self.url,
            "events": sorted(self.events or []) or None,
            "secret": self.secret,
        }


def event_types(apis: list[ApiSpec]) -> dict[str, EventType]:
    """Every callback and webhook the specs declare, by event name."""
    found: dict[str, EventType] = {}
    for api in apis:
        spec = api.data
        sources: list[tuple[str, str, Any]] = []
        for operation in api.operations:
            for name, callback in (operation.raw.get("callbacks") or {}).items():
                callback = deref(spec, callback)
                for expression, item in (callback or {}).items():
                    sources.append(
                        (name, f"{operation.operation_id}.{name}", (expression, deref(spec, item)))
                    )
        for name, item in (spec.get("webhooks") or {}).items():
            sources.append((name, name, (name, deref(spec, item))))
        for short, qualified, (expression, item) in sources:
            for method in ("post", "put", "patch", "get", "delete"):
                raw = (item or {}).get(method)
                if not isinstance(raw, dict):
                    continue
                body = deref(spec, raw.get("requestBody")) or {}
                content = body.get("content") or {"application/json": {}}
                media_type, media = next(iter(content.items()))
                media = media if isinstance(media, dict) else {}
                examples = [
                    deref(spec, e).get("value")
                    for e in (media.get("examples") or {}).values()
                    if isinstance(deref(spec, e), dict)
                ]
                if "example" in media:
                    examples.insert(0, media["example"])
                schema = media.get("schema")
                converted = api.compiler.convert(schema, "request") if schema is not None else None
                key = short if short not in found else qualified
                found[key] = EventType(
                    key,
                    api,
                    method.upper(),
                    expression,
                    media_type,
                    converted,
                    tuple(e for e in examples if e is not None),
                )
                break
    return found


class WebhookHub:
    """Subscriptions and deliveries (kept across spec reloads)."""

    def __init__(self, default_secret: str, timeout_s: float) -> None:
        self.default_secret = default_secret
        self.timeout_s = timeout_s
        self.subscriptions: dict[str, Subscription] = {}

    def subscribe(self, url: str, events: list[str] | None, secret: str | None) -> Subscription:
        """Register ``url`` for ``events`` (all when ``None``)."""
        sub = Subscription(
            f"sub_{uuid.uuid4().hex[:12]}",
            url,
            frozenset(events) if events else None,
            secret or f"whsec_{secrets.token_hex(16)}",
        )
        self.subscriptions[sub.id] = sub
        return sub

    def payload(self, event: EventType, seed: int | None) -> Any:
        """The sample payload: the first example, else a valid generated value."""
        if event.examples and seed is None:
            return event.examples[0]
        if event.schema is None:
            return {"event": event.name, "sent_at": int(time.time())}
        compiler = event.api.compiler
        generator = Generator(
            lambda s: compiler.resolve(s, "request"),
            random.Random(seed),
            static=seed is None,
            direction="request",
        )
        return generator.value(event.schema)

    async def deliver(
        self, event: EventType, url: str, secret: str, seed: int | None
    ) -> dict[str, Any]:
        """POST one signed sample event to ``url`` and report what happened."""
        value = self.payload(event, seed)
        body = (
            json.dumps(value, separators=(",", ":")).encode()
            if is_json(event.media_type)
            else str(value).encode()
        )
        headers = signed_headers(secret, body)
        headers["Content-Type"] = event.media_type
        headers["User-Agent"] = "apikit-mock-webhooks"
        violations = []
        if event.schema is not None:
            violations = [
                v.as_dict()
                for v in violations_of(event.api.compiler.compile(event.schema), value, "/body")
            ]
        result: dict[str, Any] = {
            "delivery_id": headers["X-Webhook-Id"],
            "event": event.name,
            "url": url,
            "request": {"method": event.method, "headers": headers, "body": value},
            "payload_violations": violations,
        }
        started = time.perf_counter()
        try:
            async with httpx.AsyncClient(timeout=self.timeout_s) as client:
                response = await client.request(event.method, url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            result.update(delivered=False, error=f"{type(exc).__name__}: {exc}")
        else:
            result.update(
                delivered=200 <= response.status_code < 300,
                status_code=response.status_code,
                response_body=response.text[:2000],
            )
        result["duration_ms"] = round((time.perf_counter() - started) * 1000, 1)
        return result
