"""Reads freight tokens from FreightService through its generated stub."""

from __future__ import annotations


import grpc
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc

from chainbridge_common.domain.risk_tier import tier_for_score_bps
from chainbridge_common.errors import NotFound
from chainbridge_common.runtime.channels import peer_channel_options
from chainbridge_common.runtime.request_context import REQUEST_ID_HEADER, current_request_id
from chainbridge_common.runtime.rpc_errors import unavailable_from_rpc_error
from pay_server.domain.tokens import RiskFactorInfo, TokenInfo


def freight_channel_options() -> list[tuple[str, object]]:
    """Transparent retries of UNAVAILABLE for the (read-only, safe to retry) token lookups."""
    return peer_channel_options("chainbridge.freight.v1.FreightService", max_attempts=3, max_backoff="0.5s")


class FreightTokens:
    def __init__(self, stub: freight_pb2_grpc.FreightServiceStub, *, deadline_seconds: float = 3.0, call_metadata=()):
        self.stub = stub
        self.deadline_seconds = deadline_seconds
        self.call_metadata = tuple(call_metadata)

    def get(self, token_id: str, *, deadline_seconds: float | None = None) -> TokenInfo:
        """The token, NOT_FOUND if freight has no such token, UNAVAILABLE if freight is down."""
        metadata = (*self.call_metadata, (REQUEST_ID_HEADER, current_request_id() or token_id))
        try:
            response = self.stub.GetFreightToken(
                freight_pb2.GetFreightTokenRequest(token_id=token_id),
                timeout=deadline_seconds or self.deadline_seconds,
                metadata=metadata,
            )
        except grpc.RpcError as error:
            if error.code() is grpc.StatusCode.NOT_FOUND:
                raise NotFound("freight token", token_id, reason="FREIGHT_TOKEN_NOT_FOUND") from None
            raise unavailable_from_rpc_error(error, "freight service") from None
        token = response.token
        return TokenInfo(
            token_id=token.token_id,
            shipment_id=token.shipment_id,
            face_amount_minor=token.face_value.amount_minor,
            face_currency=token.face_value.currency,
            risk_score_bps=token.risk_score_bps,
            # Recomputed from the score with the shared definition, not trusted from the wire.
            risk_tier=tier_for_score_bps(token.risk_score_bps),
            risk_factors=tuple(RiskFactorInfo(f.code, f.description, f.contribution_bps) for f in token.risk_factors),
        )
