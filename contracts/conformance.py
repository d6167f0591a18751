"""How the servers of these specs are contract-tested with Schemathesis: one policy, two runners.

The same check policy serves the in-process pytest suite (``tests/contract``) and
``apikit test`` against any running implementation. Every deviation from Schemathesis's
defaults is listed in :data:`POLICY` with the reason for it.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Schemathesis configuration (the structure of ``schemathesis.toml``) shared by both runners.
POLICY: dict[str, Any] = {
    "checks": {
        "positive_data_acceptance": {
            # Schema-valid requests may still be refused by stored state: an `If-Match` the
            # generator invents never matches a stored ETag (412), a business rule on
            # well-formed data (422), a simulated platform that is unreachable for a sandbox
            # credential (424, platform-integrations). All are documented responses.
            "expected-statuses": [
                "2xx",
                "3xx",
                "401",
                "403",
                "404",
                "409",
                "412",
                "422",
                "424",
                "429",
            ],
        },
    },
    "phases": {"stateful": {"max-steps": 6}},
}

DEFAULT_MAX_EXAMPLES = 15


def policy(max_examples: int = DEFAULT_MAX_EXAMPLES, seed: int | None = None) -> dict[str, Any]:
    """:data:`POLICY` with a fuzzing budget (and a seed, for reproducible runs)."""
    config = copy.deepcopy(POLICY)
    config["generation"] = {"max-examples": max_examples}
    if seed is not None:
        config["seed"] = seed
    return config


def to_toml(config: dict[str, Any]) -> str:
    """Render a policy dict as TOML (two levels of tables, enough for :data:`POLICY`)."""
    lines: list[str] = []
    scalars = {k: v for k, v in config.items() if not isinstance(v, dict)}
    for key, value in scalars.items():
        lines.append(f"{key} = {_toml_value(value)}")
    for section, body in config.items():
        if not isinstance(body, dict):
            continue
        flat = {k: v for k, v in body.items() if not isinstance(v, dict)}
        if flat:
            lines.append(f"[{section}]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in flat.items())
        for name, sub in body.items():
            if isinstance(sub, dict):
                lines.append(f"[{section}.{name}]")
                lines.extend(f"{k} = {_toml_value(v)}" for k, v in sub.items())
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class RemoteRun:
    """One Schemathesis CLI run against a live server."""

    schema: str
    base_url: str
    headers: dict[str, str] = field(default_factory=dict)
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    junit: Path | None = None
    workers: int = 1

    def command(self, config_file: Path) -> list[str]:
        """The ``schemathesis run`` command line (also printed, so a failure can be rerun)."""
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config_file),
            "run",
            self.schema,
            "--url",
            self.base_url,
            "--checks",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--mode",
            "all",
            "--workers",
            str(self.workers),
            "--no-color",
        ]
        for name, value in self.headers.items():
            command += ["-H", f"{name}: {value}"]
        if self.junit is not None:
            command += ["--report", "junit", "--report-junit-path", str(self.junit)]
        return command

    def run(self) -> int:
        """Run it, streaming Schemathesis's report (curl reproductions and seed included)."""
        with tempfile.TemporaryDirectory() as scratch:
            config_file = Path(scratch) / "schemathesis.toml"
            config_file.write_text(to_toml(policy(self.max_examples, self.seed)))
            return subprocess.call(self.command(config_file), cwd=scratch)


def spec_base_path(spec: dict[str, Any]) -> str:
    """The path of the spec's first server URL (``/api/v1``), '' when it has none."""
    servers = spec.get("servers") or [{}]
    url = str(servers[0].get("url", ""))
    if "://" in url:
        url = "/" + url.split("://", 1)[1].partition("/")[2]
    return url.rstrip("/")


def fetch_token(host: str, client_id: str, client_secret: str, scope: str | None = None) -> str:
    """An access token from ``<host>/auth/token`` (client credentials, ``client_secret_basic``)."""
    import httpx

    form = {"grant_type": "client_credentials"}
    if scope:
        form["scope"] = scope
    response = httpx.post(
        host.rstrip("/") + "/auth/token", data=form, auth=(client_id, client_secret), timeout=30
    )
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token
