"""Proto <-> domain conversion for cargo claims (ResolveClaim, GetShipmentAudit.claims)."""

from __future__ import annotations

from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.runtime.validation import check_id, check_money, check_text, enum_to_proto
from pay_server.application.claims import ClaimView
from pay_server.rpc.convert import MAX_REASON_LENGTH, money

_EVENT_TYPE = common_pb2.ShipmentEventType.DESCRIPTOR
_CLAIM_STATUS = payment_pb2.ClaimStatus.DESCRIPTOR


def resolution(request: payment_pb2.ResolveClaimRequest) -> tuple[int, str] | None:
    """The liable amount and currency (None: not liable), or INVALID_ARGUMENT."""
    violations = Violations()
    check_id(violations, "claim_id", request.claim_id)
    check_text(violations, "note", request.note, max_length=MAX_REASON_LENGTH, required=True)
    liable = None
    if request.decision == payment_pb2.CLAIM_DECISION_CARRIER_LIABLE:
        if check_money(violations, "liable_amount", request.liable_amount, present=request.HasField("liable_amount")):
            liable = (request.liable_amount.amount_minor, request.liable_amount.currency)
    elif request.decision == payment_pb2.CLAIM_DECISION_CARRIER_NOT_LIABLE:
        if request.HasField("liable_amount"):
            violations.add("liable_amount", "must be unset when the carrier is not liable")
    else:
        violations.add("decision", "must be CLAIM_DECISION_CARRIER_LIABLE or CLAIM_DECISION_CARRIER_NOT_LIABLE")
    violations.raise_if_any()
    return liable


def claim_to_proto(view: ClaimView) -> payment_pb2.CargoClaim:
    claim = view.claim
    resolved = claim.resolution
    return payment_pb2.CargoClaim(
        claim_id=claim.claim_id,
        shipment_id=claim.shipment_id,
        claim_number=claim.claim_number,
        claimed_amount=money(claim.claimed_minor, claim.currency),
        reason=claim.reason,
        status=enum_to_proto(_CLAIM_STATUS, view.status),
        held_minor=view.held_minor,
        holds=[
            payment_pb2.ClaimHold(
                intent_id=take.lot.intent_id,
                milestone=enum_to_proto(_EVENT_TYPE, take.lot.milestone),
                amount_minor=take.amount_minor,
                settlement_id=take.lot.settlement_id,
            )
            for take in view.holds
        ],
        liable_minor=resolved.liable_minor if resolved else 0,
        returned_minor=resolved.returned_minor if resolved else 0,
        released_minor=resolved.released_minor if resolved else 0,
        unrecovered_minor=resolved.unrecovered_minor if resolved else 0,
        filed_at=to_timestamp(claim.filed_at),
        received_at=to_timestamp(claim.received_at),
        resolved_at=to_timestamp(resolved.resolved_at) if resolved else None,
        resolved_by=resolved.resolved_by if resolved else "",
        resolution_note=resolved.note if resolved else "",
    )
