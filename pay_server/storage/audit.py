"""The audit trail in SQL (AuditRepository): reads. Rows are written by the book writer
(pay_server/storage/ledger.py), with the changes they record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, func, select

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from pay_server.domain.audit import AuditEntry
from pay_server.storage.schema import audit_log

AUDIT_COLUMNS = (
    "intent_id",
    "shipment_id",
    "settlement_id",
    "milestone",
    "from_status",
    "to_status",
    "amount_minor",
    "currency",
    "actor",
    "reason",
    "source_event_id",
    "create_time_us",
)


def audit_rows(entries: Sequence[AuditEntry]) -> list[dict[str, Any]]:
    return [
        {
            "intent_id": e.intent_id,
            "shipment_id": e.shipment_id,
            "settlement_id": e.settlement_id,
            "milestone": e.milestone.value if e.milestone else None,
            "from_status": e.from_status,
            "to_status": e.to_status,
            "amount_minor": e.amount_minor,
            "currency": e.currency,
            "actor": e.actor,
            "reason": e.reason,
            "source_event_id": e.source_event_id,
            "create_time_us": to_micros(e.create_time),
        }
        for e in entries
    ]


def audit_from_row(row: Row[Any]) -> AuditEntry:
    return AuditEntry(
        sequence=row.sequence,
        intent_id=row.intent_id,
        shipment_id=row.shipment_id,
        settlement_id=row.settlement_id,
        milestone=ShipmentEventType(row.milestone) if row.milestone else None,
        from_status=row.from_status,
        to_status=row.to_status,
        amount_minor=row.amount_minor,
        currency=row.currency,
        actor=row.actor,
        reason=row.reason,
        source_event_id=row.source_event_id,
        create_time=from_micros(row.create_time_us),
    )


class SqlAuditRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def of_intent(self, intent_id: str, *, after_sequence: int, limit: int) -> list[AuditEntry]:
        query = (
            select(audit_log)
            .where(audit_log.c.intent_id == intent_id, audit_log.c.sequence > after_sequence)
            .order_by(audit_log.c.sequence)
            .limit(limit)
        )
        return [audit_from_row(row) for row in self.conn.execute(query)]

    def milestone_changes_after(
        self, *, after_sequence: int, intent_id: str | None, shipment_id: str | None, limit: int
    ) -> list[AuditEntry]:
        conditions = [audit_log.c.sequence > after_sequence, audit_log.c.settlement_id.is_not(None)]
        if intent_id:
            conditions.append(audit_log.c.intent_id == intent_id)
        if shipment_id:
            conditions.append(audit_log.c.shipment_id == shipment_id)
        query = select(audit_log).where(*conditions).order_by(audit_log.c.sequence).limit(limit)
        return [audit_from_row(row) for row in self.conn.execute(query)]

    def last_sequence(self) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(audit_log.c.sequence), 0))).scalar_one())
