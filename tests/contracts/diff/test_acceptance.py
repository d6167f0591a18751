"""The accept file: reviewed breaks stop failing the check until they expire."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from contracts.diff import DiffInputError, DiffResult, apply_acceptances, load_acceptances

from .conftest import TODAY, DiffFn, Spec

POINTER = (
    "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/properties/name"
)


@pytest.fixture
def broken(diff: DiffFn, spec: Spec) -> DiffResult:
    """A diff with one breaking change: a required response property removed."""
    head = copy.deepcopy(spec)
    del head["components"]["schemas"]["Pet"]["properties"]["name"]
    head["components"]["schemas"]["Pet"]["required"] = ["id"]
    return diff(spec, head)


def _accept(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "accepted.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_accepted_break_no_longer_fails(tmp_path: Path, broken: DiffResult) -> None:
    path = _accept(
        tmp_path,
        f"""
accepted:
  - rule: response-body-required-property-removed
    operation: get /pets/{{id}}
    pointer: {POINTER}
    reason: never populated
    expires: 2026-12-31
""",
    )
    result = apply_acceptances(broken, load_acceptances(path), TODAY)
    assert result.findings == ()
    assert [a.acceptance.reason for a in result.accepted] == ["never populated"]
    assert not result.fails("breaking")
    assert result.bump == "major"  # accepted or not, clients still break


def test_an_expired_acceptance_stops_applying_and_says_so(
    tmp_path: Path, broken: DiffResult
) -> None:
    path = _accept(
        tmp_path,
        f"""
- rule: response-body-required-property-removed
  pointer: {POINTER}
  reason: never populated
  expires: 2026-05-31
""",
    )
    result = apply_acceptances(broken, load_acceptances(path), TODAY)
    assert [f.rule_id for f in result.findings] == ["response-body-required-property-removed"]
    assert result.fails("breaking")
    assert any("expired on 2026-05-31" in note for note in result.notes)


def test_an_acceptance_for_another_place_does_not_apply(tmp_path: Path, broken: DiffResult) -> None:
    path = _accept(
        tmp_path,
        """
- rule: response-body-required-property-removed
  operation: PUT /pets/{petId}
  reason: elsewhere
""",
    )
    result = apply_acceptances(broken, load_acceptances(path), TODAY)
    assert len(result.findings) == 1
    assert any("matched no change" in note for note in result.notes)


def test_a_pointer_accepts_what_is_below_it(tmp_path: Path, broken: DiffResult) -> None:
    parent = POINTER.rsplit("/properties/", 1)[0]
    path = _accept(
        tmp_path,
        f"""
- rule: response-body-required-property-removed
  pointer: {parent}
  reason: the whole schema was reviewed
""",
    )
    assert apply_acceptances(broken, load_acceptances(path), TODAY).findings == ()


def test_a_component_pointer_accepts_the_change_in_every_operation(
    tmp_path: Path, diff: DiffFn, spec: Spec
) -> None:
    base = copy.deepcopy(spec)
    pet = {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
    for route in ("/a", "/b"):
        base["paths"][route] = {
            "get": {"responses": {"200": {"description": "ok", "content": pet}}}
        }
    head = copy.deepcopy(base)
    del head["components"]["schemas"]["Pet"]["properties"]["name"]
    head["components"]["schemas"]["Pet"]["required"] = ["id"]
    result = diff(base, head)
    assert len(result.findings) == 3
    path = _accept(
        tmp_path,
        """
- rule: response-body-required-property-removed
  pointer: /components/schemas/Pet
  reason: name was never populated
""",
    )
    accepted = apply_acceptances(result, load_acceptances(path), TODAY)
    assert accepted.findings == () and len(accepted.accepted) == 3


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- rule: no-such-rule\n  operation: GET /x\n  reason: r\n", "unknown rule"),
        ("- rule: operation-removed\n  reason: r\n", "operation"),
        ("- rule: operation-removed\n  operation: GET /x\n", "reason"),
        (
            "- rule: operation-removed\n  operation: GET /x\n  reason: r\n  expires: soon\n",
            "not a date",
        ),
        ("accepted: 3\n", "expected a list"),
        ("- [unclosed\n", "cannot read"),
    ],
    ids=["unknown-rule", "no-location", "no-reason", "bad-date", "not-a-list", "bad-yaml"],
)
def test_a_malformed_accept_file_is_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(DiffInputError, match=message):
        load_acceptances(_accept(tmp_path, body))


def test_fail_on_levels(broken: DiffResult) -> None:
    assert broken.fails("breaking") and broken.fails("warning") and not broken.fails("never")
    quiet = DiffResult("a", "b", ())
    assert not quiet.fails("warning") and quiet.bump == "none"
