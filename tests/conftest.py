"""Shared fixtures: fresh databases on both backends, servers on loopback."""

from __future__ import annotations

import os

# Before grpc is imported: grpc core reads it once, at start-up.
os.environ.setdefault("GRPC_VERBOSITY", "ERROR")

from concurrent import futures

import grpc
import pytest

from chainbridge_common.runtime.server import AllowEveryone, RpcPipeline
from tests.support.databases import DatabaseFactory
from tests.support.servers import free_port, start_stack

BACKENDS = ["sqlite", "postgresql"]


def pytest_addoption(parser):
    parser.addoption(
        "--fast",
        action="store_true",
        help="the inner loop (scripts/test --fast): SQLite only - no PostgreSQL, no server processes, no slow tests",
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--fast"):
        return
    kept, dropped = [], []
    for item in items:
        on_postgresql = getattr(item, "callspec", None) is not None and item.callspec.params.get("backend") == "postgresql"
        needs_more = any(item.get_closest_marker(name) for name in ("postgresql", "e2e", "slow"))
        (dropped if on_postgresql or needs_more else kept).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    factory = DatabaseFactory(tmp_path_factory.mktemp("databases"))
    yield factory
    factory.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def stack(databases, backend):
    """Freight and pay in-process on loopback, on fresh databases of `backend`."""
    started = start_stack(databases.new_url(backend, "freight"), databases.new_url(backend, "payment"))
    yield started
    started.stop()


# ---------------------------------------------------------------- pytest-grpc
# pytest-grpc builds its own grpc.server; these overrides give it a free port it does
# not leave a socket open on, SO_REUSEPORT off, and our RPC pipeline (error mapping),
# so servicer tests see exactly the statuses the real servers send.


@pytest.fixture(scope="module")
def grpc_addr():
    return f"127.0.0.1:{free_port()}"


@pytest.fixture(scope="module")
def grpc_error_domain():
    return "test.chainbridge.io"


@pytest.fixture(scope="module")
def _grpc_server(request, grpc_addr, grpc_error_domain):
    pool = futures.ThreadPoolExecutor(max_workers=4)
    server = grpc.server(
        pool,
        interceptors=[RpcPipeline(grpc_error_domain, AllowEveryone())],
        options=[("grpc.so_reuseport", 0)],
    )
    yield server
    pool.shutdown(wait=False)
