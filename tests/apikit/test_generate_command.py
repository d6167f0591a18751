"""``apikit generate``: writes, checks for drift (exit 1, naming files), refuses bad input (2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from apikit.cli import cli

SCENARIO = Path(__file__).parents[1] / "contracts" / "generate" / "data" / "shop" / "specs"


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A private copy of the fixture specs, free to edit."""
    target = tmp_path / "specs"
    shutil.copytree(SCENARIO, target)
    return target


def _run(*args: str):
    return CliRunner().invoke(cli, ["generate", *args], catch_exceptions=False)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_generate_writes_every_artefact_then_check_passes(specs: Path, tmp_path: Path):
    output = tmp_path / "out"
    result = _run("--output", str(output), str(specs))
    assert result.exit_code == 0, result.output
    assert "29 files" in result.output and "29 new" in result.output
    assert (output / "openapi" / "shop.json").is_file()
    assert (output / "clients" / "python" / "shop" / "shop" / "client.py").is_file()
    check = _run("--check", "--output", str(output), str(specs))
    assert check.exit_code == 0, check.output
    assert "up to date" in check.output


def test_check_fails_and_names_the_stale_files_after_a_spec_edit(specs: Path, tmp_path: Path):
    output = tmp_path / "out"
    assert _run("--output", str(output), str(specs)).exit_code == 0
    before = _snapshot(output)
    spec = specs / "shop.yaml"
    spec.write_text(spec.read_text().replace("summary: Read an order", "summary: Fetch an order"))
    result = _run("--check", "--output", str(output), str(specs))
    assert result.exit_code == 1
    assert f"stale: {output.as_posix()}/docs/shop.md" in result.output
    assert f"stale: {output.as_posix()}/openapi/shop.json" in result.output
    assert "inventory" not in result.output, "only what the edit changed is named"
    assert _snapshot(output) == before, "--check writes nothing"


def test_check_names_missing_and_extra_files(specs: Path, tmp_path: Path):
    output = tmp_path / "out"
    assert _run("--output", str(output), str(specs)).exit_code == 0
    (output / "docs" / "inventory.md").unlink()
    (output / "postman" / "old.postman_collection.json").write_text("{}\n")
    result = _run("--check", "--output", str(output), str(specs))
    assert result.exit_code == 1
    assert f"missing: {output.as_posix()}/docs/inventory.md" in result.output
    assert f"extra: {output.as_posix()}/postman/old.postman_collection.json" in result.output


def test_generate_removes_what_a_deleted_spec_produced(specs: Path, tmp_path: Path):
    output = tmp_path / "out"
    assert _run("--output", str(output), str(specs)).exit_code == 0
    (specs / "inventory.yaml").unlink()
    result = _run("--output", str(output), str(specs))
    assert result.exit_code == 0, result.output
    assert not (output / "clients" / "python" / "inventory").exists()
    assert not (output / "docs" / "inventory.html").exists()
    assert _run("--check", "--output", str(output), str(specs)).exit_code == 0


def test_generate_never_deletes_files_in_a_folder_it_did_not_write(specs: Path, tmp_path: Path):
    output = tmp_path / "mine"
    (output / "docs").mkdir(parents=True)
    (output / "docs" / "notes.md").write_text("hand-written\n")
    result = _run("--output", str(output), str(specs))
    assert result.exit_code == 0
    assert "0 removed" in result.output
    assert (output / "docs" / "notes.md").read_text() == "hand-written\n"


def test_default_reads_specs_and_writes_generated(
    specs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    assert _run().exit_code == 0
    assert (tmp_path / "generated" / "docs" / "index.html").is_file()
    assert _run("--check").exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("openapi: 3.0.3\ninfo: [unclosed\n", "invalid YAML"),
        (
            "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
            "not an OpenAPI 3 document",
        ),
        ("- just\n- a list\n", "not a mapping"),
        (
            "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n"
            "      responses:\n        '200': {$ref: 'missing.yaml#/x'}\n",
            "cannot resolve $ref",
        ),
    ],
    ids=["bad-yaml", "swagger-2", "not-a-mapping", "dangling-ref"],
)
def test_unusable_input_exits_2_with_a_message(tmp_path: Path, content: str, message: str):
    spec = tmp_path / "broken.yaml"
    spec.write_text(content)
    result = CliRunner().invoke(cli, ["generate", "--output", str(tmp_path / "out"), str(spec)])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists()


def test_missing_spec_path_exits_2(tmp_path: Path):
    result = CliRunner().invoke(cli, ["generate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
