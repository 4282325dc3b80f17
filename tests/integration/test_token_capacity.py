"""A freight token backs payment intents in its own currency and up to its face value,
so no client can make a shipment's totals overflow int64 or pay more than the cargo is
worth. Both databases."""

from __future__ import annotations

import grpc
from chainbridge.payment.v1 import payment_pb2 as pb

from tests.support.rpc import call_error, money
from tests.support.workflow import POD, amounts, record, seed

FACE = 1_000_005  # the LOW test shipment's declared value, in USD cents


def _intent(token_id: str, amount_minor: int, currency: str = "USD") -> pb.CreatePaymentIntentRequest:
    return pb.CreatePaymentIntentRequest(payment_intent=pb.PaymentIntent(freight_token_id=token_id, amount=money(amount_minor, currency)))


def test_intents_beyond_the_face_value_are_refused_and_the_audit_stays_exact(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=FACE - 5)
    payment.CreatePaymentIntent(_intent(seeded.token_id, 5))  # exactly the face value in all
    for amount in (1, 10**15):  # one cent more; the overflow attempt of the issue
        error = call_error(payment.CreatePaymentIntent, _intent(seeded.token_id, amount))
        assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "TOKEN_VALUE_EXCEEDED")
        assert error.metadata["available_minor"] == "0"
    audit = payment.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
    assert len(audit.payment_intents) == 2
    assert [(t.currency, t.scheduled_minor, t.remaining_minor) for t in audit.totals] == [("USD", FACE - 5, FACE - 5)]


def test_a_pod_never_releases_more_than_the_cargo_is_worth(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=FACE)
    assert call_error(payment.CreatePaymentIntent, _intent(seeded.token_id, 800_000)).reason == "TOKEN_VALUE_EXCEEDED"
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    audit = payment.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
    (totals,) = audit.totals
    assert totals.released_minor == sum(amounts(payment, seeded.intent_id).values()) <= FACE


def test_intents_in_another_currency_than_the_token_are_refused(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=1_000, build_schedule=False)
    error = call_error(payment.CreatePaymentIntent, _intent(seeded.token_id, 1_000, "JPY"))
    assert (error.code, error.reason, error.metadata["token_currency"]) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "TOKEN_CURRENCY_MISMATCH",
        "USD",
    )


def test_cancelling_frees_only_what_was_never_released(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=FACE)
    record(freight, seeded.shipment_id, POD)  # LOW releases pickup 20% + POD 70% at once
    stack.deliver_events()
    payment.CancelPaymentIntent(pb.CancelPaymentIntentRequest(intent_id=seeded.intent_id, reason="renegotiated"))
    released = sum(amounts(payment, seeded.intent_id).values())
    left = FACE - released
    assert call_error(payment.CreatePaymentIntent, _intent(seeded.token_id, left + 1)).reason == "TOKEN_VALUE_EXCEEDED"
    assert payment.CreatePaymentIntent(_intent(seeded.token_id, left)).payment_intent.amount.amount_minor == left
