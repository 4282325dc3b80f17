"""Subscriptions to money changes and the deliveries queued for them: who hears about which
change, what a change says, and how a delivery moves from attempt to attempt."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from pay_server.domain.notices import DeliveryOutcome, NotificationEventType

MAX_ERROR_LENGTH = 1024


class SubscriberKind(enum.StrEnum):
    PAYEE = "PAYEE"  # the carrier: intents whose payee_id is the subscriber
    SHIPPER = "SHIPPER"  # the shipper: intents whose payer_id is the subscriber


class Channel(enum.StrEnum):
    WEBHOOK = "WEBHOOK"
    EMAIL = "EMAIL"


class DeliveryState(enum.StrEnum):
    PENDING = "PENDING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class Subscription:
    subscription_id: str
    subscriber_kind: SubscriberKind
    subscriber_id: str
    event_types: frozenset[NotificationEventType]
    channel: Channel
    destination: str  # the webhook URL or the e-mail address
    secret: str = field(repr=False)  # signs webhooks; "" for e-mail
    description: str
    create_time: datetime
    deleted_at: datetime | None = None

    def wants(self, change: Change) -> bool:
        owner = change.payee_id if self.subscriber_kind is SubscriberKind.PAYEE else change.payer_id
        return self.deleted_at is None and owner == self.subscriber_id and change.event_type in self.event_types


@dataclass(frozen=True)
class Change:
    """A change of money a payee or shipper may be told about. Milestone changes are found in
    the audit rows of every SettlementBook flush; other features (payouts, claims) hand theirs
    to NotificationOutbox.enqueue in their own transaction."""

    change_key: str  # unique per change ("<settlement id>:<status>"): one delivery per (change, subscription)
    event_type: NotificationEventType
    payee_id: str
    payer_id: str
    occurred_at: datetime
    data: Mapping[str, Any]  # the event's `data`: JSON types only, amounts as decimal strings
    shipment_id: str = ""


# The milestone statuses subscribers hear about, and the event each is announced as.
_MILESTONE_EVENTS = {
    "APPROVED": NotificationEventType.MILESTONE_RELEASED,
    "SETTLED": NotificationEventType.MILESTONE_SETTLED,
    "REJECTED": NotificationEventType.MILESTONE_REJECTED,
    "PENDING": NotificationEventType.MILESTONE_HELD,
}


def milestone_event_type(from_status: str, to_status: str) -> NotificationEventType | None:
    """The event a milestone's move announces, or None (DELAYED and CANCELLED are not announced)."""
    if from_status == to_status:
        return None
    return _MILESTONE_EVENTS.get(to_status)


def milestone_change(
    *,
    settlement_id: str,
    intent_id: str,
    shipment_id: str,
    milestone: str,
    from_status: str,
    to_status: str,
    amount_minor: int,
    currency: str,
    payee_id: str,
    payer_id: str,
    occurred_at: datetime,
) -> Change | None:
    """The Change of one milestone status move, with the data of docs/notifications.md."""
    event_type = milestone_event_type(from_status, to_status)
    if event_type is None:
        return None
    return Change(
        # A milestone enters each status at most once (the state machine has no cycles).
        change_key=f"{settlement_id}:{to_status}",
        event_type=event_type,
        payee_id=payee_id,
        payer_id=payer_id,
        occurred_at=occurred_at,
        shipment_id=shipment_id,
        data={
            "shipment_id": shipment_id,
            "payment_intent_id": intent_id,
            "milestone": milestone,
            # A decimal string, as proto3 JSON carries int64: no JSON parser can round it.
            "amount": {"amount_minor": str(amount_minor), "currency": currency},
            "status": to_status,
            "occurred_at": rfc3339(occurred_at),
        },
    )


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class NotificationDelivery:
    """One change on its way to one subscription (a row of the notification outbox)."""

    delivery_id: str
    subscription_id: str
    event_id: str  # the same for every subscription of the change, and on every attempt
    change_key: str
    event_type: NotificationEventType
    shipment_id: str
    data: Mapping[str, Any]
    occurred_at: datetime
    state: DeliveryState
    attempts: int
    last_status_code: int
    last_error: str
    create_time: datetime
    first_attempt_at: datetime | None
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None  # the lease while an attempt runs
    finished_at: datetime | None
    traceparent: str = ""  # the trace of the change, continued by the delivery
    destination: str = ""  # filled in on reads, from the subscription


def deliveries_for(
    changes: Sequence[Change],
    subscriptions: Iterable[Subscription],
    *,
    now: datetime,
    new_id: Callable[[str], str],
    traceparent: str = "",
) -> list[NotificationDelivery]:
    """One pending delivery per (change, subscription that wants it), due now. The changes keep
    one event id each, shared by all their deliveries."""
    subscriptions = list(subscriptions)
    deliveries = []
    for change in changes:
        event_id = ""
        for subscription in subscriptions:
            if not subscription.wants(change):
                continue
            event_id = event_id or new_id("evt")
            deliveries.append(
                NotificationDelivery(
                    delivery_id=new_id("ntd"),
                    subscription_id=subscription.subscription_id,
                    event_id=event_id,
                    change_key=change.change_key,
                    event_type=change.event_type,
                    shipment_id=change.shipment_id,
                    data=change.data,
                    occurred_at=change.occurred_at,
                    state=DeliveryState.PENDING,
                    attempts=0,
                    last_status_code=0,
                    last_error="",
                    create_time=now,
                    first_attempt_at=None,
                    last_attempt_at=None,
                    next_attempt_at=now,
                    finished_at=None,
                    traceparent=traceparent,
                )
            )
    return deliveries


@dataclass(frozen=True)
class AttemptResult:
    """What one attempt came back with, whatever the channel."""

    delivery_id: str
    outcome: DeliveryOutcome
    status_code: int
    error: str


def after_attempt(
    delivery: NotificationDelivery,
    result: AttemptResult,
    *,
    attempted_at: datetime,
    retry_at: Callable[[int, datetime, datetime], datetime | None],
) -> NotificationDelivery:
    """The delivery after an attempt (`delivery.attempts` already counts it): delivered, failed for
    good, or pending again at `retry_at(attempts, first_attempt_at, attempted_at)` (None: give up)."""
    first = delivery.first_attempt_at or attempted_at
    updated = replace(
        delivery,
        first_attempt_at=first,
        last_attempt_at=attempted_at,
        last_status_code=result.status_code,
        last_error=result.error[:MAX_ERROR_LENGTH],
    )
    if result.outcome is DeliveryOutcome.DELIVERED:
        return replace(updated, state=DeliveryState.DELIVERED, next_attempt_at=None, finished_at=attempted_at, last_error="")
    next_at = retry_at(delivery.attempts, first, attempted_at) if result.outcome is DeliveryOutcome.RETRYABLE_FAILURE else None
    if next_at is None:
        return replace(updated, state=DeliveryState.FAILED, next_attempt_at=None, finished_at=attempted_at)
    return replace(updated, state=DeliveryState.PENDING, next_attempt_at=next_at)
