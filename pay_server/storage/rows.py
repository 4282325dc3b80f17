"""Conversions between pay's rows and domain values shared by its repositories."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleKind
from pay_server.domain.settlements import MilestoneSettlement


def us(moment: datetime | None) -> int | None:
    return to_micros(moment) if moment is not None else None


def dt(micros: int | None) -> datetime | None:
    return from_micros(micros) if micros is not None else None


def intent_from_row(row: Row[Any]) -> PaymentIntent:
    return PaymentIntent(
        intent_id=row.intent_id,
        freight_token_id=row.freight_token_id,
        shipment_id=row.shipment_id,
        amount_minor=row.amount_minor,
        currency=row.currency,
        payer_id=row.payer_id,
        payee_id=row.payee_id,
        description=row.description,
        risk_score_bps=row.risk_score_bps,
        risk_tier=RiskTier(row.risk_tier),
        status=IntentStatus(row.status),
        schedule_kind=ScheduleKind(row.schedule_kind) if row.schedule_kind else None,
        scheduled_at=dt(row.scheduled_at_us),
        totals=Totals(row.held_minor, row.released_minor, row.settled_minor, row.voided_minor, row.on_hold_minor),
        cancel_reason=row.cancel_reason,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
    )


def settlement_from_row(row: Row[Any]) -> MilestoneSettlement:
    return MilestoneSettlement(
        settlement_id=row.settlement_id,
        intent_id=row.intent_id,
        shipment_id=row.shipment_id,
        milestone=ShipmentEventType(row.milestone),
        amount_minor=row.amount_minor,
        currency=row.currency,
        basis_points=row.basis_points,
        status=MilestoneStatus(row.status),
        release_strategy=ReleaseStrategy(row.release_strategy),
        source_event_id=row.source_event_id,
        release_at=dt(row.release_at_us),
        released_at=dt(row.released_at_us),
        settled_at=dt(row.settled_at_us),
        rail_reference=row.rail_reference,
        status_reason=row.status_reason,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
        part=row.part,
        claim_id=row.claim_id,
    )


def settlement_columns(s: MilestoneSettlement) -> dict[str, Any]:
    return {
        "settlement_id": s.settlement_id,
        "intent_id": s.intent_id,
        "shipment_id": s.shipment_id,
        "milestone": s.milestone.value,
        "amount_minor": s.amount_minor,
        "currency": s.currency,
        "basis_points": s.basis_points,
        "status": s.status.value,
        "release_strategy": s.release_strategy.value,
        "source_event_id": s.source_event_id,
        "release_at_us": us(s.release_at),
        "released_at_us": us(s.released_at),
        "settled_at_us": us(s.settled_at),
        "rail_reference": s.rail_reference,
        "status_reason": s.status_reason,
        "create_time_us": to_micros(s.create_time),
        "update_time_us": to_micros(s.update_time),
        "part": s.part,
        "claim_id": s.claim_id,
    }
