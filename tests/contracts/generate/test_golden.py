"""Golden records: the scenario's output equals the committed copy in ``data/shop/expected``.

A template or generator change shows up here as a reviewable diff. After checking that the
change is intended, refresh the copy with::

    python -m apikit generate --output tests/contracts/generate/data/shop/expected \\
        tests/contracts/generate/data/shop/specs
"""

from __future__ import annotations

import difflib

from contracts.generate import GeneratedFile, check

from .conftest import SCENARIO

EXPECTED = SCENARIO / "expected"
REFRESH = (
    "python -m apikit generate --output tests/contracts/generate/data/shop/expected "
    "tests/contracts/generate/data/shop/specs"
)


def _diff(path: str, expected: bytes, actual: bytes) -> str:
    lines = difflib.unified_diff(
        expected.decode().splitlines(),
        actual.decode().splitlines(),
        f"expected/{path}",
        f"generated/{path}",
        lineterm="",
        n=2,
    )
    return "\n".join(list(lines)[:60])


def test_output_matches_the_golden_copy_file_by_file(generated_files: list[GeneratedFile]):
    drift = check(generated_files, EXPECTED)
    wanted = {file.path: file.content for file in generated_files}
    details = [
        _diff(item.path, (EXPECTED / item.path).read_bytes(), wanted[item.path])
        for item in drift
        if item.state == "stale"
    ]
    assert not drift, (
        "generated output differs from the golden copy:\n"
        + "\n".join(str(item) for item in drift)
        + "\n\n"
        + "\n\n".join(details[:3])
        + f"\n\nIf the change is intended, refresh with:\n    {REFRESH}"
    )


def test_golden_copy_covers_every_artefact_kind():
    files = {
        path.relative_to(EXPECTED).as_posix() for path in EXPECTED.rglob("*") if path.is_file()
    }
    for api in ("shop", "inventory"):
        assert f"openapi/{api}.json" in files
        assert f"docs/{api}.md" in files
        assert f"docs/{api}.html" in files
        assert f"postman/{api}.postman_collection.json" in files
        assert f"clients/python/{api}/{api}/client.py" in files
    assert {"docs/index.md", "docs/index.html", "README.md"} <= files


def test_golden_copy_holds_no_caches():
    leftovers = [p for p in EXPECTED.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]
    assert leftovers == [], "importing the golden copy left caches behind"
