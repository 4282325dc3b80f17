"""Database engines and transactions, identical for SQLite (embedded default) and
PostgreSQL (production).

Writes go through `Database.write(work)`: one transaction, committed when `work` returns,
rolled back when it raises, and re-run from the start when the database reports a
transient conflict (PostgreSQL deadlock or serialization failure, SQLite busy). `work`
must therefore be safe to re-run: database work and pure computation only.

A `write` inside another `write` (same thread) joins the outer transaction, so a caller
can wrap a use case together with its own rows (the idempotency key of the request) in
one atomic commit. `after_commit` callbacks run once the outermost transaction commits.

A database that cannot be reached - down, restarting, or failing over to its standby
(docs/high-availability.md) - raises DependencyUnavailable (gRPC UNAVAILABLE, which
callers retry), never a raw driver error. Reads that tolerate lag may go to a second,
read-only URL (`read(..., lag_tolerant=True)`).
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    CursorResult,
    Engine,
    Integer,
    LargeBinary,
    String,
    Table,
    create_engine,
    event,
    text,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.sql.elements import TextClause

from chainbridge_common.errors import DependencyUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")

_ambient: contextvars.ContextVar[tuple[Connection, list[Callable[[], None]]] | None] = contextvars.ContextVar(
    "chainbridge_transaction", default=None
)

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
        self._write_lock: threading.Lock | contextlib.nullcontext = contextlib.nullcontext()
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

    @property
    def is_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one write transaction, retrying transient conflicts."""
        ambient = _ambient.get()
        if ambient is not None:
            return work(ambient[0])
        for attempt in range(1, _MAX_ATTEMPTS + 1):
            callbacks: list[Callable[[], None]] = []
            try:
                with self._write_lock, self.engine.begin() as conn:
                    token = _ambient.set((conn, callbacks))
                    try:
                        result = work(conn)
                    finally:
                        _ambient.reset(token)
            except IntegrityError:
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
            for callback in callbacks:
                callback()
            return result
        raise AssertionError("unreachable")

    @staticmethod
    def after_commit(callback: Callable[[], None]) -> None:
        """Run `callback` after the current write transaction commits (now, if none)."""
        ambient = _ambient.get()
        if ambient is None:
            callback()
        else:
            ambient[1].append(callback)

    def read(self, work: Callable[[Connection], T], *, lag_tolerant: bool = False) -> T:
        """Run `work` as a read: a deferred BEGIN on SQLite; on PostgreSQL statements in
        autocommit. Each PostgreSQL statement then sees what committed before it began -
        exactly what it would see in the READ COMMITTED transaction it used to run in -
        without the BEGIN and COMMIT round trips (a WatchSettlements stream reads once per
        commit).

        `lag_tolerant` reads (lists, audit, history: never a read that a write decides on)
        go to the read URL when there is one, and to the primary while it is unreachable."""
        ambient = _ambient.get()
        if ambient is not None:
            return work(ambient[0])
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
                    if not self.is_postgresql:
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


# ---------------------------------------------------------------- set-based statements on PostgreSQL
#
# A statement executed with a list of parameter sets is rendered by SQLAlchemy as a
# multi-row VALUES ("insertmanyvalues") whose text changes with the number of rows: psycopg
# parses every new text again (its query cache misses) and never prepares it, since it
# prepares a statement only after seeing the same text `prepare_threshold` times. The
# statements below instead take one array per column and expand them with unnest(), so
# their text is the same whatever the row count: parsed once, then prepared server-side.
# A single row goes through a plain one-row statement instead (also of constant text):
# psycopg adapts lists in Python, which for one row costs more than it saves.

# Arrays are cast to the base type, never to VARCHAR(n)[]: an explicit cast to VARCHAR(n)
# truncates silently, where storing text in a VARCHAR(n) column fails on an over-long value
# exactly as a plain INSERT does.
_PG_ARRAY_TYPES = (
    (BigInteger, "bigint"),
    (Integer, "integer"),
    (String, "text"),
    (LargeBinary, "bytea"),
    (Boolean, "boolean"),
)


def _pg_array_type(column: Column) -> str:
    for sqla_type, pg_type in _PG_ARRAY_TYPES:
        if isinstance(column.type, sqla_type):
            return f"{pg_type}[]"
    raise TypeError(f"no array type for {column.table.name}.{column.name} ({column.type!r})")


