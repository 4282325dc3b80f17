"""FreightService RPCs of cargo claims (a mixin of FreightServicer)."""

from __future__ import annotations

from chainbridge.freight.v1 import freight_pb2 as pb

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.request_context import current_caller, current_request_id
from chainbridge_common.runtime.validation import check_id, check_money, check_text
from freight_server.application.app import FreightApplication
from freight_server.domain.claims import MAX_CLAIM_REASON_LENGTH, ClaimDraft
from freight_server.rpc import convert

_FILED = ProtoCodec(pb.FileClaimResponse, lambda e: pb.FileClaimResponse(event=convert.event_to_proto(e)))


class ClaimRpcs:
    app: FreightApplication

    def FileClaim(self, request: pb.FileClaimRequest, context) -> pb.FileClaimResponse:
        violations = Violations()
        check_id(violations, "shipment_id", request.shipment_id)
        check_money(violations, "claimed_amount", request.claimed_amount, present=request.HasField("claimed_amount"))
        check_text(violations, "reason", request.reason, max_length=MAX_CLAIM_REASON_LENGTH, required=True)
        violations.raise_if_any()
        draft = ClaimDraft(
            shipment_id=request.shipment_id,
            claimed_minor=request.claimed_amount.amount_minor,
            currency=request.claimed_amount.currency,
            reason=request.reason,
            trace_request_id=current_request_id(),
        )
        return self.app.claims.file(draft, key=request_key(request, "FileClaim", current_caller()), codec=_FILED)
