"""Data generated from (converted) JSON Schemas: valid, bounded, seeded and realistic.

Two modes. *Static* values (the same every time) are walked here: ``const``/``enum`` first,
then examples and defaults, ``allOf`` merged, the first ``oneOf``/``anyOf`` branch, then by type
with formats, ``pattern``, length and numeric bounds, ``uniqueItems`` and property-name hints
(:mod:`mocks.realism`). *Dynamic* values (random, seeded) come from the schema's compiled
emitter (:mod:`mocks.emitters`), parsed. Recursion through ``$ref`` is bounded by depth (past
it only required properties and ``minItems`` items are generated) and a node budget guards
huge schemas. Callers validate the result against the compiled schema.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from typing import Any

from mocks.containers import infer_type
from mocks.emitters import EmitterCompiler
from mocks.merging import merge_schemas
from mocks.patterns import string_for_pattern
from mocks.pools import singular
from mocks.realism import FORMATS, number_for_name, string_for_name
from mocks.scalars import Draw, GenerationMissError, bounds
from mocks.scalars import SchemaTooComplexError as SchemaTooComplexError

Resolver = Callable[[Any], Any]

_SHALLOW_DEPTH = 4
_MAX_DEPTH = 12
_NODE_BUDGET = 20000


_MISSING: Any = object()
Maker = Callable[["Generator", dict[str, Any], "str | None", int], Any]


class _Prepared:
    """A schema resolved, merged and classified once, so generating a value is a lookup."""

    __slots__ = ("branches", "const", "maker", "options", "props", "schema", "static_value")

    def __init__(self, schema: dict[str, Any], maker: Maker | None) -> None:
        self.schema = schema
        self.maker = maker
        self.const: Any = _MISSING
        self.static_value: Any = _MISSING
        self.options: list[Any] | None = None
        self.branches: list[Any] | None = None
        self.props: list[tuple[str, Any, bool, bool]] | None = None


class Generator:
    """Generates one value per call; ``static`` mode prefers schema examples and defaults."""

    def __init__(
        self,
        resolve: Resolver,
        rng: random.Random,
        *,
        static: bool,
        direction: str = "response",
        list_length: int | None = None,
        plans: dict[Any, Any] | None = None,
        checks: Callable[[Any], Callable[[Any], bool]] | None = None,
    ) -> None:
        self.resolve = resolve
        # Prepared schemas by identity; pass a long-lived dict to reuse them across values.
        self.plans: dict[Any, Any] = {} if plans is None else plans
        self.rng = rng
        self.static = static
        self.hidden = "writeOnly" if direction == "response" else "readOnly"
        self.list_length = list_length
        self.checks = checks
        self.nodes = 0

    def value(self, schema: Any, name: str | None = None, depth: int = 0) -> Any:
        """A value valid for ``schema``."""
        if not self.static:
            return self._dynamic(schema, name, depth)
        self.nodes += 1
        if self.nodes > _NODE_BUDGET:
            raise SchemaTooComplexError
        prepared = self._prepare(schema)
        if prepared.const is not _MISSING:
            return prepared.const
        if prepared.static_value is not _MISSING:
            return prepared.static_value
        if prepared.options:
            return prepared.options[0]
        if prepared.branches:
            branches = prepared.branches
            return self.value(branches[0], name, depth)
        if prepared.maker is None:
            return "string"
        return prepared.maker(self, prepared.schema, name, depth)

    def _dynamic(self, schema: Any, name: str | None, depth: int) -> Any:
        """A random value from the compiled emitter (:mod:`mocks.emitters`) of ``schema``."""
        compiler = EmitterCompiler(self.resolve, self.plans, hidden=self.hidden, checks=self.checks)
        node = compiler.node(schema, name, depth)
        for _ in range(6):
            draw = Draw(self.rng.getrandbits(64), self.list_length)
            try:
                text = node.emit(draw)
            except GenerationMissError:
                continue
            self.list_length = None
            return json.loads(text)
        self.static = True  # no draw fitted: the static value, which the caller checks
        try:
            return self.value(schema, name, depth)
        finally:
            self.static = False

    def _prepare(self, schema: Any) -> _Prepared:
        """Resolve, merge and classify ``schema`` once (cached by identity across calls)."""
        key = (id(schema), self.hidden)
        cached = self.plans.get(key)
        if cached is not None and cached[0] is schema:
            found: _Prepared = cached[1]
            return found
        prepared = self._classify(schema)
        self.plans[key] = (schema, prepared)
        return prepared

    def _classify(self, original: Any) -> _Prepared:
        schema = self.resolve(original)
        if schema is True or not isinstance(schema, dict):
            return _Prepared({}, None)
        if "allOf" in schema:
            schema = self.merge(schema)
        prepared = _Prepared(schema, None)
        if "const" in schema:
            prepared.const = schema["const"]
            return prepared
        for key in ("example", "default"):
            if key in schema and schema[key] is not None:
                prepared.static_value = schema[key]
                break
        else:
            if isinstance(schema.get("examples"), list) and schema["examples"]:
                prepared.static_value = schema["examples"][0]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            prepared.options = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return prepared
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                rest = {k: v for k, v in schema.items() if k != key}
                prepared.branches = [{"allOf": [rest, b]} if rest else b for b in branches]
                return prepared
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = infer_type(schema)
        prepared.maker = getattr(Generator, f"_{kind}", Generator._string)
        if kind == "object":
            required = set(schema.get("required") or [])
            props = []
            for name, sub in (schema.get("properties") or {}).items():
                resolved = self.resolve(sub)
                hidden = isinstance(resolved, dict) and resolved.get(self.hidden) is True
                props.append((name, sub, name in required, hidden))
            prepared.props = props
        return prepared

    def merge(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``allOf`` folded into one schema (properties and required united)."""
        return merge_schemas(schema, self.resolve)[0]

    def _null(self, schema: dict[str, Any], name: str | None, depth: int) -> Any:
        return None

    def _boolean(self, schema: dict[str, Any], name: str | None, depth: int) -> bool:
        return True

    def _object(self, schema: dict[str, Any], name: str | None, depth: int) -> dict[str, Any]:
        props = self._prepare(schema).props if "properties" in schema else []
        out: dict[str, Any] = {}
        shallow = depth >= _SHALLOW_DEPTH
        for key, sub, required, hidden in props or ():
            if not required:
                if hidden or shallow or depth >= _MAX_DEPTH:
                    continue
            out[key] = self.value(sub, key, depth + 1)
        required_names = set(schema.get("required") or [])
        for key in required_names - out.keys():
            out[key] = self.value((schema.get("properties") or {}).get(key, {}), key, depth + 1)
        minimum = schema.get("minProperties") or 0
        extra = schema.get("additionalProperties")
        if len(out) < minimum and extra is not False:
            sub = extra if isinstance(extra, dict) else {"type": "string"}
            while len(out) < minimum:
                out[f"key{len(out) + 1}"] = self.value(sub, None, depth + 1)
        maximum = schema.get("maxProperties")
        if isinstance(maximum, int) and len(out) > maximum:
            for key in [k for k in out if k not in required_names][: len(out) - maximum]:
                del out[key]
        return out

    def _array(self, schema: dict[str, Any], name: str | None, depth: int) -> list[Any]:
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems")
        if self.list_length is not None and depth <= 1:
            count = self.list_length
            self.list_length = None
        elif depth >= _SHALLOW_DEPTH:
            count = low
        else:
            count = max(low, 1)
        if isinstance(high, int):
            count = min(count, high)
        count = max(count, low)
        items = schema.get("items", {})
        prefix = schema.get("prefixItems")
        if isinstance(items, list):  # tuple form (draft 4 ``items`` array)
            prefix, items = items, schema.get("additionalItems", {})
        out: list[Any] = []
        if isinstance(prefix, list):
            out = [self.value(sub, name, depth + 1) for sub in prefix]
            if items is False:
                return out
            count = max(count, len(out))
        seen: set[str] = set()
        attempts = 0
        while len(out) < count and attempts < count * 10 + 10:
            attempts += 1
            item = self.value(items, singular(name), depth + 1)
            if schema.get("uniqueItems"):
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    self.static = False  # vary the next attempt
                    continue
                seen.add(key)
            out.append(item)
        return out

    def _string(self, schema: dict[str, Any], name: str | None, depth: int) -> str:
        low = int(schema.get("minLength") or 0)
        high = schema.get("maxLength")
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            found = string_for_pattern(pattern, self.rng, high if isinstance(high, int) else None)
            if found is not None and len(found) >= low:
                return found
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in FORMATS:
            return FORMATS[fmt](self.rng)
        text: str | None = None
        if isinstance(high, int) and high <= 3 and name and "country" in name.lower():
            text = "US"
        text = text or string_for_name(name, self.rng) or "string"
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        if len(text) < low:
            text = text + "x" * (low - len(text))
        return text

    def _integer(self, schema: dict[str, Any], name: str | None, depth: int) -> int:
        low, high = self._bounds(schema, integer=True)
        hint = number_for_name(name, self.rng)
        multiple = schema.get("multipleOf")
        if hint is None:
            value = max(low, min(high, 1 if low <= 1 <= high else low))
        else:
            value = int(hint) if low <= hint <= high else self.rng.randint(int(low), int(high))
        if isinstance(multiple, int | float) and multiple > 0:
            value = int(math.ceil(low / multiple) * multiple) if value % multiple else value
        return int(value)

    def _number(self, schema: dict[str, Any], name: str | None, depth: int) -> float | int:
        low, high = self._bounds(schema, integer=False)
        hint = number_for_name(name, self.rng)
        multiple = schema.get("multipleOf")
        if hint is not None and low <= hint <= high:
            value: float = hint
        else:
            value = max(low, min(high, 1.5 if low <= 1.5 <= high else low))
        if isinstance(multiple, int | float) and multiple > 0:
            value = math.ceil(low / multiple) * multiple
            return int(value) if float(value).is_integer() else value
        return value

    def _bounds(self, schema: dict[str, Any], *, integer: bool) -> tuple[float, float]:
        """The closed range the bounds allow: exclusive ends stepped inwards (1 or 0.01)."""
        low, high, low_open, high_open = bounds(schema)
        if integer:
            return (
                math.floor(low) + 1 if low_open else math.ceil(low),
                math.ceil(high) - 1 if high_open else math.floor(high),
            )
        return low + 0.01 if low_open else low, high - 0.01 if high_open else high
