"""``apikit diff``: classify the changes between two versions of the specs."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from contracts.diff import RULES, apply_acceptances, diff_sides, load_acceptances, load_side
from contracts.diff.markdown import render_markdown
from contracts.diff.render import render_github, render_json, render_rules, render_text
from contracts.errors import ContractsError

_RENDERERS = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "github": render_github,
}

_HELP = """Classify every change from BASE to HEAD as breaking, warning or info.

\b
BASE and HEAD are each a spec file, a folder of specs, a git revision (its
`specs/` folder) or REV:path (one file or folder at a revision). HEAD defaults
to the working tree's `specs/` (or, after REV:path, to that path):
  apikit diff origin/main                     review a branch
  apikit diff origin/main:specs/a.yaml specs/a.yaml
  apikit diff old.yaml new.yaml --format markdown > comment.md

\b
The direction rule: tightening what a client sends (a parameter or request body)
is breaking, loosening it is not; loosening what a server returns (a response
body or header) is breaking, tightening it is not. Callbacks and 3.1 webhooks turn
the roles round: the API sends their requests and receivers answer them. $refs are
followed on both sides, across files, so moving a schema is not a change.

\b
A reviewed break is accepted with --accept FILE (YAML):
  accepted:
    - rule: response-body-required-property-removed
      operation: GET /pets/{petId}      # and/or pointer: /paths/... or /components/...
      reason: never populated (PR 412)
      expires: 2026-12-31               # optional; then it applies no more

Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 when an
input is unusable. `apikit diff --list-rules` prints the catalogue.
"""


@click.command("diff", help=_HELP)
@click.argument("base", required=False)
@click.argument("head", required=False)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(_RENDERERS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "warning", "never"]),
    default="breaking",
    show_default=True,
    help="Lowest severity that makes the exit status 1.",
)
@click.option(
    "--accept",
    "accept_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="YAML file of reviewed changes (rule, operation/pointer, reason, expires).",
)
@click.option("--list-rules", is_flag=True, help="Print the rule catalogue and exit.")
@click.pass_context
def diff(
    ctx: click.Context,
    base: str | None,
    head: str | None,
    output_format: str,
    fail_on: str,
    accept_file: Path | None,
    list_rules: bool,
) -> None:
    """Classify the changes from BASE to HEAD."""
    if list_rules:
        click.echo(render_rules(list(RULES.values()), output_format), nl=False)
        return
    if base is None:
        click.echo("apikit diff: give BASE (a file, a folder or a git revision)", err=True)
        ctx.exit(2)
    cwd = Path.cwd()
    today = datetime.date.today()
    if head is None:
        # `REV:path` alone compares that path with the working tree's; a bare REV, specs/.
        _, separator, inner = base.partition(":")
        head = inner if separator and inner and (cwd / inner).exists() else "specs"
        if not (cwd / head).exists():
            click.echo(
                f"apikit diff: HEAD defaults to ./{head}, which does not exist here; give HEAD",
                err=True,
            )
            ctx.exit(2)
    try:
        base_side = load_side(base, cwd=cwd)
        head_side = load_side(head, cwd=cwd)
        result = diff_sides(base_side, head_side, today=today)
        if accept_file is not None:
            result = apply_acceptances(result, load_acceptances(accept_file), today)
    except ContractsError as exc:
        click.echo(f"apikit diff: {exc}", err=True)
        ctx.exit(2)
    click.echo(_RENDERERS[output_format](result), nl=False)
    ctx.exit(1 if result.fails(fail_on) else 0)
