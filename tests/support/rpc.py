"""Request builders and rich-error helpers for tests."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

# Shipments whose risk-v1 score lands in each tier (see freight_server.domain.risk_model).
TIER_SHIPMENTS = {
    # 500 base + 0 general + 500 road + 1000 (declared >= USD 10k) = 2000 bps -> LOW
    "LOW": dict(
        category=freight_pb2.CARGO_CATEGORY_GENERAL, mode=freight_pb2.TRANSPORT_MODE_ROAD, destination="US", declared_minor=1_000_005
    ),
    # 500 + 1500 perishable + 500 road + 1000 = 3500 bps -> MEDIUM
    "MEDIUM": dict(
        category=freight_pb2.CARGO_CATEGORY_PERISHABLE, mode=freight_pb2.TRANSPORT_MODE_ROAD, destination="US", declared_minor=1_000_005
    ),
    # 500 + 3000 hazardous + 800 ocean + 1000 cross-border + 2000 (>= USD 100k) = 7300 bps -> HIGH
    "HIGH": dict(
        category=freight_pb2.CARGO_CATEGORY_HAZARDOUS, mode=freight_pb2.TRANSPORT_MODE_OCEAN, destination="DE", declared_minor=25_000_000
    ),
}
TIER_SCORES_BPS = {"LOW": 2000, "MEDIUM": 3500, "HIGH": 7300}


def money(amount_minor: int, currency: str = "USD") -> common_pb2.Money:
    return common_pb2.Money(amount_minor=amount_minor, currency=currency)


def shipment(
    tier: str = "LOW", *, declared_minor: int | None = None, currency: str = "USD", reference: str = "BOL-1"
) -> freight_pb2.Shipment:
    """A valid shipment that tokenizes into `tier`."""
    spec = TIER_SHIPMENTS[tier]
    return freight_pb2.Shipment(
        reference=reference,
        shipper_id="acme-foods",
        carrier_id="roadrunner-freight",
        origin=freight_pb2.Location(country_code="US", locality="Chicago", postal_code="60601"),
        destination=freight_pb2.Location(country_code=spec["destination"], locality="Denver"),
        cargo_category=spec["category"],
        cargo_description="pallets",
        declared_value=money(declared_minor or spec["declared_minor"], currency),
        weight_grams=1_200_000,
        transport_mode=spec["mode"],
    )


@dataclass(frozen=True)
class RichError:
    code: grpc.StatusCode
    message: str
    reason: str
    domain: str
    metadata: dict[str, str]
    fields: dict[str, str]  # field path -> description


def rich_error(error: grpc.RpcError) -> RichError:
    """The status code, ErrorInfo and BadRequest field violations of a failed call."""
    status = rpc_status.from_call(error)
    reason = domain = ""
    metadata: dict[str, str] = {}
    fields: dict[str, str] = {}
    if status is not None:
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason, domain, metadata = info.reason, info.domain, dict(info.metadata)
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad_request = error_details_pb2.BadRequest()
                detail.Unpack(bad_request)
                fields.update({v.field: v.description for v in bad_request.field_violations})
    return RichError(error.code(), error.details(), reason, domain, metadata, fields)


def call_error(call, request, **kwargs) -> RichError:
    """Make a call that must fail; return its rich error."""
    try:
        call(request, timeout=10, **kwargs)
    except grpc.RpcError as error:
        return rich_error(error)
    raise AssertionError(f"expected {call} to fail for {request}")


__all__ = ["payment_pb2", "freight_pb2", "common_pb2", "money", "shipment", "rich_error", "call_error", "RichError"]
