"""Benchmark: ``apikit mock`` against Prism and a bare Starlette app, same spec, same requests.

Scenarios (all on ``bench/mock_spec.yaml``):

* ``GET /pets/1`` answered from the spec's example;
* ``POST /pets`` with an 8-property JSON body that both mocks validate (``bench/post_pet.json``);
* ``GET /pets?limit=20`` with ``Prefer: dynamic=true``: a generated list of 20 pets.

Each server runs as one process on 127.0.0.1; every (scenario, connections) cell is measured with
``wrk -t1 -cN -dSs --latency`` in interleaved rounds, reporting the median requests/s and p99 of
the rounds plus server CPU time per request (from /proc). Prism is run from a temporary
``npm install @stoplight/prism-cli`` outside the repository, as ``prism mock -v warn``.

    python -m bench.mock_vs_prism --prism /tmp/prism/node_modules/.bin/prism [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from bench import report as tables
from bench.loadgen import Scenario, Server, check, free_port, measure

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "mock_spec.yaml"
BODY = HERE / "post_pet.json"
JSON = (("Content-Type", "application/json"),)

SCENARIOS = (
    Scenario("GET example", "/pets/1"),
    Scenario("POST validated", "/pets", "POST", JSON, BODY, 201),
    Scenario("GET dynamic list of 20", "/pets?limit=20", headers=(("Prefer", "dynamic=true"),)),
)


def main() -> None:
    """Run the benchmark and print a markdown table with ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--prism", required=True, help="path to the prism executable")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--json", type=Path, default=None, help="write raw results here")
    args = parser.parse_args()
    connections = [int(c) for c in args.connections.split(",")]
    work = Path(tempfile.mkdtemp(prefix="mockbench-"))
    port = free_port()
    ours = Server(
        "apikit mock",
        [sys.executable, "-m", "apikit", "mock", str(SPEC), "--port", str(port)],
        port,
        ready_path="/pets/1",
        cwd=ROOT,
    )
    port = free_port()
    prism = Server(
        "Prism -v warn",
        [args.prism, "mock", "-v", "warn", "-p", str(port), str(SPEC)],
        port,
        ready_path="/pets/1",
    )
    servers = [ours, prism]
    try:
        ours.start()
        payloads = {
            key: check(ours, s).decode()
            for key, s in zip(("get", "post", "list"), SCENARIOS, strict=True)
        }
        (work / "payloads.json").write_text(json.dumps(payloads))
        port = free_port()
        bare = Server(
            "bare Starlette",
            [
                sys.executable,
                str(HERE / "bare_starlette.py"),
                str(work / "payloads.json"),
                str(port),
            ],
            port,
            ready_path="/pets/1",
            cwd=ROOT,
        )
        servers.append(bare)
        prism.start()
        bare.start()
        scenarios = {server.name: list(SCENARIOS) for server in servers}
        measure(servers, scenarios, connections, args.rounds, args.seconds, work)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    report(servers, connections, args)


def report(servers: list[Server], connections: list[int], args: argparse.Namespace) -> None:
    """Print the markdown tables."""
    ours, prism, bare = servers
    tables.report(
        servers,
        SCENARIOS,
        connections,
        rps_header="req/s (median)",
        latencies=[("p99 ms", tables.P99)],
        ratios=[
            tables.Ratio("apikit/Prism req/s", ours, prism),
            tables.Ratio("apikit/Prism p99", ours, prism, tables.P99),
            tables.Ratio("apikit/Starlette req/s", ours, bare),
        ],
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {s.name: {f"{k[0]} c{k[1]}": v for k, v in s.cells.items()} for s in servers},
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
