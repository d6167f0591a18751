"""Real specs: each diffed against itself, and against a copy with only its prose edited.

Both must give nothing. The prose-edited copy is the stronger test: every operation and
schema differs textually, so the whole document is walked and any false positive shows.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from contracts.diff import diff_sides
from contracts.diff.sides import Side
from contracts.diff.view import SpecView
from contracts.document import Document, load_document
from contracts.workspace import Workspace

from .conftest import TODAY

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
REPOSITORY = Path(__file__).resolve().parents[3]
CORPUS_FILES = sorted(p for p in CORPUS.glob("*") if p.suffix in {".yaml", ".yml", ".json"})
PROJECT_SPECS = sorted((REPOSITORY / "specs").glob("*.yaml"))
_PROSE = {"description", "summary", "title"}


def _edit_prose(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: f"{item} (edited)"
            if key in _PROSE and isinstance(item, str)
            else _edit_prose(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_edit_prose(item) for item in value]
    return value


def _side(workspace: Workspace, path: Path) -> Side:
    return Side(str(path), {path.name: SpecView(workspace, path, path.parent)}, single=True)


def _assert_self_diffs_are_empty(path: Path, tmp_path: Path) -> None:
    document = load_document(path)
    base = Workspace()
    base.add(document)
    assert diff_sides(_side(base, path), _side(base, path), today=TODAY).findings == ()
    edited = Workspace()
    copy_path = tmp_path / path.name
    edited.add(Document(copy_path, _edit_prose(copy.deepcopy(document.data))))
    result = diff_sides(_side(base, path), _side(edited, copy_path), today=TODAY)
    assert [f"{f.rule_id} {f.operation} {f.message}" for f in result.findings] == []


@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_document_against_itself_gives_nothing(path: Path, tmp_path: Path) -> None:
    _assert_self_diffs_are_empty(path, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(not PROJECT_SPECS, reason="no specs/*.yaml in this checkout yet")
@pytest.mark.parametrize("path", PROJECT_SPECS, ids=lambda p: p.name)
def test_project_spec_against_itself_gives_nothing(path: Path, tmp_path: Path) -> None:
    document = load_document(path)
    workspace = Workspace()
    workspace.add(document)
    side = _side(workspace, path)
    assert diff_sides(side, side, today=TODAY).findings == ()
    assert diff_sides(_side(Workspace(), path), side, today=TODAY).findings == ()
