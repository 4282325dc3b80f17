"""Notifications as use cases: managing subscriptions, queueing a change's deliveries in the
change's own transaction (the outbox), and what the delivery worker does around each attempt.

Queueing sits on the hot path of every milestone change, so it must cost nothing when nobody
listens: the active subscriptions are cached per process (`SubscriptionDirectory`). This
process's own CreateSubscription/DeleteSubscription invalidate the cache when they commit;
other replicas' are picked up within `refresh_seconds`. A change therefore reaches every
subscription created before it on the same replica, and on any replica once the refresh has
passed (docs/notifications.md).
"""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.errors import FailedPrecondition, InvalidArgument, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import PaymentIntent
from pay_server.domain.notices import NotificationEventType
from pay_server.domain.notifications import (
    AttemptResult,
    Change,
    Channel,
    DeliveryState,
    NotificationDelivery,
    SubscriberKind,
    Subscription,
    after_attempt,
    deliveries_for,
    milestone_change,
)

R = TypeVar("R")


@dataclass(frozen=True)
class SubscriptionDraft:
    subscriber_kind: SubscriberKind
    subscriber_id: str
    event_types: frozenset[NotificationEventType]
    channel: Channel
    destination: str
    description: str


@dataclass(frozen=True)
class CreatedSubscription:
    subscription: Subscription
    secret: str  # shown once


@dataclass
class NotificationWiring:
    """What the composition root plugs into the notification use cases."""

    check_destination: Callable[[Channel, str], list[str]] = lambda channel, destination: []
    new_secret: Callable[[], str] = lambda: ""
    email_enabled: bool = True
    current_traceparent: Callable[[], str] = lambda: ""
    subscription_refresh_seconds: float = 1.0


class SubscriptionDirectory:
    """The active subscriptions, cached per process (see the module docstring)."""

    def __init__(self, *, refresh_seconds: float = 1.0, monotonic: Callable[[], float] = time.monotonic):
        self.refresh_seconds = refresh_seconds
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._subscriptions: list[Subscription] | None = None
        self._loaded_at = 0.0
        self.loads = 0  # how often the table was read (tests and metrics)

    def invalidate(self) -> None:
        with self._lock:
            self._subscriptions = None

    def current(self, uow: PaymentUnitOfWork) -> list[Subscription]:
        with self._lock:
            cached, loaded_at = self._subscriptions, self._loaded_at
        if cached is not None and self._monotonic() - loaded_at < self.refresh_seconds:
            return cached
        started = self._monotonic()
        loaded = uow.notifications.active_subscriptions()
        with self._lock:
            self._subscriptions, self._loaded_at = loaded, started
            self.loads += 1
        return loaded


class NotificationOutbox:
    """The hook every money change goes through: queue one delivery per (change, interested
    subscription) in the change's transaction. Bookkeeping calls it for milestone changes;
    payouts and claims call `enqueue` with their own Changes."""

    def __init__(self, directory: SubscriptionDirectory, clock: Clock, *, current_traceparent: Callable[[], str] = lambda: ""):
        self.directory = directory
        self.clock = clock
        self.current_traceparent = current_traceparent
        self.wake: Callable[[], None] = lambda: None  # the delivery worker's, once it runs

    def enqueue(self, uow: PaymentUnitOfWork, changes: Sequence[Change]) -> int:
        """Queue the deliveries of `changes` in `uow`; returns how many were queued."""
        if not changes:
            return 0
        subscriptions = self.directory.current(uow)
        if not subscriptions:
            return 0
        deliveries = deliveries_for(changes, subscriptions, now=self.clock.now(), new_id=new_id, traceparent=self.current_traceparent())
        if deliveries:
            uow.notifications.add_deliveries(deliveries)
            uow.after_commit(self.wake)
        return len(deliveries)

    def enqueue_milestone_changes(self, uow: PaymentUnitOfWork, audit: Sequence[AuditEntry], intents: Iterable[PaymentIntent]) -> int:
        """Queue what the milestone rows of a SettlementBook flush announce."""
        milestone_rows = [entry for entry in audit if entry.settlement_id is not None and entry.milestone is not None]
        if not milestone_rows:
            return 0
        by_id = {intent.intent_id: intent for intent in intents}
        changes = []
        for entry in milestone_rows:
            intent = by_id.get(entry.intent_id)
            assert entry.settlement_id is not None and entry.milestone is not None
            if intent is None:
                continue
            change = milestone_change(
                settlement_id=entry.settlement_id,
                intent_id=entry.intent_id,
                shipment_id=entry.shipment_id,
                milestone=entry.milestone.value,
                from_status=entry.from_status,
                to_status=entry.to_status,
                amount_minor=entry.amount_minor,
                currency=entry.currency,
                payee_id=intent.payee_id,
                payer_id=intent.payer_id,
                occurred_at=entry.create_time,
            )
            if change is not None:
                changes.append(change)
        return self.enqueue(uow, changes)


