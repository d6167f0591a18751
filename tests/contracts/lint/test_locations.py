"""Findings point at the file and line where the problem is written, across $ref'd files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from contracts.lint import Finding, lint_paths

Write = Callable[[str, str], Path]

ROOT = """\
openapi: 3.0.3
info: {title: Things, version: 1.0.0, description: Things., contact: {}, license: {name: MIT}}
servers: [{url: 'https://api.example.org'}]
security: [{bearer: []}]
tags: [{name: things}]
paths:
  /things:
    get:
      operationId: things.list_things
      summary: List things
      description: Lists things.
      tags: [things]
      parameters:
        - $ref: 'common/parameters.yaml#/components/parameters/Limit'
      responses:
        '200': {description: Things.}
        '400':
          $ref: 'common/responses.yaml#/components/responses/Problem'
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"""

PARAMETERS = """\
openapi: 3.0.3
info: {title: shared parameters, version: 1.0.0}
paths: {}
components:
  parameters:
    Limit:
      name: limit
      in: query
      schema:
        type: integer
        maximum: 100
      example: 500
"""

RESPONSES = """\
openapi: 3.0.3
info: {title: shared responses, version: 1.0.0}
paths: {}
components:
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            $ref: 'problem.yaml#/components/schemas/Missing'
"""


@pytest.fixture
def cross_file(write: Write) -> Path:
    write("common/parameters.yaml", PARAMETERS)
    write("common/responses.yaml", RESPONSES)
    write("common/problem.yaml", "components:\n  schemas: {}\n")
    return write("api.yaml", ROOT)


def where(finding: Finding) -> tuple[str, int, int, str]:
    location = finding.location
    return Path(location.file).name, location.line, location.column, finding.rule


def test_problem_in_referenced_file_reports_that_files_line(cross_file: Path) -> None:
    findings = lint_paths([cross_file]).findings
    assert [where(f) for f in findings] == [
        ("parameters.yaml", 12, 7, "oas3-valid-media-example"),
        ("responses.yaml", 11, 13, "no-unresolved-refs"),
    ]
    example = findings[0]
    assert example.pointer == "/components/parameters/Limit/example"
    assert example.location.file == str(cross_file.parent / "common" / "parameters.yaml")
    assert "500 is greater than the maximum of 100" in example.message


def test_schema_refs_resolve_across_files(write: Write) -> None:
    write(
        "common/schemas.yaml",
        """\
        components:
          schemas:
            Size:
              type: integer
              maximum: 10
        """,
    )
    root = write(
        "api.yaml",
        ROOT.replace(
            "        - $ref: 'common/parameters.yaml#/components/parameters/Limit'\n",
            "        - name: size\n"
            "          in: query\n"
            "          schema: {$ref: 'common/schemas.yaml#/components/schemas/Size'}\n"
            "          example: 11\n",
        ).replace("common/responses.yaml#/components/responses/Problem", "#/components/x"),
    )
    found = [where(f) for f in lint_paths([root]).findings]
    assert ("api.yaml", 17, 11, "oas3-valid-media-example") in found
    assert ("api.yaml", 21, 11, "no-unresolved-refs") in found


def test_error_inside_an_example_points_at_the_offending_value(write: Write) -> None:
    root = write(
        "api.json",
        """\
        {
          "openapi": "3.0.3",
          "info": {"title": "T", "version": "1", "description": "T."},
          "paths": {},
          "components": {
            "schemas": {
              "Pair": {
                "type": "object",
                "properties": {"a": {"type": "integer"}},
                "example": {
                  "a": "not a number"
                }
              }
            }
          }
        }
        """,
    )
    findings = [f for f in lint_paths([root]).findings if f.rule == "oas3-valid-schema-example"]
    assert [(f.pointer, f.location.line, f.location.column) for f in findings] == [
        ("/components/schemas/Pair/example/a", 11, 11)
    ]


def test_structure_error_reports_its_pointer_and_line(write: Write) -> None:
    root = write(
        "api.yaml",
        """\
        openapi: 3.0.3
        info: {title: T, version: '1', description: T.}
        paths:
          /things:
            get:
              responses:
                '200':
                  content: {}
        """,
    )
    findings = [f for f in lint_paths([root]).findings if f.rule == "oas3-schema"]
    assert [(f.pointer, f.location.line) for f in findings] == [
        ("/paths/~1things/get/responses/200", 7)
    ]
    assert "'description' is a required property" in findings[0].message


def test_shared_file_reached_from_two_roots_reports_once(write: Write, cross_file: Path) -> None:
    write("other.yaml", ROOT.replace("things.list_things", "things.list_other"))
    report = lint_paths([cross_file.parent])
    assert len(report.documents) == 2
    assert [where(f) for f in report.findings].count(
        ("parameters.yaml", 12, 7, "oas3-valid-media-example")
    ) == 1


def test_bare_fragment_is_checked_as_what_it_is_referenced_as(write: Write) -> None:
    write(
        "common/parameters.yaml",
        """\
        Limit:
          name: limit
          schema: {type: integer}
        """,
    )
    write(
        "common/responses.yaml",
        RESPONSES.replace("problem.yaml#/components/schemas/Missing", "#/x"),
    )
    root = write(
        "api.yaml",
        ROOT.replace("parameters.yaml#/components/parameters/Limit", "parameters.yaml#/Limit"),
    )
    found = [
        (where(f), f.pointer, f.message)
        for f in lint_paths([root]).findings
        if f.rule == "oas3-schema"
    ]
    assert found == [
        (("parameters.yaml", 1, 1, "oas3-schema"), "/Limit", "'in' is a required property"),
        (
            ("parameters.yaml", 1, 1, "oas3-schema"),
            "/Limit",
            "the value matches more than one oneOf alternative",
        ),
    ]


def test_pattern_that_is_no_ecma_regex_is_a_structure_error(write: Write) -> None:
    root = write(
        "api.yaml",
        """\
        openapi: 3.0.3
        info: {title: T, version: '1', description: T.}
        paths: {}
        components:
          schemas:
            Code:
              type: string
              pattern: '(?P<code>[a-z]+)'
        """,
    )
    findings = [f for f in lint_paths([root]).findings if f.rule == "oas3-schema"]
    assert [(f.pointer, f.location.line, f.message) for f in findings] == [
        ("/components/schemas/Code/pattern", 8, "'(?P<code>[a-z]+)' is not a valid regex")
    ]


def test_reference_to_a_missing_file_names_the_file(write: Write) -> None:
    write("common/parameters.yaml", PARAMETERS)
    root = write("api.yaml", ROOT)
    findings = [f for f in lint_paths([root]).findings if f.rule == "no-unresolved-refs"]
    assert [(where(f), f.message) for f in findings] == [
        (
            ("api.yaml", 18, 11, "no-unresolved-refs"),
            "cannot resolve $ref 'common/responses.yaml#/components/responses/Problem': "
            f"there is no file {root.parent / 'common' / 'responses.yaml'}",
        )
    ]