_quote = postgresql.dialect().identifier_preparer.quote


def _text_element(value: str | None) -> str:
    if value is None:
        return "NULL"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _bytea_element(value: bytes | None) -> str:
    # bytea's hex input (\x...), its backslash escaped for the array literal.
    return "NULL" if value is None else '"\\\\x' + value.hex() + '"'


def _number_element(value: int | None) -> str:
    return "NULL" if value is None else str(int(value))


def _bool_element(value: bool | None) -> str:
    return "NULL" if value is None else ("t" if value else "f")


_ELEMENT_FORMATS: dict[str, Callable[[object], str]] = {
    "bigint[]": _number_element,  # type: ignore[dict-item]
    "integer[]": _number_element,  # type: ignore[dict-item]
    "text[]": _text_element,  # type: ignore[dict-item]
    "bytea[]": _bytea_element,  # type: ignore[dict-item]
    "boolean[]": _bool_element,  # type: ignore[dict-item]
}


def pg_array_literal(values: Sequence[object], array_type: str) -> str:
    """`values` as the text of a PostgreSQL array of `array_type` ("bigint[]", "text[]",
    ...), for a parameter the statement CASTs to that type. Built with str.join rather
    than by the driver's list adapter, which formats element by element in Python and
    was a third of the payment server's time in a backfill (py-spy). Text elements are
    always quoted, so no value (empty, "NULL", braces, commas, quotes, backslashes,
    spaces) can be misread; None is SQL NULL."""
    element = _ELEMENT_FORMATS[array_type]
    return "{" + ",".join(map(element, values)) + "}"


def _pg_unnest(table: Table, columns: Sequence[str], *, ordinality: bool, prefix: str = "") -> str:
    arrays = ", ".join(f"CAST(:{prefix}{name} AS {_pg_array_type(table.c[name])})" for name in columns)
    names = ", ".join(_quote(name) for name in ([*columns, "ordinality"] if ordinality else columns))
    return f"unnest({arrays}){' WITH ORDINALITY' if ordinality else ''} AS v({names})"


class _PgArrayWrite:
    """A write of many rows through unnest(): one array parameter per column, named
    `prefix` + column, each passed as an array literal (pg_array_literal)."""

    def __init__(self, table: Table, columns: Sequence[str], prefix: str):
        self.columns = tuple(columns)
        self.array_types = tuple(_pg_array_type(table.c[name]) for name in self.columns)
        self.prefix = prefix

    def array_params(self, rows: Sequence[Mapping[str, object]]) -> dict[str, str]:
        return {
            f"{self.prefix}{name}": pg_array_literal([row[name] for row in rows], array_type)
            for name, array_type in zip(self.columns, self.array_types, strict=True)
        }


class PgArrayInsert(_PgArrayWrite):
    """PostgreSQL only: INSERT of many rows as one statement of constant text, one array
    parameter per column:

        INSERT INTO t (a, b) SELECT v.a, v.b FROM unnest(CAST(:a AS text[]), ...)
        WITH ORDINALITY AS v(a, b, ordinality) ORDER BY v.ordinality
        [ON CONFLICT (key) DO NOTHING] [RETURNING col]

    Rows are inserted in the order given (ORDER BY ordinality): identity columns and
    sequence defaults number them in list order, and unique-index locks are taken in
    that order too. With ON CONFLICT DO NOTHING, RETURNING yields only the rows actually
    inserted, exactly as for a multi-row VALUES. NULL elements stand for NULL values.
    A single row is inserted by the same statement with one VALUES row instead."""

    def __init__(
        self,
        table: Table,
        columns: Sequence[str],
        *,
        conflict_columns: Sequence[str] = (),
        returning: str | None = None,
        prefix: str = "",
        join: str = "",
    ):
        """`prefix` names the parameters (for several writes in one statement, see
        pg_combined_writes); `join` is an extra FROM item, e.g. a lock to hold first."""
        super().__init__(table, columns, prefix)
        names = [_quote(name) for name in self.columns]
        into = f"INSERT INTO {_quote(table.name)} ({', '.join(names)})"
        suffix = ""
        if conflict_columns:
            suffix += f" ON CONFLICT ({', '.join(_quote(name) for name in conflict_columns)}) DO NOTHING"
        if returning is not None:
            suffix += f" RETURNING {_quote(returning)}"
        self.sql = (
            f"{into} SELECT {', '.join(f'v.{name}' for name in names)} "
            f"FROM {_pg_unnest(table, self.columns, ordinality=True, prefix=prefix)}{f' CROSS JOIN {join}' if join else ''} "
            f"ORDER BY v.ordinality{suffix}"
        )
        self.statement = text(self.sql)
        self.single_row = text(f"{into} VALUES ({', '.join(f':{prefix}{name}' for name in self.columns)}){suffix}")

    def execute(self, conn: Connection, rows: Sequence[Mapping[str, object]]) -> CursorResult:
        if len(rows) == 1 and not self.prefix:
            return conn.execute(self.single_row, {name: rows[0][name] for name in self.columns})
        return conn.execute(self.statement, self.array_params(rows))


