"""Freight's unit of work on SQL: one transaction and the repositories on it."""

from __future__ import annotations

from sqlalchemy import Connection

from chainbridge_common.runtime.clock import Clock
from chainbridge_common.storage.database import Database
from chainbridge_common.storage.request_log import RequestLogStatements, SqlRequestLog
from chainbridge_common.storage.unit_of_work import SqlTransactions, SqlUnitOfWork
from freight_server.storage.events import SqlEventRepository
from freight_server.storage.schema import idempotency_keys
from freight_server.storage.shipments import SqlShipmentRepository
from freight_server.storage.tokens import SqlTokenRepository

_REQUEST_LOG = RequestLogStatements(idempotency_keys)


class SqlFreightUnitOfWork(SqlUnitOfWork):
    def __init__(self, conn: Connection, clock: Clock):
        super().__init__(conn, SqlRequestLog(conn, _REQUEST_LOG, clock))
        self.shipments = SqlShipmentRepository(conn)
        self.tokens = SqlTokenRepository(conn)
        self.events = SqlEventRepository(conn, self.requests)


def freight_transactions(db: Database, clock: Clock) -> SqlTransactions[SqlFreightUnitOfWork]:
    return SqlTransactions(db, lambda conn: SqlFreightUnitOfWork(conn, clock))
