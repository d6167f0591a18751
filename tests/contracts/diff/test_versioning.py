"""The version note: info.version must move as far as the changes need."""

from __future__ import annotations

import copy

import pytest

from contracts.diff.versioning import version_note

from .conftest import DiffFn, Spec


@pytest.mark.parametrize(
    ("base", "head", "bump", "noted"),
    [
        ("1.0.0", "1.0.0", "major", True),
        ("1.0.0", "1.1.0", "major", True),
        ("1.0.0", "2.0.0", "major", False),
        ("0.3.1", "0.4.0", "major", False),
        ("0.3.1", "0.3.2", "major", True),
        ("1.2.3", "1.3.0", "minor", False),
        ("1.2.3", "1.2.4", "minor", True),
        ("v1.2", "v1.2.1", "patch", False),
        ("2024-01-01", "2024-01-01", "major", False),
        ("1.0.0", "1.0.0", "none", False),
    ],
)
def test_version_note_says_when_the_version_did_not_move_enough(
    base: str, head: str, bump: str, noted: bool
) -> None:
    assert (version_note("api.yaml", base, head, bump) is not None) is noted


def test_an_unbumped_breaking_change_gets_a_note(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    del head["paths"]["/pets/{petId}"]["put"]
    (note,) = diff(spec, head).notes
    assert "need a major version, 2.0.0 or later" in note


def test_a_bumped_breaking_change_gets_no_note(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    del head["paths"]["/pets/{petId}"]["put"]
    head["info"]["version"] = "2.0.0"
    assert diff(spec, head).notes == ()
