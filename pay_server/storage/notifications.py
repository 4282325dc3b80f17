"""Subscriptions and the notification outbox in SQL (NotificationRepository).

The outbox is claimed the way freight's is: due rows are picked with FOR UPDATE SKIP LOCKED
(PostgreSQL; SQLite's write transaction is exclusive already) and leased by pushing their
next_attempt_at_us into the future, so replicas take disjoint batches and a worker that dies
mid-attempt only delays its rows until the lease runs out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select, update

from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.notices import NotificationEventType
from pay_server.domain.notifications import Channel, DeliveryState, NotificationDelivery, SubscriberKind, Subscription
from pay_server.storage.rows import dt, us
from pay_server.storage.schema import notification_deliveries, notification_subscriptions

_deliveries = notification_deliveries.c
_subscriptions = notification_subscriptions.c

# A change reaches a subscription once: a second insert of the same (change, subscription)
# - a stale replica's cache, a retried transaction - is skipped by the unique key.
_INSERT_DELIVERIES = BatchInsert(notification_deliveries, conflict_columns=("change_key", "subscription_id"))
_INSERT_SUBSCRIPTION = BatchInsert(notification_subscriptions)
# An attempt's outcome is written only by the worker that still holds the attempt: a worker
# whose lease ran out (and whose row another worker took) finds `attempts` moved on.
_RECORD_ATTEMPT = (
    update(notification_deliveries)
    .where(
        _deliveries.delivery_id == bindparam("b_delivery_id"),
        _deliveries.attempts == bindparam("b_attempts"),
        _deliveries.state == DeliveryState.PENDING.value,
    )
    .values(
        state=bindparam("b_state"),
        last_status_code=bindparam("b_last_status_code"),
        last_error=bindparam("b_last_error"),
        first_attempt_at_us=bindparam("b_first_attempt_at_us"),
        last_attempt_at_us=bindparam("b_last_attempt_at_us"),
        next_attempt_at_us=bindparam("b_next_attempt_at_us"),
        finished_at_us=bindparam("b_finished_at_us"),
    )
)


def _event_types_text(event_types: Iterable[NotificationEventType]) -> str:
    return ",".join(sorted(event_type.value for event_type in event_types))


def subscription_from_row(row: Row[Any]) -> Subscription:
    return Subscription(
        subscription_id=row.subscription_id,
        subscriber_kind=SubscriberKind(row.subscriber_kind),
        subscriber_id=row.subscriber_id,
        event_types=frozenset(NotificationEventType(value) for value in row.event_types.split(",") if value),
        channel=Channel(row.channel),
        destination=row.destination,
        secret=row.secret,
        description=row.description,
        create_time=from_micros(row.create_time_us),
        deleted_at=dt(row.deleted_at_us),
    )


def delivery_from_row(row: Row[Any], destination: str = "") -> NotificationDelivery:
    return NotificationDelivery(
        delivery_id=row.delivery_id,
        subscription_id=row.subscription_id,
        event_id=row.event_id,
        change_key=row.change_key,
        event_type=NotificationEventType(row.event_type),
        shipment_id=row.shipment_id,
        data=json.loads(row.data_json),
        occurred_at=from_micros(row.occurred_at_us),
        state=DeliveryState(row.state),
        attempts=row.attempts,
        last_status_code=row.last_status_code,
        last_error=row.last_error,
        create_time=from_micros(row.create_time_us),
        first_attempt_at=dt(row.first_attempt_at_us),
        last_attempt_at=dt(row.last_attempt_at_us),
        next_attempt_at=dt(row.next_attempt_at_us),
        finished_at=dt(row.finished_at_us),
        traceparent=row.traceparent,
        destination=destination,
    )


def _delivery_columns(delivery: NotificationDelivery) -> dict[str, Any]:
    return {
        "delivery_id": delivery.delivery_id,
        "event_id": delivery.event_id,
        "change_key": delivery.change_key,
        "subscription_id": delivery.subscription_id,
        "event_type": delivery.event_type.value,
        "shipment_id": delivery.shipment_id,
        "data_json": json.dumps(delivery.data, sort_keys=True, separators=(",", ":")),
        "occurred_at_us": to_micros(delivery.occurred_at),
        "state": delivery.state.value,
        "attempts": delivery.attempts,
        "last_status_code": delivery.last_status_code,
        "last_error": delivery.last_error,
        "create_time_us": to_micros(delivery.create_time),
        "first_attempt_at_us": us(delivery.first_attempt_at),
        "last_attempt_at_us": us(delivery.last_attempt_at),
        "next_attempt_at_us": us(delivery.next_attempt_at),
        "finished_at_us": us(delivery.finished_at),
        "traceparent": delivery.traceparent,
    }


def _subscription_filters(kind: SubscriberKind | None, subscriber_id: str | None) -> list[Any]:
    conditions: list[Any] = [_subscriptions.deleted_at_us.is_(None)]
    if kind is not None:
        conditions.append(_subscriptions.subscriber_kind == kind.value)
    if subscriber_id:
        conditions.append(_subscriptions.subscriber_id == subscriber_id)
    return conditions


def _delivery_filters(subscription_id: str | None, state: DeliveryState | None, event_id: str | None) -> list[Any]:
    conditions: list[Any] = []
    if subscription_id:
        conditions.append(_deliveries.subscription_id == subscription_id)
    if state is not None:
        conditions.append(_deliveries.state == state.value)
    if event_id:
        conditions.append(_deliveries.event_id == event_id)
    return conditions


class SqlNotificationRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    # ------------------------------------------------------------ subscriptions

    def add_subscription(self, subscription: Subscription) -> None:
        _INSERT_SUBSCRIPTION.execute(
            self.conn,
            [
                {
                    "subscription_id": subscription.subscription_id,
                    "subscriber_kind": subscription.subscriber_kind.value,
                    "subscriber_id": subscription.subscriber_id,
                    "event_types": _event_types_text(subscription.event_types),
                    "channel": subscription.channel.value,
                    "destination": subscription.destination,
                    "secret": subscription.secret,
                    "description": subscription.description,
                    "create_time_us": to_micros(subscription.create_time),
                    "deleted_at_us": us(subscription.deleted_at),
                }
            ],
        )

    def get_subscription(self, subscription_id: str, *, for_update: bool = False) -> Subscription | None:
        query = select(notification_subscriptions).where(_subscriptions.subscription_id == subscription_id)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        return subscription_from_row(row) if row else None

    def active_subscriptions(self) -> list[Subscription]:
        query = select(notification_subscriptions).where(_subscriptions.deleted_at_us.is_(None)).order_by(_subscriptions.subscription_id)
        return [subscription_from_row(row) for row in self.conn.execute(query)]

    def list_subscriptions(
        self, *, kind: SubscriberKind | None, subscriber_id: str | None, after_id: str | None, limit: int
    ) -> list[Subscription]:
        conditions = _subscription_filters(kind, subscriber_id)
        if after_id is not None:
            conditions.append(_subscriptions.subscription_id > after_id)
        query = select(notification_subscriptions).where(*conditions).order_by(_subscriptions.subscription_id).limit(limit)
        return [subscription_from_row(row) for row in self.conn.execute(query)]

    def count_subscriptions(self, *, kind: SubscriberKind | None, subscriber_id: str | None) -> int:
        query = select(func.count()).select_from(notification_subscriptions).where(*_subscription_filters(kind, subscriber_id))
        return int(self.conn.execute(query).scalar_one())

    def delete_subscription(self, subscription_id: str, *, now: datetime) -> int:
        """Mark it deleted and cancel its pending deliveries; returns how many were cancelled."""
        self.conn.execute(
            update(notification_subscriptions)
            .where(_subscriptions.subscription_id == subscription_id, _subscriptions.deleted_at_us.is_(None))
            .values(deleted_at_us=to_micros(now))
        )
        return self.cancel_pending([subscription_id], now=now)

    def cancel_pending(self, subscription_ids: Sequence[str], *, now: datetime) -> int:
        cancelled = self.conn.execute(
            update(notification_deliveries)
            .where(_deliveries.subscription_id.in_(list(subscription_ids)), _deliveries.state == DeliveryState.PENDING.value)
            .values(state=DeliveryState.CANCELLED.value, next_attempt_at_us=None, finished_at_us=to_micros(now))
        )
        return int(cancelled.rowcount or 0)

    # ------------------------------------------------------------ the outbox

    def add_deliveries(self, deliveries: Sequence[NotificationDelivery]) -> None:
        _INSERT_DELIVERIES.execute(self.conn, [_delivery_columns(d) for d in deliveries])

    def claim_due(self, *, now: datetime, lease_until: datetime, limit: int) -> list[NotificationDelivery]:
        due = (
            select(_deliveries.delivery_id)
            .where(_deliveries.state == DeliveryState.PENDING.value, _deliveries.next_attempt_at_us <= to_micros(now))
            .order_by(_deliveries.next_attempt_at_us, _deliveries.delivery_id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claimed = self.conn.execute(
            update(notification_deliveries)
            .where(_deliveries.delivery_id.in_(due.scalar_subquery()))
            .values(next_attempt_at_us=to_micros(lease_until), attempts=_deliveries.attempts + 1)
            .returning(*notification_deliveries.c)
        ).all()
        deliveries = [delivery_from_row(row) for row in claimed]
        deliveries.sort(key=lambda d: d.delivery_id)
        return deliveries

    def subscriptions_by_ids(self, subscription_ids: Iterable[str]) -> dict[str, Subscription]:
        ids = sorted(set(subscription_ids))
        if not ids:
            return {}
        rows = self.conn.execute(select(notification_subscriptions).where(_subscriptions.subscription_id.in_(ids)))
        return {row.subscription_id: subscription_from_row(row) for row in rows}

    def record_attempts(self, attempted: Sequence[tuple[NotificationDelivery, int]]) -> int:
        """Write each delivery's state after an attempt, if its attempt count is still the given one."""
        if not attempted:
            return 0
        rows = [
            {
                "b_delivery_id": delivery.delivery_id,
                "b_attempts": attempts,
                "b_state": delivery.state.value,
                "b_last_status_code": delivery.last_status_code,
                "b_last_error": delivery.last_error,
                "b_first_attempt_at_us": us(delivery.first_attempt_at),
                "b_last_attempt_at_us": us(delivery.last_attempt_at),
                "b_next_attempt_at_us": us(delivery.next_attempt_at),
                "b_finished_at_us": us(delivery.finished_at),
            }
            for delivery, attempts in attempted
        ]
        result = self.conn.execute(_RECORD_ATTEMPT, rows)
        return int(result.rowcount or 0)

    def release_leases(self, delivery_ids: Sequence[str], *, now: datetime) -> None:
        """Make leased deliveries due now (a worker stopping with attempts not made)."""
        if delivery_ids:
            self.conn.execute(
                update(notification_deliveries)
                .where(_deliveries.delivery_id.in_(list(delivery_ids)), _deliveries.state == DeliveryState.PENDING.value)
                .values(next_attempt_at_us=to_micros(now), attempts=_deliveries.attempts - 1)
            )

    # ------------------------------------------------------------ the delivery log

    def list_deliveries(
        self, *, subscription_id: str | None, state: DeliveryState | None, event_id: str | None, before_id: str | None, limit: int
    ) -> list[NotificationDelivery]:
        conditions = _delivery_filters(subscription_id, state, event_id)
        if before_id is not None:
            conditions.append(_deliveries.delivery_id < before_id)
        query = (
            select(notification_deliveries, _subscriptions.destination)
            .join(notification_subscriptions, _subscriptions.subscription_id == _deliveries.subscription_id)
            .where(*conditions)
            .order_by(_deliveries.delivery_id.desc())
            .limit(limit)
        )
        return [delivery_from_row(row, row.destination) for row in self.conn.execute(query)]

    def count_deliveries(self, *, subscription_id: str | None, state: DeliveryState | None, event_id: str | None) -> int:
        query = select(func.count()).select_from(notification_deliveries).where(*_delivery_filters(subscription_id, state, event_id))
        return int(self.conn.execute(query).scalar_one())
