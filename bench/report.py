"""The markdown tables every benchmark prints: figures per server, then the goal ratios."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.loadgen import Scenario, Server

#: Index of each figure in a measured cell (see ``Server.median``).
RPS, P50, P99, CPU = 0, 1, 2, 3


@dataclass(frozen=True)
class Ratio:
    """One column of the ratio table: ``ours``' figure ``index`` over ``other``'s."""

    header: str
    ours: Server
    other: Server
    index: int = RPS
    #: Printed after the ratio, e.g. the goal it is held against.
    suffix: str = ""

    def value(self, key: tuple[str, int]) -> float:
        """The ratio of the medians for one (scenario, connections) cell."""
        return self.ours.median(key, self.index) / self.other.median(key, self.index)


def report(
    servers: Sequence[Server],
    scenarios: Sequence[Scenario],
    connections: Sequence[int],
    *,
    rps_header: str,
    latencies: Sequence[tuple[str, int]],
    ratios: Sequence[Ratio],
) -> None:
    """Print the figures of every server (req/s, ``latencies`` in ms, CPU) and the ``ratios``."""
    headers = ["scenario", "conns", "server", f"{rps_header} [min-max]"]
    headers += [header for header, _ in latencies] + ["CPU us/req"]
    _print_header(headers)
    for scenario in scenarios:
        for conns in connections:
            key = (scenario.name, conns)
            for server in servers:
                rps = [cell[RPS] for cell in server.cells[key]]
                latency = "".join(f"{server.median(key, index):.1f} | " for _, index in latencies)
                print(
                    f"| {scenario.name} | {conns} | {server.name} | {server.median(key, RPS):.0f} "
                    f"[{min(rps):.0f}-{max(rps):.0f}] | {latency}"
                    f"{server.median(key, CPU):.0f} |"
                )
    print()
    _print_header(["scenario", "conns", *(ratio.header for ratio in ratios)])
    for scenario in scenarios:
        for conns in connections:
            key = (scenario.name, conns)
            cells = "".join(f"| {ratio.value(key):.2f}x{ratio.suffix} " for ratio in ratios)
            print(f"| {scenario.name} | {conns} {cells}|")


def _print_header(headers: Sequence[str]) -> None:
    print("| " + " | ".join(headers) + " |")
    print("|" + "---|" * len(headers))
