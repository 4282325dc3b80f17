"""Milestone settlements and the state machine every status change goes through.

    PENDING --approve--> APPROVED --complete--> SETTLED
    PENDING --reject---> REJECTED
    PENDING --cancel---> CANCELLED
    DELAYED --release_due (release_at reached)--> APPROVED
    DELAYED --approve--> APPROVED
    DELAYED --reject---> REJECTED
    DELAYED --cancel---> CANCELLED

SETTLED, REJECTED and CANCELLED are final. Anything else is FAILED_PRECONDITION.
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


TRANSITIONS: dict[tuple[MilestoneStatus, MilestoneAction], MilestoneStatus] = {
    (MilestoneStatus.PENDING, MilestoneAction.APPROVE): MilestoneStatus.APPROVED,
    (MilestoneStatus.PENDING, MilestoneAction.REJECT): MilestoneStatus.REJECTED,
    (MilestoneStatus.PENDING, MilestoneAction.CANCEL): MilestoneStatus.CANCELLED,
    (MilestoneStatus.DELAYED, MilestoneAction.RELEASE_DUE): MilestoneStatus.APPROVED,
    (MilestoneStatus.DELAYED, MilestoneAction.APPROVE): MilestoneStatus.APPROVED,
    (MilestoneStatus.DELAYED, MilestoneAction.REJECT): MilestoneStatus.REJECTED,
    (MilestoneStatus.DELAYED, MilestoneAction.CANCEL): MilestoneStatus.CANCELLED,
    (MilestoneStatus.APPROVED, MilestoneAction.COMPLETE): MilestoneStatus.SETTLED,
}


def next_status(settlement_id: str, current: MilestoneStatus, action: MilestoneAction) -> MilestoneStatus:
    """The status after `action`, or FAILED_PRECONDITION naming the current status."""
    target = TRANSITIONS.get((current, action))
    if target is None:
        allowed = sorted(a.value.lower() for (status, a) in TRANSITIONS if status is current)
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
