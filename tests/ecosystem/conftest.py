"""Clients in other languages run against both servers as real processes."""

from tests.e2e.conftest import processes  # noqa: F401  (the end-to-end real-process fixture, reused)