class NotificationUseCases:
    def __init__(
        self,
        transactions: Transactions[PaymentUnitOfWork],
        idempotency: Idempotency[PaymentUnitOfWork],
        clock: Clock,
        outbox: NotificationOutbox,
        wiring: NotificationWiring,
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.clock = clock
        self.outbox = outbox
        self.check_destination = wiring.check_destination
        self.new_secret = wiring.new_secret
        self.email_enabled = wiring.email_enabled

    @classmethod
    def build(
        cls,
        transactions: Transactions[PaymentUnitOfWork],
        idempotency: Idempotency[PaymentUnitOfWork],
        clock: Clock,
        wiring: NotificationWiring | None,
    ) -> NotificationUseCases:
        wiring = wiring or NotificationWiring()
        directory = SubscriptionDirectory(refresh_seconds=wiring.subscription_refresh_seconds)
        outbox = NotificationOutbox(directory, clock, current_traceparent=wiring.current_traceparent)
        return cls(transactions, idempotency, clock, outbox, wiring)

    # ------------------------------------------------------------ subscriptions

    def create(self, draft: SubscriptionDraft, *, key: RequestKey | None, codec: ResponseCodec[CreatedSubscription, R]) -> R:
        """Create a subscription; a webhook gets a new secret, returned once."""
        replayed = self.idempotency.replayed(key, codec)
        if replayed is not None:
            return replayed
        if draft.channel is Channel.EMAIL and not self.email_enabled:
            raise FailedPrecondition("e-mail notifications are not configured on this server (--smtp-host)", reason="EMAIL_NOT_CONFIGURED")
        # Outside any transaction: checking a webhook URL resolves its host (DNS).
        problems = self.check_destination(draft.channel, draft.destination)
        if problems:
            field_path = "subscription.webhook_url" if draft.channel is Channel.WEBHOOK else "subscription.email_address"
            raise InvalidArgument.single(field_path, "; ".join(problems), reason="DESTINATION_REFUSED")
        secret = self.new_secret() if draft.channel is Channel.WEBHOOK else ""

        def create(uow: PaymentUnitOfWork) -> CreatedSubscription:
            subscription = Subscription(
                subscription_id=new_id("sub"),
                subscriber_kind=draft.subscriber_kind,
                subscriber_id=draft.subscriber_id,
                event_types=draft.event_types,
                channel=draft.channel,
                destination=draft.destination,
                secret=secret,
                description=draft.description,
                create_time=self.clock.now(),
            )
            uow.notifications.add_subscription(subscription)
            uow.after_commit(self.outbox.directory.invalidate)
            return CreatedSubscription(subscription, secret)

        return self.idempotency.run(key, codec, create)

    def list(self, *, kind: SubscriberKind | None, subscriber_id: str | None, page: PageRequest) -> Page:
        def read(uow: PaymentUnitOfWork) -> Page:
            fetched = uow.notifications.list_subscriptions(
                kind=kind, subscriber_id=subscriber_id, after_id=page.after[0] if page.after else None, limit=page.size + 1
            )
            return Page.of(fetched, page, uow.notifications.count_subscriptions(kind=kind, subscriber_id=subscriber_id))

        return self.transactions.read(read)

    def delete(self, subscription_id: str, *, key: RequestKey | None, codec: ResponseCodec[tuple[Subscription, int], R]) -> R:
        """Delete a subscription and cancel its pending deliveries."""

        def delete(uow: PaymentUnitOfWork) -> tuple[Subscription, int]:
            subscription = uow.notifications.get_subscription(subscription_id, for_update=True)
            if subscription is None or subscription.deleted_at is not None:
                raise NotFound("subscription", subscription_id)
            now = self.clock.now()
            cancelled = uow.notifications.delete_subscription(subscription_id, now=now)
            uow.after_commit(self.outbox.directory.invalidate)
            return subscription, cancelled

        return self.idempotency.run(key, codec, delete)

    def list_deliveries(self, *, subscription_id: str | None, state: DeliveryState | None, event_id: str | None, page: PageRequest) -> Page:
        def read(uow: PaymentUnitOfWork) -> Page:
            if subscription_id and uow.notifications.get_subscription(subscription_id) is None:
                raise NotFound("subscription", subscription_id)
            fetched = uow.notifications.list_deliveries(
                subscription_id=subscription_id,
                state=state,
                event_id=event_id,
                before_id=page.after[0] if page.after else None,
                limit=page.size + 1,
            )
            total = uow.notifications.count_deliveries(subscription_id=subscription_id, state=state, event_id=event_id)
            return Page.of(fetched, page, total)

        return self.transactions.read(read)

    # ------------------------------------------------------------ the delivery worker

    def claim_due(self, *, lease: timedelta, limit: int) -> builtins.list[tuple[NotificationDelivery, Subscription]]:
        """Lease due deliveries with their subscriptions. Deliveries of deleted subscriptions (queued
        by a replica whose cache had not seen the deletion yet) are cancelled instead."""

        def claim(uow: PaymentUnitOfWork) -> builtins.list[tuple[NotificationDelivery, Subscription]]:
            now = self.clock.now()
            claimed = uow.notifications.claim_due(now=now, lease_until=now + lease, limit=limit)
            subscriptions = uow.notifications.subscriptions_by_ids(d.subscription_id for d in claimed)
            gone = sorted({d.subscription_id for d in claimed if subscriptions[d.subscription_id].deleted_at is not None})
            if gone:
                uow.notifications.cancel_pending(gone, now=now)
            return [(d, subscriptions[d.subscription_id]) for d in claimed if d.subscription_id not in gone]

        return self.transactions.write(claim)

    def record(
        self,
        attempts: Sequence[tuple[NotificationDelivery, AttemptResult, datetime]],
        retry_at: Callable[[int, datetime, datetime], datetime | None],
    ) -> builtins.list[NotificationDelivery]:
        """Write what each attempt came to (delivered, failed, or pending again at its retry time)."""
        updated = [
            (after_attempt(delivery, result, attempted_at=at, retry_at=retry_at), delivery.attempts) for delivery, result, at in attempts
        ]

        def record(uow: PaymentUnitOfWork) -> None:
            uow.notifications.record_attempts(updated)

        self.transactions.write(record)
        return [delivery for delivery, _ in updated]

    def release_leases(self, deliveries: Sequence[NotificationDelivery]) -> None:
        now = self.clock.now()
        ids = [d.delivery_id for d in deliveries]
        self.transactions.write(lambda uow: uow.notifications.release_leases(ids, now=now))
