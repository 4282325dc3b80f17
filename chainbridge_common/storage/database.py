"""Database engines and transactions, identical for SQLite (embedded default) and
PostgreSQL (production).

`Database.write(work)` runs `work` in one transaction, committed when it returns and
rolled back when it raises, and re-runs it from the start when the database reports a
transient conflict (PostgreSQL deadlock or serialization failure, SQLite busy). `work`
must therefore be safe to re-run: database work and pure computation only. A unique
constraint violation leaves as `UniqueViolation`, so the service layer can handle a race
without knowing SQL. There are no ambient transactions: a write inside another write is
a second transaction, so code that must be atomic shares one unit of work explicitly.

A database that cannot be reached - down, restarting, or failing over to its standby
(README, "High availability") - raises DependencyUnavailable (gRPC UNAVAILABLE, which
callers retry), never a raw driver error. Reads that tolerate lag may go to a second,
read-only URL (`read(..., lag_tolerant=True)`).
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
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from chainbridge_common.application.unit_of_work import UniqueViolation
from chainbridge_common.errors import DependencyUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")

_TRANSIENT_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_MAX_ATTEMPTS = 8

# What a failover shows a connection that was fine a moment ago: the server going away
# (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08
# connection exceptions) or a node demoted to a read-only standby under it (25006
# read_only_sql_transaction). The connection is then useless, and - the primary having
# moved - so is every other one in the pool.
_FAILOVER_SQLSTATES = frozenset({"25006", "57P01", "57P02", "57P03"})
# After the read replica failed, reads that tolerate lag use the primary for this long
# before trying the replica again, instead of paying a connection timeout on every read.
_REPLICA_RETRY_SECONDS = 5.0


def is_unique_violation(error: IntegrityError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate == "23505"
    return "UNIQUE constraint failed" in str(error.orig)


def _is_failover(dbapi_error: BaseException | None) -> bool:
    sqlstate = getattr(dbapi_error, "sqlstate", None)
    return sqlstate is not None and (sqlstate in _FAILOVER_SQLSTATES or sqlstate.startswith("08"))


def is_unavailable(error: DBAPIError) -> bool:
    """True when `error` means the database cannot serve this call now (unreachable, broken
    connection, failing over, statement or lock timeout) - a retryable condition, unlike a
    constraint violation or a bug in a statement."""
    return error.connection_invalidated or isinstance(error, OperationalError) or _is_failover(error.orig)


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

    def __init__(self, url: str, *, read_url: str | None = None, pool_size: int = 8, echo: bool = False):
        """`read_url`, PostgreSQL only: where reads marked lag-tolerant go (a standby, or a
        multi-host URL with target_session_attrs=prefer-standby); the primary when unset."""
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        # Called (without arguments) whenever a call finds the database unavailable, so the
        # server re-checks its health now rather than at its next interval.
        self.on_unavailable: Callable[[], None] | None = None
        # SQLite has one writer at a time. Writers of this process queue here, in order,
        # instead of in SQLite's busy handler, which sleeps in growing steps: with 8
        # concurrent ProcessShipmentEvent callers that made p99 335 ms against a 5.6 ms
        # p50 (scripts/bench, process section). Other processes still meet busy_timeout.
        self._write_lock: threading.Lock | contextlib.nullcontext[None] = contextlib.nullcontext()
        self._replica: Engine | None = None
        self._replica_retry_at = 0.0
        if self.dialect == "sqlite":
            if read_url:
                raise ValueError("a read URL needs PostgreSQL: SQLite has no replicas")
            self._write_lock = threading.Lock()
            self.engine = _sqlite_engine(url, echo=echo)
        elif self.dialect == "postgresql":
            self.engine = _postgresql_engine(url, pool_size=pool_size, echo=echo)
            if read_url:
                if make_url(read_url).get_backend_name() != "postgresql":
                    raise ValueError("the read URL must be a PostgreSQL URL too")
                self._replica = _postgresql_engine(read_url, pool_size=pool_size, echo=echo)
        else:
            raise ValueError(f"unsupported database {self.dialect!r}: use sqlite:/// or postgresql+psycopg://")

    def write(self, work: Callable[[Connection], T], *, single_statement: bool = False) -> T:
        """Run `work` in one write transaction, retrying transient conflicts.

        `single_statement`: `work` issues exactly one statement, atomic on its own. On
        PostgreSQL it then runs in autocommit - no BEGIN and COMMIT round trips - which the
        outbox's bookkeeping (claim, mark delivered, mark failed) does once per batch."""
        for attempt in range(1, _MAX_ATTEMPTS + 1):
            try:
                if single_statement and self.dialect == "postgresql":
                    with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                        result = work(conn)
                else:
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
                # Not retried here: a connection lost during COMMIT leaves its outcome
                # unknown, so only the caller, replaying its request id, may try again.
                if is_unavailable(error):
                    raise self._unavailable(error) from error
                raise
            return result
        raise AssertionError("unreachable")

    def read(self, work: Callable[[Connection], T], *, lag_tolerant: bool = False) -> T:
        """Run `work` as a read: a deferred BEGIN on SQLite; on PostgreSQL statements in
        autocommit. Each PostgreSQL statement then sees what committed before it began -
        exactly what it would see in the READ COMMITTED transaction it used to run in -
        without the BEGIN and COMMIT round trips (a WatchSettlements stream reads once per
        commit).

        `lag_tolerant` reads (lists, audit, history: never a read that a write decides on)
        go to the read URL when there is one, and to the primary while it is unreachable."""
        if lag_tolerant and self._replica is not None and time.monotonic() >= self._replica_retry_at:
            try:
                return self._autocommit_read(self._replica, work)
            except DBAPIError as error:
                # Unreachable, or a query cancelled by a conflict with WAL replay (40001 on a
                # standby): the primary answers instead.
                if not (is_unavailable(error) or _is_transient(error)):
                    raise
                log.warning("read replica unavailable, reading from the primary for %.0f s: %s", _REPLICA_RETRY_SECONDS, error.orig)
                self._replica_retry_at = time.monotonic() + _REPLICA_RETRY_SECONDS
        try:
            if self.dialect == "postgresql":
                return self._autocommit_read(self.engine, work)
            with self.engine.connect().execution_options(chainbridge_read_only=True) as conn:
                with conn.begin():
                    return work(conn)
        except DBAPIError as error:
            if is_unavailable(error):
                raise self._unavailable(error) from error
            raise

    @staticmethod
    def _autocommit_read(engine: Engine, work: Callable[[Connection], T]) -> T:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            return work(conn)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def ping(self) -> bool:
        """True when the database answers a trivial query (used by health checks); on
        PostgreSQL, when it answers as a primary, able to take writes."""
        # A second attempt only after a broken pooled connection: the failure invalidated
        # the pool, so the retry connects afresh (to the new primary, after a failover).
        for _ in range(2):
            try:
                with self.engine.connect() as conn:
                    if self.dialect != "postgresql":
                        conn.execute(text("SELECT 1"))
                        return True
                    if not conn.execute(text("SELECT pg_is_in_recovery()")).scalar():
                        return True
                    # A standby behind a pooled connection: its node was demoted. Drop them all.
                    conn.invalidate()
                    self.engine.dispose()
                    return False
            except DBAPIError as error:
                if not error.connection_invalidated:
                    return False
            except Exception:  # noqa: BLE001 - any failure means "not healthy"
                return False
        return False

    def dispose(self) -> None:
        self.engine.dispose()
        if self._replica is not None:
            self._replica.dispose()

    def _unavailable(self, error: DBAPIError) -> DependencyUnavailable:
        log.warning("database unavailable: %s", error.orig)
        if self.on_unavailable is not None:
            self.on_unavailable()
        return DependencyUnavailable("the database is unavailable; retry later", reason="DATABASE_UNAVAILABLE")


