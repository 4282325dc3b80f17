"""Shipment events as pay received them, in SQL (ReceivedEventRepository)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.events import ReceivedEvent
from pay_server.storage.schema import received_events

_INSERT_NEW = BatchInsert(received_events, conflict_columns=["event_id"], returning="event_id")
_OF_SHIPMENTS = (
    select(received_events)
    .where(
        received_events.c.shipment_id.in_(bindparam("shipment_ids", expanding=True)),
        received_events.c.event_type.in_(bindparam("event_types", expanding=True)),
    )
    .order_by(received_events.c.occurred_at_us, received_events.c.event_id)
)


def _from_row(row: Row[Any]) -> ReceivedEvent:
    return ReceivedEvent(
        row.event_id,
        row.shipment_id,
        ShipmentEventType(row.event_type),
        from_micros(row.occurred_at_us),
        from_micros(row.received_at_us),
        row.lane,
        row.claims_filed_before,
        row.milestone_events_before,
    )


class SqlReceivedEventRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add_new(self, events: Sequence[ReceivedEvent]) -> set[str]:
        # Sorted by id so two transactions inserting overlapping batches take the
        # unique-index locks in the same order (no deadlock).
        rows = [
            {
                "event_id": e.event_id,
                "shipment_id": e.shipment_id,
                "event_type": e.event_type.value,
                "occurred_at_us": to_micros(e.occurred_at),
                "received_at_us": to_micros(e.received_at),
                "lane": e.lane,
                "claims_filed_before": e.claims_filed_before,
                "milestone_events_before": e.milestone_events_before,
            }
            for e in sorted(events, key=lambda e: e.event_id)
        ]
        return set(_INSERT_NEW.execute(self.conn, rows))

    def of_shipment(self, shipment_id: str) -> list[ReceivedEvent]:
        query = (
            select(received_events)
            .where(received_events.c.shipment_id == shipment_id)
            .order_by(received_events.c.occurred_at_us, received_events.c.event_id)
        )
        return [_from_row(row) for row in self.conn.execute(query)]

    def of_shipments(self, shipment_ids: Iterable[str], event_types: Iterable[ShipmentEventType]) -> list[ReceivedEvent]:
        ids, types = sorted(set(shipment_ids)), sorted({t.value for t in event_types})
        if not ids or not types:
            return []
        return [_from_row(row) for row in self.conn.execute(_OF_SHIPMENTS, {"shipment_ids": ids, "event_types": types})]
