"""Freight tokens: a shipment's cargo value with its risk assessment, issued once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.errors import FailedPrecondition
from freight_server.domain.risk_model import RiskAssessment
from freight_server.domain.shipments import Shipment, ShipmentStatus


@dataclass(frozen=True)
class FreightToken:
    token_id: str
    shipment_id: str
    face_amount_minor: int
    face_currency: str
    risk: RiskAssessment
    create_time: datetime


def check_tokenizable(shipment: Shipment) -> None:
    if shipment.status is ShipmentStatus.CANCELLED:
        raise FailedPrecondition(f"shipment {shipment.shipment_id} is CANCELLED and cannot be tokenized", reason="SHIPMENT_CANCELLED")