def _postgresql_engine(url: str, *, pool_size: int, echo: bool) -> Engine:
    engine = create_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=pool_size,
        # No pre-ping round trip per checkout: a connection broken by a restart or a failover
        # fails its next statement (UNAVAILABLE, retryable) and the pool is invalidated
        # (_failover_is_disconnect), so the next checkouts connect afresh.
        pool_recycle=1800,
        # psycopg 3 prepares statements the server sees repeatedly; our hot path is
        # a handful of statements, so they stay prepared for the connection's life.
        # A wedged lock or query must not pin a worker thread forever: the call fails
        # (UNAVAILABLE, retryable) and the thread goes back to serving. connect_timeout
        # applies to each host of a multi-host URL. A primary whose machine dies sends no
        # TCP reset, and its statement_timeout died with it: unacknowledged data
        # (tcp_user_timeout) or a silent peer (keepalives) end the connection within
        # seconds, not after the kernel's ~15 minutes of retransmissions.
        connect_args={
            "prepare_threshold": 2,
            "connect_timeout": 5,
            "options": "-c statement_timeout=30000 -c lock_timeout=15000",
            "tcp_user_timeout": 10_000,
            "keepalives_idle": 10,
            "keepalives_interval": 3,
            "keepalives_count": 3,
        },
    )
    # Multi-row INSERTs without RETURNING (ledger entries, audit rows) as one
    # multi-VALUES statement: one round trip, where psycopg's executemany enters
    # pipeline mode with a sync per call - costly for the few rows of one event.
    engine.dialect.use_insertmanyvalues_wo_returning = True

    @event.listens_for(engine, "handle_error")
    def _failover_is_disconnect(context: ExceptionContext) -> None:
        # SQLAlchemy invalidates a connection - and the whole pool with it - only on errors
        # the driver reports as a lost connection. A demoted node (25006) or a server
        # shutting down (57P0x) leaves the connection open but as useless: treat them alike.
        if not context.is_disconnect and _is_failover(context.original_exception):
            context.is_disconnect = True

    return engine


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
