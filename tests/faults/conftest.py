"""Fault tests: real server processes on PostgreSQL, killed with SIGKILL mid-load."""

from __future__ import annotations

import pytest


@pytest.fixture
def pg(databases):
    """Fresh freight and payment database URLs on PostgreSQL."""
    return databases.new_url("postgresql", "freight"), databases.new_url("postgresql", "payment")
