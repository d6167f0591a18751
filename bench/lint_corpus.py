"""Time ``apikit lint`` on each corpus document; fail when stripe-spec3.yaml takes 10 s or more.

Run: ``python -m bench.lint_corpus [CORPUS_DIR]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from contracts.lint import Severity, lint_paths

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
BUDGET = {"stripe-spec3.yaml": 10.0}


def main(argv: list[str]) -> int:
    """Lint every document, print one timing line each; 1 when a budget is exceeded."""
    corpus = Path(argv[0]) if argv else CORPUS
    documents = sorted(p for p in corpus.glob("*") if p.suffix in (".yaml", ".yml", ".json"))
    if not documents:
        print(f"no corpus documents in {corpus}", file=sys.stderr)
        return 2
    over = []
    for path in documents:
        started = time.perf_counter()
        report = lint_paths([path])
        seconds = time.perf_counter() - started
        errors = report.count(Severity.ERROR)
        warnings = report.count(Severity.WARNING)
        budget = BUDGET.get(path.name)
        verdict = "" if budget is None else ("  ok" if seconds < budget else "  OVER BUDGET")
        print(f"{path.name:<40} {seconds:6.2f} s  {errors:5} errors {warnings:5} warnings{verdict}")
        if budget is not None and seconds >= budget:
            over.append(path.name)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
