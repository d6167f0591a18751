"""Contract tests run Schemathesis in-process over ASGI; see harness.py."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # Import-time deprecations inside connexion 3.3 (see tests/server/conftest.py).
    warnings.simplefilter("ignore")
    import connexion  # noqa: F401


import pytest

from tests.contract import harness


@pytest.fixture(scope="session", autouse=True)
def _close_server():
    yield
    harness.close()
