"""The Markdown report, written for a pull-request comment.

Counts (of distinct changes) and the version bump come first; breaking changes, then
warnings, each grouped by operation (a change to a shared definition that many operations
reach is shown once, with those operations listed); informational changes, accepted
changes and the locations of everything sit in collapsed ``<details>`` blocks so the
comment stays short.
"""

from __future__ import annotations

from contracts.diff.findings import Finding, Severity
from contracts.diff.result import DiffResult

_TITLES = {
    Severity.BREAKING: "Breaking changes",
    Severity.WARNING: "Warnings (possibly breaking)",
    Severity.INFO: "Other changes",
}
#: A change found in this many operations is shown once, with the operations listed.
SHARED_THRESHOLD = 3
#: At most this many operations are listed under one shared change.
MAX_LISTED = 50
_ICONS = {Severity.BREAKING: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


_METHOD_ORDER = ("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")


def _order(finding: Finding) -> tuple[str, str, int]:
    """Document-wide findings first, then by path, then by method in the usual order."""
    if finding.operation is None:
        return (finding.spec, "", -1)
    method, _, path = finding.operation.partition(" ")
    rank = _METHOD_ORDER.index(method) if method in _METHOD_ORDER else len(_METHOD_ORDER)
    return (finding.spec, path, rank)


def _group(findings: list[Finding], several_specs: bool) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=_order):
        scope = f"`{finding.operation}`" if finding.operation else "Whole document"
        groups.setdefault(f"{finding.spec}: {scope}" if several_specs else scope, []).append(
            finding
        )
    return groups


def _where(finding: Finding) -> str:
    if finding.location is None:
        return ""
    return f"`{finding.location.file}:{finding.location.line}`"


def _shared(findings: list[Finding]) -> tuple[list[list[Finding]], list[Finding]]:
    """Split off changes that recur in many operations (a changed shared component)."""
    # One rule at one source location is one change, whatever path led to it.
    recurring: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        where = str(finding.location) if finding.location else finding.pointer
        recurring.setdefault((finding.rule_id, where), []).append(finding)
    shared = [group for group in recurring.values() if len(group) >= SHARED_THRESHOLD]
    in_shared = {id(finding) for group in shared for finding in group}
    return shared, [finding for finding in findings if id(finding) not in in_shared]


def _shared_lines(shared: list[list[Finding]], several_specs: bool) -> list[str]:
    lines: list[str] = []
    for spec in sorted({group[0].spec for group in shared}):
        heading = f"{spec}: shared definitions" if several_specs else "Shared definitions"
        lines += [f"**{heading}**", ""]
        lines += _shared_items([group for group in shared if group[0].spec == spec])
    return lines


def _shared_items(shared: list[list[Finding]]) -> list[str]:
    lines: list[str] = []
    for group in shared:
        first = min(group, key=lambda finding: len(finding.message))
        operations = sorted({f.operation or "whole document" for f in group})
        where = f"in {first.definition}, " if first.definition else ""
        lines.append(f"- {first.message} — {where}{_where(first)}, `{first.rule_id}`")
        lines.append(f"  <details><summary>reached from {len(operations)} operations</summary>")
        lines.append("")
        shown = operations[:MAX_LISTED]
        lines.extend(f"  `{operation}`<br>" for operation in shown)
        if len(operations) > len(shown):
            lines.append(f"  and {len(operations) - len(shown)} more")
        lines += ["", "  </details>"]
    lines.append("")
    return lines


def _section(
    severity: Severity, findings: list[Finding], *, collapsed: bool, several_specs: bool
) -> list[str]:
    lines: list[str] = []
    title = f"{_ICONS[severity]} {_TITLES[severity]} ({_changes(findings)})"
    if collapsed:
        lines += ["<details>", f"<summary><b>{title}</b></summary>", ""]
    else:
        lines += [f"### {title}", ""]
    shared, rest = _shared(findings)
    if shared:
        lines += _shared_lines(shared, several_specs)
    for scope, group in _group(rest, several_specs).items():
        lines.append(f"**{scope}**")
        lines.append("")
        lines.extend(f"- {finding.message}" for finding in group)
        lines.append("")
        if not collapsed:
            lines += ["<details>", "<summary>Rules and locations</summary>", ""]
            lines += _table(group)
            lines += ["", "</details>", ""]
    if collapsed and rest:
        lines += ["**Rules and locations**", ""]
        lines += _table(sorted(rest, key=_order))
    if collapsed:
        lines += ["", "</details>", ""]
    return lines


