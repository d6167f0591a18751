"""Benchmarks: run by hand or with ``tox -e bench``; never timed in the test suite."""
