"""What freight's use cases need from storage, in domain terms: the repositories of a
unit of work and what they answer. The storage package implements these; nothing here
knows SQL."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from chainbridge_common.application.idempotency import RequestKey
from chainbridge_common.application.unit_of_work import UnitOfWork
from chainbridge_common.domain.risk_tier import RiskTier
from freight_server.domain.events import DeliveryState, ShipmentEvent
from freight_server.domain.shipments import Shipment, ShipmentStatus
from freight_server.domain.tokens import FreightToken


class ShipmentRepository(Protocol):
    def add(self, shipment: Shipment) -> None: ...

    def get(self, shipment_id: str, *, for_update: bool = False) -> Shipment | None: ...

    def lock(self, shipment_ids: Iterable[str]) -> dict[str, Shipment]:
        """Lock shipments in id order (every multi-shipment writer uses this order: no
        deadlocks), as committed by whoever held the lock before."""
        ...

    def save(self, shipment: Shipment) -> None: ...

    def list(self, *, status: ShipmentStatus | None, carrier_id: str | None, before_id: str | None, limit: int) -> list[Shipment]:
        """Newest first (ids sort by creation time)."""
        ...

    def count(self, *, status: ShipmentStatus | None, carrier_id: str | None) -> int: ...


class TokenRepository(Protocol):
    def add(self, token: FreightToken) -> None:
        """Store a token (UniqueViolation when its shipment already has one)."""
        ...

    def get(self, *, token_id: str | None = None, shipment_id: str | None = None) -> FreightToken | None: ...

    def list(self, *, risk_tier: RiskTier | None, before_id: str | None, limit: int) -> list[FreightToken]: ...

    def count(self, *, risk_tier: RiskTier | None) -> int: ...


@dataclass(frozen=True)
class OutboxStatus:
    pending_count: int
    delivered_count: int
    parked_count: int
    discarded_count: int
    oldest_pending_recorded_at: datetime | None
    max_pending_attempts: int
    last_error: str


@dataclass(frozen=True)
class DeliveryFailure:
    event_id: str
    next_attempt_at: datetime
    error: str


class EventRepository(Protocol):
    """Shipment events, each also its own outbox entry (transactional outbox)."""

    def add(self, events: Sequence[ShipmentEvent]) -> None: ...

    def store_recorded(
        self, events: Sequence[ShipmentEvent], advanced: Sequence[Shipment], answered: Sequence[tuple[RequestKey, bytes]]
    ) -> None:
        """Write recorded events (with their delivery state), the statuses they moved
        forward and the request ids they answer - together, one statement where the
        database allows it."""
        ...

    def get(self, event_id: str) -> ShipmentEvent | None: ...

    def claimed_minor(self, shipment_id: str) -> int:
        """What the shipment's claims ask in total (read under the shipment's lock)."""
        ...

    def list(
        self, *, shipment_id: str | None, delivery_state: DeliveryState | None, before: tuple[int, str] | None, limit: int
    ) -> builtins.list[ShipmentEvent]:
        """Newest occurred_at first; ties broken by event id, newest first."""
        ...

    def count(self, *, shipment_id: str | None, delivery_state: DeliveryState | None) -> int: ...

    def claim_due(self, *, now: datetime, lease_until: datetime, limit: int) -> builtins.list[ShipmentEvent]:
        """Take up to `limit` due events and lease them until `lease_until` (replicas
        claim disjoint batches without waiting on each other)."""
        ...

    def mark_delivered(self, event_ids: Sequence[str], *, now: datetime) -> None: ...

    def release_leases(self, event_ids: Sequence[str], *, now: datetime) -> None:
        """Make leased, undelivered events due now (their attempt never started)."""
        ...

    def mark_failed(self, failures: Sequence[DeliveryFailure]) -> None: ...

    def park(self, event_ids: Sequence[str], *, now: datetime, error: str) -> None:
        """Stop retrying pending events (poison): they wait for an operator."""
        ...

    def redeliver(self, event_ids: Sequence[str], *, now: datetime) -> builtins.list[str]:
        """Parked events become due now; returns the ids that were parked."""
        ...

    def discard(self, event_ids: Sequence[str], *, now: datetime, reason: str) -> builtins.list[str]:
        """Parked events are given up for good; returns the ids that were parked."""
        ...

    def status(self) -> OutboxStatus: ...


class FreightUnitOfWork(UnitOfWork, Protocol):
    @property
    def shipments(self) -> ShipmentRepository: ...

    @property
    def tokens(self) -> TokenRepository: ...

    @property
    def events(self) -> EventRepository: ...


class OutboxHandoff(Protocol):
    """Where committed events go for delivery (the outbox dispatcher)."""

    def lease_until(self, now: datetime) -> datetime | None:
        """The delivery lease to store new events with, when the dispatcher will take
        them straight from this process after commit; None leaves them due for a claim."""
        ...

    def committed(self, events: Sequence[ShipmentEvent]) -> None:
        """Called after the events' transaction commits."""
        ...


class NoHandoff:
    """No dispatcher in this process: new events wait, due, for a claim."""

    def lease_until(self, now: datetime) -> datetime | None:
        return None

    def committed(self, events: Sequence[ShipmentEvent]) -> None:
        pass
