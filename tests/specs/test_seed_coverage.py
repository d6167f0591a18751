"""Every endpoint and every JSON field name the seed documents show is in a spec."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contracts.workspace import bundle

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
SPECS = ROOT / "specs"

CODE_BLOCK = re.compile(r"```[^\n]*\n(.*?)```", re.S)
JSON_KEY = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"\s*:')
ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s?]+)")
TEMPLATE = re.compile(r"\{[^}]+\}")


@dataclass(frozen=True)
class Seed:
    """Which spec a seed document became, and how its URLs map onto that spec's paths."""

    pattern: str
    spec: str
    strip: tuple[str, ...]  # URL prefixes that are the spec's base path
    relative_prefix: str = ""  # prefix for endpoints the seed writes relative to a base URL


SEED_SPECS = [
    Seed("000_*.txt", "cs-integration.yaml", ("/api/v1",), relative_prefix="/cs-integration"),
    Seed("001_*.txt", "cs-integration.yaml", ("/api/v1",)),
    Seed("002_*.txt", "cs-cross-domain.yaml", ("/v1/cs-integrations",)),
    Seed("003_*.txt", "event-platform.yaml", ("/api/v1",)),
    Seed("004_*.txt", "platform-integrations.yaml", ("/api/integrations",)),
]


def seed_text(seed: Seed) -> str:
    (path,) = SEEDS.glob(seed.pattern)
    return path.read_text(encoding="utf-8")


def code_blocks(text: str) -> list[str]:
    return CODE_BLOCK.findall(text)


def seed_fields(seed: Seed) -> set[str]:
    return {key for block in code_blocks(seed_text(seed)) for key in JSON_KEY.findall(block)}


def seed_endpoints(seed: Seed) -> set[tuple[str, str]]:
    text = seed_text(seed)
    # Seed 003 names its resources by URL pattern rather than by method + path.
    found = {(m, p) for block in code_blocks(text) for m, p in ENDPOINT.findall(block)}
    found |= {("GET", p) for p in re.findall(r"\*\*Resource URL Pattern\*\*: `([^`]+)`", text)}
    result = set()
    for method, path in found:
        for prefix in seed.strip:
            if path.startswith(prefix + "/"):
                path = path[len(prefix) :]
                break
        else:
            path = seed.relative_prefix + path
        result.add((method.lower(), normalise(path.rstrip("/"))))
    return result


def normalise(path: str) -> str:
    return TEMPLATE.sub("{}", path)


def property_names(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key in ("properties",):
            if isinstance(node.get(key), dict):
                yield from node[key]
        for value in node.values():
            yield from property_names(value)
    elif isinstance(node, list):
        for item in node:
            yield from property_names(item)


def spec_or_skip(name: str) -> dict[str, Any]:
    path = SPECS / name
    if not path.exists():
        pytest.skip(f"{name} is not written yet")
    return bundle(path)


@pytest.mark.parametrize("seed", SEED_SPECS, ids=lambda s: s.pattern[:3])
def test_every_seed_endpoint_is_a_spec_operation(seed: Seed) -> None:
    spec = spec_or_skip(seed.spec)
    operations = {
        (method, normalise(path))
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch"}
    }
    missing = sorted(seed_endpoints(seed) - operations)
    assert not missing, f"{seed.spec} lacks seed endpoints: {missing}"


@pytest.mark.parametrize("seed", SEED_SPECS, ids=lambda s: s.pattern[:3])
def test_every_seed_json_field_is_a_spec_property(seed: Seed) -> None:
    spec = spec_or_skip(seed.spec)
    names = set(property_names(spec))
    missing = sorted(seed_fields(seed) - names)
    assert not missing, f"{seed.spec} lacks seed fields: {missing}"


def test_seed_003_headers_are_declared() -> None:
    spec = spec_or_skip("event-platform.yaml")
    text = seed_text(SEED_SPECS[3])
    section = text.split("### 3.5", 1)[1].split("### 3.7", 1)[0]
    headers = set(re.findall(r"^\|(X-[A-Za-z-]+|Accept-Language|Cache-Control)\|", section, re.M))
    declared = {p["name"] for p in spec["components"].get("parameters", {}).values()}
    declared |= set(spec["components"].get("headers", {}))
    declared |= {
        name
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for response in op.get("responses", {}).values()
        for name in response.get("headers", {})
    }
    missing = sorted(h for h in headers if h not in declared)
    assert not missing, f"event-platform.yaml does not declare seed headers: {missing}"


def test_seed_parsing_finds_the_documented_examples() -> None:
    # Guards the extraction itself: a regex that silently matched nothing would pass above.
    assert {"customer_id", "health_score", "integration_status"} <= seed_fields(SEED_SPECS[0])
    assert ("get", "/cs-integration/customers/{}") in seed_endpoints(SEED_SPECS[0])
    assert ("post", "/cs-ops/workflows/{}") in seed_endpoints(SEED_SPECS[1])
    assert ("get", "/operations/capacity/forecast") in seed_endpoints(SEED_SPECS[2])
    assert ("get", "/events/{}/sessions") in seed_endpoints(SEED_SPECS[3])
    assert ("delete", "/{}/{}") in seed_endpoints(SEED_SPECS[4])
    assert {"apiKey", "clientSecret", "leadSourceId"} <= seed_fields(SEED_SPECS[4])
