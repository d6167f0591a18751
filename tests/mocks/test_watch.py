"""--watch: editing the spec or a file it references reloads without a restart."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import yaml


def _write(path: Path, value: str) -> None:
    path.write_text(yaml.safe_dump({"Greeting": {"type": "string", "example": value}}))


def _wait_for(client, url: str, expected: str) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if client.get(url).json() == expected:
            return True
        time.sleep(0.1)
    return False


def test_referenced_file_change_reloads(mock_process, tmp_path: Path) -> None:
    schemas = tmp_path / "schemas.yaml"
    _write(schemas, "hello")
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "w", "version": "1"},
        "paths": {
            "/greeting": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "schemas.yaml#/Greeting"}}
                            },
                        }
                    }
                }
            }
        },
    }
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    mock = mock_process(tmp_path / "spec.yaml", "--watch")
    assert mock.client.get("/greeting").json() == "hello"
    _write(schemas, "bonjour")
    assert _wait_for(mock.client, "/greeting", "bonjour")
    (tmp_path / "schemas.yaml").write_text("Greeting: [unclosed")  # a broken save
    time.sleep(1.5)
    assert mock.client.get("/greeting").json() == "bonjour"  # still serving the last good one
    _write(schemas, "hola")
    assert _wait_for(mock.client, "/greeting", "hola")


def test_reload_does_not_drop_requests_in_flight(mock_process, tmp_path: Path) -> None:
    schemas = tmp_path / "schemas.yaml"
    _write(schemas, "old")
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "w", "version": "1"},
        "paths": {
            "/greeting": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "schemas.yaml#/Greeting"}}
                            },
                        }
                    }
                }
            }
        },
    }
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    mock = mock_process(tmp_path / "spec.yaml", "--watch")
    results: list[httpx.Response] = []
    slow = threading.Thread(
        target=lambda: results.append(
            mock.client.get("/greeting", headers={"Prefer": "delay=2500"})
        )
    )
    slow.start()
    time.sleep(0.5)
    _write(schemas, "new")
    assert _wait_for(mock.client, "/greeting", "new")
    slow.join()
    assert results[0].status_code == 200 and results[0].json() == "old"
