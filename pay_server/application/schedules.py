"""Schedule use cases: build an intent's milestone schedule (and apply the events that
arrived before it), read it."""

from __future__ import annotations

from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import AlreadyExists
from pay_server.application import claims
from pay_server.application.bookkeeping import Bookkeeping, intent_or_not_found, milestone_order
from pay_server.application.event_intake import apply_events
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.events import events_that_pay
from pay_server.domain.intents import PaymentIntent, check_not_cancelled, check_scheduled
from pay_server.domain.schedules import ScheduleItem, build_schedule
from pay_server.domain.settlements import MilestoneSettlement

R = TypeVar("R")

BuiltSchedule = tuple[PaymentIntent, list[ScheduleItem], list[MilestoneSettlement]]


class ScheduleUseCases:
    def __init__(
        self, transactions: Transactions[PaymentUnitOfWork], idempotency: Idempotency[PaymentUnitOfWork], bookkeeping: Bookkeeping
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.bookkeeping = bookkeeping

    def build(
        self,
        intent_id: str,
        custom_shares: dict[ShipmentEventType, int] | None,
        *,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[BuiltSchedule, R],
    ) -> R:
        def build(uow: PaymentUnitOfWork) -> BuiltSchedule:
            # Every intent of the shipment, locked in id order: cargo claims hold money
            # across all of them (pay_server/application/claims.py).
            shipment_id = intent_or_not_found(uow, intent_id).shipment_id
            locked = {i.intent_id: i for i in uow.intents.lock_of_shipments([shipment_id])}
            intent = locked[intent_id]
            check_not_cancelled(intent)
            if intent.schedule_kind is not None:
                raise AlreadyExists(f"payment intent {intent_id} already has a schedule", reason="SCHEDULE_ALREADY_EXISTS")
            kind, items = build_schedule(intent.amount_minor, intent.risk_tier, custom_shares)
            book = self.bookkeeping.open(uow, actor)
            book.track([intent])
            scheduled = book.schedule(intent_id, kind, items)
            if uow.claims.shipments_with_claims([shipment_id]):
                others = claims.payable(i for i in locked.values() if i.intent_id != intent_id)
                book.track(others)
                schedules = uow.schedules.of_intents([i.intent_id for i in others])
                schedules[intent_id] = {i.milestone: i for i in items}
                applied = claims.sync_shipments(self.bookkeeping, book, [shipment_id], [*others, scheduled], schedules)
            else:
                earlier = events_that_pay(uow.received.of_shipment(intent.shipment_id))
                applied = apply_events(self.bookkeeping, book, earlier, [scheduled], {intent_id: {i.milestone: i for i in items}})
            final = next(i for i in self.bookkeeping.flush(uow, book) if i.intent_id == intent_id)
            return final, items, [s for created in applied.values() for s in created if s.intent_id == intent_id]

        return self.idempotency.run(key, codec, build)

    def get(self, intent_id: str) -> tuple[PaymentIntent, list[ScheduleItem]]:
        def read(uow: PaymentUnitOfWork) -> tuple[PaymentIntent, list[ScheduleItem]]:
            intent = intent_or_not_found(uow, intent_id)
            check_scheduled(intent)
            items = uow.schedules.of_intents([intent_id])[intent_id]
            return intent, [items[m] for m in sorted(items, key=milestone_order)]

        return self.transactions.read(read)
