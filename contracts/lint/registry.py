"""The catalogue of lint rules: each rule family module registers its checks here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from contracts.lint.finding import Finding, Rule, Severity

if TYPE_CHECKING:
    from contracts.lint.context import LintContext

Check = Callable[["LintContext", Rule], Iterator[Finding]]

#: Rule id -> (rule, check); filled when the rule family modules are imported.
RULES: dict[str, tuple[Rule, Check]] = {}


def rule(rule_id: str, severity: Severity, description: str) -> Callable[[Check], Check]:
    """Register the decorated function as the check of a new rule."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = (Rule(rule_id, severity, description), check)
        return check

    return register


def declare(rule_id: str, severity: Severity, description: str) -> Rule:
    """Register a rule whose findings are produced elsewhere (e.g. by the runner itself)."""

    def nothing(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
        return iter(())

    rule(rule_id, severity, description)(nothing)
    return RULES[rule_id][0]
