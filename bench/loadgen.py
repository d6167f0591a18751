"""Load generation shared by the benchmarks: server processes on loopback, measured with wrk.

Each server runs as its own process group on 127.0.0.1; ``wrk -t1 -cN -dS --latency`` drives
it; server CPU time per request is read from /proc, which is far less sensitive to a noisy,
shared machine than requests per second.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import httpx


@dataclass(frozen=True)
class Scenario:
    """One request shape: method, path, headers and an optional body file."""

    name: str
    path: str
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    body: Path | None = None
    expect: int = 200

    def with_headers(self, extra: Mapping[str, str]) -> Scenario:
        """The same scenario with more headers (e.g. credentials known only at run time)."""
        return Scenario(
            self.name,
            self.path,
            self.method,
            self.headers + tuple(extra.items()),
            self.body,
            self.expect,
        )


@dataclass
class Server:
    """A server process started by the benchmark, and the figures measured on it."""

    name: str
    command: list[str]
    port: int
    ready_path: str = "/"
    env: Mapping[str, str] | None = None
    cwd: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    cells: dict[tuple[str, int], list[tuple[float, float, float, float]]] = field(
        default_factory=dict
    )

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        """Spawn and wait until ``ready_path`` answers at all."""
        self.process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**os.environ, **(self.env or {})},  # noqa: TID251 - child process environment
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            try:
                httpx.get(self.base_url + self.ready_path, timeout=1)
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
        pids = [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        if children.exists():
            pids += [int(p) for p in children.read_text().split()]
        total = 0.0
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def median(self, key: tuple[str, int], index: int) -> float:
        """Median over rounds of figure ``index`` (0 rps, 1 p50 ms, 2 p99 ms, 3 CPU us/req)."""
        return statistics.median(values[index] for values in self.cells[key])


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def lua_script(scenario: Scenario, directory: Path) -> Path:
    """A wrk script setting the method, headers and body of ``scenario``."""
    lines = [f'wrk.method = "{scenario.method}"']
    lines += [f'wrk.headers["{k}"] = "{v}"' for k, v in scenario.headers]
    if scenario.body is not None:
        lines.append(
            f'local f = io.open("{scenario.body}", "rb"); wrk.body = f:read("*a"); f:close()'
        )
    path = directory / f"{re.sub(r'[^a-z0-9]+', '_', scenario.name.lower())}.lua"
    path.write_text("\n".join(lines) + "\n")
    return path


def _ms(text: str) -> float:
    found = re.match(r"([\d.]+)(\w+)", text)
    assert found is not None, text
    return float(found.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]


def run_wrk(
    url: str, script: Path, connections: int, seconds: int
) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, non-2xx/3xx count) of one wrk run."""
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
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s*50%\s+(\S+)\s*$", out, re.M)
    p99 = re.search(r"^\s*99%\s+(\S+)\s*$", out, re.M)
    assert rps and p50 and p99, out
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (
        float(rps.group(1)),
        _ms(p50.group(1)),
        _ms(p99.group(1)),
        int(bad.group(1)) if bad else 0,
    )


def check(server: Server, scenario: Scenario) -> bytes:
    """One request of ``scenario``; raises unless its status is the expected one."""
    response = httpx.request(
        scenario.method,
        server.base_url + scenario.path,
        headers=dict(scenario.headers),
        content=scenario.body.read_bytes() if scenario.body else None,
        timeout=10,
    )
    if response.status_code != scenario.expect:
        raise RuntimeError(
            f"{server.name} {scenario.name}: {response.status_code} {response.text[:300]}"
        )
    return response.content


def measure(
    servers: Sequence[Server],
    scenarios: Mapping[str, Sequence[Scenario]],
    connections: Sequence[int],
    rounds: int,
    seconds: int,
    work: Path,
    log: TextIO | None = None,
) -> None:
    """Interleaved rounds over every (scenario, connections) cell; fills each ``server.cells``.

    ``scenarios`` maps a server name to its own variant of each scenario (same names, e.g.
    with that server's credentials), so every server answers the same logical requests.
    """
    scripts: dict[tuple[str, str], Path] = {}
    for server in servers:
        directory = work / re.sub(r"[^A-Za-z0-9]+", "_", server.name)
        directory.mkdir(parents=True, exist_ok=True)
        for scenario in scenarios[server.name]:
            scripts[server.name, scenario.name] = lua_script(scenario, directory)
    for server in servers:
        for scenario in scenarios[server.name]:
            check(server, scenario)
            run_wrk(server.base_url + scenario.path, scripts[server.name, scenario.name], 8, 2)
    names = [s.name for s in scenarios[servers[0].name]]
    for round_index in range(rounds):
        shift = round_index % len(servers)
        order = [*servers[shift:], *servers[:shift]]
        for name in names:
            for conns in connections:
                for server in order:
                    (scenario,) = [s for s in scenarios[server.name] if s.name == name]
                    before = server.cpu_seconds()
                    rps, p50, p99, bad = run_wrk(
                        server.base_url + scenario.path,
                        scripts[server.name, name],
                        conns,
                        seconds,
                    )
                    cpu = (server.cpu_seconds() - before) / max(rps * seconds, 1) * 1e6
                    server.cells.setdefault((name, conns), []).append((rps, p50, p99, cpu))
                    note = f" ({bad} non-2xx)" if bad else ""
                    print(
                        f"round {round_index + 1} {server.name:22} {name:22} c{conns}: "
                        f"{rps:8.0f} req/s p50 {p50:6.1f} ms p99 {p99:7.1f} ms "
                        f"cpu {cpu:6.0f} us/req{note}",
                        file=log or sys.stderr,
                        flush=True,
                    )
