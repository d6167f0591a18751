"""Building success responses: body from example or generator, declared headers, own validation.

Static answers (no preference given) are computed once per operation and media type and served
from pre-rendered bytes; dynamic answers are generated per request from a seed made of the
``--seed``/``seed=`` value and the request line, so the same request gives the same bytes.
Every body is validated against its own schema; violations go to ``X-Mock-Violations``.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from typing import Any

from mocks.emitters import EmitterCompiler
from mocks.generation import Generator, SchemaTooComplexError
from mocks.operations import MediaSpec, Operation, ResponseSpec
from mocks.problems import VIOLATIONS_HEADER, violations_header
from mocks.rendering import Reply, content_type_header, render
from mocks.scalars import Draw, GenerationMissError
from mocks.validation import Violation, is_json, violations_of

_LIST_HINTS = ("limit", "per_page", "perpage", "page_size", "pagesize", "size", "count", "top")


@dataclass(frozen=True)
class BodyChoice:
    """How to produce the body: a named example, dynamic generation, and the seed."""

    example: str | None
    dynamic: bool
    seed: str | None


def seed_for(seed: str | None, method: str, path: str, query: str) -> int | None:
    """A stable integer seed from the user's seed and the request line (``None``: random)."""
    if seed is None:
        return None
    digest = hashlib.blake2b(f"{seed}|{method}|{path}|{query}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def list_length(query: dict[str, list[str]]) -> int | None:
    """A page size asked for in the query (``limit=20``), used for generated lists."""
    for key, values in query.items():
        if key.lower() in _LIST_HINTS and values and values[-1].isdigit():
            return min(int(values[-1]), 1000)
    return None


def body_value(
    operation: Operation,
    media: MediaSpec,
    choice: BodyChoice,
    rng_seed: int | None,
    length: int | None = None,
) -> tuple[Any, bool]:
    """The value to send (named or first example, or generated) and whether it was checked.

    Generated values are validated here (and regenerated with other seeds in the rare case the
    generator misses); examples are served as written and checked by the caller.
    """
    if choice.example is not None:
        return media.examples[choice.example], False
    if not choice.dynamic and media.examples:
        return next(iter(media.examples.values())), False
    if media.schema is None:
        return None, False
    compiler = operation.api.compiler
    rng = random.Random(rng_seed if rng_seed is not None else (0 if not choice.dynamic else None))
    generator = Generator(
        lambda s: compiler.resolve(s, "response"),
        rng,
        static=not choice.dynamic,
        list_length=length,
        plans=operation.api.plans["response"],
    )
    value = generator.value(media.schema)
    if media.validator is not None and not media.validator.is_valid(value):
        # Rare corner of the generator (e.g. a oneOf whose branches overlap): retry other seeds.
        for attempt in range(1, 6):
            generator = Generator(
                lambda s: compiler.resolve(s, "response"),
                random.Random((rng_seed or 0) + attempt),
                static=False,
                list_length=length,
                plans=operation.api.plans["response"],
            )
            candidate = generator.value(media.schema)
            if media.validator.is_valid(candidate):
                return candidate, True
        return value, False
    return value, True


#: Unseeded dynamic bodies draw from one process-wide stream: seeding a generator per request
#: costs as much as writing a small body, and such bodies need not be repeatable.
_STREAM = Draw(None)
_STREAM_BUDGET = Draw(None).budget


def dynamic_json(
    operation: Operation, media: MediaSpec, rng_seed: int | None, length: int | None
) -> bytes | None:
    """A freshly generated JSON body written straight to bytes, or ``None`` when none fitted.

    The schema's compiled emitter is exact for most schemas (every value it writes is valid,
    see :mod:`mocks.emitters`): its text is sent as is. Otherwise the text is parsed and
    validated, and other seeds are tried when it misses.
    """
    plans = operation.api.plans["response"]
    found = plans.get(("body", id(media)))
    if found is None or found[0] is not media:
        compiler = operation.api.compiler
        emitters = EmitterCompiler(
            lambda s: compiler.resolve(s, "response"),
            plans,
            checks=lambda s: compiler.compile(s).is_valid,
        )
        found = plans[("body", id(media))] = (media, emitters.node(media.schema))
    node = found[1]
    for attempt in range(6):
        if rng_seed is None:
            draw, draw.length, draw.budget = _STREAM, length, _STREAM_BUDGET
        else:
            draw = Draw(rng_seed + attempt, length)
        try:
            text = node.emit(draw)
        except GenerationMissError:
            continue
        if node.exact or media.validator is None or media.validator.is_valid(json.loads(text)):
            return text.encode()
    return None


def header_values(
    operation: Operation, response: ResponseSpec, rng: random.Random
) -> list[tuple[str, str]]:
    """Schema-valid values for the declared response headers."""
    compiler = operation.api.compiler
    out = []
    for name, header in response.headers.items():
        if not isinstance(header, dict):
            continue
        schema = operation.header_schema(header)
        if "example" in header:
            value: Any = header["example"]
        else:
            generator = Generator(
                lambda s: compiler.resolve(s, "response"),
                rng,
                static=True,
                plans=operation.api.plans["response"],
            )
            try:
                value = generator.value(schema, name)
            except SchemaTooComplexError:
                continue
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, dict):
            value = ",".join(f"{k},{v}" for k, v in value.items())
        out.append((name, str(value)))
    return out


def success_reply(
    operation: Operation,
    response: ResponseSpec,
    status: int,
    media_type: str | None,
    choice: BodyChoice,
    rng_seed: int | None,
    length: int | None = None,
) -> Reply:
    """The full reply for a chosen response and media type."""
    headers: list[tuple[str, str]] = (
        header_values(operation, response, random.Random(0)) if response.headers else []
    )
    if media_type is None or status in (204, 304) or status < 200:
        return Reply(status, headers, b"")
    media = response.content[media_type]
    if (
        choice.dynamic
        and choice.example is None
        and media.schema is not None
        and is_json(media_type)
    ):
        body = dynamic_json(operation, media, rng_seed, length)
        if body is not None:
            headers.insert(0, ("content-type", content_type_header(media_type)))
            return Reply(status, headers, body)
    value, checked = body_value(operation, media, choice, rng_seed, length)
    violations: list[Violation] = []
    if media.validator is not None and not checked:
        violations = violations_of(media.validator, value, "/body")
    headers.insert(0, ("content-type", content_type_header(media_type)))
    if violations:
        headers.append((VIOLATIONS_HEADER, violations_header(violations)))
    return Reply(status, headers, render(value, media_type))
