"""Shipment events and their outbox state in SQL (EventRepository).

The outbox is the shipment_events table itself: an event row carries its delivery state,
so recording the event and queueing its delivery are one INSERT.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, func, or_, select, update

from chainbridge_common.application.idempotency import RequestKey
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert, BatchUpdate, CombinedWrite, UpdateByKeys
from chainbridge_common.storage.request_log import SqlRequestLog
from freight_server.application.ports import DeliveryFailure, OutboxStatus
from freight_server.domain.events import ClaimDetails, DeliveryState, EventDelivery, ShipmentEvent
from freight_server.domain.shipments import Shipment, recorded_events_to_text
from freight_server.storage.schema import idempotency_keys, shipment_events, shipments

_MAX_ERROR_LENGTH = 1024


def _dt(micros: int | None) -> datetime | None:
    return from_micros(micros) if micros is not None else None


def event_from_row(row: Row[Any]) -> ShipmentEvent:
    return ShipmentEvent(
        event_id=row.event_id,
        shipment_id=row.shipment_id,
        event_type=ShipmentEventType(row.event_type),
        occurred_at=from_micros(row.occurred_at_us),
        recorded_at=from_micros(row.recorded_at_us),
        metadata=json.loads(row.metadata_json),
        repeated_type=row.repeated_type,
        trace_request_id=row.trace_request_id,
        lane=row.lane,
        traceparent=row.traceparent,
        delivery=EventDelivery(
            attempts=row.delivery_attempts,
            last_error=row.last_delivery_error,
            delivered_at=_dt(row.delivered_at_us),
            next_attempt_at=_dt(row.next_attempt_at_us),
            parked_at=_dt(row.parked_at_us),
            discarded_at=_dt(row.discarded_at_us),
        ),
        claims_filed_before=row.claims_filed_before,
        milestone_events_before=row.milestone_events_before,
        claim=ClaimDetails(row.claimed_amount_minor, row.claimed_currency, row.claim_reason)
        if row.claimed_amount_minor is not None
        else None,
    )


def event_columns(event: ShipmentEvent) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "shipment_id": event.shipment_id,
        "event_type": event.event_type.value,
        "occurred_at_us": to_micros(event.occurred_at),
        "recorded_at_us": to_micros(event.recorded_at),
        "metadata_json": json.dumps(dict(event.metadata), sort_keys=True),
        "repeated_type": event.repeated_type,
        "trace_request_id": event.trace_request_id,
        "lane": event.lane,
        "traceparent": event.traceparent,
        "delivered_at_us": None,
        "next_attempt_at_us": to_micros(event.delivery.next_attempt_at or event.recorded_at),
        "delivery_attempts": event.delivery.attempts,
        "last_delivery_error": "",
        "parked_at_us": None,
        "discarded_at_us": None,
        "claims_filed_before": event.claims_filed_before,
        "milestone_events_before": event.milestone_events_before,
        "claimed_amount_minor": event.claim.claimed_minor if event.claim else None,
        "claimed_currency": event.claim.currency if event.claim else None,
        "claim_reason": event.claim.reason if event.claim else None,
    }


_INSERT_EVENTS = BatchInsert(shipment_events)
# Everything recording events writes: one statement on PostgreSQL.
_STORE_RECORDED = CombinedWrite(
    {
        "new_events": BatchInsert(shipment_events, prefix="e_"),
        "advanced": BatchUpdate(shipments, "shipment_id", ("status", "recorded_events", "update_time_us"), prefix="s_"),
        "answers": BatchInsert(idempotency_keys, prefix="k_"),
    }
)
_PENDING = "shipment_events.next_attempt_at_us IS NOT NULL"
_MARK_DELIVERED = UpdateByKeys(
    shipment_events,
    "event_id",
    # A parked (or even discarded) event that pay acknowledged after all - a slow earlier
    # attempt that succeeded - is delivered: pay holds it, whatever was decided meanwhile.
    {
        "delivered_at_us": ":now_us",
        "next_attempt_at_us": "NULL",
        "parked_at_us": "NULL",
        "discarded_at_us": "NULL",
        "last_delivery_error": "''",
    },
    only_if="shipment_events.delivered_at_us IS NULL",
)
_RELEASE_LEASES = UpdateByKeys(
    shipment_events, "event_id", {"next_attempt_at_us": ":now_us", "delivery_attempts": "delivery_attempts - 1"}, only_if=_PENDING
)
_MARK_FAILED = BatchUpdate(shipment_events, "event_id", ("next_attempt_at_us", "last_delivery_error"), only_if=_PENDING)
_PARK = UpdateByKeys(
    shipment_events,
    "event_id",
    {"parked_at_us": ":now_us", "next_attempt_at_us": "NULL", "last_delivery_error": ":error"},
    only_if=_PENDING,
)
_REDELIVER = UpdateByKeys(
    shipment_events,
    "event_id",
    {"next_attempt_at_us": ":now_us", "parked_at_us": "NULL", "delivery_attempts": "0"},
    only_if="shipment_events.parked_at_us IS NOT NULL",
)
_DISCARD = UpdateByKeys(
    shipment_events,
    "event_id",
    {"discarded_at_us": ":now_us", "parked_at_us": "NULL", "last_delivery_error": ":reason"},
    only_if="shipment_events.parked_at_us IS NOT NULL",
)
_STATE_CONDITIONS = {
    DeliveryState.PENDING: shipment_events.c.next_attempt_at_us.is_not(None),
    DeliveryState.DELIVERED: shipment_events.c.delivered_at_us.is_not(None),
    DeliveryState.PARKED: shipment_events.c.parked_at_us.is_not(None),
    DeliveryState.DISCARDED: shipment_events.c.discarded_at_us.is_not(None),
}


def _filters(shipment_id: str | None, delivery_state: DeliveryState | None) -> list[Any]:
    conditions = []
    if shipment_id is not None:
        conditions.append(shipment_events.c.shipment_id == shipment_id)
    if delivery_state is not None:
        conditions.append(_STATE_CONDITIONS[delivery_state])
    return conditions


class SqlEventRepository:
    def __init__(self, conn: Connection, requests: SqlRequestLog):
        self.conn = conn
        self.requests = requests

    def add(self, events: Sequence[ShipmentEvent]) -> None:
        _INSERT_EVENTS.execute(self.conn, [event_columns(event) for event in events])

    def store_recorded(
        self, events: Sequence[ShipmentEvent], advanced: Sequence[Shipment], answered: Sequence[tuple[RequestKey, bytes]]
    ) -> None:
        _STORE_RECORDED.execute(
            self.conn,
            {
                "new_events": [event_columns(event) for event in events],
                "advanced": [
                    {
                        "shipment_id": s.shipment_id,
                        "status": s.status.value,
                        "recorded_events": recorded_events_to_text(s.recorded_events),
                        "update_time_us": to_micros(s.update_time),
                    }
                    for s in advanced
                ],
                "answers": self.requests.rows(answered),
            },
        )

    def get(self, event_id: str) -> ShipmentEvent | None:
        row = self.conn.execute(select(shipment_events).where(shipment_events.c.event_id == event_id)).first()
        return event_from_row(row) if row else None

    def claimed_minor(self, shipment_id: str) -> int:
        query = select(func.coalesce(func.sum(shipment_events.c.claimed_amount_minor), 0)).where(
            shipment_events.c.shipment_id == shipment_id, shipment_events.c.event_type == ShipmentEventType.CLAIM_FILED.value
        )
        return int(self.conn.execute(query).scalar_one())

    def list(
        self, *, shipment_id: str | None, delivery_state: DeliveryState | None, before: tuple[int, str] | None, limit: int
    ) -> list[ShipmentEvent]:
        conditions = _filters(shipment_id, delivery_state)
        if before is not None:
            occurred_us, event_id = before
            conditions.append(
                or_(
                    shipment_events.c.occurred_at_us < occurred_us,
                    and_(shipment_events.c.occurred_at_us == occurred_us, shipment_events.c.event_id < event_id),
                )
            )
        query = (
            select(shipment_events)
            .where(*conditions)
            .order_by(shipment_events.c.occurred_at_us.desc(), shipment_events.c.event_id.desc())
            .limit(limit)
        )
        return [event_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, shipment_id: str | None, delivery_state: DeliveryState | None) -> int:
        query = select(func.count()).select_from(shipment_events).where(*_filters(shipment_id, delivery_state))
        return int(self.conn.execute(query).scalar_one())

    def claim_due(self, *, now: datetime, lease_until: datetime, limit: int) -> list[ShipmentEvent]:
        # FOR UPDATE SKIP LOCKED lets replicas claim disjoint batches without waiting on
        # each other on PostgreSQL; on SQLite the write transaction is already exclusive.
        due = (
            select(shipment_events.c.event_id)
            .where(shipment_events.c.next_attempt_at_us.is_not(None), shipment_events.c.next_attempt_at_us <= to_micros(now))
            .order_by(shipment_events.c.next_attempt_at_us, shipment_events.c.event_id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claimed = self.conn.execute(
            update(shipment_events)
            .where(shipment_events.c.event_id.in_(due.scalar_subquery()))
            .values(next_attempt_at_us=to_micros(lease_until), delivery_attempts=shipment_events.c.delivery_attempts + 1)
            .returning(*shipment_events.c)
        ).all()
        events = [event_from_row(row) for row in claimed]
        events.sort(key=lambda e: (e.recorded_at, e.event_id))
        return events

    def mark_delivered(self, event_ids: Sequence[str], *, now: datetime) -> None:
        _MARK_DELIVERED.execute(self.conn, list(event_ids), {"now_us": to_micros(now)})

    def release_leases(self, event_ids: Sequence[str], *, now: datetime) -> None:
        _RELEASE_LEASES.execute(self.conn, list(event_ids), {"now_us": to_micros(now)})

    def mark_failed(self, failures: Sequence[DeliveryFailure]) -> None:
        latest = {f.event_id: f for f in failures}  # one row per event: the last failure given wins
        _MARK_FAILED.execute(
            self.conn,
            [
                {
                    "event_id": f.event_id,
                    "next_attempt_at_us": to_micros(f.next_attempt_at),
                    "last_delivery_error": f.error[:_MAX_ERROR_LENGTH],
                }
                for f in latest.values()
            ],
        )

    def park(self, event_ids: Sequence[str], *, now: datetime, error: str) -> None:
        _PARK.execute(self.conn, list(event_ids), {"now_us": to_micros(now), "error": error[:_MAX_ERROR_LENGTH]})

    def redeliver(self, event_ids: Sequence[str], *, now: datetime) -> list[str]:
        return _REDELIVER.execute(self.conn, list(event_ids), {"now_us": to_micros(now)})

    def discard(self, event_ids: Sequence[str], *, now: datetime, reason: str) -> list[str]:
        return _DISCARD.execute(self.conn, list(event_ids), {"now_us": to_micros(now), "reason": reason[:_MAX_ERROR_LENGTH]})

    def status(self) -> OutboxStatus:
        pending = _STATE_CONDITIONS[DeliveryState.PENDING]
        pending_count, oldest, max_attempts = self.conn.execute(
            select(func.count(), func.min(shipment_events.c.recorded_at_us), func.max(shipment_events.c.delivery_attempts)).where(pending)
        ).one()
        parked_count = self.conn.execute(select(func.count()).where(_STATE_CONDITIONS[DeliveryState.PARKED])).scalar_one()
        discarded_count = self.conn.execute(select(func.count()).where(_STATE_CONDITIONS[DeliveryState.DISCARDED])).scalar_one()
        total = self.conn.execute(select(func.count()).select_from(shipment_events)).scalar_one()
        last_error = self.conn.execute(
            select(shipment_events.c.last_delivery_error)
            .where(or_(pending, _STATE_CONDITIONS[DeliveryState.PARKED]), shipment_events.c.last_delivery_error != "")
            .order_by(shipment_events.c.delivery_attempts.desc())
            .limit(1)
        ).scalar()
        return OutboxStatus(
            pending_count=pending_count,
            delivered_count=total - pending_count - parked_count - discarded_count,
            parked_count=parked_count,
            discarded_count=discarded_count,
            oldest_pending_recorded_at=_dt(oldest),
            max_pending_attempts=max_attempts or 0,
            last_error=last_error or "",
        )
