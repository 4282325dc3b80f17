"""Pay's unit of work on SQL: one transaction and the repositories on it."""

from __future__ import annotations

from sqlalchemy import Connection

from chainbridge_common.runtime.clock import Clock
from chainbridge_common.storage.database import Database
from chainbridge_common.storage.request_log import RequestLogStatements, SqlRequestLog
from chainbridge_common.storage.unit_of_work import SqlTransactions, SqlUnitOfWork
from pay_server.storage.analytics import SqlAnalyticsRepository
from pay_server.storage.audit import SqlAuditRepository
from pay_server.storage.claims import SqlClaimRepository
from pay_server.storage.intents import SqlIntentRepository
from pay_server.storage.ledger import SqlBookWriter, SqlLedgerRepository
from pay_server.storage.notifications import SqlNotificationRepository
from pay_server.storage.payees import SqlPayeeAccountRepository
from pay_server.storage.payouts import SqlPayoutRepository
from pay_server.storage.received_events import SqlReceivedEventRepository
from pay_server.storage.schedules import SqlScheduleRepository
from pay_server.storage.schema import idempotency_keys
from pay_server.storage.settlements import SqlSettlementRepository
from pay_server.storage.transparency import PendingLeaf, PendingLeaves, SqlTransparencyLog

_REQUEST_LOG = RequestLogStatements(idempotency_keys)


class SqlPaymentUnitOfWork(SqlUnitOfWork):
    def __init__(self, conn: Connection, clock: Clock, pending_leaves: PendingLeaves | None = None):
        """`pending_leaves`: where committed writes leave their transparency-log leaves for the
        integrator (None: the integrator reads them back, or the log is off)."""
        super().__init__(conn, SqlRequestLog(conn, _REQUEST_LOG, clock))
        self._pending_leaves = pending_leaves
        self.intents = SqlIntentRepository(conn)
        self.schedules = SqlScheduleRepository(conn)
        self.received = SqlReceivedEventRepository(conn)
        self.settlements = SqlSettlementRepository(conn)
        self.audit = SqlAuditRepository(conn)
        self.ledger = SqlLedgerRepository(conn)
        self.notifications = SqlNotificationRepository(conn)
        self.analytics = SqlAnalyticsRepository(conn)
        self.book = SqlBookWriter(conn, on_written=self._leaves_written if pending_leaves is not None else None)
        self.transparency = SqlTransparencyLog(conn, pending_leaves)
        self.payees = SqlPayeeAccountRepository(conn)
        self.payouts = SqlPayoutRepository(conn)
        self.claims = SqlClaimRepository(conn)

    def _leaves_written(self, leaves: list[PendingLeaf]) -> None:
        pending = self._pending_leaves
        if pending is not None:
            self.after_commit(lambda: pending.add(leaves))


def payment_transactions(
    db: Database, clock: Clock, *, pending_leaves: PendingLeaves | None = None
) -> SqlTransactions[SqlPaymentUnitOfWork]:
    return SqlTransactions(db, lambda conn: SqlPaymentUnitOfWork(conn, clock, pending_leaves))
