"""Who may release a milestone's money, and when (per risk tier).

LOW: released as soon as the milestone event arrives.
MEDIUM: proof of delivery released at once; pickup and claim-window shares DELAYED until
the event time + the release delay (24 h by default), then released by the release worker.
HIGH: every milestone held PENDING for manual review.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType

DEFAULT_RELEASE_DELAY = timedelta(hours=24)


class ReleaseStrategy(enum.StrEnum):
    IMMEDIATE = "IMMEDIATE"
    DELAYED = "DELAYED"
    MANUAL_REVIEW = "MANUAL_REVIEW"


class MilestoneStatus(enum.StrEnum):
    PENDING = "PENDING"
    DELAYED = "DELAYED"
    APPROVED = "APPROVED"
    SETTLED = "SETTLED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"
    ON_HOLD = "ON_HOLD"  # held by an open cargo claim (pay_server/domain/claims.py)
    RETURNED = "RETURNED"  # returned to the shipper by a resolved cargo claim


# "Held" here is the seed's word for money awaiting review or release; money a cargo
# claim holds is ON_HOLD, a bucket of its own.
HELD_STATUSES = frozenset({MilestoneStatus.PENDING, MilestoneStatus.DELAYED})
RELEASED_STATUSES = frozenset({MilestoneStatus.APPROVED, MilestoneStatus.SETTLED})
VOIDED_STATUSES = frozenset({MilestoneStatus.REJECTED, MilestoneStatus.CANCELLED, MilestoneStatus.RETURNED})


def strategy_for(tier: RiskTier, milestone: ShipmentEventType) -> ReleaseStrategy:
    if tier is RiskTier.LOW:
        return ReleaseStrategy.IMMEDIATE
    if tier is RiskTier.MEDIUM:
        return ReleaseStrategy.IMMEDIATE if milestone is ShipmentEventType.POD_CONFIRMED else ReleaseStrategy.DELAYED
    return ReleaseStrategy.MANUAL_REVIEW


def initial_status(strategy: ReleaseStrategy) -> MilestoneStatus:
    return {
        ReleaseStrategy.IMMEDIATE: MilestoneStatus.APPROVED,
        ReleaseStrategy.DELAYED: MilestoneStatus.DELAYED,
        ReleaseStrategy.MANUAL_REVIEW: MilestoneStatus.PENDING,
    }[strategy]


def release_at(strategy: ReleaseStrategy, event_time: datetime, delay: timedelta) -> datetime | None:
    return event_time + delay if strategy is ReleaseStrategy.DELAYED else None


def milestones_paid_by(event_type: ShipmentEventType) -> tuple[ShipmentEventType, ...]:
    """Milestones an event releases. Proof of delivery implies pickup, so a missed pickup
    scan never strands the pickup share; the (intent, milestone) uniqueness makes the
    later pickup event, if it comes, pay nothing more."""
    if event_type is ShipmentEventType.POD_CONFIRMED:
        return (ShipmentEventType.PICKUP_CONFIRMED, ShipmentEventType.POD_CONFIRMED)
    if event_type in (ShipmentEventType.PICKUP_CONFIRMED, ShipmentEventType.CLAIM_WINDOW_CLOSED):
        return (event_type,)
    return ()


def recommended_action(tier: RiskTier, delay: timedelta) -> str:
    hours = int(delay.total_seconds() // 3600)
    return {
        RiskTier.LOW: "release each milestone as its event arrives",
        RiskTier.MEDIUM: f"release proof of delivery at once; hold pickup and claim-window shares {hours} h before release",
        RiskTier.HIGH: "manual review of every milestone before release",
    }[tier]
