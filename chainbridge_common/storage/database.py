"""Database engines and transactions, identical for SQLite (embedded default) and
PostgreSQL (production).

`Database.write(work)` runs `work` in one transaction, committed when it returns and
rolled back when it raises, and re-runs it from the start when the database reports a
transient conflict (PostgreSQL deadlock or serialization failure, SQLite busy). `work`
must therefore be safe to re-run: database work and pure computation only. A unique
constraint violation leaves as `UniqueViolation`, so the service layer can handle a race
without knowing SQL. There are no ambient transactions: a write inside another write is
a second transaction, so code that must be atomic shares one unit of work explicitly.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from chainbridge_common.application.unit_of_work import UniqueViolation
from chainbridge_common.errors import DependencyUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")

_TRANSIENT_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_MAX_ATTEMPTS = 8


def is_unique_violation(error: IntegrityError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate == "23505"
    return "UNIQUE constraint failed" in str(error.orig)


def _constraint_name(error: IntegrityError) -> str:
    diag = getattr(error.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if name:
        return str(name)
    message = str(error.orig)  # SQLite: "UNIQUE constraint failed: table.column, ..."
    return message.split(":", 1)[1].strip() if ":" in message else ""


def _is_transient(error: DBAPIError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _TRANSIENT_SQLSTATES:
        return True
    message = str(error.orig).lower()
    return "database is locked" in message or "database is busy" in message


class Database:
    """One service's database: an engine plus transaction helpers."""

    def __init__(self, url: str, *, pool_size: int = 8, echo: bool = False):
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        # SQLite has one writer at a time. Writers of this process queue here, in order,
        # instead of in SQLite's busy handler, which sleeps in growing steps: with 8
        # concurrent ProcessShipmentEvent callers that made p99 335 ms against a 5.6 ms
        # p50 (scripts/bench, process section). Other processes still meet busy_timeout.
        self._write_lock: threading.Lock | contextlib.nullcontext = contextlib.nullcontext()
        if self.dialect == "sqlite":
            self._write_lock = threading.Lock()
            self.engine = _sqlite_engine(url, echo=echo)
        elif self.dialect == "postgresql":
            self.engine = create_engine(
                url,
                echo=echo,
                pool_size=pool_size,
                max_overflow=pool_size,
                # No pre-ping round trip per checkout: a connection broken by a database restart
                # fails its next statement (UNAVAILABLE, retryable) and the pool drops it.
                pool_recycle=1800,
                # psycopg 3 prepares statements the server sees repeatedly; our hot path is
                # a handful of statements, so they stay prepared for the connection's life.
                # A wedged lock or query must not pin a worker thread forever: the call fails
                # (UNAVAILABLE, retryable) and the thread goes back to serving.
                connect_args={"prepare_threshold": 2, "connect_timeout": 5, "options": "-c statement_timeout=30000 -c lock_timeout=15000"},
            )
            # Multi-row INSERTs without RETURNING (ledger entries, audit rows) as one
            # multi-VALUES statement: one round trip, where psycopg's executemany enters
            # pipeline mode with a sync per call - costly for the few rows of one event.
            self.engine.dialect.use_insertmanyvalues_wo_returning = True
        else:
            raise ValueError(f"unsupported database {self.dialect!r}: use sqlite:/// or postgresql+psycopg://")

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one write transaction, retrying transient conflicts."""
        for attempt in range(1, _MAX_ATTEMPTS + 1):
            try:
                with self._write_lock, self.engine.begin() as conn:
                    result = work(conn)
            except IntegrityError as error:
                if is_unique_violation(error):
                    raise UniqueViolation(_constraint_name(error), str(error.orig)) from error
                raise
            except DBAPIError as error:
                if _is_transient(error) and attempt < _MAX_ATTEMPTS:
                    log.info("transient database conflict, retrying (attempt %d): %s", attempt, error.orig)
                    time.sleep(min(0.002 * 2**attempt, 0.2))
                    continue
                if isinstance(error, OperationalError):
                    raise _unavailable(error) from error
                raise
            return result
        raise AssertionError("unreachable")

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run `work` as a read: a deferred BEGIN on SQLite; on PostgreSQL statements in
        autocommit. Each PostgreSQL statement then sees what committed before it began -
        exactly what it would see in the READ COMMITTED transaction it used to run in -
        without the BEGIN and COMMIT round trips (a WatchSettlements stream reads once per
        commit)."""
        try:
            if self.dialect == "postgresql":
                with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    return work(conn)
            with self.engine.connect().execution_options(chainbridge_read_only=True) as conn:
                with conn.begin():
                    return work(conn)
        except OperationalError as error:
            raise _unavailable(error) from error

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def ping(self) -> bool:
        """True when the database answers a trivial query (used by health checks)."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not healthy"
            return False

    def dispose(self) -> None:
        self.engine.dispose()


def _unavailable(error: OperationalError) -> DependencyUnavailable:
    log.warning("database unavailable: %s", error.orig)
    return DependencyUnavailable("the database is unavailable; retry later", reason="DATABASE_UNAVAILABLE")


def _sqlite_engine(url: str, *, echo: bool) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo, pool_size=8, max_overflow=8, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; safe with WAL
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front: a deferred transaction that reads and then
        # writes can fail with SQLITE_BUSY on the upgrade, which busy_timeout cannot help.
        if conn.get_execution_options().get("chainbridge_read_only"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
