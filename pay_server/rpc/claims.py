"""PaymentService RPCs of cargo claims (a mixin of PaymentServicer)."""

from __future__ import annotations

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.request_context import current_caller
from pay_server.application.app import PaymentApplication
from pay_server.rpc import convert, convert_claims

_RESOLVED = ProtoCodec(
    pb.ResolveClaimResponse,
    lambda resolved: pb.ResolveClaimResponse(
        claim=convert_claims.claim_to_proto(resolved[0]), settlements=[convert.settlement_to_proto(s) for s in resolved[1]]
    ),
)


class ClaimRpcs:
    app: PaymentApplication

    def ResolveClaim(self, request: pb.ResolveClaimRequest, context) -> pb.ResolveClaimResponse:
        liable = convert_claims.resolution(request)
        return self.app.claims.resolve(
            request.claim_id,
            liable,
            request.note,
            actor=current_caller(),
            key=request_key(request, "ResolveClaim", current_caller()),
            codec=_RESOLVED,
        )
