"""``apikit generate``: write (or ``--check``) everything ``generated/`` holds from the specs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from contracts.errors import ContractsError
from contracts.generate import check as check_drift
from contracts.generate import generate_files, write


@click.command()
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit 1 and name every stale, missing or extra file.",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("generated"),
    show_default=True,
    help="Folder to write into (or to check).",
)
@click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
def generate(check_only: bool, output: Path, specs: tuple[Path, ...]) -> None:
    """Bundled specs, docs, Postman collections and Python clients from SPEC files or folders.

    Without SPEC, every spec at the top of ``specs/`` (shared parts in sub-folders are not
    APIs). The output is a pure function of the specs: regenerate after any spec change.
    Exit status: 0 up to date / written, 1 drift found by --check, 2 unusable input.
    """
    try:
        files = generate_files(specs or (Path("specs"),))
    except ContractsError as exc:
        click.echo(f"apikit generate: {exc}", err=True)
        sys.exit(2)
    if check_only:
        drift = check_drift(files, output)
        for item in drift:
            click.echo(f"{item.state}: {(output / item.path).as_posix()}")
        if drift:
            click.echo(
                f"{len(drift)} file(s) in {output.as_posix()} differ from the specs; "
                "run `apikit generate` and commit the result.",
                err=True,
            )
            sys.exit(1)
        click.echo(f"{output.as_posix()} is up to date ({len(files)} files).")
        return
    changes = write(files, output)
    counts = {state: sum(1 for c in changes if c.state == state) for state in ("missing", "stale")}
    removed = sum(1 for c in changes if c.state == "extra")
    click.echo(
        f"{len(files)} files in {output.as_posix()}: {counts['missing']} new, "
        f"{counts['stale']} updated, {removed} removed."
    )