def _changes(findings: list[Finding]) -> int:
    """How many distinct changes: one rule at one location, whatever reached it."""
    return len(
        {(f.spec, f.rule_id, str(f.location) if f.location else f.pointer) for f in findings}
    )


def _verdict(result: DiffResult) -> str:
    breaking = result.changes(Severity.BREAKING)
    if not breaking:
        if result.changes(Severity.WARNING):
            return "⚠️ No breaking change, but some warnings need a look."
        return "✅ No breaking change."
    operations = {f.operation for group in breaking for f in group if f.operation}
    reach = f" affecting {len(operations)} operation{'s' if len(operations) != 1 else ''}"
    return (
        f"⛔ **{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''}**"
        f"{reach if operations else ''}: existing clients may fail."
    )


def _table(findings: list[Finding]) -> list[str]:
    lines = ["| rule | source | pointer |", "|---|---|---|"]
    lines.extend(f"| `{f.rule_id}` | {_where(f)} | `{_cell(f.pointer or '/')}` |" for f in findings)
    return lines


#: GitHub refuses comments over 65,536 characters; stay under with room for a footer.
COMMENT_LIMIT = 60_000


def render_markdown(result: DiffResult, limit: int = COMMENT_LIMIT) -> str:
    """The report as Markdown for a pull-request comment, at most ``limit`` characters.

    A report too long for a comment drops, in turn, its informational and accepted
    changes, then the tail of the rest; it says what it left out.
    """
    text = _render(result, details=True)
    if len(text) <= limit:
        return text
    text = _render(result, details=False)
    if len(text) <= limit:
        return text
    footer = (
        "\n\n*The report is cut here to fit a comment: run `apikit diff --format text` "
        "for every change.*\n"
    )
    kept = text[: limit - len(footer) - 100].rsplit("\n\n", 1)[0]
    # Close what the cut left open, so the footer is not folded away.
    kept += "\n\n</details>" * (kept.count("<details>") - kept.count("</details>"))
    return kept + footer


def _render(result: DiffResult, *, details: bool) -> str:
    breaking = [f for f in result.findings if f.severity is Severity.BREAKING]
    warnings = [f for f in result.findings if f.severity is Severity.WARNING]
    info = [f for f in result.findings if f.severity is Severity.INFO]
    lines = [
        f"## API changes: `{result.base}` → `{result.head}`",
        "",
        "| breaking | warnings | other | accepted | version bump |",
        "|---:|---:|---:|---:|---|",
        f"| {_changes(breaking)} | {_changes(warnings)} | {_changes(info)} "
        f"| {len(result.accepted)} | **{result.bump}** |",
        "",
    ]
    if not result.findings and not result.accepted:
        lines += ["No changes to the API.", ""]
    else:
        lines += [_verdict(result), ""]
    if result.notes:  # version and accept-file notes: things to act on, so before details
        lines += ["**Notes**", ""]
        lines.extend(f"- {note}" for note in result.notes)
        lines.append("")
    several = len({f.spec for f in result.findings}) > 1
    if breaking:
        lines += _section(Severity.BREAKING, breaking, collapsed=False, several_specs=several)
    if warnings:
        lines += _section(Severity.WARNING, warnings, collapsed=False, several_specs=several)
    if info and details:
        lines += _section(Severity.INFO, info, collapsed=True, several_specs=several)
    if not details and (info or result.accepted):
        lines += [
            f"*{_changes(info)} other and {len(result.accepted)} accepted changes are not listed, "
            "to fit a comment: run `apikit diff --format text` for them.*",
            "",
        ]
    if result.accepted and details:
        lines += [
            "<details>",
            f"<summary><b>✅ Accepted changes ({len(result.accepted)})</b></summary>",
            "",
        ]
        for accepted in result.accepted:
            finding, acceptance = accepted.finding, accepted.acceptance
            until = f" (until {acceptance.expires})" if acceptance.expires else ""
            scope = f"`{finding.operation}`: " if finding.operation else ""
            lines.append(f"- {scope}{finding.message} — *{_cell(acceptance.reason)}*{until}")
        lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
