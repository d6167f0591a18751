"""Breaking-change review of OpenAPI spec changes: compare two sides, classify every change.

``diff_sides(load_side("origin/main", cwd=...), load_side("specs", cwd=...))`` returns a
:class:`DiffResult` of :class:`Finding` values, each from a named rule of the catalogue
(:data:`RULES`). The modules, in the order a diff runs through them::

    sides           a file, a folder or a git revision -> SpecViews (RevisionWorkspace)
    view            one side's spec read through its $refs; nodes know file and pointer
    sameness        skipping subtrees that did not change (raw equality + ref closure)
    walker          servers, security schemes, paths and operations, matched by template
    operations      operationId and the deprecation lifecycle
    parameters      parameters (path-level merged in), their serialisation and schemas
    bodies          request bodies and media types
    media_types     media types matched without case or parameters
    responses       status codes, media types, headers
    callbacks       callbacks added, removed or sent to another URL
    webhooks        3.1 webhooks added or removed
    sent            operations the API sends (callbacks, webhooks): roles turned round
    security        requirements and scopes per operation, security schemes
    shapes          effective schemas: allOf merged, unions as variants, nulls folded
    unions          variants paired across sides; discriminator mappings compared
    schemas         direction-aware comparison of two schemas (breadth-first, memoised)
    keywords        type, format, enum, bounds, pattern, nullability
    schema_changes  the table of schema changes and the four places a schema sits
    catalogue       every rule: id, severity, message
    report          changes -> findings (messages, locations)
    result          DiffResult: counts, version bump, --fail-on
    versioning      whether info.version moved as far as the changes need
    acceptance      the accept file (rule id + location + reason + expiry)
    render          text, JSON and GitHub annotations; markdown: the PR comment
"""

from __future__ import annotations

import datetime

from contracts.diff.acceptance import apply_acceptances, load_acceptances
from contracts.diff.catalogue import RULES
from contracts.diff.errors import DiffInputError
from contracts.diff.findings import Finding, Rule, Severity
from contracts.diff.result import Acceptance, AcceptedFinding, DiffResult
from contracts.diff.sides import Side, load_side
from contracts.diff.versioning import version_note
from contracts.diff.view import SpecView
from contracts.diff.walker import diff_views

__all__ = [
    "RULES",
    "Acceptance",
    "AcceptedFinding",
    "DiffInputError",
    "DiffResult",
    "Finding",
    "Rule",
    "Severity",
    "Side",
    "apply_acceptances",
    "diff_sides",
    "load_acceptances",
    "load_side",
]


def diff_sides(base: Side, head: Side, *, today: datetime.date | None = None) -> DiffResult:
    """Every change from ``base`` to ``head``, most severe first."""
    today = today or datetime.date.today()
    findings: list[Finding] = []
    notes: list[str] = []

    def compare(name: str, base_view: SpecView, head_view: SpecView) -> None:
        found = diff_views(name, base_view, head_view, today)
        findings.extend(found)
        note = version_note(
            name, _version(base_view), _version(head_view), DiffResult("", "", tuple(found)).bump
        )
        if note is not None:
            notes.append(note)

    if base.single and head.single:
        (base_view,) = base.specs.values()
        ((name, head_view),) = head.specs.items()
        compare(name, base_view, head_view)
    else:
        for name, base_view in base.specs.items():
            counterpart = head.specs.get(name)
            if counterpart is None:
                findings.append(_spec_finding("spec-removed", name, base_view, "base"))
            else:
                compare(name, base_view, counterpart)
        for name, added in head.specs.items():
            if name not in base.specs:
                findings.append(_spec_finding("spec-added", name, added, "head"))
    findings.sort(key=lambda f: (f.severity.rank, f.spec, f.operation or "", f.pointer))
    return DiffResult(base.label, head.label, tuple(findings), notes=tuple(notes))


def _version(view: SpecView) -> object:
    info = view.root.value.get("info") if isinstance(view.root.value, dict) else None
    return info.get("version") if isinstance(info, dict) else None


def _spec_finding(rule_id: str, name: str, view: SpecView, side: str) -> Finding:
    entry = RULES[rule_id]
    return Finding(
        rule_id,
        entry.severity,
        entry.message.format(spec=name),
        None,
        "",
        view.location(view.root.target),
        side,
        name,
    )
