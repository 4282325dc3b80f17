"""The system under test: freight and pay as real server processes on loopback, on fresh
databases, plus what the bench reads from /proc about them (CPU time, peak RSS).

Everything started here is registered for cleanup twice over - the `running_stack`
context manager's finally and an atexit hook - so an interrupted bench leaves no server
process and no PostgreSQL database behind.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import resource
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.load import LoadGenerator
from tests.support.databases import PG_ADMIN_URL, DatabaseFactory
from tests.support.servers import ServerProcess, free_port, start_process, wait_serving

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# ---------------------------------------------------------------- /proc


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    # After "pid (comm)": state is field 0, utime field 11, stime field 12 (man 5 proc).
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident set size (VmHWM), MiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for pid {pid}")


def rss_mib(pid: int) -> float:
    """The process's current resident set size (VmRSS), MiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------- cleanup registry


class _Cleanup:
    """Processes and database factories still to be stopped/dropped, for atexit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._actions: dict[int, Callable[[], None]] = {}
        self._keys = itertools.count(1)
        atexit.register(self.run_all)

    def add(self, action: Callable[[], None]) -> int:
        with self._lock:
            key = next(self._keys)
            self._actions[key] = action
            return key

    def done(self, key: int) -> None:
        with self._lock:
            self._actions.pop(key, None)

    def run_all(self) -> None:
        with self._lock:
            actions = list(self._actions.values())[::-1]
            self._actions.clear()
        for action in actions:
            with contextlib.suppress(Exception):
                action()


CLEANUP = _Cleanup()


# ---------------------------------------------------------------- the stack


@dataclass
class Stack:
    backend: str
    freight: ServerProcess
    pay: ServerProcess
    freight_url: str
    pay_url: str
    log_dir: Path | None = None
    channels: list[grpc.Channel] = field(default_factory=list)
    generators: list[LoadGenerator] = field(default_factory=list)

    def load_generator(self) -> LoadGenerator:
        """The stack's grpc.aio load generator process (started on first use, stopped with the stack)."""
        if not self.generators:
            log_path = self.log_dir / f"loadgen_{self.freight.port}.log" if self.log_dir is not None else None
            self.generators.append(LoadGenerator(freight=self.freight.address, pay=self.pay.address, log_path=log_path))
        return self.generators[0]

    def _channel(self, address: str) -> grpc.Channel:
        # One channel (one HTTP/2 connection) per stub, as a service client would have.
        channel = grpc.insecure_channel(address)
        self.channels.append(channel)
        return channel

    def freight_stub(self) -> freight_pb2_grpc.FreightServiceStub:
        return freight_pb2_grpc.FreightServiceStub(self._channel(self.freight.address))

    def payment_stub(self) -> payment_pb2_grpc.PaymentServiceStub:
        return payment_pb2_grpc.PaymentServiceStub(self._channel(self.pay.address))

    def database_backend_pids(self) -> list[int]:
        """PostgreSQL backends serving the two services' databases (empty on SQLite,
        where the database runs inside the server processes)."""
        if self.backend != "postgresql":
            return []
        names = [make_url(self.freight_url).database, make_url(self.pay_url).database]
        engine = create_engine(PG_ADMIN_URL)
        try:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = ANY(:names)"), {"names": names})
                return [row.pid for row in rows]
        finally:
            engine.dispose()

    def cpu_snapshot(self) -> dict[str, float | dict[int, float]]:
        return {
            "freight": cpu_seconds(self.freight.process.pid),
            "pay": cpu_seconds(self.pay.process.pid),
            "database": {pid: cpu_seconds(pid) for pid in self.database_backend_pids()},
            # The load generator process, plus this one: it seeds outside the measured window,
            # but drives the batch backfill loaders itself.
            "client": own_cpu_seconds() + sum(cpu_seconds(generator.pid) for generator in self.generators),
        }

    def peak_rss_mib(self) -> dict[str, float]:
        return {"freight": peak_rss_mib(self.freight.process.pid), "pay": peak_rss_mib(self.pay.process.pid)}


def cpu_delta(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds used between two snapshots, per process group. A database backend
    that appeared in between counts from zero (it was born during the interval)."""
    database = sum(seconds - before["database"].get(pid, 0.0) for pid, seconds in after["database"].items())
    return {
        "freight": after["freight"] - before["freight"],
        "pay": after["pay"] - before["pay"],
        "database": database,
        "client": after["client"] - before["client"],
    }


class Workspace:
    """A temporary folder for SQLite files and server logs, and the databases made for
    each stack (copies of one migrated template per backend and service); `drop()` removes
    a stack's databases as soon as it is done, `close()` everything."""

    def __init__(self, keep: bool = False):
        self.path = Path(tempfile.mkdtemp(prefix="chainbridge-bench-"))
        self.keep = keep
        self.factory = DatabaseFactory(self.path)
        self._cleanup_key = CLEANUP.add(self.close)

    def new_databases(self, backend: str) -> tuple[str, str]:
        return self.factory.new_url(backend, "freight"), self.factory.new_url(backend, "payment")

    def drop(self, *urls: str) -> None:
        for url in urls:
            parsed = make_url(url)
            if parsed.get_backend_name() == "sqlite":
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
                continue
            engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            finally:
                engine.dispose()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.factory.drop_all()  # every database it made, templates included
        if not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)
        CLEANUP.done(self._cleanup_key)


def _stop(servers: list[ServerProcess]) -> None:
    for server in servers:
        with contextlib.suppress(Exception):
            server.terminate(timeout=15)
        with contextlib.suppress(Exception):
            server.kill()


@contextlib.contextmanager
def running_stack(
    workspace: Workspace,
    backend: str,
    *,
    prepare: Callable[[str, str], None] | None = None,
    server_args: list[str] | None = None,
    pay_args: list[str] | None = None,
) -> Iterator[Stack]:
    """Fresh migrated databases for both services, `prepare(freight_url, pay_url)` (seed
    them), then both servers as processes with their default settings (plus `server_args`
    for both, `pay_args` for pay). On exit: servers stopped (SIGTERM, then SIGKILL),
    databases dropped."""
    servers: list[ServerProcess] = []
    stack: Stack | None = None
    cleanup_key = CLEANUP.add(lambda: _stop(servers))
    freight_url, pay_url = workspace.new_databases(backend)
    try:
        if prepare is not None:
            prepare(freight_url, pay_url)
        freight_port, pay_port = free_port(), free_port()
        servers.append(
            start_process(
                "pay_server",
                port=pay_port,
                db_url=pay_url,
                peer_addr=f"127.0.0.1:{freight_port}",
                log_dir=workspace.path,
                extra=[*(server_args or []), *(pay_args or [])],
            )
        )
        servers.append(
            start_process(
                "freight_server",
                port=freight_port,
                db_url=freight_url,
                peer_addr=f"127.0.0.1:{pay_port}",
                log_dir=workspace.path,
                extra=server_args,
            )
        )
        pay, freight = servers
        stack = Stack(backend, freight, pay, freight_url, pay_url, log_dir=workspace.path)
        wait_serving(pay)
        wait_serving(freight)
        yield stack
    finally:
        if stack is not None:
            for generator in stack.generators:
                with contextlib.suppress(Exception):
                    generator.close()
            for channel in stack.channels:
                channel.close()
        _stop(servers)
        CLEANUP.done(cleanup_key)
        if not workspace.keep:
            with contextlib.suppress(Exception):
                workspace.drop(freight_url, pay_url)
