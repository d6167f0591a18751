"""Contract tests of cs-cross-domain: Schemathesis over the in-process server (see harness.py)."""

from __future__ import annotations

from tests.contract.harness import contract_suite

test_operations, test_stateful, test_pending = contract_suite("cs-cross-domain")
