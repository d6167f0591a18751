"""Time ``apikit lint`` on each corpus document; fail when stripe-spec3.yaml takes 10 s or more.

Run: ``python -m bench.lint_corpus [CORPUS_DIR]``. Both wall-clock and CPU time are shown; the
budget is checked on CPU time, which other processes on a shared machine do not inflate.
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
        started, started_cpu = time.perf_counter(), time.process_time()
        report = lint_paths([path])
        wall = time.perf_counter() - started
        seconds = time.process_time() - started_cpu
        errors = report.count(Severity.ERROR)
        warnings = report.count(Severity.WARNING)
        budget = BUDGET.get(path.name)
        verdict = "" if budget is None else ("  ok" if seconds < budget else "  OVER BUDGET")
        print(
            f"{path.name:<40} {wall:6.2f} s wall {seconds:6.2f} s CPU"
            f"  {errors:5} errors {warnings:5} warnings{verdict}"
        )
        if budget is not None and seconds >= budget:
            over.append(path.name)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
