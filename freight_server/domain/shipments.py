"""Shipments and how events move their status."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition


class ShipmentStatus(enum.StrEnum):
    CREATED = "CREATED"
    PICKED_UP = "PICKED_UP"
    IN_TRANSIT = "IN_TRANSIT"
    DELIVERED = "DELIVERED"
    CLOSED = "CLOSED"
    CANCELLED = "CANCELLED"


class CargoCategory(enum.StrEnum):
    GENERAL = "GENERAL"
    FRAGILE = "FRAGILE"
    PERISHABLE = "PERISHABLE"
    HIGH_VALUE = "HIGH_VALUE"
    HAZARDOUS = "HAZARDOUS"


class TransportMode(enum.StrEnum):
    ROAD = "ROAD"
    RAIL = "RAIL"
    OCEAN = "OCEAN"
    AIR = "AIR"


@dataclass(frozen=True)
class Location:
    country_code: str
    locality: str = ""
    postal_code: str = ""


@dataclass(frozen=True)
class ShipmentDraft:
    """What a caller supplies to create a shipment (already validated)."""

    reference: str
    shipper_id: str
    carrier_id: str
    origin: Location
    destination: Location
    cargo_category: CargoCategory
    cargo_description: str
    declared_amount_minor: int
    declared_currency: str
    weight_grams: int
    transport_mode: TransportMode


@dataclass(frozen=True)
class Shipment:
    shipment_id: str
    reference: str
    shipper_id: str
    carrier_id: str
    origin: Location
    destination: Location
    cargo_category: CargoCategory
    cargo_description: str
    declared_amount_minor: int
    declared_currency: str
    weight_grams: int
    transport_mode: TransportMode
    status: ShipmentStatus
    freight_token_id: str | None
    create_time: datetime
    update_time: datetime
    cancel_reason: str = ""
    # How many events of each type the shipment has recorded (rules such as "CLAIM_WINDOW_CLOSED
    # needs a POD", "a repeat never pays twice" and the claims' place in the history read
    # them). Kept on the shipment row, so locking the row reads them too - after waiting for
    # the lock, in their latest committed version.
    recorded_events: Mapping[ShipmentEventType, int] = field(default_factory=dict)


def recorded_events_to_text(counts: Mapping[ShipmentEventType, int]) -> str:
    """The stored form: a JSON object of type -> count, keys sorted."""
    return json.dumps({event_type.value: count for event_type, count in sorted(counts.items()) if count}, separators=(",", ":"))


def recorded_events_from_text(text: str) -> dict[ShipmentEventType, int]:
    return {ShipmentEventType(name): int(count) for name, count in json.loads(text or "{}").items()}


# Fields a caller may change with UpdateShipment, by their proto field path.
UPDATABLE_FIELDS = frozenset(
    {
        "reference",
        "carrier_id",
        "cargo_description",
        "destination",
        "weight_grams",
        "declared_value",
        "cargo_category",
        "transport_mode",
        "origin",
    }
)
# These feed the risk score, so they are frozen once a token carries that score.
RISK_INPUT_FIELDS = frozenset({"declared_value", "cargo_category", "transport_mode", "origin", "destination"})

# Progress order; an event never moves a shipment backwards.
_PROGRESS = {
    ShipmentStatus.CREATED: 0,
    ShipmentStatus.PICKED_UP: 1,
    ShipmentStatus.IN_TRANSIT: 2,
    ShipmentStatus.DELIVERED: 3,
    ShipmentStatus.CLOSED: 4,
}
_STATUS_REACHED_BY = {
    ShipmentEventType.PICKUP_CONFIRMED: ShipmentStatus.PICKED_UP,
    ShipmentEventType.IN_TRANSIT: ShipmentStatus.IN_TRANSIT,
    ShipmentEventType.AT_TERMINAL: ShipmentStatus.IN_TRANSIT,
    ShipmentEventType.DELIVERY_ATTEMPTED: ShipmentStatus.IN_TRANSIT,
    ShipmentEventType.POD_CONFIRMED: ShipmentStatus.DELIVERED,
    ShipmentEventType.CLAIM_WINDOW_CLOSED: ShipmentStatus.CLOSED,
}


def status_after_event(current: ShipmentStatus, event_type: ShipmentEventType) -> ShipmentStatus:
    """The status after an event: the furthest of the current one and the event's."""
    reached = _STATUS_REACHED_BY.get(event_type)
    if reached is None or current is ShipmentStatus.CANCELLED:
        return current
    return reached if _PROGRESS[reached] > _PROGRESS[current] else current


def check_updatable(shipment: Shipment, fields: set[str]) -> None:
    if shipment.status is ShipmentStatus.CANCELLED:
        raise FailedPrecondition(f"shipment {shipment.shipment_id} is CANCELLED and can no longer be updated", reason="SHIPMENT_CANCELLED")
    frozen = sorted(fields & RISK_INPUT_FIELDS)
    if frozen and shipment.freight_token_id:
        raise FailedPrecondition(
            f"shipment {shipment.shipment_id} is tokenized ({shipment.freight_token_id}); "
            f"{', '.join(frozen)} feed its risk score and can no longer change",
            reason="SHIPMENT_TOKENIZED",
        )


def check_cancellable(shipment: Shipment) -> None:
    if shipment.status is ShipmentStatus.CANCELLED:
        raise FailedPrecondition(f"shipment {shipment.shipment_id} is already CANCELLED", reason="SHIPMENT_CANCELLED")
    if _PROGRESS[shipment.status] >= _PROGRESS[ShipmentStatus.DELIVERED]:
        raise FailedPrecondition(
            f"shipment {shipment.shipment_id} is {shipment.status}; a delivered shipment cannot be cancelled",
            reason="SHIPMENT_ALREADY_DELIVERED",
        )
