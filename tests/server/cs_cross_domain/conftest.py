"""Fixtures: the server over the real cs-cross-domain spec, and a fully scoped client."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from server.settings import DEFAULT_SPECS_DIR, Settings
from tests.server.conftest import Api, database_url

BASE = "/v1/cs-integrations"
READ_WRITE = [
    f"cs-{domain}.{access}"
    for domain in ("marketing", "sales", "product", "finance", "operations")
    for access in ("read", "write")
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The shipped specs (not the server's small test specs), rate limits off."""
    return Settings(
        data_dir=tmp_path / "data",
        specs_dir=DEFAULT_SPECS_DIR,
        database_url=database_url(),
        rate_limits_enabled=False,
    )


@pytest.fixture
def headers(api: Api) -> dict[str, str]:
    """A bearer token with every cs-cross-domain scope."""
    return api.bearer(READ_WRITE)


def unique(prefix: str) -> str:
    """An identifier no other test uses (tests may share one PostgreSQL database)."""
    return prefix + uuid.uuid4().hex[:12]
