"""Fixtures: the ``shop`` scenario (two specs sharing ``common/shared.yaml``), generated once."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.generate import GeneratedFile, generate_files, write

DATA = Path(__file__).parent / "data"
SCENARIO = DATA / "shop"


@pytest.fixture(scope="session")
def scenario_specs() -> Path:
    """The fixture specs folder."""
    return SCENARIO / "specs"


@pytest.fixture(scope="session")
def generated_files(scenario_specs: Path) -> list[GeneratedFile]:
    """What the generator produces for the scenario, in memory."""
    return generate_files([scenario_specs])


@pytest.fixture(scope="session")
def generated_dir(
    generated_files: list[GeneratedFile], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The scenario written to a fresh folder."""
    output = tmp_path_factory.mktemp("generated")
    write(generated_files, output)
    return output


@pytest.fixture(scope="session")
def by_path(generated_files: list[GeneratedFile]) -> dict[str, bytes]:
    """Generated contents keyed by relative path."""
    return {file.path: file.content for file in generated_files}
