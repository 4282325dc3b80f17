"""Cargo claims as freight files them: a CLAIM_FILED event carrying the claim.

A claim is filed against a shipment for an amount of its declared value, in its declared
currency. Refused: on a cancelled shipment, after CLAIM_WINDOW_CLOSED (the window is what
claims are for), and when the shipment's claims together would exceed its declared value
- cargo cannot be damaged for more than it is worth, however the claims are cut up. A
shipment may have several claims (at most MAX_CLAIMS_PER_SHIPMENT). What a claim does to
the money is the payment service's business (pay_server/domain/claims.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from freight_server.domain.shipments import Shipment, ShipmentStatus

MAX_CLAIMS_PER_SHIPMENT = 100
MAX_CLAIM_REASON_LENGTH = 512


@dataclass(frozen=True)
class ClaimDraft:
    """A caller's claim, validated."""

    shipment_id: str
    claimed_minor: int
    currency: str
    reason: str
    trace_request_id: str = ""


def check_claim_allowed(
    shipment: Shipment, recorded: Mapping[ShipmentEventType, int], claimed_so_far_minor: int, draft: ClaimDraft
) -> None:
    """Refuse a claim the shipment's state forbids (see the module rules)."""
    if shipment.status is ShipmentStatus.CANCELLED:
        raise FailedPrecondition(f"shipment {shipment.shipment_id} is CANCELLED; claims are refused", reason="SHIPMENT_CANCELLED")
    if recorded.get(ShipmentEventType.CLAIM_WINDOW_CLOSED, 0):
        raise FailedPrecondition(
            f"the claim window of shipment {shipment.shipment_id} is closed; claims are refused", reason="CLAIM_WINDOW_CLOSED"
        )
    if draft.currency != shipment.declared_currency:
        raise InvalidArgument.single(
            "claimed_amount.currency",
            f"must be the shipment's declared currency {shipment.declared_currency} (got {draft.currency})",
            reason="CLAIM_CURRENCY_MISMATCH",
        )
    filed = recorded.get(ShipmentEventType.CLAIM_FILED, 0)
    if filed >= MAX_CLAIMS_PER_SHIPMENT:
        raise FailedPrecondition(
            f"shipment {shipment.shipment_id} already has {filed} claims (at most {MAX_CLAIMS_PER_SHIPMENT})", reason="TOO_MANY_CLAIMS"
        )
    available = shipment.declared_amount_minor - claimed_so_far_minor
    if draft.claimed_minor > available:
        raise FailedPrecondition(
            f"shipment {shipment.shipment_id} is declared at {shipment.declared_amount_minor} minor units of "
            f"{shipment.declared_currency} and its claims already ask {claimed_so_far_minor}; {draft.claimed_minor} more would "
            f"exceed its declared value (at most {max(0, available)} is left)",
            reason="CLAIM_EXCEEDS_DECLARED_VALUE",
            metadata={"available_minor": str(max(0, available))},
        )
