"""Benchmarks run by hand (``tox -e bench``), not by the test suite."""
