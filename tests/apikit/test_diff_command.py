"""``apikit diff`` on the command line: formats, exit codes, acceptances, unusable input."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from apikit.cli import cli
from contracts.diff import RULES
from tests.contracts.diff.conftest import minimal_spec, write


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with base.yaml and head.yaml (a required response property removed)."""
    spec = minimal_spec()
    head = copy.deepcopy(spec)
    del head["components"]["schemas"]["Pet"]["properties"]["name"]
    head["components"]["schemas"]["Pet"]["required"] = ["id"]
    head["paths"]["/pets/{petId}"]["get"]["deprecated"] = True
    write(tmp_path / "base.yaml", spec)
    write(tmp_path / "head.yaml", head)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["diff", *args])
    return result.exit_code, result.stdout, result.stderr


def test_breaking_change_exits_1_by_default(workdir: Path) -> None:
    code, out, _ = _run("base.yaml", "head.yaml")
    assert code == 1
    assert "response-body-required-property-removed" in out
    assert "suggested version bump: major" in out


@pytest.mark.parametrize(("fail_on", "code"), [("never", 0), ("warning", 1), ("breaking", 1)])
def test_fail_on_sets_the_exit_code(workdir: Path, fail_on: str, code: int) -> None:
    assert _run("base.yaml", "head.yaml", "--fail-on", fail_on)[0] == code


def test_only_a_warning_fails_only_with_fail_on_warning(workdir: Path) -> None:
    spec = minimal_spec()
    spec["paths"]["/pets/{petId}"]["get"]["deprecated"] = True
    write(workdir / "head.yaml", spec)
    assert _run("base.yaml", "head.yaml")[0] == 0
    assert _run("base.yaml", "head.yaml", "--fail-on", "warning")[0] == 1


def test_identical_specs_exit_0(workdir: Path) -> None:
    code, out, _ = _run("base.yaml", "base.yaml")
    assert code == 0 and "0 breaking" in out and "bump: none" in out


def test_json_format(workdir: Path) -> None:
    code, out, _ = _run("base.yaml", "head.yaml", "--format", "json")
    document = json.loads(out)
    assert code == 1
    assert {f["rule"] for f in document["findings"]} == {
        "response-body-required-property-removed",
        "operation-deprecated-without-sunset",
    }


def test_github_format(workdir: Path) -> None:
    _, out, _ = _run("base.yaml", "head.yaml", "--format", "github")
    assert out.startswith("::error file=base.yaml,line=")


def test_markdown_format(workdir: Path) -> None:
    _, out, _ = _run("base.yaml", "head.yaml", "--format", "markdown")
    assert out.startswith("## API changes: `base.yaml` → `head.yaml`")


def test_accept_file_turns_a_reviewed_break_green(workdir: Path) -> None:
    (workdir / "accepted.yaml").write_text(
        "accepted:\n"
        "  - rule: response-body-required-property-removed\n"
        "    operation: GET /pets/{petId}\n"
        "    reason: never populated\n"
        "    expires: 2999-01-01\n"
    )
    code, out, _ = _run("base.yaml", "head.yaml", "--accept", "accepted.yaml")
    assert code == 0
    assert "accepted response-body-required-property-removed" in out


def test_list_rules_prints_the_catalogue(workdir: Path) -> None:
    code, out, _ = _run("--list-rules")
    assert code == 0
    assert len(out.splitlines()) == len(RULES) + 1
    assert re.search(
        r"^response-body-required-property-removed +breaking +response property `\{name\}` "
        r"\(\{status\}\) was removed \(clients reading it will break\)$",
        out,
        re.MULTILINE,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.yaml", "head.yaml"), "not a file, a folder, or a git revision"),
        ((), "give BASE"),
        (("base.yaml",), "HEAD defaults to ./specs"),
        (("base.yaml", "head.yaml", "--accept", "nope.yaml"), "cannot read the accept file"),
    ],
    ids=["missing-side", "no-base", "no-specs-folder", "missing-accept-file"],
)
def test_unusable_input_exits_2_without_a_traceback(
    workdir: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(*args)
    assert code == 2
    assert message in err and "Traceback" not in err + out


def test_invalid_yaml_exits_2(workdir: Path) -> None:
    (workdir / "broken.yaml").write_text("openapi: 3.0.3\npaths: [unclosed\n")
    code, _, err = _run("base.yaml", "broken.yaml")
    assert code == 2 and "broken.yaml" in err and "invalid YAML" in err


def test_a_revision_is_compared_with_the_working_tree_specs(workdir: Path) -> None:
    write(workdir / "specs" / "pets.yaml", minimal_spec())
    git = [
        "git",
        "-c",
        "user.name=a",
        "-c",
        "user.email=a@example.test",
        "-c",
        "commit.gpgsign=false",
    ]
    subprocess.run([*git, "init", "-q"], cwd=workdir, check=True)
    subprocess.run([*git, "add", "specs"], cwd=workdir, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "base"], cwd=workdir, check=True)
    spec = minimal_spec()
    del spec["paths"]["/pets/{petId}"]["put"]
    write(workdir / "specs" / "pets.yaml", spec)
    for base in ("HEAD", "HEAD:specs/pets.yaml"):
        code, out, _ = _run(base, "--format", "json")
        document = json.loads(out)
        assert code == 1
        assert [f["rule"] for f in document["findings"]] == ["operation-removed"]
        assert document["findings"][0]["file"] == "HEAD:specs/pets.yaml"


def test_list_rules_as_json(workdir: Path) -> None:
    code, out, _ = _run("--list-rules", "--format", "json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == len(RULES) >= 60
    assert {"id", "severity", "family", "message"} <= set(entries[0])
