"""Reading YAML and JSON documents: the data, the errors and where each value starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.document import load_document, parse_document
from contracts.errors import DocumentError

SPEC = """\
openapi: 3.0.3
info:
  title: Pets
  version: 2024-01-01
paths:
  /pets:
    get:
      description: >-
        Lists pets,
        folded over two lines.
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - name: "quoted"
          in: query
      responses:
        200:
          description: ok
"""


def test_yaml_scalars_follow_the_yaml_1_2_core_schema() -> None:
    data = parse_document("a: yes\nb: on\nc: 1e3\nd: 0o17\ne: ~\nf: 'x'\n", "t.yaml").data
    assert data == {"a": "yes", "b": "on", "c": 1000.0, "d": 15, "e": None, "f": "x"}


def test_timestamps_stay_strings() -> None:
    data = parse_document("d: 2024-01-01\nt: 2024-01-01T10:00:00Z\n", "t.yaml").data
    assert data == {"d": "2024-01-01", "t": "2024-01-01T10:00:00Z"}


def test_unquoted_status_codes_are_integer_keys() -> None:
    data = parse_document(SPEC, "t.yaml").data
    assert list(data["paths"]["/pets"]["get"]["responses"]) == [200]


def test_a_duplicate_key_keeps_the_last_value() -> None:
    assert parse_document("a: 1\na: 2\n", "t.yaml").data == {"a": 2}


def test_a_leading_document_marker_is_one_document() -> None:
    assert parse_document("# spec\n---\na: 1\n", "t.yaml").data == {"a": 1}


def test_a_stream_of_documents_is_refused() -> None:
    with pytest.raises(DocumentError, match="another document"):
        parse_document("a: 1\n---\nb: 2\n", "t.yaml")


def test_invalid_yaml_reports_line_and_column() -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document("a:\n  b: [1, 2\nc: 3\n", "t.yaml")
    assert caught.value.line == 3


@pytest.mark.parametrize(
    ("pointer", "line", "column"),
    [
        ("", 1, 1),
        ("/info/version", 4, 3),
        ("/paths/~1pets/get", 7, 5),
        ("/paths/~1pets/get/description", 8, 7),
        ("/paths/~1pets/get/parameters/0", 12, 11),
        ("/paths/~1pets/get/parameters/0/schema/type", 12, 45),
        ("/paths/~1pets/get/parameters/1/name", 13, 11),
        ("/paths/~1pets/get/responses/200/description", 17, 11),
    ],
)
def test_yaml_locations_point_at_the_key_or_item(pointer: str, line: int, column: int) -> None:
    where = parse_document(SPEC, "t.yaml").location(pointer)
    assert (where.line, where.column) == (line, column)


def test_a_missing_pointer_falls_back_to_the_nearest_enclosing_value() -> None:
    where = parse_document(SPEC, "t.yaml").location("/paths/~1pets/get/nothing/here")
    assert (where.line, where.column) == (7, 5)


def test_json_locations(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{\n  "openapi": "3.0.3",\n  "paths": {\n    "/a": {}\n  }\n}\n')
    where = load_document(path).location("/paths/~1a")
    assert (where.file, where.line, where.column) == (str(path), 4, 5)
