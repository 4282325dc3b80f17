"""Shipment events as pay received them from freight, and which of them pay money now.

Deliveries can arrive out of order (after a restart, a POD before its PICKUP; a
CLAIM_WINDOW_CLOSED before the POD it follows). Pay never refuses them for that: every
event is recorded, and the claim-window share waits until the shipment's proof of
delivery has been received, then applies as if the events had come in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType


@dataclass(frozen=True)
class ReceivedEvent:
    event_id: str
    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: datetime
    received_at: datetime
    lane: str = ""  # "<origin>><destination>" as freight sent it; "" when unknown
    # What freight had recorded on the shipment before this event (None: not told, as from
    # a direct caller): pay waits for those claims, and a claim for those milestone events
    # (pay_server/domain/claims.py).
    claims_filed_before: int | None = None
    milestone_events_before: int | None = None


def events_that_pay(received: Iterable[ReceivedEvent]) -> list[ReceivedEvent]:
    """Of a shipment's received events, those that may pay now, oldest first: all of
    them, except CLAIM_WINDOW_CLOSED until a POD_CONFIRMED has been received."""
    ordered = sorted(received, key=lambda e: (e.occurred_at, e.event_id))
    delivered = {e.shipment_id for e in ordered if e.event_type is ShipmentEventType.POD_CONFIRMED}
    return [e for e in ordered if e.event_type is not ShipmentEventType.CLAIM_WINDOW_CLOSED or e.shipment_id in delivered]
