"""Lookups and record builders the freight use cases share."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import NotFound
from chainbridge_common.runtime.ids import new_id
from freight_server.application.ports import FreightUnitOfWork
from freight_server.domain.events import EventDelivery, ShipmentEvent, lane_of
from freight_server.domain.shipments import Shipment


def shipment_or_not_found(uow: FreightUnitOfWork, shipment_id: str, *, for_update: bool = False) -> Shipment:
    shipment = uow.shipments.get(shipment_id, for_update=for_update)
    if shipment is None:
        raise NotFound("shipment", shipment_id)
    return shipment


def new_event(
    shipment: Shipment,
    event_type: ShipmentEventType,
    occurred_at: datetime,
    metadata: Mapping[str, str],
    *,
    repeated: bool,
    trace_request_id: str,
    now: datetime,
    lease: datetime | None,
    traceparent: str = "",
) -> ShipmentEvent:
    """A new event, queued for delivery in the same row."""
    # Leased at birth: the dispatcher of this process delivers it without a claim (the
    # lease is its first attempt); if this process dies first, the lease runs out and
    # any replica claims it like an event whose delivery failed.
    delivery = (
        EventDelivery(attempts=1, last_error="", delivered_at=None, next_attempt_at=lease)
        if lease is not None
        else EventDelivery(attempts=0, last_error="", delivered_at=None, next_attempt_at=now)
    )
    return ShipmentEvent(
        event_id=new_id("sev"),
        shipment_id=shipment.shipment_id,
        event_type=event_type,
        occurred_at=occurred_at,
        recorded_at=now,
        metadata=dict(metadata),
        repeated_type=repeated,
        trace_request_id=trace_request_id,
        delivery=delivery,
        lane=lane_of(shipment),
        traceparent=traceparent,
    )
