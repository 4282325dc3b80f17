"""Shipment event types, and which of them are payment milestones."""

from __future__ import annotations

import enum


class ShipmentEventType(enum.StrEnum):
    CREATED = "CREATED"
    PICKUP_CONFIRMED = "PICKUP_CONFIRMED"
    IN_TRANSIT = "IN_TRANSIT"
    AT_TERMINAL = "AT_TERMINAL"
    DELIVERY_ATTEMPTED = "DELIVERY_ATTEMPTED"
    POD_CONFIRMED = "POD_CONFIRMED"
    CLAIM_WINDOW_CLOSED = "CLAIM_WINDOW_CLOSED"
    CLAIM_FILED = "CLAIM_FILED"  # a cargo claim (FreightService.FileClaim); holds money, pays none


# The events that release money, in the order a shipment reaches them.
MILESTONES: tuple[ShipmentEventType, ...] = (
    ShipmentEventType.PICKUP_CONFIRMED,
    ShipmentEventType.POD_CONFIRMED,
    ShipmentEventType.CLAIM_WINDOW_CLOSED,
)
