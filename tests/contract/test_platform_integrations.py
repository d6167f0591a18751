"""Contract tests of platform-integrations: Schemathesis over the in-process server."""

from __future__ import annotations

from tests.contract.harness import contract_suite

test_operations, test_stateful, test_pending = contract_suite("platform-integrations")
