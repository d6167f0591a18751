"""The same specs give byte-identical output, wherever they live and however often."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from contracts.generate import GeneratedFile, generate_files


def test_generating_twice_gives_identical_files(scenario_specs: Path):
    first = generate_files([scenario_specs])
    second = generate_files([scenario_specs])
    assert [f.path for f in first] == [f.path for f in second]
    assert first == second


def test_output_does_not_depend_on_where_the_specs_live(
    generated_files: list[GeneratedFile], scenario_specs: Path, tmp_path: Path
):
    elsewhere = tmp_path / "some" / "deeper" / "specs"
    shutil.copytree(scenario_specs, elsewhere)
    assert generate_files([elsewhere]) == generated_files


def test_output_holds_no_absolute_paths_or_timestamps(
    generated_files: list[GeneratedFile], scenario_specs: Path
):
    root = str(scenario_specs.resolve().parents[3])
    for file in generated_files:
        text = file.content.decode()
        assert root not in text, file.path
        assert "/tmp/" not in text, file.path
        assert "generated at" not in text.lower(), file.path


def test_files_are_sorted_and_end_with_one_newline(generated_files: list[GeneratedFile]):
    paths = [f.path for f in generated_files]
    assert paths == sorted(paths)
    for file in generated_files:
        if file.content:
            assert file.content.endswith(b"\n") and not file.content.endswith(b"\n\n"), file.path


def test_naming_a_spec_file_and_its_folder_gives_the_same_set(scenario_specs: Path):
    by_folder = generate_files([scenario_specs])
    by_files = generate_files([scenario_specs / "shop.yaml", scenario_specs / "inventory.yaml"])
    assert by_files == by_folder


def test_output_does_not_depend_on_the_hash_seed(scenario_specs: Path, tmp_path: Path):
    outputs = []
    for seed in ("1", "4242"):
        output = tmp_path / f"seed-{seed}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "apikit",
                "generate",
                "--output",
                str(output),
                str(scenario_specs),
            ],
            cwd=Path(__file__).resolve().parents[3],
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            check=True,
            capture_output=True,
        )
        outputs.append(
            {p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()}
        )
    assert outputs[0] == outputs[1]
