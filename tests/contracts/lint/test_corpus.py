"""Lint runs to the end on every real-world document in the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.document import load_document
from contracts.lint import lint_paths

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
DOCUMENTS = sorted(
    path for path in CORPUS.glob("*") if path.suffix.lower() in (".yaml", ".yml", ".json")
)


@pytest.mark.slow
@pytest.mark.skipif(not DOCUMENTS, reason=f"no corpus documents in {CORPUS}")
@pytest.mark.parametrize("path", DOCUMENTS, ids=[path.name for path in DOCUMENTS])
def test_corpus_document_is_linted_to_the_end(path: Path) -> None:
    report = lint_paths([path])
    data = load_document(path).data
    rules = {finding.rule for finding in report.findings}
    if "swagger" in data:
        assert [finding.rule for finding in report.findings] == ["unsupported-version"]
    else:
        assert "unsupported-version" not in rules
    lines = len(path.read_text(encoding="utf-8").splitlines())
    for finding in report.findings:
        assert finding.location.file == str(path)
        assert 1 <= finding.location.line <= lines
