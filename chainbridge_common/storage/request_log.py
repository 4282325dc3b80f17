"""The request log in SQL: answered request ids (idempotency keys) with the first
response, kept a week. The rules are in chainbridge_common/application/idempotency.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import BigInteger, Column, Connection, LargeBinary, MetaData, String, Table, bindparam, delete, select, text

from chainbridge_common.application.idempotency import MAX_CALLER_LENGTH, MAX_REQUEST_ID_LENGTH, RequestKey, StoredResponse
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.timestamps import to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from chainbridge_common.storage.database import Database

# Keys are kept a week: well past the 24 h a client may retry within.
RETENTION = timedelta(days=7)
# Keys stored before keys were scoped per caller (schema revision 0002) have this caller
# and still answer replays from anyone until they expire.
LEGACY_CALLER = ""
# The first half of the two-part advisory lock key, so request-key locks never share a
# key with the other advisory locks of a service (the audit append lock uses 0).
_LOCK_NAMESPACE = 0x1D3


def request_log_table(metadata: MetaData) -> Table:
    return Table(
        "idempotency_keys",
        metadata,
        Column("caller", String(MAX_CALLER_LENGTH), primary_key=True),
        Column("method", String(64), primary_key=True),
        Column("request_id", String(MAX_REQUEST_ID_LENGTH), primary_key=True),
        Column("request_fingerprint", String(64), nullable=False),
        Column("response", LargeBinary, nullable=False),
        Column("create_time_us", BigInteger, nullable=False, index=True),
    )


class RequestLogStatements:
    """The request log's statements for one table, built once per server."""

    def __init__(self, table: Table):
        self.table = table
        self.insert = BatchInsert(table)
        self.lookup = select(table.c.caller, table.c.method, table.c.request_id, table.c.request_fingerprint, table.c.response).where(
            table.c.method.in_(bindparam("methods", expanding=True)),
            table.c.request_id.in_(bindparam("request_ids", expanding=True)),
            table.c.caller.in_(bindparam("callers", expanding=True)),
        )
        self.lock = text("SELECT pg_advisory_xact_lock(:namespace, hashtext(:key))")


class SqlRequestLog:
    """RequestLog (see the application protocol) on one open transaction."""

    def __init__(self, conn: Connection, statements: RequestLogStatements, clock: Clock):
        self.conn = conn
        self.statements = statements
        self.clock = clock

    def lock(self, key: RequestKey) -> None:
        # SQLite needs none: a write transaction there excludes every other writer.
        if self.conn.dialect.name == "postgresql":
            scope = "\x1f".join(key.scope)
            self.conn.execute(self.statements.lock, {"namespace": _LOCK_NAMESPACE, "key": scope})

    def find(self, keys: Sequence[RequestKey]) -> dict[tuple[str, str, str], StoredResponse]:
        if not keys:
            return {}
        wanted = {key.scope for key in keys}
        params = {
            "methods": sorted({key.method for key in keys}),
            "request_ids": sorted({key.request_id for key in keys}),
            "callers": sorted({key.caller for key in keys} | {LEGACY_CALLER}),
        }
        found: dict[tuple[str, str, str], StoredResponse] = {}
        legacy: dict[tuple[str, str], StoredResponse] = {}
        for row in self.conn.execute(self.statements.lookup, params):
            stored = StoredResponse(row.request_fingerprint, row.response)
            if row.caller == LEGACY_CALLER:
                legacy[(row.method, row.request_id)] = stored
            elif (row.caller, row.method, row.request_id) in wanted:
                found[(row.caller, row.method, row.request_id)] = stored
        for key in keys:
            if key.scope not in found and (key.method, key.request_id) in legacy:
                found[key.scope] = legacy[(key.method, key.request_id)]
        return found

    def add(self, answered: Sequence[tuple[RequestKey, bytes]]) -> None:
        self.statements.insert.execute(self.conn, self.rows(answered))

    def rows(self, answered: Sequence[tuple[RequestKey, bytes]]) -> list[dict[str, Any]]:
        """The rows add() inserts, for a repository that writes them in its own statement."""
        now_us = to_micros(self.clock.now())
        return [
            {
                "caller": key.caller,
                "method": key.method,
                "request_id": key.request_id,
                "request_fingerprint": key.fingerprint,
                "response": response,
                "create_time_us": now_us,
            }
            for key, response in answered
        ]


def purge_expired_requests(db: Database, table: Table, clock: Clock) -> int:
    """Delete keys older than RETENTION; returns how many."""
    cutoff = to_micros(clock.now() - RETENTION)
    return db.write(lambda conn: conn.execute(delete(table).where(table.c.create_time_us < cutoff)).rowcount)
