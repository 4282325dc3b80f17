"""What pay's use cases need from storage, in domain terms: the repositories of a unit of
work. The storage package implements these; nothing here knows SQL."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from chainbridge_common.application.unit_of_work import UnitOfWork
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.domain.audit import AuditEntry
from pay_server.domain.claims import CargoClaim, ClaimResolution
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.intents import IntentStatus, PaymentIntent
from pay_server.domain.ledger import Journal, LedgerAccount
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.schedules import ScheduleItem
from pay_server.domain.settlements import MilestoneSettlement


class IntentRepository(Protocol):
    def add(self, intent: PaymentIntent) -> None: ...

    def get(self, intent_id: str, *, for_update: bool = False) -> PaymentIntent | None: ...

    def lock(self, intent_ids: Iterable[str]) -> dict[str, PaymentIntent]:
        """Lock intents in id order (every writer locks in this order: no deadlocks)."""
        ...

    def lock_of_shipments(self, shipment_ids: Iterable[str]) -> list[PaymentIntent]:
        """Lock every intent of these shipments, in id order, through the shipment index
        (the cost does not grow with the number of intents stored)."""
        ...

    def lock_token(self, token_id: str) -> None:
        """Serialise the creation of intents on one freight token until commit."""
        ...

    def of_token(self, token_id: str) -> list[PaymentIntent]: ...

    def of_shipment(self, shipment_id: str) -> list[PaymentIntent]: ...

    def list(
        self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None, before_id: str | None, limit: int
    ) -> list[PaymentIntent]: ...

    def count(self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None) -> int: ...


class ScheduleRepository(Protocol):
    def add(self, intent_id: str, items: Sequence[ScheduleItem]) -> None: ...

    def of_intents(self, intent_ids: Iterable[str]) -> dict[str, dict[ShipmentEventType, ScheduleItem]]: ...


class ReceivedEventRepository(Protocol):
    def add_new(self, events: Sequence[ReceivedEvent]) -> set[str]:
        """Store events not seen before; return the ids that are new (the database
        decides between concurrent duplicates)."""
        ...

    def of_shipment(self, shipment_id: str) -> list[ReceivedEvent]:
        """Oldest occurred_at first."""
        ...

    def of_shipments(self, shipment_ids: Iterable[str], event_types: Iterable[ShipmentEventType]) -> list[ReceivedEvent]: ...


class SettlementRepository(Protocol):
    def add_new(self, settlements: Sequence[MilestoneSettlement]) -> set[str]:
        """Insert settlements whose (intent, milestone) is still free; return the inserted ids."""
        ...

    def update(self, settlement: MilestoneSettlement, *, expected_status: MilestoneStatus) -> bool:
        """Compare-and-set: write only if the row is still in `expected_status`."""
        ...

    def get(self, settlement_id: str) -> MilestoneSettlement | None: ...

    def of_intents(self, intent_ids: Iterable[str]) -> list[MilestoneSettlement]: ...

    def by_ids(self, settlement_ids: Iterable[str]) -> list[MilestoneSettlement]: ...

    def by_source_events(self, event_ids: Iterable[str]) -> dict[str, list[MilestoneSettlement]]: ...

    def of_shipment(self, shipment_id: str) -> list[MilestoneSettlement]: ...

    def list(
        self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None, after_id: str | None, limit: int
    ) -> builtins.list[MilestoneSettlement]:
        """Oldest first."""
        ...

    def count(self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None) -> int: ...

    def due_delayed(self, *, now: datetime, limit: int) -> builtins.list[MilestoneSettlement]: ...

    def overdue_delayed(self, *, now: datetime) -> tuple[datetime | None, int]:
        """(earliest release_at among DELAYED milestones already due, how many are due)."""
        ...


class AuditRepository(Protocol):
    def of_intent(self, intent_id: str, *, after_sequence: int, limit: int) -> list[AuditEntry]: ...

    def milestone_changes_after(
        self, *, after_sequence: int, intent_id: str | None, shipment_id: str | None, limit: int
    ) -> list[AuditEntry]: ...

    def last_sequence(self) -> int: ...


class LedgerRepository(Protocol):
    def journals_of_intent(self, intent_id: str) -> list[tuple[Journal, list[tuple[LedgerAccount, int]]]]: ...

    def balances_of_intent(self, intent_id: str) -> dict[LedgerAccount, int]: ...


class ClaimRepository(Protocol):
    def add_new(self, claims: Sequence[CargoClaim]) -> set[str]:
        """Store claims not seen before; return the ids that are new."""
        ...

    def get(self, claim_id: str) -> CargoClaim | None: ...

    def of_shipments(self, shipment_ids: Iterable[str]) -> list[CargoClaim]:
        """In claim order (claim number, filing time, id)."""
        ...

    def shipments_with_claims(self, shipment_ids: Iterable[str]) -> set[str]:
        """Those of the shipments pay received a claim of, or an event freight recorded
        after a claim (which then waits for it): their money follows the claim rules."""
        ...

    def last_claim_number(self, shipment_id: str) -> int:
        """The highest claim number of the shipment; 0 with no claim."""
        ...

    def resolve(self, claim_id: str, resolution: ClaimResolution) -> bool:
        """Compare-and-set: record the resolution only if the claim is still unresolved."""
        ...


class BookWriter(Protocol):
    def write(self, intents: Sequence[PaymentIntent], journals: Sequence[Journal], audit: Sequence[AuditEntry]) -> None:
        """Write changed intents (the last state given for an intent wins), balanced
        journals and audit rows, in the order given - together, one statement where the
        database allows it. Audit sequence numbers become visible in order."""
        ...


class PaymentUnitOfWork(UnitOfWork, Protocol):
    @property
    def intents(self) -> IntentRepository: ...

    @property
    def schedules(self) -> ScheduleRepository: ...

    @property
    def received(self) -> ReceivedEventRepository: ...

    @property
    def settlements(self) -> SettlementRepository: ...

    @property
    def audit(self) -> AuditRepository: ...

    @property
    def ledger(self) -> LedgerRepository: ...

    @property
    def book(self) -> BookWriter: ...

    @property
    def claims(self) -> ClaimRepository: ...
