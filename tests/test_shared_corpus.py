"""The corpus of real public specs beside the repository is there: the corpus tests need it."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def test_corpus_of_public_specs_is_beside_the_repository() -> None:
    documents = [p for p in CORPUS.glob("*") if p.suffix in {".yaml", ".yml", ".json"}]
    assert len(documents) >= 19, f"expected the 19 corpus documents in {CORPUS}"
