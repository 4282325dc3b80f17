"""Milestone settlements and the state machine every status change goes through.

    PENDING --approve--> APPROVED --complete--> SETTLED
    PENDING --reject---> REJECTED
    PENDING --cancel---> CANCELLED
    DELAYED --release_due (release_at reached)--> APPROVED
    DELAYED --approve--> APPROVED
    DELAYED --reject---> REJECTED
    DELAYED --cancel---> CANCELLED

A cargo claim holds unreleased money and its resolution lets it go (see claims.py):

    PENDING | DELAYED --hold--> ON_HOLD
    ON_HOLD --return--> RETURNED                       (the carrier was liable)
    ON_HOLD --lift_hold_to_review--> PENDING           (released as it would have been:
    ON_HOLD --lift_hold_to_delay---> DELAYED            for review, after the delay,
    ON_HOLD --lift_hold_and_release--> APPROVED         or at once)
    ON_HOLD --cancel---> CANCELLED                     (its intent was cancelled)

SETTLED, REJECTED, CANCELLED and RETURNED are final. Anything else is FAILED_PRECONDITION.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy


class MilestoneAction(enum.StrEnum):
    APPROVE = "APPROVE"
    REJECT = "REJECT"
    RELEASE_DUE = "RELEASE_DUE"
    COMPLETE = "COMPLETE"
    CANCEL = "CANCEL"
    HOLD = "HOLD"
    RETURN = "RETURN"
    LIFT_HOLD_TO_REVIEW = "LIFT_HOLD_TO_REVIEW"
    LIFT_HOLD_TO_DELAY = "LIFT_HOLD_TO_DELAY"
    LIFT_HOLD_AND_RELEASE = "LIFT_HOLD_AND_RELEASE"


TRANSITIONS: dict[tuple[MilestoneStatus, MilestoneAction], MilestoneStatus] = {
    (MilestoneStatus.PENDING, MilestoneAction.APPROVE): MilestoneStatus.APPROVED,
    (MilestoneStatus.PENDING, MilestoneAction.REJECT): MilestoneStatus.REJECTED,
    (MilestoneStatus.PENDING, MilestoneAction.CANCEL): MilestoneStatus.CANCELLED,
    (MilestoneStatus.DELAYED, MilestoneAction.RELEASE_DUE): MilestoneStatus.APPROVED,
    (MilestoneStatus.DELAYED, MilestoneAction.APPROVE): MilestoneStatus.APPROVED,
    (MilestoneStatus.DELAYED, MilestoneAction.REJECT): MilestoneStatus.REJECTED,
    (MilestoneStatus.DELAYED, MilestoneAction.CANCEL): MilestoneStatus.CANCELLED,
    (MilestoneStatus.APPROVED, MilestoneAction.COMPLETE): MilestoneStatus.SETTLED,
    (MilestoneStatus.PENDING, MilestoneAction.HOLD): MilestoneStatus.ON_HOLD,
    (MilestoneStatus.DELAYED, MilestoneAction.HOLD): MilestoneStatus.ON_HOLD,
    (MilestoneStatus.ON_HOLD, MilestoneAction.RETURN): MilestoneStatus.RETURNED,
    (MilestoneStatus.ON_HOLD, MilestoneAction.LIFT_HOLD_TO_REVIEW): MilestoneStatus.PENDING,
    (MilestoneStatus.ON_HOLD, MilestoneAction.LIFT_HOLD_TO_DELAY): MilestoneStatus.DELAYED,
    (MilestoneStatus.ON_HOLD, MilestoneAction.LIFT_HOLD_AND_RELEASE): MilestoneStatus.APPROVED,
    (MilestoneStatus.ON_HOLD, MilestoneAction.CANCEL): MilestoneStatus.CANCELLED,
}
# Actions only the claims machinery takes; an operator meets ON_HOLD as "wait for the claim".
_CLAIM_ACTIONS = frozenset(
    {
        MilestoneAction.HOLD,
        MilestoneAction.RETURN,
        MilestoneAction.LIFT_HOLD_TO_REVIEW,
        MilestoneAction.LIFT_HOLD_TO_DELAY,
        MilestoneAction.LIFT_HOLD_AND_RELEASE,
    }
)


def next_status(settlement_id: str, current: MilestoneStatus, action: MilestoneAction, *, claim_id: str = "") -> MilestoneStatus:
    """The status after `action`, or FAILED_PRECONDITION naming the current status."""
    target = TRANSITIONS.get((current, action))
    if target is None and current is MilestoneStatus.ON_HOLD:
        raise FailedPrecondition(
            f"milestone settlement {settlement_id} is ON_HOLD for cargo claim {claim_id or '?'}; "
            f"it cannot {action.value.lower().replace('_', ' ')} until the claim is resolved (ResolveClaim)",
            reason="SETTLEMENT_ON_HOLD",
            metadata={"settlement_id": settlement_id, "current_status": current.value, "claim_id": claim_id, "action": action.value},
        )
    if target is None:
        allowed = sorted(a.value.lower() for (status, a) in TRANSITIONS if status is current and a not in _CLAIM_ACTIONS)
        raise FailedPrecondition(
            f"milestone settlement {settlement_id} is {current.value}; cannot {action.value.lower().replace('_', ' ')}"
            + (f" (allowed: {', '.join(allowed)})" if allowed else " (it is final)"),
            reason="ILLEGAL_MILESTONE_TRANSITION",
            metadata={"settlement_id": settlement_id, "current_status": current.value, "action": action.value},
        )
    return target


@dataclass(frozen=True)
class MilestoneSettlement:
    settlement_id: str
    intent_id: str
    shipment_id: str
    milestone: ShipmentEventType
    amount_minor: int
    currency: str
    basis_points: int
    status: MilestoneStatus
    release_strategy: ReleaseStrategy
    source_event_id: str
    release_at: datetime | None
    released_at: datetime | None
    settled_at: datetime | None
    rail_reference: str
    status_reason: str
    create_time: datetime
    update_time: datetime
    # Cargo claims split a milestone into parts: part 0 is the settlement its event
    # created (one per intent and milestone: the exactly-once guarantee), parts 1, 2...
    # pieces split off it. claim_id names the claim that holds, returned or released it.
    part: int = 0
    claim_id: str = ""
