"""Shipments in SQL (ShipmentRepository)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, insert, select, update

from chainbridge_common.runtime.timestamps import from_micros, to_micros
from freight_server.domain.shipments import (
    CargoCategory,
    Location,
    Shipment,
    ShipmentStatus,
    TransportMode,
    recorded_events_from_text,
    recorded_events_to_text,
)
from freight_server.storage.schema import shipments


def shipment_from_row(row: Row[Any]) -> Shipment:
    return Shipment(
        shipment_id=row.shipment_id,
        reference=row.reference,
        shipper_id=row.shipper_id,
        carrier_id=row.carrier_id,
        origin=Location(row.origin_country, row.origin_locality, row.origin_postal_code),
        destination=Location(row.destination_country, row.destination_locality, row.destination_postal_code),
        cargo_category=CargoCategory(row.cargo_category),
        cargo_description=row.cargo_description,
        declared_amount_minor=row.declared_amount_minor,
        declared_currency=row.declared_currency,
        weight_grams=row.weight_grams,
        transport_mode=TransportMode(row.transport_mode),
        status=ShipmentStatus(row.status),
        freight_token_id=row.freight_token_id,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
        cancel_reason=row.cancel_reason,
        recorded_events=recorded_events_from_text(row.recorded_events),
    )


def shipment_columns(shipment: Shipment) -> dict[str, Any]:
    return {
        "shipment_id": shipment.shipment_id,
        "reference": shipment.reference,
        "shipper_id": shipment.shipper_id,
        "carrier_id": shipment.carrier_id,
        "origin_country": shipment.origin.country_code,
        "origin_locality": shipment.origin.locality,
        "origin_postal_code": shipment.origin.postal_code,
        "destination_country": shipment.destination.country_code,
        "destination_locality": shipment.destination.locality,
        "destination_postal_code": shipment.destination.postal_code,
        "cargo_category": shipment.cargo_category.value,
        "cargo_description": shipment.cargo_description,
        "declared_amount_minor": shipment.declared_amount_minor,
        "declared_currency": shipment.declared_currency,
        "weight_grams": shipment.weight_grams,
        "transport_mode": shipment.transport_mode.value,
        "status": shipment.status.value,
        "freight_token_id": shipment.freight_token_id,
        "cancel_reason": shipment.cancel_reason,
        "recorded_events": recorded_events_to_text(shipment.recorded_events),
        "create_time_us": to_micros(shipment.create_time),
        "update_time_us": to_micros(shipment.update_time),
    }


# The event path's statements are built once: SQLAlchemy then finds their compiled form
# in its cache without rebuilding the construct and its cache key on every call.
_LOCK_SHIPMENTS = (
    select(shipments)
    .where(shipments.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .order_by(shipments.c.shipment_id)
    .with_for_update()
)


def _filters(status: ShipmentStatus | None, carrier_id: str | None) -> list[Any]:
    conditions = []
    if status is not None:
        conditions.append(shipments.c.status == status.value)
    if carrier_id:
        conditions.append(shipments.c.carrier_id == carrier_id)
    return conditions


class SqlShipmentRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add(self, shipment: Shipment) -> None:
        self.conn.execute(insert(shipments).values(**shipment_columns(shipment)))

    def get(self, shipment_id: str, *, for_update: bool = False) -> Shipment | None:
        query = select(shipments).where(shipments.c.shipment_id == shipment_id)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        return shipment_from_row(row) if row else None

    def lock(self, shipment_ids: Iterable[str]) -> dict[str, Shipment]:
        # One statement: the recorded event types are on the row, and a row we had to wait
        # for is re-read in its committed version (PostgreSQL's EvalPlanQual), so they are
        # never stale - where a second SELECT of the events table was needed before.
        ids = sorted(set(shipment_ids))
        return {row.shipment_id: shipment_from_row(row) for row in self.conn.execute(_LOCK_SHIPMENTS, {"ids": ids})}

    def save(self, shipment: Shipment) -> None:
        values = shipment_columns(shipment)
        del values["shipment_id"], values["create_time_us"]
        self.conn.execute(update(shipments).where(shipments.c.shipment_id == shipment.shipment_id).values(**values))

    def list(self, *, status: ShipmentStatus | None, carrier_id: str | None, before_id: str | None, limit: int) -> list[Shipment]:
        conditions = _filters(status, carrier_id)
        if before_id is not None:
            conditions.append(shipments.c.shipment_id < before_id)
        query = select(shipments).where(*conditions).order_by(shipments.c.shipment_id.desc()).limit(limit)
        return [shipment_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, status: ShipmentStatus | None, carrier_id: str | None) -> int:
        return int(self.conn.execute(select(func.count()).select_from(shipments).where(*_filters(status, carrier_id))).scalar_one())
