"""``apikit test`` against a running server: passes on a conforming API, reproduces failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.conftest import SPECS
from tests.server.test_serve_process import (
    ROOT,
    create_client,
    environment,
    free_port,
    running_server,
)

SCOPES = {
    "cs-integration": "customers.read,customers.write",
    "event-platform": "events.read,events.write",
}


def apikit_test(
    data_dir: Path, base: str, api: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    client_id, secret = create_client(data_dir, SCOPES[api])
    command = [sys.executable, "-m", "apikit", "test", "--specs-dir", str(SPECS), "--api", api]
    command += ["--url", base, "--client-id", client_id, "--client-secret", secret]
    return subprocess.run(
        [*command, "--max-examples", "2", *extra],
        cwd=ROOT,
        env=environment(data_dir),
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_conforming_api_passes_and_writes_junit(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    junit = tmp_path / "report.xml"
    with running_server(data_dir, free_port()) as base:
        result = apikit_test(data_dir, base, "cs-integration", "--junit", str(junit))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<testsuite" in junit.read_text()


@pytest.mark.slow
def test_failures_come_with_curl_and_seed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with running_server(data_dir, free_port()) as base:
        # The small event-platform spec has no handlers: every success answer is a 501.
        result = apikit_test(data_dir, base, "event-platform")
    assert result.returncode != 0
    assert "curl -X" in result.stdout
    assert "Seed:" in result.stdout
