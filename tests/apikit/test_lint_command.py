"""``apikit lint``: output lines, JSON, summary and exit codes."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from apikit.cli import cli

BROKEN = """\
openapi: 3.0.3
info:
  title: Things
  version: 1.0.0
  description: Things.
  contact: {email: things@example.org}
  license: {name: MIT}
servers:
  - url: https://api.example.org
security:
  - bearer: []
tags:
  - name: things
paths:
  /things/{thingId}:
    get:
      operationId: things.get_thing
      summary: Read a thing
      description: Reads a thing.
      tags: [things]
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema:
                type: integer
              example: one
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"""

WARNED = (
    BROKEN.replace("example: one", "example: 1")
    .replace(
        "      responses:\n",
        "      parameters:\n"
        "        - {name: thingId, in: path, required: true, schema: {type: integer}}\n"
        "      responses:\n"
        "        '404': {description: No such thing.}\n",
    )
    .replace("      summary: Read a thing\n", "")
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with a specs/ folder holding one broken spec and a fragment."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs" / "common").mkdir(parents=True)
    (tmp_path / "specs" / "things.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "specs" / "notes.yaml").write_text("just: notes\n", encoding="utf-8")
    (tmp_path / "specs" / "common" / "x.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["lint", *args])


def test_default_folder_prints_one_line_per_finding_then_summary(project: Path) -> None:
    result = run()
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "specs/things.yaml:16:5  error  path-params"
        "  GET /things/{thingId}: {thingId} is not declared as an in: path parameter",
        "specs/things.yaml:21:7  error  operation-4xx-response"
        "  GET /things/{thingId} declares no 4xx response",
        "specs/things.yaml:28:15  error  oas3-valid-media-example"
        "  example does not match its schema: 'one' is not of type 'integer'",
        "3 problems (3 errors, 0 warnings, 0 infos) in 1 document",
    ]


def test_json_format_lists_findings_with_pointers(project: Path) -> None:
    result = run("--format", "json", "specs/things.yaml")
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert rows[2] == {
        "file": "specs/things.yaml",
        "line": 28,
        "column": 15,
        "pointer": "/paths/~1things~1{thingId}/get/responses/200/content/application~1json/example",
        "severity": "error",
        "rule": "oas3-valid-media-example",
        "message": "example does not match its schema: 'one' is not of type 'integer'",
    }
    assert [row["rule"] for row in rows] == [
        "path-params",
        "operation-4xx-response",
        "oas3-valid-media-example",
    ]


def test_warnings_alone_exit_0_unless_strict(project: Path) -> None:
    (project / "specs" / "things.yaml").write_text(WARNED, encoding="utf-8")
    result = run("specs")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "specs/things.yaml:16:5  warning  operation-summary  GET /things/{thingId} has no summary",
        "1 problem (0 errors, 1 warning, 0 infos) in 1 document",
    ]
    assert run("--strict", "specs").exit_code == 1


def test_clean_run_says_so(project: Path) -> None:
    (project / "specs" / "things.yaml").write_text(
        WARNED.replace("      description: Reads", "      summary: Read\n      description: Reads"),
        encoding="utf-8",
    )
    result = run()
    assert (result.exit_code, result.output) == (0, "no problems in 1 document\n")


def test_missing_path_is_a_usage_error(project: Path) -> None:
    result = run("nowhere.yaml")
    assert result.exit_code == 2
    assert result.stderr == "apikit lint: nowhere.yaml: no such file or directory\n"


def test_unparsable_document_exits_2_without_traceback(project: Path) -> None:
    bad = project / "bad.yaml"
    bad.write_text(textwrap.dedent("openapi: 3.0.3\ninfo: [unclosed\n"), encoding="utf-8")
    result = run(str(bad))
    assert result.exit_code == 2
    assert "invalid YAML" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_unknown_format_is_a_usage_error(project: Path) -> None:
    assert run("--format", "xml").exit_code == 2


def test_list_rules_prints_the_catalogue(project: Path) -> None:
    result = run("--list-rules")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.split()[:2] == ["operation-operationId-unique", "error"] for line in lines)
    assert [line.split()[0] for line in lines] == sorted(line.split()[0] for line in lines)


def test_folder_of_fragments_only_has_nothing_to_lint(project: Path) -> None:
    (project / "specs" / "things.yaml").unlink()
    result = run()
    assert (result.exit_code, result.output) == (0, "no OpenAPI documents to lint\n")
