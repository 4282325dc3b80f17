"""Audit trail rows: one per status change of an intent or a milestone. Immutable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType


@dataclass(frozen=True)
class AuditEntry:
    intent_id: str
    shipment_id: str
    settlement_id: str | None
    milestone: ShipmentEventType | None
    from_status: str  # "" on creation
    to_status: str
    amount_minor: int
    currency: str
    actor: str
    reason: str
    source_event_id: str
    create_time: datetime
    sequence: int | None = None  # assigned by the database
