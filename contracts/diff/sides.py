"""The two sides of a diff: a file, a folder of specs, or either of them at a git revision.

A revision's files are read with ``git show REV:path`` and registered in a workspace under
the paths they would have in the working tree, so relative ``$ref``s resolve inside the
revision and names match the working tree's.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from contracts.diff.errors import DiffInputError
from contracts.diff.view import SpecView
from contracts.document import Document, parse_document
from contracts.errors import DocumentError
from contracts.workspace import Workspace

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Side:
    """One side: specs by name (relative to the side's folder), and how to name the side."""

    label: str
    specs: dict[str, SpecView]
    #: A single file: it is compared with the other side's single file whatever its name.
    single: bool


class RevisionWorkspace(Workspace):
    """A workspace whose files are read from a git revision instead of the working tree."""

    def __init__(self, repo: Path, revision: str) -> None:
        super().__init__()
        self.repo = repo.resolve()
        self.revision = revision

    def document(self, path: str | Path) -> Document:
        """The document at ``path`` as it is in the revision."""
        key = Path(path).resolve()
        known = {document.path.resolve(): document for document in self.documents}
        if key in known:
            return known[key]
        try:
            relative = key.relative_to(self.repo).as_posix()
        except ValueError as exc:
            raise DocumentError(str(path), f"outside the repository {self.repo}") from exc
        text = _git(
            self.repo, "show", f"{self.revision}:{relative}", source=f"{self.revision}:{relative}"
        )
        return self.add(parse_document(text, key))


def _git(cwd: Path, *args: str, source: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffInputError(source, f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        raise DiffInputError(source, done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def _repo_root(cwd: Path) -> Path | None:
    done = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    return Path(done.stdout.strip()) if done.returncode == 0 else None


def _is_revision(repo: Path, revision: str) -> bool:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0


def _is_spec(document: Document) -> bool:
    data = document.data
    if isinstance(data, dict) and "swagger" in data and "openapi" not in data:
        # Swagger 2.0 keeps bodies and responses elsewhere: diffing it as 3.x would miss them.
        raise DiffInputError(
            str(document.path), "Swagger 2.0 is not supported; convert it to OpenAPI 3 first"
        )
    return isinstance(data, dict) and "openapi" in data


def load_side(argument: str, *, cwd: Path, default_folder: str = "specs") -> Side:
    """Read one side named on the command line; raise :class:`DiffInputError` when unusable."""
    path = cwd / argument
    if path.is_file():
        return _from_file(path, argument, cwd)
    if path.is_dir():
        return _from_folder(path, argument, cwd)
    repo = _repo_root(cwd)
    if repo is None:
        raise DiffInputError(
            argument, "not a file, a folder, or a git revision (not in a git repository)"
        )
    revision, separator, inner = argument.partition(":")
    if separator and revision and _is_revision(repo, revision):
        return _from_revision(repo, cwd, revision, inner or ".", argument)
    if not separator and _is_revision(repo, argument):
        return _from_revision(repo, cwd, argument, default_folder, argument)
    raise DiffInputError(argument, "not a file, a folder, or a git revision")


def _from_file(path: Path, label: str, cwd: Path) -> Side:
    workspace = Workspace()
    view = SpecView(workspace, path, path.parent, display_root=cwd)
    if not _is_spec(workspace.document(path)):
        raise DiffInputError(label, "not an OpenAPI document (no `openapi` key)")
    return Side(label, {path.name: view}, single=True)


def _from_folder(folder: Path, label: str, cwd: Path) -> Side:
    workspace = Workspace()
    specs: dict[str, SpecView] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in SPEC_SUFFIXES and path.is_file():
            if _is_spec(workspace.document(path)):
                specs[path.name] = SpecView(workspace, path, folder, display_root=cwd)
    if not specs:
        raise DiffInputError(label, "the folder holds no OpenAPI documents")
    return Side(label, specs, single=False)


def _from_revision(repo: Path, cwd: Path, revision: str, inner: str, label: str) -> Side:
    # ``REV:./x`` is relative to the working directory, ``REV:x`` to the repository (as git).
    path = cwd / inner if inner.startswith("./") or inner == "." else repo / inner
    path = path.resolve()
    relative = path.relative_to(repo.resolve()).as_posix() if path != repo.resolve() else ""
    kind = _git(repo, "cat-file", "-t", f"{revision}:{relative}", source=label).strip()
    workspace = RevisionWorkspace(repo, revision)

    def view(file: Path, folder: Path) -> SpecView:
        return SpecView(workspace, file, folder, revision=revision, repo_root=repo)

    if kind == "blob":
        found = view(path, path.parent)
        if not _is_spec(workspace.document(path)):
            raise DiffInputError(label, "not an OpenAPI document (no `openapi` key)")
        return Side(label, {path.name: found}, single=True)
    listing = _git(repo, "ls-tree", "--name-only", f"{revision}:{relative}", source=label)
    specs: dict[str, SpecView] = {}
    for name in sorted(listing.split()):
        file = path / name
        if file.suffix.lower() in SPEC_SUFFIXES:
            try:
                document = workspace.document(file)
            except DiffInputError:
                continue  # a folder named like a file
            if _is_spec(document):
                specs[name] = view(file, path)
    if not specs:
        raise DiffInputError(label, f"no OpenAPI documents in {relative or '.'} at {revision}")
    return Side(label, specs, single=False)
