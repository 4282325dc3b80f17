"""What a notification says, independent of how it travels: the event types subscribers choose
from, the outcome of one delivery attempt, and the content of a milestone notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from chainbridge_common.domain.currency import minor_units


class NotificationEventType(StrEnum):
    """The changes a subscription can ask to hear about (the `type` of a webhook event)."""

    MILESTONE_RELEASED = "milestone.released"
    MILESTONE_SETTLED = "milestone.settled"
    MILESTONE_REJECTED = "milestone.rejected"
    MILESTONE_HELD = "milestone.held"
    PAYOUT_PAID = "payout.paid"
    PAYOUT_FAILED = "payout.failed"
    CLAIM_RESOLVED = "claim.resolved"


EVENT_TYPES: frozenset[str] = frozenset(event_type.value for event_type in NotificationEventType)


class DeliveryOutcome(StrEnum):
    """How one delivery attempt ended, which decides what the outbox does next."""

    DELIVERED = "delivered"
    # Try again later (per the retry schedule) until the delivery window closes.
    RETRYABLE_FAILURE = "retryable_failure"
    # Retrying cannot help (the endpoint is gone, the address is malformed): stop now.
    PERMANENT_FAILURE = "permanent_failure"


@dataclass(frozen=True)
class MilestoneNotice:
    """One change of one milestone settlement, as a carrier or shipper is told about it."""

    event_id: str
    event_type: NotificationEventType
    shipment_id: str
    payment_intent_id: str
    milestone: str  # the milestone's shipment event type without prefix, e.g. "POD_CONFIRMED"
    amount_minor: int
    currency: str
    status: str  # the milestone status after the change, e.g. "APPROVED"
    occurred_at: datetime

    def __post_init__(self) -> None:
        minor_units(self.currency)  # raises ValueError for a currency we cannot format exactly
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")

    def webhook_data(self) -> dict[str, Any]:
        """The `data` object of the webhook event for this notice."""
        return {
            "shipment_id": self.shipment_id,
            "payment_intent_id": self.payment_intent_id,
            "milestone": self.milestone,
            # A decimal string, as proto3 JSON carries int64: no JSON parser can round it.
            "amount": {"amount_minor": str(self.amount_minor), "currency": self.currency},
            "status": self.status,
            "occurred_at": self.occurred_at,
        }
