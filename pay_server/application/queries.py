"""Pay's reads: settlements, audit trail, a shipment's picture, an intent's ledger, the
change feed behind WatchSettlements, and the release backlog."""

from __future__ import annotations

from dataclasses import dataclass, field

from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.errors import NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.pagination import Page, PageRequest
from pay_server.application import claims
from pay_server.application.bookkeeping import intent_or_not_found
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.audit import AuditEntry
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.intents import PaymentIntent
from pay_server.domain.ledger import Journal, LedgerAccount
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.settlements import MilestoneSettlement


@dataclass(frozen=True)
class ShipmentAudit:
    shipment_id: str
    events: list[ReceivedEvent]
    intents: list[PaymentIntent]
    settlements: list[MilestoneSettlement]
    claims: list[claims.ClaimView] = field(default_factory=list)


@dataclass(frozen=True)
class IntentLedger:
    intent: PaymentIntent
    journals: list[tuple[Journal, list[tuple[LedgerAccount, int]]]]
    balances: dict[LedgerAccount, int]


class PaymentQueries:
    def __init__(self, transactions: Transactions[PaymentUnitOfWork], clock: Clock):
        self.transactions = transactions
        self.clock = clock

    def list_settlements(
        self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None, page: PageRequest
    ) -> Page:
        def read(uow: PaymentUnitOfWork) -> Page:
            if intent_id:
                intent_or_not_found(uow, intent_id)
            fetched = uow.settlements.list(
                intent_id=intent_id,
                shipment_id=shipment_id,
                status=status,
                after_id=page.after[0] if page.after else None,
                limit=page.size + 1,
            )
            return Page.of(fetched, page, uow.settlements.count(intent_id=intent_id, shipment_id=shipment_id, status=status))

        return self.transactions.read(read)

    def history(self, intent_id: str, *, after_sequence: int, limit: int) -> list[AuditEntry]:
        def read(uow: PaymentUnitOfWork) -> list[AuditEntry]:
            intent_or_not_found(uow, intent_id)
            return uow.audit.of_intent(intent_id, after_sequence=after_sequence, limit=limit)

        return self.transactions.read(read)

    def shipment_audit(self, shipment_id: str) -> ShipmentAudit:
        """A shipment as pay knows it; NOT_FOUND when pay has heard nothing of it."""

        def read(uow: PaymentUnitOfWork) -> ShipmentAudit:
            intents = uow.intents.of_shipment(shipment_id)
            audit = ShipmentAudit(
                shipment_id=shipment_id,
                events=uow.received.of_shipment(shipment_id),
                intents=intents,
                settlements=uow.settlements.of_shipment(shipment_id),
                claims=claims.shipment_claims(uow, shipment_id, intents),
            )
            if not audit.events and not audit.intents:
                raise NotFound("shipment", shipment_id, reason="SHIPMENT_UNKNOWN_TO_PAYMENT")
            return audit

        return self.transactions.read(read, lag_tolerant=True)

    def ledger(self, intent_id: str) -> IntentLedger:
        def read(uow: PaymentUnitOfWork) -> IntentLedger:
            intent = intent_or_not_found(uow, intent_id)
            return IntentLedger(intent, uow.ledger.journals_of_intent(intent_id), uow.ledger.balances_of_intent(intent_id))

        return self.transactions.read(read)

    def milestone_changes(
        self, *, after_sequence: int, intent_id: str | None, shipment_id: str | None, limit: int
    ) -> list[tuple[AuditEntry, MilestoneSettlement]]:
        def read(uow: PaymentUnitOfWork) -> list[tuple[AuditEntry, MilestoneSettlement]]:
            changes = uow.audit.milestone_changes_after(
                after_sequence=after_sequence, intent_id=intent_id, shipment_id=shipment_id, limit=limit
            )
            settlements = {s.settlement_id: s for s in uow.settlements.by_ids([c.settlement_id for c in changes if c.settlement_id])}
            return [(change, settlements[change.settlement_id]) for change in changes if change.settlement_id in settlements]

        return self.transactions.read(read)

    def release_backlog(self) -> tuple[float, int]:
        """(seconds the oldest due DELAYED milestone is overdue, how many are due)."""
        now = self.clock.now()

        def read(uow: PaymentUnitOfWork) -> tuple[float, int]:
            oldest, due = uow.settlements.overdue_delayed(now=now)
            return (max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0, due)

        return self.transactions.read(read, lag_tolerant=True)

    def last_change_sequence(self) -> int:
        return self.transactions.read(lambda uow: uow.audit.last_sequence())
