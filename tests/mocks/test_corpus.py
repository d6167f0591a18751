"""Real public specs: every servable document starts and answers; the others fail clearly."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from contracts.document import load_document
from mocks.app import MockApp
from mocks.errors import SpecLoadError
from mocks.runtime import MockRuntime
from mocks.settings import MockSettings
from tests.mocks.conftest import ROOT

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json"))
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DOCUMENTS, reason="no corpus on this machine"),
]


def _is_valid(path: Path) -> bool:
    try:
        validate(load_document(path).data)
    except OpenAPIValidationError:
        return False
    return True


def _probe(runtime: MockRuntime) -> tuple[str, str]:
    operations = [o for api in runtime.apis for o in api.operations]
    gets = [o for o in operations if o.method == "GET"]
    chosen = next((o for o in gets if "{" not in o.template), (gets or operations)[0])
    return chosen.method, chosen.template.replace("{", "").replace("}", "")


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_corpus_document_is_served_or_refused_clearly(path: Path) -> None:
    valid = _is_valid(path)
    try:
        runtime = MockRuntime.from_paths([path], MockSettings())
    except SpecLoadError as exc:
        assert not valid, f"valid document refused: {exc}"
        assert exc.reason
        return
    method, url = _probe(runtime)

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=MockApp(runtime))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.request(method, url, headers={"Authorization": "Bearer t"})

    response = asyncio.run(call())
    assert response.status_code < 500, response.text[:500]
    assert "x-mock-violations" not in response.headers or response.status_code >= 400


def test_swagger_2_is_a_clear_cli_error() -> None:
    document = CORPUS / "iterable-api-docs.json"
    result = subprocess.run(
        [sys.executable, "-m", "apikit", "mock", str(document), "--port", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "only OpenAPI 3.0 and 3.1 are supported (found Swagger 2.0)" in result.stderr
    assert "Traceback" not in result.stderr


def test_largest_document_starts_over_http(mock_process) -> None:
    largest = max(DOCUMENTS, key=lambda p: p.stat().st_size)
    mock = mock_process(largest, ready_path="/__sandbox/webhooks/events", timeout=120)
    runtime_probe = MockRuntime.from_paths([largest], MockSettings())
    method, url = _probe(runtime_probe)
    response = mock.client.request(method, url, headers={"Authorization": "Bearer t"})
    assert response.status_code < 500
