"""Running the rules: finding root documents, linting each, and collecting the findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from contracts.document import SourceLocation
from contracts.errors import DocumentError
from contracts.lint import (
    conventions,
    examples,
    links,
    operations,
    paths,
    references,
    schemas,
    structure,
)
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import RULES, declare
from contracts.workspace import Workspace

# The rule family modules register their rules on import; name them so the import stays.
FAMILIES = (structure, references, operations, paths, schemas, examples, links, conventions)

DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")

UNSUPPORTED = declare(
    structure.VERSION_RULE,
    Severity.ERROR,
    "the document is OpenAPI 3.0 or 3.1 (Swagger 2.0 and others are not linted)",
)


class LintInputError(DocumentError):
    """A path given to lint does not exist or holds no readable document."""


@dataclass(frozen=True)
class LintReport:
    """The outcome of a run: the documents linted and their findings, sorted."""

    documents: tuple[Path, ...]
    findings: tuple[Finding, ...]

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity``."""
        return sum(1 for finding in self.findings if finding.severity is severity)


def rules() -> list[Rule]:
    """The catalogue, sorted by rule id."""
    return sorted((entry[0] for entry in RULES.values()), key=lambda rule: rule.id)


def is_root_document(data: object) -> bool:
    """Whether parsed data is an API document (``openapi`` or ``swagger`` at the top)."""
    return isinstance(data, dict) and ("openapi" in data or "swagger" in data)


def find_roots(paths: Sequence[str | Path], workspace: Workspace) -> list[Path]:
    """Root documents named by ``paths``: files as given, folders' direct API documents."""
    roots: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES:
                    if is_root_document(workspace.document(child.resolve()).data):
                        roots.append(child.resolve())
        elif path.is_file():
            workspace.document(path.resolve())  # unreadable input fails here, not mid-run
            roots.append(path.resolve())
        else:
            raise LintInputError(str(path), "no such file or directory")
    return list(dict.fromkeys(roots))


def lint_document(root: Path, workspace: Workspace) -> list[Finding]:
    """Every finding of every rule on the document at ``root`` and the files it references."""
    document = workspace.document(root)
    version = structure.openapi_version(document.data)
    if version is None:
        return [_unsupported(document.data, document.location(_version_pointer(document.data)))]
    ctx = LintContext(workspace, root.resolve(), version)
    findings: list[Finding] = []
    for _rule, check in RULES.values():
        findings.extend(check(ctx, _rule))
    return findings


def _version_pointer(data: object) -> str:
    if isinstance(data, dict):
        for key in ("swagger", "openapi"):
            if key in data:
                return f"/{key}"
    return ""


def _unsupported(data: object, location: SourceLocation) -> Finding:
    if isinstance(data, dict) and "swagger" in data:
        what = f"Swagger {data['swagger']}"
    elif isinstance(data, dict) and "openapi" in data:
        what = f"OpenAPI {data['openapi']}"
    else:
        what = "a document without an openapi field"
    message = f"{what} is not linted: only OpenAPI 3.0 and 3.1 documents are"
    pointer = _version_pointer(data)
    return Finding(location, UNSUPPORTED.id, UNSUPPORTED.severity, pointer, message)


def lint_paths(paths: Iterable[str | Path], workspace: Workspace | None = None) -> LintReport:
    """Lint every root document named by ``paths``; raises ``DocumentError`` on bad input."""
    workspace = workspace or Workspace()
    roots = find_roots(list(paths), workspace)
    findings: set[Finding] = set()  # a shared file reached from two roots reports once
    for root in roots:
        findings.update(lint_document(root, workspace))
    ordered = sorted(
        findings,
        key=lambda f: (f.location.file, f.location.line, f.location.column, f.rule, f.message),
    )
    return LintReport(tuple(roots), tuple(ordered))
