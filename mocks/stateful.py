"""``--stateful``: create, read, list, update and delete resources for real, per credential.

Operations are given roles by :mod:`mocks.resources`; a create stores the request body merged
over a generated valid resource (so server-set fields such as ``id`` and ``createdAt`` exist),
reads and lists return what was stored, updates change it, deletes remove it (a later read is a
404 in the API's own error format). Every stored resource is checked against the operation's
response schema, and request fields that would break it are dropped. Top-level collections are
seeded from the spec's examples.
"""

from __future__ import annotations

import copy
import random
import zlib
from typing import Any

from mocks.generation import Generator
from mocks.operations import ApiSpec, MediaSpec, Operation
from mocks.problems import VIOLATIONS_HEADER, error_reply, violations_header
from mocks.rendering import Reply, content_type_header, render
from mocks.request import MockRequest
from mocks.resources import ResourceRole, collection_key, id_property, roles
from mocks.responder import header_values
from mocks.selection import select_response
from mocks.store import ResourceStore
from mocks.validation import Violation, violations_of


class StatefulSandbox:
    """Applies resource semantics to the operations that have a role."""

    def __init__(self, apis: list[ApiSpec], store: ResourceStore) -> None:
        self.store = store
        self.roles: dict[int, ResourceRole] = {}
        self._seeded: set[str] = set()
        self._by_collection: dict[str, list[Operation]] = {}
        for api in apis:
            found = roles(api)
            self.roles.update(found)
            for operation in api.operations:
                role = found.get(id(operation))
                if role is not None:
                    self._by_collection.setdefault(role.collection_template, []).append(operation)

    def handle(self, operation: Operation, request: MockRequest, principal: str) -> Reply | None:
        """The stateful reply, or ``None`` when the operation is not a resource operation."""
        role = self.roles.get(id(operation))
        if role is None:
            return None
        self._seed(role.collection_template)
        collection = collection_key(role.collection_template, request.path_params)
        response, status = select_response(operation, None)
        media = response.first_json()
        action = getattr(self, f"_{role.action}")
        result: Reply = action(operation, request, principal, role, collection, media, status)
        return result

    def _resolver(self, operation: Operation) -> Any:
        compiler = operation.api.compiler
        return lambda s: compiler.resolve(s, "response")

    def _id_name(self, operation: Operation, media: MediaSpec | None, role: ResourceRole) -> str:
        schema = media.schema if media is not None else None
        return id_property(schema, role.id_param, self._resolver(operation))

    def _create(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        body = operation.validator.validate_body(request).value
        count = len(self.store.keys(principal, collection))
        rng = random.Random(zlib.crc32(f"{principal}|{collection}|{count}".encode()))
        id_name = self._id_name(operation, media, role)
        resource: Any = dict(body) if isinstance(body, dict) else {}
        if media is not None and media.schema is not None:
            generated = Generator(
                self._resolver(operation),
                rng,
                static=False,
                plans=operation.api.plans["response"],
            ).value(media.schema)
            if isinstance(generated, dict):
                resource = _overlay(generated, body, media)
        key = self._new_id(principal, collection, resource, id_name, rng)
        if isinstance(resource, dict):
            resource[id_name] = key
        self.store.put(principal, collection, str(key), resource)
        headers = header_values(operation, response_of(operation, status), random.Random(0))
        location = f"{_origin(request)}{collection.rstrip('/')}/{key}"
        headers = [(n, location if n.lower() == "location" else v) for n, v in headers]
        return _reply(status, media, resource, headers)

    def _new_id(
        self, principal: str, collection: str, resource: Any, id_name: str, rng: random.Random
    ) -> Any:
        existing = self.store.keys(principal, collection)
        current = resource.get(id_name) if isinstance(resource, dict) else None
        if isinstance(current, int) and not isinstance(current, bool):
            numbers = [int(k) for k in existing if k.lstrip("-").isdigit()]
            return max([*numbers, 0]) + 1
        if isinstance(current, str) and current and current not in existing:
            return current
        return f"{rng.getrandbits(48):012x}"

    def _list(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        items = self.store.items(principal, collection)
        if media is None or media.schema is None:
            return _reply(status, media, items, [])
        resolve = self._resolver(operation)
        generator = Generator(resolve, random.Random(0), static=True)
        schema = resolve(media.schema)
        if isinstance(schema, dict) and "allOf" in schema:
            schema = generator.merge(schema)
        if isinstance(schema, dict) and (schema.get("type") == "array" or "items" in schema):
            return _reply(status, media, items, [])
        envelope = generator.value(media.schema)
        if isinstance(envelope, dict) and isinstance(schema, dict):
            for name, sub in (schema.get("properties") or {}).items():
                sub = resolve(sub)
                if isinstance(sub, dict) and (sub.get("type") == "array" or "items" in sub):
                    envelope[name] = items
                    break
        return _reply(status, media, envelope, [])

    def _read(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        key = request.path_params.get(role.id_param or "", "")
        resource = self.store.get(principal, collection, key)
        if resource is None:
            return _missing(operation, role, key, collection)
        return _reply(status, media, resource, [])

    def _replace(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        return self._change(operation, request, principal, role, collection, media, status)

    def _update(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        return self._change(operation, request, principal, role, collection, media, status)

    def _change(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        key = request.path_params.get(role.id_param or "", "")
        existing = self.store.get(principal, collection, key)
        if existing is None:
            return _missing(operation, role, key, collection)
        body = operation.validator.validate_body(request).value
        updated = (
            _overlay(copy.deepcopy(existing), body, media)
            if isinstance(existing, dict)
            else existing
        )
        self.store.put(principal, collection, key, updated)
        return _reply(status, media, updated, [])

    def _delete(
        self,
        operation: Operation,
        request: MockRequest,
        principal: str,
        role: ResourceRole,
        collection: str,
        media: MediaSpec | None,
        status: int,
    ) -> Reply:
        key = request.path_params.get(role.id_param or "", "")
        if not self.store.delete(principal, collection, key):
            return _missing(operation, role, key, collection)
        return _reply(status, media, None, [])

    def _seed(self, template: str) -> None:
        """Seed a top-level collection once from the examples of its read and list operations."""
        if template in self._seeded:
            return
        self._seeded.add(template)
        if "{" in template:
            return
        found: dict[str, Any] = {}
        for operation in self._by_collection.get(template, []):
            role = self.roles[id(operation)]
            if role.action not in ("read", "list"):
                continue
            response, _ = select_response(operation, None)
            media = response.first_json()
            if media is None:
                continue
            id_name = self._id_name(operation, media, role)
            for example in media.examples.values():
                values = example if isinstance(example, list) else [example]
                if role.action == "list" and isinstance(example, dict):
                    values = next((v for v in example.values() if isinstance(v, list)), [])
                for value in values:
                    if isinstance(value, dict) and value.get(id_name) is not None:
                        found[str(value[id_name])] = value
        if found:
            self.store.seed(template, found)


def response_of(operation: Operation, status: int) -> Any:
    """The declared response answering ``status``."""
    return select_response(operation, str(status))[0]


def _overlay(base: dict[str, Any], body: Any, media: MediaSpec | None) -> dict[str, Any]:
    """``body``'s fields over ``base``, keeping only those that leave ``base`` valid."""
    if not isinstance(body, dict):
        return base
    validator = media.validator if media is not None else None
    for key, value in body.items():
        had, old = key in base, base.get(key)
        base[key] = value
        if validator is not None and not validator.is_valid(base):
            if had:
                base[key] = old
            else:
                del base[key]
    return base


def _origin(request: MockRequest) -> str:
    host = request.headers.get("host", "localhost")
    return f"http://{host}"


def _reply(
    status: int, media: MediaSpec | None, value: Any, headers: list[tuple[str, str]]
) -> Reply:
    if media is None or status == 204:
        return Reply(status, headers, b"")
    out = [("content-type", content_type_header(media.media_type)), *headers]
    if media.validator is not None:
        violations = violations_of(media.validator, value, "/body")
        if violations:
            out.append((VIOLATIONS_HEADER, violations_header(violations)))
    return Reply(status, out, render(value, media.media_type))


def _missing(operation: Operation, role: ResourceRole, key: str, collection: str) -> Reply:
    return error_reply(
        operation,
        None,
        [404],
        "not-found",
        "Not Found",
        [Violation(f"/path/{role.id_param}", f"no resource {key!r} in {collection}", "not-found")],
    )
