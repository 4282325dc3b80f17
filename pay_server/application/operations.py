"""Operator actions on money: review a milestone, settle an intent, complete through
the rail; and the release worker's step. Each is one transaction through SettlementBook;
the operator actions take a request id (a retry answers the first result)."""

from __future__ import annotations

from collections import defaultdict
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition
from pay_server.application import claims
from pay_server.application.bookkeeping import Bookkeeping, intent_or_not_found, milestone_order, settlement_or_not_found
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.intents import PaymentIntent, check_not_cancelled, check_scheduled
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement

R = TypeVar("R")

RELEASE_WORKER_ACTOR = "release-worker"

IntentAndSettlements = tuple[PaymentIntent, list[MilestoneSettlement]]


class SettlementOperations:
    def __init__(
        self, transactions: Transactions[PaymentUnitOfWork], idempotency: Idempotency[PaymentUnitOfWork], bookkeeping: Bookkeeping
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.bookkeeping = bookkeeping

    def review(
        self,
        settlement_id: str,
        approve: bool,
        reason: str,
        *,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[MilestoneSettlement, R],
    ) -> R:
        def review(uow: PaymentUnitOfWork) -> MilestoneSettlement:
            settlement = settlement_or_not_found(uow, settlement_id)
            intent = intent_or_not_found(uow, settlement.intent_id, for_update=True)
            settlement = settlement_or_not_found(uow, settlement_id)  # re-read under the intent lock
            book = self.bookkeeping.open(uow, actor)
            book.track([intent])
            updated = book.transition(settlement, MilestoneAction.APPROVE if approve else MilestoneAction.REJECT, reason=reason)
            self.bookkeeping.flush(uow, book)
            return updated

        return self.idempotency.run(key, codec, review)

    def settle_intent(
        self,
        intent_id: str,
        *,
        force_approval: bool,
        notes: str,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[IntentAndSettlements, R],
    ) -> R:
        """Intent-level settlement of every outstanding milestone (events or not):
        force or LOW approves, MEDIUM delays, HIGH without force is refused. It acts on
        the same milestone rows as the event path, so the two can never release more
        than the intent's amount between them. Money cargo claims hold stays held; new
        shares are created with the claims' holds on them."""

        def settle(uow: PaymentUnitOfWork) -> IntentAndSettlements:
            # Every intent of the shipment, locked in id order: cargo claims hold across them.
            shipment_id = intent_or_not_found(uow, intent_id).shipment_id
            locked = {i.intent_id: i for i in uow.intents.lock_of_shipments([shipment_id])}
            intent = locked[intent_id]
            check_not_cancelled(intent)
            check_scheduled(intent)
            tier = intent.risk_tier
            if tier is RiskTier.HIGH and not force_approval:
                raise FailedPrecondition(
                    f"payment intent {intent_id} is HIGH risk: settle it with force_approval, or approve its milestones one by one",
                    reason="FORCE_APPROVAL_REQUIRED",
                )
            approve_now = force_approval or tier is RiskTier.LOW
            reason = notes or ("forced intent-level settlement" if force_approval else "intent-level settlement")
            book = self.bookkeeping.open(uow, actor)
            book.track([intent])
            # A milestone may be in several parts (cargo claims split it); part 0 exists
            # once the milestone was triggered.
            existing: dict[ShipmentEventType, list[MilestoneSettlement]] = defaultdict(list)
            for settlement in uow.settlements.of_intents([intent_id]):
                existing[settlement.milestone].append(settlement)
            items = uow.schedules.of_intents([intent_id])[intent_id]
            strategy = ReleaseStrategy.IMMEDIATE if approve_now else ReleaseStrategy.DELAYED
            candidates = []
            changed: list[MilestoneSettlement] = []
            for milestone in sorted(items, key=milestone_order):
                item = items[milestone]
                rows = existing.get(milestone, [])
                if not any(row.part == 0 for row in rows) and item.amount_minor > 0:
                    candidates.append((self.bookkeeping.new_settlement(book.now, intent, item, "", book.now, strategy), reason))
                for current in rows:
                    if approve_now and current.status in (MilestoneStatus.PENDING, MilestoneStatus.DELAYED):
                        changed.append(book.transition(current, MilestoneAction.APPROVE, reason=reason))
            if uow.claims.shipments_with_claims([shipment_id]):
                others = claims.payable(i for i in locked.values() if i.intent_id != intent_id)
                book.track(others)
                triggers = [claims.Trigger(intent, items[s.milestone], "", book.now, strategy, None, reason) for s, _ in candidates]
                created = claims.sync_shipments(
                    self.bookkeeping,
                    book,
                    [shipment_id],
                    [intent, *others],
                    {**uow.schedules.of_intents([i.intent_id for i in others]), intent_id: items},
                    extra_triggers=triggers,
                )
                changed.extend(s for settlements in created.values() for s in settlements if s.intent_id == intent_id)
            else:
                changed.extend(book.create_settlements(candidates))
            final = next(i for i in self.bookkeeping.flush(uow, book) if i.intent_id == intent_id)
            return final, changed

        return self.idempotency.run(key, codec, settle)

    def complete(
        self,
        *,
        settlement_id: str | None,
        intent_id: str | None,
        rail_reference: str,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[IntentAndSettlements, R],
    ) -> R:
        """APPROVED -> SETTLED through the payment rail, for one milestone or all of an intent's.
        Milestones an open payout holds are left to it: settling them here would pay twice."""

        def complete(uow: PaymentUnitOfWork) -> IntentAndSettlements:
            if settlement_id is not None:
                target = settlement_or_not_found(uow, settlement_id)
                intent = intent_or_not_found(uow, target.intent_id, for_update=True)
                to_settle = [settlement_or_not_found(uow, settlement_id)]
                # Read under the intent's lock: a payout run takes it before holding a milestone.
                holding = uow.payouts.open_payouts_holding([settlement_id])
                if settlement_id in holding:
                    raise FailedPrecondition(
                        f"milestone settlement {settlement_id} is in open payout {holding[settlement_id]}: "
                        "it is settled when that payout is confirmed (or back in the pool if it fails)",
                        reason="MILESTONE_IN_OPEN_PAYOUT",
                        metadata={"settlement_id": settlement_id, "payout_id": holding[settlement_id]},
                    )
            else:
                assert intent_id is not None
                intent = intent_or_not_found(uow, intent_id, for_update=True)
                approved = [s for s in uow.settlements.of_intents([intent_id]) if s.status is MilestoneStatus.APPROVED]
                holding = uow.payouts.open_payouts_holding([s.settlement_id for s in approved])
                to_settle = [s for s in approved if s.settlement_id not in holding]
                if not to_settle:
                    in_payouts = f"; {len(holding)} are in open payouts" if holding else ""
                    raise FailedPrecondition(
                        f"payment intent {intent_id} has no APPROVED milestone to settle (status {intent.status.value}{in_payouts})",
                        reason="NOTHING_TO_SETTLE",
                    )
            book = self.bookkeeping.open(uow, actor)
            book.track([intent])
            settled = [book.transition(s, MilestoneAction.COMPLETE, reason="funds moved", rail_reference=rail_reference) for s in to_settle]
            (final,) = self.bookkeeping.flush(uow, book)
            return final, settled

        return self.idempotency.run(key, codec, complete)

    def release_due(self, *, limit: int = 500) -> int:
        """Release DELAYED milestones whose release_at has passed. Safe to run on every
        replica at once: each milestone is re-checked under its intent's lock."""

        def release(uow: PaymentUnitOfWork) -> int:
            now = self.bookkeeping.clock.now()
            due = uow.settlements.due_delayed(now=now, limit=limit)
            if not due:
                return 0
            intents = uow.intents.lock([s.intent_id for s in due])
            book = self.bookkeeping.open(uow, RELEASE_WORKER_ACTOR)
            book.track(list(intents.values()))
            released = 0
            for settlement in uow.settlements.by_ids([s.settlement_id for s in due]):
                if settlement.status is MilestoneStatus.DELAYED and settlement.release_at is not None and settlement.release_at <= now:
                    book.transition(
                        settlement, MilestoneAction.RELEASE_DUE, reason=f"release delay elapsed at {settlement.release_at.isoformat()}"
                    )
                    released += 1
            self.bookkeeping.flush(uow, book)
            return released

        return self.transactions.write(release)