class PgArrayUpdate(_PgArrayWrite):
    """PostgreSQL only, a part of pg_combined_writes: UPDATE of many rows, each by its key
    (UPDATE t SET a = v.a FROM unnest(...) AS v(key, a) WHERE t.key = v.key). The rows'
    keys must be distinct: a row matched twice would get one of the two values."""

    def __init__(self, table: Table, key: str, columns: Sequence[str], *, prefix: str):
        super().__init__(table, (key, *columns), prefix)
        target, quoted_key = _quote(table.name), _quote(key)
        assignments = ", ".join(f"{_quote(name)} = v.{_quote(name)}" for name in columns)
        self.sql = (
            f"UPDATE {target} SET {assignments} FROM {_pg_unnest(table, self.columns, ordinality=False, prefix=prefix)} "
            f"WHERE {target}.{quoted_key} = v.{quoted_key}"
        )


def pg_combined_writes(parts: Mapping[str, PgArrayInsert | PgArrayUpdate], *, before: str = "") -> TextClause:
    """Several array writes as ONE statement of data-modifying CTEs: one round trip, one
    constant text. Each part needs its own parameter prefix; empty arrays write nothing.
    The parts must not depend on one another's effects (they share one snapshot), except
    that foreign keys between them hold: PostgreSQL checks those at the statement's end.
    `before` adds CTEs ahead of the writes (e.g. `name AS MATERIALIZED (...)` for a part
    to join)."""
    prefixes = [part.prefix for part in parts.values()]
    if len(set(prefixes)) != len(prefixes) or "" in prefixes:
        raise ValueError("each part of a combined write needs its own parameter prefix")
    ctes = [before] if before else []
    ctes += [f"{_quote(name)} AS ({part.sql})" for name, part in parts.items()]
    return text(f"WITH {', '.join(ctes)} SELECT 1")


_IGNORING_INSERTS: dict[tuple, object] = {}


def insert_ignoring_conflicts(conn: Connection, table, rows: list[dict], conflict_columns: list[str], returning) -> list:
    """INSERT rows, skipping those that hit the unique key `conflict_columns`; return
    `returning` for the rows actually inserted. The database decides who wins a race,
    so concurrent duplicates (other threads, other replicas) never both insert.

    On PostgreSQL one statement of constant text for any number of rows (PgArrayInsert),
    inserting in the order of `rows`. On SQLite one statement object per (table, key)
    executed with the rows as parameters: SQLAlchemy compiles it once and batches the rows
    itself ("insertmanyvalues")."""
    if not rows:
        return []
    dialect = conn.dialect.name
    if dialect == "postgresql":
        key = (dialect, table.name, tuple(conflict_columns), returning.name, tuple(rows[0]))
        array_insert = _IGNORING_INSERTS.get(key)
        if array_insert is None:
            array_insert = PgArrayInsert(table, tuple(rows[0]), conflict_columns=conflict_columns, returning=returning.name)
            _IGNORING_INSERTS[key] = array_insert
        return list(array_insert.execute(conn, rows).scalars())
    key = (dialect, table.name, tuple(conflict_columns), returning.name)
    statement = _IGNORING_INSERTS.get(key)
    if statement is None:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert

        statement = dialect_insert(table).on_conflict_do_nothing(index_elements=conflict_columns).returning(returning)
        _IGNORING_INSERTS[key] = statement
    return list(conn.execute(statement, rows).scalars())
