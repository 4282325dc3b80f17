"""Shipment events, their delivery state, and the rules for recording one."""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from freight_server.domain.shipments import Shipment, ShipmentStatus


class DeliveryState(enum.StrEnum):
    PENDING = "PENDING"  # being delivered, or waiting for its next attempt
    DELIVERED = "DELIVERED"  # pay acknowledged it
    PARKED = "PARKED"  # pay refused it for good, or failed on it too often: an operator decides
    DISCARDED = "DISCARDED"  # an operator gave a parked event up: it is never delivered


@dataclass(frozen=True)
class EventDelivery:
    attempts: int
    last_error: str
    delivered_at: datetime | None
    next_attempt_at: datetime | None
    parked_at: datetime | None = None
    discarded_at: datetime | None = None

    @property
    def state(self) -> DeliveryState:
        if self.delivered_at is not None:
            return DeliveryState.DELIVERED
        if self.discarded_at is not None:
            return DeliveryState.DISCARDED
        if self.parked_at is not None:
            return DeliveryState.PARKED
        return DeliveryState.PENDING


@dataclass(frozen=True)
class ClaimDetails:
    """What a CLAIM_FILED event claims (freight_server/domain/claims.py)."""

    claimed_minor: int
    currency: str
    reason: str


@dataclass(frozen=True)
class ShipmentEvent:
    event_id: str
    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: datetime
    recorded_at: datetime
    metadata: Mapping[str, str]
    repeated_type: bool
    delivery: EventDelivery
    trace_request_id: str = ""
    lane: str = ""  # the shipment's lane when recorded (lane_of), sent to pay for risk signals per lane
    traceparent: str = ""  # W3C trace context of the recording call, carried through the outbox

    # How many claims and milestone events the shipment had before this one: pay applies
    # claims and milestone events in the order they were recorded (pay_server/domain/claims.py).
    claims_filed_before: int = 0
    milestone_events_before: int = 0
    claim: ClaimDetails | None = None


def lane_of(shipment: Shipment) -> str:
    """The lane a shipment travels, as pay's risk signals group it: "US:CHICAGO>US:DENVER"."""
    origin, destination = shipment.origin, shipment.destination
    return f"{origin.country_code}:{origin.locality.strip().upper()}>{destination.country_code}:{destination.locality.strip().upper()}"[
        :160
    ]


@dataclass(frozen=True)
class EventDraft:
    """A caller's event, validated; occurred_at is None when the caller left it unset."""

    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: datetime | None
    metadata: Mapping[str, str] = field(default_factory=dict)
    trace_request_id: str = ""  # the recording call's request id, for following the event in logs
    traceparent: str = ""  # the recording call's W3C trace context


# Scanners' clocks drift; more than this ahead of ours is a bad timestamp, not drift.
MAX_FUTURE_SKEW = timedelta(minutes=5)
EARLIEST_OCCURRED_AT = datetime(2000, 1, 1, tzinfo=UTC)


def check_occurred_at(occurred_at: datetime, now: datetime, *, field_path: str = "occurred_at") -> None:
    if occurred_at > now + MAX_FUTURE_SKEW:
        raise InvalidArgument.single(
            field_path,
            f"is {occurred_at.isoformat()}, more than {int(MAX_FUTURE_SKEW.total_seconds() // 60)} minutes in the future",
            reason="OCCURRED_AT_IN_FUTURE",
        )
    if occurred_at < EARLIEST_OCCURRED_AT:
        raise InvalidArgument.single(field_path, f"is before {EARLIEST_OCCURRED_AT.date().isoformat()}", reason="OCCURRED_AT_TOO_OLD")


def history_counts(recorded: Mapping[ShipmentEventType, int]) -> tuple[int, int]:
    """(claims filed, milestone events recorded) of a shipment, from its event counts."""
    return recorded.get(ShipmentEventType.CLAIM_FILED, 0), sum(recorded.get(m, 0) for m in MILESTONES)


def check_event_allowed(shipment: Shipment, event_type: ShipmentEventType, recorded_types: Collection[ShipmentEventType]) -> None:
    """Refuse events the shipment's state forbids. Repeats are allowed (they never pay twice)."""
    if shipment.status is ShipmentStatus.CANCELLED:
        raise FailedPrecondition(f"shipment {shipment.shipment_id} is CANCELLED; events are refused", reason="SHIPMENT_CANCELLED")
    if event_type is ShipmentEventType.CLAIM_WINDOW_CLOSED and ShipmentEventType.POD_CONFIRMED not in recorded_types:
        raise FailedPrecondition(
            f"CLAIM_WINDOW_CLOSED needs POD_CONFIRMED first; shipment {shipment.shipment_id} has no proof of delivery",
            reason="POD_REQUIRED",
        )
