"""Schemathesis against the mock, in-process over ASGI: every response conforms to its spec.

Runs on the project's own specs (``specs/*.yaml``) when present, and on two public documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from mocks.loading import load_spec
from mocks.serving import build_app
from mocks.settings import MockSettings
from tests.mocks.conftest import ROOT, SHOP

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
OWN = sorted((ROOT / "specs").glob("*.yaml"))
PUBLIC = [CORPUS / "oai-petstore-expanded.yaml", CORPUS / "oai-link-example.yaml"]
SPECS = [*OWN, *[p for p in PUBLIC if p.exists()], SHOP]
HEADERS = {"Authorization": "Bearer conformance", "X-Api-Key": "conformance"}


@pytest.mark.slow
@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_mock_responses_conform(path: Path, dynamic: bool) -> None:
    schema = schemathesis.openapi.from_dict(load_spec(path).data)
    schema.app = build_app([path], MockSettings(seed="1", dynamic=dynamic))
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:  # type: ignore[type-arg]
            case.call_and_validate(headers=HEADERS)

        try:
            check()
        except Exception as exc:  # collected so one run reports every operation
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
