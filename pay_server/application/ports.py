"""What pay's use cases need from storage, in domain terms: the repositories of a unit of
work. The storage package implements these; nothing here knows SQL."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Protocol

from chainbridge_common.application.unit_of_work import UnitOfWork
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.domain.analytics import ShipperVolume
from pay_server.domain.audit import AuditEntry
from pay_server.domain.claims import CargoClaim, ClaimResolution
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.intents import IntentStatus, PaymentIntent
from pay_server.domain.ledger import Journal, LedgerAccount
from pay_server.domain.notifications import DeliveryState, NotificationDelivery, SubscriberKind, Subscription
from pay_server.domain.payees import PayeeAccountChange, RegisteredPayeeAccount
from pay_server.domain.payouts import (
    PayableMilestone,
    Payout,
    PayoutEvent,
    PayoutRun,
    PayoutRunFilter,
    PayoutStatus,
    PayoutSummary,
    RailSubmission,
    SkippedPayee,
)
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.schedules import ScheduleItem
from pay_server.domain.settlements import MilestoneSettlement
from pay_server.domain.transparency import LoggedLeaf


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
    def write(self, intents: Sequence[PaymentIntent], journals: Sequence[Journal], audit: Sequence[AuditEntry]) -> list[int] | None:
        """Write changed intents (the last state given for an intent wins), balanced
        journals and audit rows, in the order given - together, one statement where the
        database allows it. Audit sequence numbers become visible in order. Returns the
        audit rows' sequence numbers, in their order, when the write learnt them (None
        otherwise)."""
        ...


class NotificationRepository(Protocol):
    def add_subscription(self, subscription: Subscription) -> None: ...

    def get_subscription(self, subscription_id: str, *, for_update: bool = False) -> Subscription | None:
        """Deleted ones too (deleted_at set)."""
        ...

    def active_subscriptions(self) -> list[Subscription]: ...

    def list_subscriptions(
        self, *, kind: SubscriberKind | None, subscriber_id: str | None, after_id: str | None, limit: int
    ) -> list[Subscription]:
        """Active subscriptions, oldest first."""
        ...

    def count_subscriptions(self, *, kind: SubscriberKind | None, subscriber_id: str | None) -> int: ...

    def delete_subscription(self, subscription_id: str, *, now: datetime) -> int:
        """Mark it deleted and cancel its pending deliveries; returns how many were cancelled."""
        ...

    def cancel_pending(self, subscription_ids: Sequence[str], *, now: datetime) -> int: ...

    def add_deliveries(self, deliveries: Sequence[NotificationDelivery]) -> None:
        """Queue deliveries; one whose (change, subscription) is queued already is skipped."""
        ...

    def claim_due(self, *, now: datetime, lease_until: datetime, limit: int) -> list[NotificationDelivery]:
        """Lease due pending deliveries (skipping rows other transactions hold), counting the attempt."""
        ...

    def subscriptions_by_ids(self, subscription_ids: Iterable[str]) -> dict[str, Subscription]: ...

    def record_attempts(self, attempted: Sequence[tuple[NotificationDelivery, int]]) -> int:
        """Write (delivery after its attempt, attempt count claimed); skipped where the count moved on."""
        ...

    def release_leases(self, delivery_ids: Sequence[str], *, now: datetime) -> None: ...

    def list_deliveries(
        self, *, subscription_id: str | None, state: DeliveryState | None, event_id: str | None, before_id: str | None, limit: int
    ) -> list[NotificationDelivery]:
        """Newest first, with their destinations."""
        ...

    def count_deliveries(self, *, subscription_id: str | None, state: DeliveryState | None, event_id: str | None) -> int: ...


class AnalyticsRepository(Protocol):
    """Reads over a time window, each from a time index (see pay_server/storage/analytics.py)."""

    def status_totals(
        self, *, start: datetime, end: datetime, tier: RiskTier | None, payee_id: str | None, currency: str | None
    ) -> list[tuple[RiskTier, str, str, str, int, int]]: ...

    def durations(
        self, *, start: datetime, end: datetime, tier: RiskTier | None, payee_id: str | None, currency: str | None
    ) -> list[tuple[RiskTier, str, str, int | None, int | None]]: ...

    def events_of_shipments_active_in(self, *, start: datetime, end: datetime) -> dict[str, list[ReceivedEvent]]: ...

    def settlements_of_events(self, event_ids: Iterable[str], milestone: str) -> dict[str, list[str]]: ...

    def settlement_outcomes(self, *, start: datetime, end: datetime) -> list[tuple[str, str, str, str, str]]: ...

    def payees_of_shipments(self, shipment_ids: Iterable[str]) -> dict[str, set[str]]: ...

    def shipper_volumes(self, *, baseline_start: datetime, start: datetime, end: datetime, evidence_limit: int) -> list[ShipperVolume]: ...

    def intents_of_payer(self, payer_id: str, *, start: datetime, end: datetime, limit: int) -> list[str]: ...


class TransparencyLogRepository(Protocol):
    """The transparency log as stored; also the node store proofs are generated from
    (chainbridge_common.transparency.merkle.NodeReader)."""

    def tree_head(self) -> tuple[int, bytes]:
        """(tree size, root hash) of the log as it stands."""
        ...

    def integrate(self, max_rows: int) -> int:
        """Append the audit rows above the log's last one as its next leaves, in sequence order
        (at most about `max_rows`; a write's rows are never split), serialised with every other
        integrator until commit; returns how many."""
        ...

    def behind(self) -> bool:
        """Whether audit rows the log does not hold yet exist (a read, no lock)."""
        ...

    def get_nodes(self, coordinates: Sequence[tuple[int, int]]) -> Sequence[bytes]: ...

    def leaf(self, leaf_index: int) -> LoggedLeaf | None: ...

    def leaf_index_of_sequence(self, audit_sequence: int) -> int | None: ...

    def sequence_of_settlement_change(self, settlement_id: str, status: str) -> int | None:
        """The audit sequence of the settlement's change to `status`, if it happened."""


class PayeeAccountRepository(Protocol):
    def get(self, payee_id: str, currency: str, *, for_update: bool = False) -> RegisteredPayeeAccount | None: ...

    def add(self, registered: RegisteredPayeeAccount) -> bool:
        """Insert a first account for (payee, currency); False when a concurrent transaction
        stored one first (the database decides)."""
        ...

    def update(self, registered: RegisteredPayeeAccount, *, expected_version: int) -> bool:
        """Compare-and-set: write only if the stored version is still `expected_version`."""
        ...

    def add_change(self, change: PayeeAccountChange) -> None: ...

    def changes(self, payee_id: str, currency: str) -> list[PayeeAccountChange]:
        """Oldest first."""
        ...

    def of_payees(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], RegisteredPayeeAccount]:
        """The accounts of these (payee, currency) pairs that exist."""
        ...


