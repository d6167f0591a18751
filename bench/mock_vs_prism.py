"""Benchmark: ``apikit mock`` against Prism and a bare Starlette app, same spec, same requests.

Scenarios (all on ``bench/mock_spec.yaml``):

* ``GET /pets/1`` answered from the spec's example;
* ``POST /pets`` with an 8-property JSON body that both mocks validate (``bench/post_pet.json``);
* ``GET /pets?limit=20`` with ``Prefer: dynamic=true``: a generated list of 20 pets.

Each server runs as one process on 127.0.0.1; every (scenario, connections) cell is measured with
``wrk -t1 -cN -dSs --latency`` in interleaved rounds, reporting the median requests/s and p99 of
the rounds plus server CPU time per request (from /proc). Prism is run from a temporary
``npm install @stoplight/prism-cli`` outside the repository, as ``prism mock -v warn``.

    python bench/mock_vs_prism.py --prism /tmp/prism/node_modules/.bin/prism [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "mock_spec.yaml"
BODY = HERE / "post_pet.json"


@dataclass(frozen=True)
class Scenario:
    """One request shape."""

    name: str
    path: str
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    expect: int = 200


SCENARIOS = (
    Scenario("GET example", "/pets/1"),
    Scenario("POST validated", "/pets", "POST", (("Content-Type", "application/json"),), 201),
    Scenario("GET dynamic list of 20", "/pets?limit=20", headers=(("Prefer", "dynamic=true"),)),
)


@dataclass
class Server:
    """A started server process."""

    name: str
    command: list[str]
    port: int
    process: subprocess.Popen[bytes] | None = None
    cells: dict[tuple[str, int], list[tuple[float, float, float]]] = field(default_factory=dict)

    def start(self) -> None:
        """Spawn and wait until it answers."""
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/pets/1", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not start")

    def stop(self) -> None:
        """Stop the process group started for this server."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)

    def cpu_seconds(self) -> float:
        """User + system CPU of the server process and its children so far."""
        assert self.process is not None
        total = 0.0
        pids = [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        if children.exists():
            pids += [int(p) for p in children.read_text().split()]
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / 100  # utime, stime in clock ticks
        return total


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def lua_script(scenario: Scenario, directory: Path) -> Path:
    """A wrk script setting the method, headers and body of ``scenario``."""
    lines = [f'wrk.method = "{scenario.method}"']
    lines += [f'wrk.headers["{k}"] = "{v}"' for k, v in scenario.headers]
    if scenario.method == "POST":
        lines.append(f'local f = io.open("{BODY}", "rb"); wrk.body = f:read("*a"); f:close()')
    path = directory / f"{re.sub(r'[^a-z]+', '_', scenario.name.lower())}.lua"
    path.write_text("\n".join(lines) + "\n")
    return path


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, script: Path, connections: int, seconds: int) -> tuple[float, float, int]:
    """(requests/s, p99 ms, non-2xx count) of one wrk run."""
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "5s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)\s*$", out, re.M).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p99, int(bad.group(1)) if bad else 0


def check(server: Server, scenario: Scenario) -> bytes:
    """One request of ``scenario``; fails unless the status is the expected one."""
    response = httpx.request(
        scenario.method,
        f"http://127.0.0.1:{server.port}{scenario.path}",
        headers=dict(scenario.headers),
        content=BODY.read_bytes() if scenario.method == "POST" else None,
        timeout=10,
    )
    if response.status_code != scenario.expect:
        raise RuntimeError(
            f"{server.name} {scenario.name}: {response.status_code} {response.text[:300]}"
        )
    return response.content


def main() -> None:
    """Run the benchmark and print a markdown table with ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prism", required=True, help="path to the prism executable")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--json", type=Path, default=None, help="write raw results here")
    args = parser.parse_args()
    connections = [int(c) for c in args.connections.split(",")]
    work = Path(tempfile.mkdtemp(prefix="mockbench-"))
    ours = Server(
        "apikit mock", [sys.executable, "-m", "apikit", "mock", str(SPEC), "--port"], free_port()
    )
    ours.command.append(str(ours.port))
    prism = Server("Prism -v warn", [args.prism, "mock", "-v", "warn", "-p"], free_port())
    prism.command += [str(prism.port), str(SPEC)]
    servers = [ours, prism]
    try:
        ours.start()
        payloads = {
            key: check(ours, s).decode()
            for key, s in zip(("get", "post", "list"), SCENARIOS, strict=True)
        }
        (work / "payloads.json").write_text(json.dumps(payloads))
        bare = Server(
            "bare Starlette",
            [sys.executable, str(HERE / "bare_starlette.py"), str(work / "payloads.json")],
            free_port(),
        )
        bare.command.append(str(bare.port))
        servers.append(bare)
        prism.start()
        bare.start()
        scripts = {s.name: lua_script(s, work) for s in SCENARIOS}
        for server in servers:
            for scenario in SCENARIOS:
                check(server, scenario)
                run_wrk(
                    f"http://127.0.0.1:{server.port}{scenario.path}", scripts[scenario.name], 8, 2
                )  # warm-up
        cells = [(s, c) for s in SCENARIOS for c in connections]
        for round_index in range(args.rounds):
            order = servers[round_index % len(servers) :] + servers[: round_index % len(servers)]
            for scenario, conns in cells:
                for server in order:
                    before = server.cpu_seconds()
                    rps, p99, bad = run_wrk(
                        f"http://127.0.0.1:{server.port}{scenario.path}",
                        scripts[scenario.name],
                        conns,
                        args.seconds,
                    )
                    cpu = (server.cpu_seconds() - before) / max(rps * args.seconds, 1) * 1e6
                    server.cells.setdefault((scenario.name, conns), []).append((rps, p99, cpu))
                    if bad:
                        print(
                            f"warning: {server.name} {scenario.name}: {bad} non-2xx",
                            file=sys.stderr,
                        )
                    print(
                        f"round {round_index + 1} {server.name:15} {scenario.name:24} c{conns}: "
                        f"{rps:8.0f} req/s p99 {p99:7.1f} ms cpu {cpu:6.0f} us/req",
                        file=sys.stderr,
                        flush=True,
                    )
    finally:
        for server in servers:
            server.stop()
    report(servers, connections, args)


def report(servers: list[Server], connections: list[int], args: argparse.Namespace) -> None:
    """Print the markdown tables."""

    def med(server: Server, key: tuple[str, int], index: int) -> float:
        return statistics.median(v[index] for v in server.cells[key])

    ours, prism, bare = servers
    print("| scenario | conns | server | req/s (median) [min-max] | p99 ms | CPU us/req |")
    print("|---|---|---|---|---|---|")
    for scenario in SCENARIOS:
        for conns in connections:
            key = (scenario.name, conns)
            for server in servers:
                values = [v[0] for v in server.cells[key]]
                print(
                    f"| {scenario.name} | {conns} | {server.name} | {med(server, key, 0):.0f} "
                    f"[{min(values):.0f}-{max(values):.0f}] | {med(server, key, 1):.1f} | "
                    f"{med(server, key, 2):.0f} |"
                )
    print()
    print("| scenario | conns | apikit/Prism req/s | apikit/Prism p99 | apikit/Starlette req/s |")
    print("|---|---|---|---|---|")
    for scenario in SCENARIOS:
        for conns in connections:
            key = (scenario.name, conns)
            print(
                f"| {scenario.name} | {conns} | {med(ours, key, 0) / med(prism, key, 0):.2f}x | "
                f"{med(ours, key, 1) / med(prism, key, 1):.2f}x | "
                f"{med(ours, key, 0) / med(bare, key, 0):.2f}x |"
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
