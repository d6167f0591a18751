"""Real-world documents from the shared corpus generate cleanly (skipped when it is absent)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from contracts.generate import SpecInputError, generate_files, write

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
DOCUMENTS = sorted(
    path for path in CORPUS.glob("*") if path.suffix.lower() in (".yaml", ".yml", ".json")
)
SMALL = ["oai-petstore-expanded.yaml", "oai-link-example.yaml", "oai-callback-example.yaml"]
CONFIG = Path(__file__).resolve().parents[3] / "pyproject.toml"
needs_corpus = pytest.mark.skipif(not DOCUMENTS, reason=f"no corpus documents in {CORPUS}")


def _ruff_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(CONFIG), "."],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three small OpenAPI Initiative examples, generated together."""
    output = tmp_path_factory.mktemp("corpus")
    write(generate_files([CORPUS / name for name in SMALL]), output)
    return output


@needs_corpus
def test_operations_without_ids_get_names_from_method_and_path(
    small: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.syspath_prepend(str(small / "clients" / "python" / "oai-callback-example"))
    try:
        client = importlib.import_module("oai_callback_example").Client
        assert callable(client.post_streams)
    finally:
        for name in [n for n in sys.modules if n.startswith("oai_callback_example")]:
            del sys.modules[name]
    markdown = (small / "docs" / "oai-callback-example.md").read_text()
    assert "operationId: `post_streams`" in markdown
    assert "`onData`: `POST {$request.query.callbackUrl}/data`" in markdown


@needs_corpus
def test_camel_case_operation_ids_become_snake_case_methods(small: Path):
    client = (small / "clients/python/oai-link-example/oai_link_example/client.py").read_text()
    for method in ("get_user_by_name", "get_repositories_by_owner", "merge_pull_request"):
        assert f"    def {method}(" in client
        assert f"    async def {method}(" in client


@needs_corpus
def test_small_corpus_clients_pass_ruff(small: Path):
    result = _ruff_check(small / "clients" / "python")
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize("path", DOCUMENTS, ids=[path.name for path in DOCUMENTS])
def test_corpus_document_generates_a_clean_client(path: Path, tmp_path: Path):
    try:
        files = generate_files([path])
    except SpecInputError as exc:
        assert "not an OpenAPI 3 document" in str(exc)  # the one Swagger 2.0 file
        return
    write(files, tmp_path)
    result = _ruff_check(tmp_path / "clients" / "python")
    assert result.returncode == 0, result.stdout[-3000:]
