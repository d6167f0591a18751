"""Plain renderers of a diff result: terminal text, JSON, GitHub workflow annotations."""

from __future__ import annotations

import json
from typing import Any

from contracts.diff.findings import Finding, Rule, Severity
from contracts.diff.result import DiffResult

_ANNOTATION = {Severity.BREAKING: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def summary_line(result: DiffResult) -> str:
    """``2 breaking, 1 warning, 3 info; suggested version bump: major``.

    Counts are of distinct changes: one edit to a shared schema counts once.
    """
    breaking, warnings, info = (len(result.changes(severity)) for severity in Severity)
    counts = f"{breaking} breaking, {warnings} warning{'' if warnings == 1 else 's'}, {info} info"
    if len(result.findings) != breaking + warnings + info:
        # A shared definition reached by several operations is one change, listed per use.
        counts += f" ({len(result.findings)} findings across operations)"
    accepted = f" ({len(result.accepted)} accepted)" if result.accepted else ""
    return f"{counts}{accepted}; suggested version bump: {result.bump}"


def _where(finding: Finding) -> str:
    return str(finding.location) if finding.location else finding.spec


def render_text(result: DiffResult) -> str:
    """One line per finding, most severe first, then accepted findings and notes."""
    lines = [f"apikit diff {result.base} → {result.head}: {summary_line(result)}"]
    for finding in result.findings:
        operation = f"{finding.operation}: " if finding.operation else ""
        lines.append(
            f"{finding.severity.value:<8} {finding.rule_id}  {operation}{finding.message}"
            f"\n         at {_where(finding)} ({finding.pointer or '/'})"
        )
    for accepted in result.accepted:
        finding = accepted.finding
        lines.append(
            f"accepted {finding.rule_id}  {finding.operation or ''}: {finding.message} "
            f"— {accepted.acceptance.reason}"
        )
    lines.extend(f"note: {note}" for note in result.notes)
    return "\n".join(lines) + "\n"


def _finding_json(finding: Finding) -> dict[str, Any]:
    location = finding.location
    return {
        "rule": finding.rule_id,
        "severity": finding.severity.value,
        "message": finding.message,
        "spec": finding.spec,
        "operation": finding.operation,
        "pointer": finding.pointer,
        "side": finding.side,
        "source_pointer": finding.source_pointer,
        "file": location.file if location else None,
        "line": location.line if location else None,
        "column": location.column if location else None,
    }


def render_json(result: DiffResult) -> str:
    """A JSON document with counts, the bump, findings, accepted findings and notes."""
    document = {
        "base": result.base,
        "head": result.head,
        "summary": {
            **{severity.value: result.count(severity) for severity in Severity},
            "accepted": len(result.accepted),
            "bump": result.bump,
        },
        "findings": [_finding_json(finding) for finding in result.findings],
        "accepted": [
            {
                **_finding_json(accepted.finding),
                "reason": accepted.acceptance.reason,
                "expires": accepted.acceptance.expires.isoformat()
                if accepted.acceptance.expires
                else None,
            }
            for accepted in result.accepted
        ],
        "notes": list(result.notes),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotated_file(result: DiffResult, finding: Finding) -> tuple[str, bool]:
    """The repository path of a location (``HEAD:specs/a.yaml`` is ``specs/a.yaml``), and
    whether its line belongs in the annotation.

    A removal is located in the base version; when that is a git revision, its line numbers
    do not match the checked-out file GitHub shows the annotation on, so only the file is
    named.
    """
    assert finding.location is not None
    file = finding.location.file
    for label, side in ((result.head, "head"), (result.base, "base")):
        revision = label.partition(":")[0]
        if revision and file.startswith(f"{revision}:"):
            return file[len(revision) + 1 :], side == "head" or finding.side == "head"
    return file, True


def _operations(group: tuple[Finding, ...]) -> str:
    names = sorted({f.operation for f in group if f.operation})
    if len(names) <= 1:
        return ""
    shown = ", ".join(names[:3])
    more = f" and {len(names) - 3} more" if len(names) > 3 else ""
    return f" (in {len(names)} operations: {shown}{more})"


def render_github(result: DiffResult) -> str:
    """GitHub workflow commands: ``::error file=...,line=...,title=...::message``.

    One annotation per distinct change (a shared definition reached by many operations is
    annotated once, naming them), as GitHub shows only ten annotations of a kind per step.
    Breaking changes are errors and warnings warnings; informational changes are only
    counted in the closing notice.
    """
    lines = []
    for severity in (Severity.BREAKING, Severity.WARNING):
        for group in result.changes(severity):
            finding = group[0]
            parts = []
            if finding.location is not None:
                file, with_line = _annotated_file(result, finding)
                parts.append(f"file={_escape_property(file)}")
                if with_line:
                    parts.append(f"line={finding.location.line}")
                    parts.append(f"col={finding.location.column}")
            several = len({f.operation for f in group}) > 1
            title = (
                f"{finding.rule_id} ({finding.operation})"
                if finding.operation and not several
                else finding.rule_id
            )
            parts.append(f"title={_escape_property(title)}")
            message = finding.message + _operations(group)
            lines.append(f"::{_ANNOTATION[severity]} {','.join(parts)}::{_escape_data(message)}")
    lines.extend(f"::notice title=apikit diff::{_escape_data(note)}" for note in result.notes)
    lines.append(f"::notice title=apikit diff::{_escape_data(summary_line(result))}")
    return "\n".join(lines) + "\n"


def _pipe(text: str) -> str:
    return text.replace("|", "\\|")


def render_rules(rules: list[Rule], output_format: str = "text") -> str:
    """The catalogue as a table (text or Markdown) or JSON: id, severity, message."""
    if output_format == "json":
        entries = [
            {"id": r.id, "severity": r.severity.value, "family": r.family, "message": r.message}
            for r in rules
        ]
        return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
    if output_format in ("markdown", "github"):
        lines = ["| rule | severity | message |", "|---|---|---|"]
        lines.extend(f"| `{r.id}` | {r.severity.value} | {_pipe(r.message)} |" for r in rules)
        return "\n".join(lines) + "\n"
    width = max(len(entry.id) for entry in rules)
    lines = [f"{'rule':<{width}}  {'severity':<8}  message"]
    lines.extend(
        f"{entry.id:<{width}}  {entry.severity.value:<8}  {entry.message}" for entry in rules
    )
    return "\n".join(lines) + "\n"
