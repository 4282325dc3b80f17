"""Cargo claims over the public stubs: file, resolve, and read what a shipment's money became."""

from __future__ import annotations

from collections import defaultdict

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2

from tests.support.rpc import money

CLAIM_FILED = common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_FILED


def file_claim(freight, shipment_id: str, amount_minor: int, *, currency: str = "USD", reason: str = "pallets crushed", **kwargs):
    """File a claim; returns its CLAIM_FILED event (event_id is the claim id)."""
    request = freight_pb2.FileClaimRequest(shipment_id=shipment_id, claimed_amount=money(amount_minor, currency), reason=reason, **kwargs)
    return freight.FileClaim(request, timeout=10).event


def resolve(payment, claim_id: str, liable_minor: int | None = None, *, currency: str = "USD", note: str = "survey done", **kwargs):
    """Resolve a claim: liable for `liable_minor`, or not liable (None)."""
    request = payment_pb2.ResolveClaimRequest(claim_id=claim_id, note=note, **kwargs)
    if liable_minor is None:
        request.decision = payment_pb2.CLAIM_DECISION_CARRIER_NOT_LIABLE
    else:
        request.decision = payment_pb2.CLAIM_DECISION_CARRIER_LIABLE
        request.liable_amount.CopyFrom(money(liable_minor, currency))
    return payment.ResolveClaim(request, timeout=10)


def audit(payment, shipment_id: str) -> payment_pb2.GetShipmentAuditResponse:
    return payment.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=shipment_id), timeout=10)


def status_name(status: int) -> str:
    return payment_pb2.MilestoneStatus.Name(status).removeprefix("MILESTONE_STATUS_")


def milestone_name(milestone: int) -> str:
    return common_pb2.ShipmentEventType.Name(milestone).removeprefix("SHIPMENT_EVENT_TYPE_")


def money_by_status(payment, shipment_id: str) -> dict[tuple[str, str], int]:
    """(milestone, status) -> amount, over every part of every intent of the shipment."""
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for s in audit(payment, shipment_id).settlements:
        sums[(milestone_name(s.milestone), status_name(s.status))] += s.amount.amount_minor
    return dict(sums)


def claims_of(payment, shipment_id: str) -> dict[str, payment_pb2.CargoClaim]:
    return {c.claim_id: c for c in audit(payment, shipment_id).claims}
