"""How long `apikit diff` takes on the largest corpus document against a modified copy.

Run from the repository root: ``python -m bench.diff_corpus [SPEC]``. The copy changes an
enum, a property type and an operationId of Stripe's spec, so the diff has real work: the
changed component is used by dozens of operations. The budget is 3 s for the whole diff:
loading and resolving both sides, then comparing them (loading is also reported apart).
Wall and CPU times are both printed: on a shared machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from contracts.diff import diff_sides, load_side

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "stripe-spec3.yaml"
BUDGET_SECONDS = 3.0

#: (old text, new text): first occurrences only, each a real API change.
EDITS = (
    ("            - non_profit\n", ""),
    (
        "          description: Whether the account can create live charges.\n"
        "          type: boolean\n",
        "          description: Whether the account can create live charges.\n"
        "          type: string\n",
    ),
    ("operationId: GetAccount\n", "operationId: RetrieveAccount\n"),
)


def modified_copy(source: Path, folder: Path) -> Path:
    """Write ``source`` with :data:`EDITS` applied into ``folder``."""
    text = source.read_text(encoding="utf-8")
    for old, new in EDITS:
        if old in text:
            text = text.replace(old, new, 1)
    target = folder / source.name
    target.write_text(text, encoding="utf-8")
    return target


def main() -> int:
    """Time the diff and report whether it fits the budget."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", nargs="?", type=Path, default=CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        head_file = modified_copy(args.spec, Path(folder))
        cwd = Path.cwd()
        started, started_cpu = time.perf_counter(), time.process_time()
        base = load_side(str(args.spec), cwd=cwd)
        head = load_side(str(head_file), cwd=cwd)
        loaded, loaded_cpu = time.perf_counter(), time.process_time()
        result = diff_sides(base, head)
        finished, finished_cpu = time.perf_counter(), time.process_time()
    total = finished - started
    print(
        f"{args.spec.name}: load both sides {loaded - started:.2f} s "
        f"(cpu {loaded_cpu - started_cpu:.2f} s); compare {finished - loaded:.2f} s "
        f"(cpu {finished_cpu - loaded_cpu:.2f} s); total {total:.2f} s "
        f"(cpu {finished_cpu - started_cpu:.2f} s); budget {BUDGET_SECONDS:.1f} s"
    )
    print(f"{len(result.findings)} findings; bump {result.bump}")
    for finding in result.findings[:5]:
        print(
            f"  {finding.severity.value} {finding.rule_id} {finding.operation}: {finding.message}"
        )
    return 0 if total <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
