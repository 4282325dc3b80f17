"""Opening and flushing SettlementBooks, and the lookups pay's use cases share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.ids import new_id
from pay_server.application.changes import ChangeNotifier, CommittedChange
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.application.settlement_book import PaymentRail, SettlementBook
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import PaymentIntent
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy, initial_status, release_at
from pay_server.domain.schedules import ScheduleItem
from pay_server.domain.settlements import MilestoneSettlement

if TYPE_CHECKING:
    from pay_server.application.notifications import NotificationOutbox


class PaymentObserver(Protocol):
    """Hooks for metrics, called after each commit."""

    def events_processed(self, new: int, duplicate: int) -> None: ...

    def settlement_changes(self, entries: Sequence[AuditEntry]) -> None: ...


class NoObserver:
    def events_processed(self, new: int, duplicate: int) -> None:
        pass

    def settlement_changes(self, entries: Sequence[AuditEntry]) -> None:
        pass


class Bookkeeping:
    """What every money-moving use case does around its SettlementBook: open it on the
    unit of work with the clock and the rail, and after commit wake the watchers and
    tell the observer."""

    def __init__(self, clock: Clock, rail: PaymentRail, notifier: ChangeNotifier, observer: PaymentObserver, release_delay: timedelta):
        self.clock = clock
        self.rail = rail
        self.notifier = notifier
        self.observer = observer
        self.release_delay = release_delay
        # Set when notifications are wired: every flush queues what its changes announce.
        self.notifications: NotificationOutbox | None = None

    def open(self, uow: PaymentUnitOfWork, actor: str) -> SettlementBook:
        return SettlementBook(uow, self.clock.now(), actor, self.rail)

    def flush(self, uow: PaymentUnitOfWork, book: SettlementBook) -> list[PaymentIntent]:
        already_written = len(book.written_audit)
        intents = book.flush()
        written = list(book.written_audit)
        if self.notifications is not None:
            # In this transaction: a change and the notices it owes commit together or not at all.
            self.notifications.enqueue_milestone_changes(uow, written[already_written:], intents)
        new = written[already_written:]
        if new and all(entry.sequence is not None for entry in new):
            committed = [CommittedChange(entry, book.latest(entry.settlement_id) if entry.settlement_id else None) for entry in new]
            uow.after_commit(lambda: self.notifier.publish(committed))
        else:  # sequences unknown (transparency log off): the streams read the database
            uow.after_commit(self.notifier.notify)
        uow.after_commit(lambda: self.observer.settlement_changes(written))
        return intents

    def new_settlement(
        self,
        now: datetime,
        intent: PaymentIntent,
        item: ScheduleItem,
        source_event_id: str,
        event_time: datetime,
        strategy: ReleaseStrategy | None = None,
    ) -> MilestoneSettlement:
        strategy = strategy or item.release_strategy
        status = initial_status(strategy)
        return MilestoneSettlement(
            settlement_id=new_id("ms"),
            intent_id=intent.intent_id,
            shipment_id=intent.shipment_id,
            milestone=item.milestone,
            amount_minor=item.amount_minor,
            currency=intent.currency,
            basis_points=item.basis_points,
            status=status,
            release_strategy=strategy,
            source_event_id=source_event_id,
            release_at=release_at(strategy, event_time, self.release_delay),
            released_at=now if status is MilestoneStatus.APPROVED else None,
            settled_at=None,
            rail_reference="",
            status_reason="",
            create_time=now,
            update_time=now,
        )


def intent_or_not_found(uow: PaymentUnitOfWork, intent_id: str, *, for_update: bool = False) -> PaymentIntent:
    intent = uow.intents.get(intent_id, for_update=for_update)
    if intent is None:
        raise NotFound("payment intent", intent_id)
    return intent


def settlement_or_not_found(uow: PaymentUnitOfWork, settlement_id: str) -> MilestoneSettlement:
    settlement = uow.settlements.get(settlement_id)
    if settlement is None:
        raise NotFound("milestone settlement", settlement_id)
    return settlement


def milestone_order(milestone: ShipmentEventType) -> int:
    return MILESTONES.index(milestone)
