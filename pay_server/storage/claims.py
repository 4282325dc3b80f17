"""Cargo claims in SQL (ClaimRepository)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, or_, select, update

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.claims import CargoClaim, ClaimResolution
from pay_server.storage.schema import cargo_claims, received_events

_INSERT_NEW = BatchInsert(cargo_claims, conflict_columns=["claim_id"], returning="claim_id")
_OF_SHIPMENTS = (
    select(cargo_claims)
    .where(cargo_claims.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .order_by(cargo_claims.c.shipment_id, cargo_claims.c.claim_number, cargo_claims.c.filed_at_us, cargo_claims.c.claim_id)
)
# A claim is a received event too: one statement finds the shipments with a claim and
# those with an event freight recorded after a claim pay does not have yet.
_SHIPMENTS_WITH_CLAIMS = (
    select(received_events.c.shipment_id)
    .where(
        received_events.c.shipment_id.in_(bindparam("ids", expanding=True)),
        or_(received_events.c.event_type == ShipmentEventType.CLAIM_FILED.value, received_events.c.claims_filed_before > 0),
    )
    .distinct()
)


def claim_from_row(row: Row[Any]) -> CargoClaim:
    resolution = None
    if row.resolved_at_us is not None:
        resolution = ClaimResolution(
            liable_minor=row.liable_minor,
            returned_minor=row.returned_minor,
            released_minor=row.released_minor,
            note=row.resolution_note,
            resolved_by=row.resolved_by,
            resolved_at=from_micros(row.resolved_at_us),
        )
    return CargoClaim(
        claim_id=row.claim_id,
        shipment_id=row.shipment_id,
        claim_number=row.claim_number,
        claimed_minor=row.claimed_minor,
        currency=row.currency,
        reason=row.reason,
        milestone_events_before=row.milestone_events_before,
        filed_at=from_micros(row.filed_at_us),
        received_at=from_micros(row.received_at_us),
        resolution=resolution,
    )


class SqlClaimRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add_new(self, claims: Sequence[CargoClaim]) -> set[str]:
        rows = [
            {
                "claim_id": c.claim_id,
                "shipment_id": c.shipment_id,
                "claim_number": c.claim_number,
                "claimed_minor": c.claimed_minor,
                "currency": c.currency,
                "reason": c.reason,
                "milestone_events_before": c.milestone_events_before,
                "filed_at_us": to_micros(c.filed_at),
                "received_at_us": to_micros(c.received_at),
                "resolved_at_us": None,
                "liable_minor": 0,
                "returned_minor": 0,
                "released_minor": 0,
                "resolved_by": "",
                "resolution_note": "",
            }
            for c in sorted(claims, key=lambda c: c.claim_id)
        ]
        return set(_INSERT_NEW.execute(self.conn, rows))

    def get(self, claim_id: str) -> CargoClaim | None:
        row = self.conn.execute(select(cargo_claims).where(cargo_claims.c.claim_id == claim_id)).first()
        return claim_from_row(row) if row else None

    def of_shipments(self, shipment_ids: Iterable[str]) -> list[CargoClaim]:
        ids = sorted(set(shipment_ids))
        return [claim_from_row(row) for row in self.conn.execute(_OF_SHIPMENTS, {"ids": ids})] if ids else []

    def shipments_with_claims(self, shipment_ids: Iterable[str]) -> set[str]:
        ids = sorted(set(shipment_ids))
        return set(self.conn.execute(_SHIPMENTS_WITH_CLAIMS, {"ids": ids}).scalars()) if ids else set()

    def last_claim_number(self, shipment_id: str) -> int:
        query = select(func.coalesce(func.max(cargo_claims.c.claim_number), 0)).where(cargo_claims.c.shipment_id == shipment_id)
        return int(self.conn.execute(query).scalar_one())

    def resolve(self, claim_id: str, resolution: ClaimResolution) -> bool:
        """Compare-and-set: record the resolution only if the claim is still unresolved."""
        result = self.conn.execute(
            update(cargo_claims)
            .where(cargo_claims.c.claim_id == claim_id, cargo_claims.c.resolved_at_us.is_(None))
            .values(
                resolved_at_us=to_micros(resolution.resolved_at),
                liable_minor=resolution.liable_minor,
                returned_minor=resolution.returned_minor,
                released_minor=resolution.released_minor,
                resolved_by=resolution.resolved_by,
                resolution_note=resolution.note,
            )
        )
        return result.rowcount == 1
