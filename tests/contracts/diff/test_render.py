"""The reports: Markdown for a PR comment (against a snapshot), JSON, GitHub annotations."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from contracts.diff import DiffResult, Finding, Severity
from contracts.diff.markdown import render_markdown
from contracts.diff.render import render_github, render_json, render_text
from contracts.document import SourceLocation

from .conftest import DiffFn, Spec

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.fixture
def multi_change(diff: DiffFn, spec: Spec) -> DiffResult:
    """Breaking, warning and informational changes across two operations and the document."""
    head = copy.deepcopy(spec)
    item = head["paths"]["/pets/{petId}"]
    del item["put"]
    get = item["get"]
    get["deprecated"] = True
    get["parameters"].append({"name": "fields", "in": "query", "schema": {"type": "string"}})
    pet = head["components"]["schemas"]["Pet"]
    del pet["properties"]["name"]
    pet["required"] = ["id"]
    pet["properties"]["status"] = {"type": "string", "enum": ["available", "sold"]}
    head["paths"]["/pets"] = {
        "post": {"operationId": "createPet", "responses": {"201": {"description": "Created"}}}
    }
    head["servers"].append({"url": "https://eu.example.test/v1"})
    return diff(spec, head)


def test_markdown_report_matches_the_snapshot(multi_change: DiffResult) -> None:
    expected = (SNAPSHOTS / "multi_change.md").read_text(encoding="utf-8")
    assert render_markdown(multi_change) == expected


def test_markdown_puts_counts_first_and_breaking_changes_before_warnings(
    multi_change: DiffResult,
) -> None:
    text = render_markdown(multi_change)
    assert text.index("| breaking |") < text.index("Breaking changes") < text.index("Warnings")
    assert "<details>" in text


def test_json_report_has_rule_ids_and_locations(multi_change: DiffResult) -> None:
    document = json.loads(render_json(multi_change))
    assert document["summary"]["bump"] == "major"
    assert document["summary"]["breaking"] == multi_change.count(multi_change.findings[0].severity)
    first = document["findings"][0]
    assert set(first) >= {"rule", "severity", "operation", "pointer", "file", "line"}
    assert first["file"].endswith("api.yaml") and first["line"] > 0


def test_github_annotations_are_workflow_commands(multi_change: DiffResult) -> None:
    lines = render_github(multi_change).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2
    assert errors[0].startswith("::error file=base/api.yaml,line=")
    assert ",title=" in errors[0] and "::" in errors[0][2:]
    assert lines[-1].startswith("::notice title=apikit diff::")


def test_github_annotation_properties_are_escaped() -> None:
    finding = Finding(
        "operation-removed",
        Severity.BREAKING,
        "50% gone\nreally",
        "GET /a,b",
        "/paths",
        SourceLocation("specs/a,b:c.yaml", 3, 1),
        "base",
        "a.yaml",
    )
    (line, _) = render_github(DiffResult("x", "y", (finding,))).splitlines()
    assert line == (
        "::error file=specs/a%2Cb%3Ac.yaml,line=3,col=1,"
        "title=operation-removed (GET /a%2Cb)::50%25 gone%0Areally"
    )


def test_text_report_has_one_entry_per_finding(multi_change: DiffResult) -> None:
    text = render_text(multi_change)
    assert text.splitlines()[0].endswith("suggested version bump: major")
    assert sum(1 for f in multi_change.findings if f.rule_id in text) == len(multi_change.findings)


def test_a_shared_change_reaching_many_operations_is_listed_once(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    pet = {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
    for path in ("/a", "/b", "/c"):
        base["paths"][path] = {"get": {"responses": {"200": {"description": "ok", "content": pet}}}}
    head = copy.deepcopy(base)
    head["components"]["schemas"]["Pet"]["properties"]["id"] = {"type": "integer"}
    text = render_markdown(diff(base, head))
    assert text.count("changed type from string to integer") == 1
    assert "reached from 4 operations" in text


def _shared_type_change(diff: DiffFn, spec: Spec) -> DiffResult:
    base = copy.deepcopy(spec)
    pet = {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
    for path in ("/a", "/b", "/c"):
        base["paths"][path] = {"get": {"responses": {"200": {"description": "ok", "content": pet}}}}
    head = copy.deepcopy(base)
    head["components"]["schemas"]["Pet"]["properties"]["id"] = {"type": "integer"}
    return diff(base, head)


def test_a_shared_change_counts_once_in_the_markdown_headline(diff: DiffFn, spec: Spec) -> None:
    result = _shared_type_change(diff, spec)
    assert result.count(Severity.BREAKING) == 4
    text = render_markdown(result)
    assert "| 1 | 0 | 0 | 0 | **major** |" in text
    assert "**1 breaking change** affecting 4 operations" in text
    assert "Breaking changes (1)" in text
    assert "— in schema `Pet`, `head/api.yaml:" in text


def test_a_shared_change_is_one_github_annotation_naming_its_operations(
    diff: DiffFn, spec: Spec
) -> None:
    lines = render_github(_shared_type_change(diff, spec)).splitlines()
    (error,) = [line for line in lines if line.startswith("::error ")]
    assert "(in 4 operations: GET /a, GET /b, GET /c and 1 more)" in error
    assert lines[-1].endswith(
        "1 breaking, 0 warnings, 0 info (4 findings across operations); "
        "suggested version bump: major"
    )


def _removal(file: str) -> Finding:
    return Finding(
        "operation-removed",
        Severity.BREAKING,
        "gone",
        "GET /a",
        "/paths/~1a/get",
        SourceLocation(file, 12, 5),
        "base",
        "a.yaml",
    )


def test_github_annotation_of_a_revision_names_the_repository_path() -> None:
    head_finding = Finding(
        "operation-id-changed",
        Severity.BREAKING,
        "renamed",
        "GET /a",
        "/paths/~1a/get/operationId",
        SourceLocation("HEAD:specs/a.yaml", 7, 3),
        "head",
        "a.yaml",
    )
    lines = render_github(DiffResult("origin/main", "HEAD", (head_finding,))).splitlines()
    assert lines[0].startswith("::error file=specs/a.yaml,line=7,col=3,")


def test_github_annotation_of_a_removal_in_a_base_revision_has_no_line() -> None:
    result = DiffResult("origin/main", "specs", (_removal("origin/main:specs/a.yaml"),))
    assert (
        render_github(result)
        .splitlines()[0]
        .startswith("::error file=specs/a.yaml,title=operation-removed (GET /a)::gone")
    )


def test_github_annotation_of_a_removal_in_a_base_file_keeps_its_line() -> None:
    result = DiffResult("old/a.yaml", "new/a.yaml", (_removal("old/a.yaml"),))
    assert render_github(result).splitlines()[0].startswith("::error file=old/a.yaml,line=12,")


def test_a_report_too_long_for_a_comment_is_cut_and_says_so(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    for index in range(60):
        base["paths"][f"/things{index}"] = {
            "get": {"responses": {"200": {"description": "ok"}}},
            "post": {"responses": {"201": {"description": "ok"}}},
        }
    head = copy.deepcopy(base)
    for index in range(60):
        del head["paths"][f"/things{index}"]
        head["paths"][f"/other{index}"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    result = diff(base, head)
    full = render_markdown(result)
    assert "other and 0 accepted changes are not listed" not in full
    shorter = render_markdown(result, limit=len(full) - 1)
    assert len(shorter) < len(full) and "other and 0 accepted changes are not listed" in shorter
    cut = render_markdown(result, limit=3000)
    assert len(cut) <= 3000 and cut.endswith("for every change.*\n")
    assert cut.count("<details>") == cut.count("</details>")
