"""Lint reports on malformed documents instead of crashing, whatever sits where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts import pointer as jp
from contracts.document import parse_document
from contracts.lint import lint_document
from contracts.workspace import Workspace
from tests.contracts.lint.conftest import CLEAN_SPEC

CLEAN = yaml.safe_load(CLEAN_SPEC)


def pointers(value: Any, at: str = "") -> list[str]:
    found = [at] if at else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += pointers(item, jp.join(at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += pointers(item, jp.join(at, index))
    return found


POINTERS = pointers(CLEAN)
KEYS = "$ref type name in schema example items enum links operationId parameters properties"
KEYS += " content allOf security scopes flows x"
KEYS_LIST = KEYS.split()
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.sampled_from(["#/components/schemas/Thing", "{x}", "other.yaml#/a", "$ref", "/p/{id}"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(KEYS_LIST),
            inner,
            max_size=3,
        )
    ),
    max_leaves=8,
)


def replace(data: Any, pointer: str, value: Any) -> Any:
    copy = json.loads(json.dumps(data))
    *parent_tokens, last = jp.split(pointer)
    parent = copy
    for token in parent_tokens:
        parent = parent[int(token)] if isinstance(parent, list) else parent[token]
    if isinstance(parent, list):
        parent[int(last)] = value
    else:
        parent[last] = value
    return copy


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pointer=st.sampled_from(POINTERS), value=JSON)
def test_any_value_anywhere_is_reported_not_raised(pointer: str, value: Any) -> None:
    broken = replace(CLEAN, pointer, value)
    path = Path("/nonexistent/api.yaml")
    workspace = Workspace()
    workspace.add(parse_document(yaml.safe_dump(broken), path))
    for finding in lint_document(path, workspace):
        assert finding.location.line >= 1
