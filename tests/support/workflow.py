"""The seed workflow over the public stubs: shipment -> token -> intent -> schedule -> events."""

from __future__ import annotations

from dataclasses import dataclass

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2

from tests.support.rpc import TIER_SHIPMENTS, money, shipment

PICKUP = common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED
POD = common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED
CLAIM_WINDOW = common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED


@dataclass
class Seeded:
    shipment_id: str
    token_id: str
    intent_id: str
    schedule: payment_pb2.PaymentSchedule | None


def seed(
    freight,
    payment,
    tier: str,
    *,
    amount_minor: int = 1_000_005,
    currency: str = "USD",
    build_schedule: bool = True,
    reference: str = "BOL-1",
    payee_id: str = "roadrunner-freight",
) -> Seeded:
    """Create a shipment of `tier`, tokenize it, create an intent and (optionally) its schedule.
    The shipment is declared in the intent's currency and at least at its amount: a token
    backs intents of its own currency up to its face value."""
    declared = max(amount_minor, TIER_SHIPMENTS[tier]["declared_minor"])
    cargo = shipment(tier, reference=reference, declared_minor=declared, currency=currency)
    created = freight.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=cargo), timeout=10)
    shipment_id = created.shipment.shipment_id
    token = freight.TokenizeShipment(freight_pb2.TokenizeShipmentRequest(shipment_id=shipment_id), timeout=10).token
    intent = payment.CreatePaymentIntent(
        payment_pb2.CreatePaymentIntentRequest(
            payment_intent=payment_pb2.PaymentIntent(
                freight_token_id=token.token_id, amount=money(amount_minor, currency), payer_id="acme-foods", payee_id=payee_id
            )
        ),
        timeout=10,
    ).payment_intent
    schedule = None
    if build_schedule:
        schedule = payment.BuildPaymentSchedule(payment_pb2.BuildPaymentScheduleRequest(intent_id=intent.intent_id), timeout=10).schedule
    return Seeded(shipment_id, token.token_id, intent.intent_id, schedule)


def record(freight, shipment_id: str, event_type: int, **kwargs) -> freight_pb2.ShipmentEvent:
    request = freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=event_type, **kwargs)
    return freight.RecordShipmentEvent(request, timeout=10).event


def milestones(payment, intent_id: str) -> dict[str, payment_pb2.MilestoneSettlement]:
    """The intent's settlements keyed by milestone name (PICKUP_CONFIRMED, ...)."""
    reply = payment.ListMilestoneSettlements(payment_pb2.ListMilestoneSettlementsRequest(intent_id=intent_id, page_size=100), timeout=10)
    return {common_pb2.ShipmentEventType.Name(s.milestone).removeprefix("SHIPMENT_EVENT_TYPE_"): s for s in reply.settlements}


def amounts(payment, intent_id: str) -> dict[str, int]:
    return {name: s.amount.amount_minor for name, s in milestones(payment, intent_id).items()}


def statuses(payment, intent_id: str) -> dict[str, str]:
    return {
        name: payment_pb2.MilestoneStatus.Name(s.status).removeprefix("MILESTONE_STATUS_")
        for name, s in milestones(payment, intent_id).items()
    }
