"""Sides of a diff: files, folders of specs, git revisions and ``REV:path``."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path

import pytest

from contracts.diff import DiffInputError, diff_sides, load_side

from .conftest import TODAY, Spec, minimal_spec, write


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=apikit",
            "-c",
            "user.email=apikit@example.test",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with specs/pets.yaml (its schema in specs/common/) committed."""
    spec = minimal_spec()
    spec["components"]["schemas"]["Pet"] = {"$ref": "common/pet.yaml#/Pet"}
    write(tmp_path / "specs" / "pets.yaml", spec)
    write(
        tmp_path / "specs" / "common" / "pet.yaml",
        {"Pet": minimal_spec()["components"]["schemas"]["Pet"]},
    )
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def _edit_shared_schema(repo: Path) -> None:
    """Remove a required property in the file the spec refers to: a cross-file change."""
    pet = minimal_spec()["components"]["schemas"]["Pet"]
    del pet["properties"]["name"]
    pet["required"] = ["id"]
    write(repo / "specs" / "common" / "pet.yaml", {"Pet": pet})


def test_revision_against_working_tree_sees_a_change_in_a_referenced_file(repo: Path) -> None:
    _edit_shared_schema(repo)
    result = diff_sides(load_side("HEAD", cwd=repo), load_side("specs", cwd=repo), today=TODAY)
    (finding,) = result.findings
    assert finding.rule_id == "response-body-required-property-removed"
    assert finding.operation == "GET /pets/{petId}"
    # A removal is located on the base side, in the revision's copy of the referenced file.
    assert finding.location is not None
    assert finding.location.file == "HEAD:specs/common/pet.yaml"


def test_unchanged_working_tree_gives_nothing(repo: Path) -> None:
    result = diff_sides(load_side("HEAD", cwd=repo), load_side("specs", cwd=repo), today=TODAY)
    assert result.findings == ()


def test_rev_colon_path_names_one_file(repo: Path) -> None:
    spec_file = repo / "specs" / "pets.yaml"
    text = spec_file.read_text().replace("operationId: getPet", "operationId: readPet")
    spec_file.write_text(text)
    result = diff_sides(
        load_side("HEAD:specs/pets.yaml", cwd=repo),
        load_side("specs/pets.yaml", cwd=repo),
        today=TODAY,
    )
    (finding,) = result.findings
    assert finding.rule_id == "operation-id-changed"
    assert finding.location is not None and finding.location.file == "specs/pets.yaml"


def test_two_revisions(repo: Path) -> None:
    _edit_shared_schema(repo)
    _git(repo, "commit", "-q", "-am", "drop name")
    result = diff_sides(load_side("HEAD~1", cwd=repo), load_side("HEAD", cwd=repo), today=TODAY)
    assert [f.rule_id for f in result.findings] == ["response-body-required-property-removed"]


def test_folders_report_specs_added_and_removed(tmp_path: Path) -> None:
    write(tmp_path / "base" / "pets.yaml", minimal_spec())
    write(tmp_path / "base" / "owners.yaml", minimal_spec())
    write(tmp_path / "head" / "pets.yaml", minimal_spec())
    write(tmp_path / "head" / "stores.yaml", minimal_spec())
    result = diff_sides(
        load_side("base", cwd=tmp_path), load_side("head", cwd=tmp_path), today=TODAY
    )
    assert sorted((f.rule_id, f.spec) for f in result.findings) == [
        ("spec-added", "stores.yaml"),
        ("spec-removed", "owners.yaml"),
    ]


def test_two_single_files_are_compared_whatever_their_names(tmp_path: Path) -> None:
    spec: Spec = minimal_spec()
    head = copy.deepcopy(spec)
    head["paths"]["/pets/{petId}"].pop("put")
    result = diff_sides(
        load_side(str(write(tmp_path / "v1.yaml", spec)), cwd=tmp_path),
        load_side(str(write(tmp_path / "v2.yaml", head)), cwd=tmp_path),
        today=TODAY,
    )
    assert [f.rule_id for f in result.findings] == ["operation-removed"]


@pytest.mark.parametrize(
    ("argument", "reason"),
    [
        ("nowhere", "not a file, a folder, or a git revision"),
        ("HEAD:specs/missing.yaml", "missing.yaml"),
    ],
)
def test_unusable_sides_raise_a_clear_error(repo: Path, argument: str, reason: str) -> None:
    with pytest.raises(DiffInputError, match=reason):
        load_side(argument, cwd=repo)


def test_a_file_that_is_not_a_spec_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("hello: world\n")
    with pytest.raises(DiffInputError, match="not an OpenAPI document"):
        load_side("notes.yaml", cwd=tmp_path)


def test_swagger_2_is_refused_with_a_hint(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"
    )
    with pytest.raises(DiffInputError, match="convert it to OpenAPI 3"):
        load_side("old.yaml", cwd=tmp_path)
