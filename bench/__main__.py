"""``python -m bench NAME [ARGS]``: run one benchmark (``tox -e bench -- NAME``).

Names: ``lint`` (lint the largest corpus documents), ``diff`` (the largest corpus document
against an edited copy), ``server`` (the reference server against bare Starlette and plain
Connexion), ``mock`` (the mock against Prism; needs ``--prism PATH``).
"""

from __future__ import annotations

import runpy
import sys

BENCHMARKS = {
    "lint": "bench.lint_corpus",
    "diff": "bench.diff_corpus",
    "server": "bench.server",
    "mock": "bench.mock_vs_prism",
}


def main() -> None:
    """Dispatch to the named benchmark's module, passing the remaining arguments."""
    if len(sys.argv) < 2 or sys.argv[1] not in BENCHMARKS:
        print(__doc__)
        raise SystemExit(2)
    name = sys.argv.pop(1)
    runpy.run_module(BENCHMARKS[name], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
