"""``apikit lint``: check OpenAPI documents and print one line per finding."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from contracts.errors import ContractsError
from contracts.lint import Finding, LintReport, Severity, lint_paths, rules


def display_path(file: str) -> str:
    """``file`` relative to the working directory when it lies below it."""
    path = Path(file)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return os.path.normpath(file)


def format_finding(finding: Finding) -> str:
    """``FILE:LINE:COL  severity  rule-id  message``."""
    where = (
        f"{display_path(finding.location.file)}:{finding.location.line}:{finding.location.column}"
    )
    return f"{where}  {finding.severity.value}  {finding.rule}  {finding.message}"


def format_summary(report: LintReport) -> str:
    """The last line of text output: counts by severity and how many documents were read."""
    documents = len(report.documents)
    if not documents:
        return "no OpenAPI documents to lint"
    noun = "document" if documents == 1 else "documents"
    if not report.findings:
        return f"no problems in {documents} {noun}"
    counts = ", ".join(
        f"{report.count(severity)} {severity.value}{'' if report.count(severity) == 1 else 's'}"
        for severity in Severity
    )
    total = len(report.findings)
    return f"{total} problem{'' if total == 1 else 's'} ({counts}) in {documents} {noun}"


def format_rules() -> str:
    """The rule catalogue, one rule a line."""
    catalogue = rules()
    width = max(len(rule.id) for rule in catalogue)
    return "\n".join(
        f"{rule.id:<{width}}  {rule.severity.value:<7}  {rule.description}" for rule in catalogue
    )


def exit_code(report: LintReport, *, strict: bool) -> int:
    """1 when there are errors (or warnings under ``strict``), else 0."""
    if report.count(Severity.ERROR) or (strict and report.count(Severity.WARNING)):
        return 1
    return 0


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output as text lines or as a JSON list of findings.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option("--list-rules", is_flag=True, help="Print the rule catalogue and exit.")
def lint(paths: tuple[str, ...], output_format: str, strict: bool, list_rules: bool) -> None:
    """Lint OpenAPI 3.x documents (default: every root document directly in specs/).

    A folder means every *.yaml, *.yml and *.json file directly in it that has an `openapi`
    or `swagger` field; files they reference are checked through the references. Exit
    status: 0 clean (warnings allowed unless --strict), 1 problems, 2 unusable input.
    """
    if list_rules:
        click.echo(format_rules())
        return
    try:
        report = lint_paths(paths or ("specs",))
    except ContractsError as exc:
        click.echo(f"apikit lint: {exc}", err=True)
        raise SystemExit(2) from exc
    if output_format == "json":
        rows = [
            {**finding.as_dict(), "file": display_path(finding.location.file)}
            for finding in report.findings
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for finding in report.findings:
            click.echo(format_finding(finding))
        click.echo(format_summary(report))
    raise SystemExit(exit_code(report, strict=strict))
