"""Benchmark: the reference server against bare Starlette and plain Connexion, in one run.

Scenarios on ``specs/cs-integration.yaml`` (one uvicorn worker each, loopback, wrk):

* ``GET by id``: ``GET /api/v1/cs-integration/customers/cust_12345``;
* ``create``: ``POST /api/v1/cs-integration/customers`` with a validated body.

The server runs for real (``apikit serve``: SQLite, JWT auth, rate limiting with a limit too
high to trip, request validation on); the baselines hold customers in a dict
(``bench/server/baselines.py``). Ratios are taken between medians of the same run.

    python -m bench.server [--rounds 3] [--seconds 10] [--connections 16,64]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from bench import report as tables
from bench.loadgen import Scenario, Server, free_port, measure

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ITEM = "/api/v1/cs-integration/customers/cust_12345"
COLLECTION = "/api/v1/cs-integration/customers"
JSON = (("Content-Type", "application/json"),)
SCENARIOS = (
    Scenario("GET by id", ITEM),
    Scenario("create", COLLECTION, "POST", JSON, HERE / "create_customer.json", 201),
)


def server_token(server: Server, data_dir: Path) -> str:
    """Register a client with ``apikit clients create`` and get a token from the server."""
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "apikit",
            "clients",
            "create",
            "--data-dir",
            str(data_dir),
            "--scopes",
            "cs-integration.read cs-integration.write",
            "--client-type",
            "internal",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    client_id = re.search(r"client_id: (\S+)", out)
    secret = re.search(r"client_secret: (\S+)", out)
    assert client_id and secret, out
    response = httpx.post(
        server.base_url + "/auth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id.group(1), secret.group(1)),
    )
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


def main() -> None:
    """Run the benchmark and print markdown tables with ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="16,64")
    args = parser.parse_args()
    connections = [int(c) for c in args.connections.split(",")]
    work = Path(tempfile.mkdtemp(prefix="serverbench-"))
    data_dir = work / "data"
    ours = Server(
        "apikit serve",
        [sys.executable, "-m", "apikit", "serve", "--host", "127.0.0.1", "--workers", "1"],
        free_port(),
        ready_path="/api/v1/cs-integration/health",
        env={
            "APIKIT_DATA_DIR": str(data_dir),
            "APIKIT_RATE_LIMITS": "cs-integration=1000000000/3600",
            "APIKIT_LOG_LEVEL": "warning",
        },
        cwd=ROOT,
    )
    ours.command += ["--port", str(ours.port)]
    baseline = [sys.executable, "-m", "bench.server.baselines"]
    bare = Server("bare Starlette", [*baseline, "starlette"], free_port(), ITEM, cwd=ROOT)
    plain = Server("plain Connexion", [*baseline, "connexion"], free_port(), ITEM, cwd=ROOT)
    bare.command.append(str(bare.port))
    plain.command.append(str(plain.port))
    servers = [ours, plain, bare]
    try:
        for server in servers:
            server.start()
        auth = {"Authorization": f"Bearer {server_token(ours, data_dir)}"}
        body = json.loads((HERE / "create_customer.json").read_text())
        seed = httpx.post(
            ours.base_url + COLLECTION, json={**body, "customer_id": "cust_12345"}, headers=auth
        )
        assert seed.status_code in (201, 409), seed.text
        scenarios = {
            ours.name: [s.with_headers(auth) for s in SCENARIOS],
            plain.name: list(SCENARIOS),
            bare.name: list(SCENARIOS),
        }
        measure(servers, scenarios, connections, args.rounds, args.seconds, work)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    report(servers, connections)


def report(servers: list[Server], connections: list[int]) -> None:
    """Print the figures and the ratios the goals are stated in."""
    ours, plain, bare = servers
    tables.report(
        servers,
        SCENARIOS,
        connections,
        rps_header="req/s median",
        latencies=[("p50 ms", tables.P50), ("p99 ms", tables.P99)],
        ratios=[
            tables.Ratio("server / plain Connexion (goal >= 1.5x)", ours, plain),
            tables.Ratio("server / bare Starlette", ours, bare, suffix=" (goal >= 0.25x)"),
        ],
    )


if __name__ == "__main__":
    main()