class PayoutRepository(Protocol):
    def payable(self, run_filter: PayoutRunFilter) -> list[PayableMilestone]:
        """APPROVED milestones in no open payout that the filter takes, oldest release first."""
        ...

    def open_payouts_holding(self, settlement_ids: Iterable[str]) -> dict[str, str]:
        """settlement id -> id of the open payout holding it, for those an open payout holds."""
        ...

    def add_run(self, run: PayoutRun, skipped: Sequence[SkippedPayee]) -> None: ...

    def add(self, payouts: Sequence[Payout]) -> None:
        """Store new payouts with their lines, open: a milestone already in an open payout
        fails the insert (UniqueViolation), whoever got there first."""
        ...

    def get(self, payout_id: str, *, for_update: bool = False) -> Payout | None: ...

    def save(self, payout: Payout, *, expected_status: PayoutStatus, file_content: bytes | None = None) -> bool:
        """Compare-and-set the payout's state (and its file, once); a PAID or FAILED payout
        releases its lines (they leave the open-payout constraint)."""
        ...

    def file_content(self, payout_id: str) -> bytes | None: ...

    def add_events(self, events: Sequence[PayoutEvent]) -> None: ...

    def events(self, payout_id: str) -> list[PayoutEvent]:
        """Oldest first."""
        ...

    def list(
        self,
        *,
        status: PayoutStatus | None,
        payee_id: str | None,
        currency: str | None,
        run_id: str | None,
        before_id: str | None,
        limit: int,
    ) -> list[PayoutSummary]:
        """Newest first."""
        ...

    def count(self, *, status: PayoutStatus | None, payee_id: str | None, currency: str | None, run_id: str | None) -> int: ...


class PayoutRail(Protocol):
    """How a submitted payout's money leaves the platform (SEPA file, internal ledger...): the
    rails in pay_server/rails implement it. `submit` is called once, when the payout moves
    CREATED -> SUBMITTED, and what it returns is stored in the same transaction; a rail is
    deterministic (the same payout, date and clock give the same bytes), so a retried
    transaction produces the same file."""

    @property
    def name(self) -> str:
        """Stable rail name stored on the payout, e.g. "SEPA_CREDIT_TRANSFER"."""
        ...

    @property
    def paid_on_submit(self) -> bool:
        """True when `submit` moves the money itself (its submissions are `paid_on_submit`): the
        application submits such payouts in the run that creates them. False for file rails,
        whose file an operator fetches (GetPayoutFile submits) and hands to the bank."""
        ...

    def supports(self, currency: str) -> bool:
        """Whether this rail pays out in `currency`."""
        ...

    def max_transfer_minor(self, currency: str) -> int:
        """The largest single transfer the rail carries: the planner's payout limit for `currency`."""
        ...

    def submit(self, payout: Payout, *, execution_date: date, now: datetime) -> RailSubmission:
        """Produce the transfer for `payout`, to be executed on `execution_date`; `now` is the file's creation time."""
        ...


class PayoutRailSet(Protocol):
    """The rails a server pays out with (pay_server/rails/base.py: PayoutRails)."""

    def for_currency(self, currency: str) -> PayoutRail:
        """The rail that pays `currency`, or FailedPrecondition naming what is missing."""
        ...

    def limits(self, currencies: Iterable[str]) -> dict[str, int]:
        """Per currency, the largest transfer of its rail: the planner's payout limits."""
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
    def notifications(self) -> NotificationRepository: ...

    @property
    def analytics(self) -> AnalyticsRepository: ...

    @property
    def transparency(self) -> TransparencyLogRepository: ...

    @property
    def payees(self) -> PayeeAccountRepository: ...

    @property
    def payouts(self) -> PayoutRepository: ...

    @property
    def claims(self) -> ClaimRepository: ...
