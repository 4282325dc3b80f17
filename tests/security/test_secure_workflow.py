"""The seed workflow with the services authenticating each other (mutual TLS; or TLS with
service tokens), and real requests from the wrong callers changing nothing."""

from __future__ import annotations

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2
from google.protobuf.timestamp_pb2 import Timestamp

from tests.security.credentials import DevCerts
from tests.support.rpc import call_error, money, shipment
from tests.support.servers import start_stack
from tests.support.workflow import CLAIM_WINDOW, POD, amounts, milestones, record, seed, statuses


def _delivery_states(freight, shipment_id: str) -> set[str]:
    events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id), timeout=10).events
    return {freight_pb2.DeliveryState.Name(e.delivery.state) for e in events}


def test_seed_workflow_end_to_end_over_mutual_tls(mtls_stack, certs):
    freight = mtls_stack.freight_stub(certs.credentials("client"))
    payment = mtls_stack.payment_stub(certs.credentials("client"))
    # CreatePaymentIntent makes pay call FreightService.GetFreightToken as payment-service (mTLS).
    seeded = seed(freight, payment, "LOW", amount_minor=1_000_005)
    assert seeded.schedule is not None and len(seeded.schedule.items) == 3

    record(freight, seeded.shipment_id, POD)  # before pickup: releases both shares
    record(freight, seeded.shipment_id, CLAIM_WINDOW)
    # The outbox delivers to PaymentService.BatchProcessShipmentEvents as freight-service (mTLS).
    assert mtls_stack.deliver_events() == 3  # CREATED, POD, CLAIM_WINDOW_CLOSED
    assert _delivery_states(freight, seeded.shipment_id) == {"DELIVERY_STATE_DELIVERED"}

    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 100_000}
    assert set(statuses(payment, seeded.intent_id).values()) == {"APPROVED"}


def test_seed_workflow_end_to_end_over_tls_with_service_tokens(token_stack, certs):
    bearer = certs.bearer(certs.token("client"))
    freight = token_stack.freight_stub(certs.credentials())
    payment = token_stack.payment_stub(certs.credentials())
    created = freight.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=shipment("HIGH")), timeout=10, metadata=bearer).shipment
    token = freight.TokenizeShipment(
        freight_pb2.TokenizeShipmentRequest(shipment_id=created.shipment_id), timeout=10, metadata=bearer
    ).token
    intent = payment.CreatePaymentIntent(
        payment_pb2.CreatePaymentIntentRequest(
            payment_intent=payment_pb2.PaymentIntent(
                freight_token_id=token.token_id, amount=money(1_000_005), payer_id="acme-foods", payee_id="roadrunner-freight"
            )
        ),
        timeout=10,
        metadata=bearer,
    ).payment_intent
    payment.BuildPaymentSchedule(payment_pb2.BuildPaymentScheduleRequest(intent_id=intent.intent_id), timeout=10, metadata=bearer)
    freight.RecordShipmentEvent(
        freight_pb2.RecordShipmentEventRequest(shipment_id=created.shipment_id, event_type=POD), timeout=10, metadata=bearer
    )
    assert token_stack.deliver_events() == 2

    listed = payment.ListMilestoneSettlements(
        payment_pb2.ListMilestoneSettlementsRequest(intent_id=intent.intent_id), timeout=10, metadata=bearer
    ).settlements
    assert [payment_pb2.MilestoneStatus.Name(s.status) for s in listed] == ["MILESTONE_STATUS_PENDING"]  # HIGH: manual review


def test_a_peer_presenting_the_wrong_identity_cannot_deliver_events(databases, certs):
    """Freight configured with the operator's certificate: pay refuses the delivery, the
    event stays pending with the refusal recorded, and no settlement appears."""
    stack = start_stack(
        databases.new_url("sqlite", "freight"),
        databases.new_url("sqlite", "payment"),
        freight_security=certs.mutual_tls("freight-server", "operator"),
        pay_security=certs.mutual_tls("payment-server", "payment-service"),
    )
    try:
        freight = stack.freight_stub(certs.credentials("client"))
        payment = stack.payment_stub(certs.credentials("client"))
        seeded = seed(freight, payment, "LOW")
        record(freight, seeded.shipment_id, POD)
        assert stack.deliver_events() == 2
        events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=seeded.shipment_id), timeout=10).events
        assert {freight_pb2.DeliveryState.Name(e.delivery.state) for e in events} == {"DELIVERY_STATE_PENDING"}
        assert all(e.delivery.last_error.startswith("PERMISSION_DENIED") for e in events)
        assert milestones(payment, seeded.intent_id) == {}
    finally:
        stack.stop()


def test_a_payment_service_presenting_the_wrong_identity_cannot_read_freight_tokens(databases, certs):
    """Pay configured with the freight service's certificate: freight refuses GetFreightToken,
    so CreatePaymentIntent answers UNAVAILABLE and creates no intent."""
    stack = start_stack(
        databases.new_url("sqlite", "freight"),
        databases.new_url("sqlite", "payment"),
        freight_security=certs.mutual_tls("freight-server", "freight-service"),
        pay_security=certs.mutual_tls("payment-server", "freight-service"),
    )
    try:
        freight = stack.freight_stub(certs.credentials("client"))
        payment = stack.payment_stub(certs.credentials("client"))
        created = freight.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=shipment("LOW")), timeout=10).shipment
        token = freight.TokenizeShipment(freight_pb2.TokenizeShipmentRequest(shipment_id=created.shipment_id), timeout=10).token
        intent = payment_pb2.PaymentIntent(
            freight_token_id=token.token_id, amount=money(1000), payer_id="acme-foods", payee_id="roadrunner-freight"
        )
        error = call_error(payment.CreatePaymentIntent, payment_pb2.CreatePaymentIntentRequest(payment_intent=intent))
        assert (error.code, error.reason) == (grpc.StatusCode.UNAVAILABLE, "FREIGHT_SERVICE_FAILED")
        assert payment.ListPaymentIntents(payment_pb2.ListPaymentIntentsRequest(), timeout=10).total_size == 0
    finally:
        stack.stop()


# ---------------------------------------------------------------- refused calls change nothing


@pytest.fixture
def high_risk_after_pod(mtls_stack, certs):
    """A HIGH-tier intent whose POD milestone waits for review, seen by the client."""
    freight = mtls_stack.freight_stub(certs.credentials("client"))
    payment = mtls_stack.payment_stub(certs.credentials("client"))
    seeded = seed(freight, payment, "HIGH")
    record(freight, seeded.shipment_id, POD)
    mtls_stack.deliver_events()
    return seeded, payment


def _snapshot(payment, intent_id: str, shipment_id: str):
    intent = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=intent_id), timeout=10).payment_intent
    history = payment.GetSettlementHistory(payment_pb2.GetSettlementHistoryRequest(intent_id=intent_id), timeout=10).entries
    audit = payment.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=shipment_id), timeout=10)
    return intent.SerializeToString(), len(history), statuses(payment, intent_id), len(audit.events)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_unauthorised_operator_calls_change_nothing(high_risk_after_pod, mtls_stack, certs):
    seeded, payment = high_risk_after_pod
    (pending,) = milestones(payment, seeded.intent_id).values()
    before = _snapshot(payment, seeded.intent_id, seeded.shipment_id)
    assert before[2] == {"POD_CONFIRMED": "PENDING"}

    for identity in ("client", "freight-service", "payment-service"):
        caller = mtls_stack.payment_stub(certs.credentials(identity))
        attempts = [
            (
                caller.ApproveMilestoneSettlement,
                payment_pb2.ApproveMilestoneSettlementRequest(
                    settlement_id=pending.settlement_id, decision=payment_pb2.REVIEW_DECISION_APPROVE, reason="looks fine"
                ),
            ),
            (caller.SettlePaymentIntent, payment_pb2.SettlePaymentIntentRequest(intent_id=seeded.intent_id, force_approval=True)),
            (caller.CompleteSettlement, payment_pb2.CompleteSettlementRequest(intent_id=seeded.intent_id, rail_reference="ach-1")),
            (caller.CancelPaymentIntent, payment_pb2.CancelPaymentIntentRequest(intent_id=seeded.intent_id, reason="mistake")),
        ]
        for call, request in attempts:
            error = call_error(call, request)
            assert (error.code, error.reason) == (grpc.StatusCode.PERMISSION_DENIED, "ROLE_NOT_ALLOWED"), (identity, call)
    assert _snapshot(payment, seeded.intent_id, seeded.shipment_id) == before

    # The same approval from an operator goes through, and names the operator in the audit trail.
    operator = mtls_stack.payment_stub(certs.credentials("operator"))
    operator.ApproveMilestoneSettlement(
        payment_pb2.ApproveMilestoneSettlementRequest(
            settlement_id=pending.settlement_id, decision=payment_pb2.REVIEW_DECISION_APPROVE, reason="reviewed"
        ),
        timeout=10,
    )
    assert statuses(payment, seeded.intent_id) == {"POD_CONFIRMED": "APPROVED"}
    history = payment.GetSettlementHistory(payment_pb2.GetSettlementHistoryRequest(intent_id=seeded.intent_id), timeout=10).entries
    assert history[-1].actor == "operator/dev-operator"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_unauthorised_process_shipment_event_creates_no_settlement(mtls_stack, certs: DevCerts):
    freight = mtls_stack.freight_stub(certs.credentials("client"))
    client_payment = mtls_stack.payment_stub(certs.credentials("client"))
    seeded = seed(freight, client_payment, "LOW")
    mtls_stack.deliver_events()  # the CREATED event
    pod = payment_pb2.ProcessShipmentEventRequest(
        event_id="sev_forged_pod", shipment_id=seeded.shipment_id, event_type=POD, occurred_at=Timestamp(seconds=1_767_225_600)
    )
    for identity in ("client", "operator", "payment-service"):
        forger = mtls_stack.payment_stub(certs.credentials(identity))
        error = call_error(forger.ProcessShipmentEvent, pod)
        assert (error.code, error.reason) == (grpc.StatusCode.PERMISSION_DENIED, "ROLE_NOT_ALLOWED")
        error = call_error(forger.BatchProcessShipmentEvents, payment_pb2.BatchProcessShipmentEventsRequest(requests=[pod]))
        assert error.code == grpc.StatusCode.PERMISSION_DENIED
    bogus_token = certs.bearer("cb_forged")
    error = call_error(client_payment.ProcessShipmentEvent, pod, metadata=bogus_token)
    assert (error.code, error.reason) == (grpc.StatusCode.UNAUTHENTICATED, "INVALID_TOKEN")

    assert milestones(client_payment, seeded.intent_id) == {}
    audit = client_payment.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=seeded.shipment_id), timeout=10)
    assert [e.event_id for e in audit.events if e.event_id == "sev_forged_pod"] == []

    # Only the freight service's identity is heard.
    freight_service = mtls_stack.payment_stub(certs.credentials("freight-service"))
    reply = freight_service.ProcessShipmentEvent(pod, timeout=10)
    assert reply.intents_matched == 1
    assert set(amounts(client_payment, seeded.intent_id)) == {"PICKUP_CONFIRMED", "POD_CONFIRMED"}  # POD implies pickup


def test_two_callers_choosing_the_same_request_id_each_get_their_own_answer(mtls_stack, certs):
    # Request ids are scoped per authenticated caller: a client and an operator who both
    # pick "order-1" create two shipments, and neither sees the other's response.
    as_client = mtls_stack.freight_stub(certs.credentials("client"))
    as_operator = mtls_stack.freight_stub(certs.credentials("operator"))
    mine = as_client.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=shipment("LOW", reference="CLIENT"), request_id="order-1"))
    theirs = as_operator.CreateShipment(
        freight_pb2.CreateShipmentRequest(shipment=shipment("LOW", reference="OPERATOR"), request_id="order-1")
    )
    assert mine.shipment.shipment_id != theirs.shipment.shipment_id
    assert (mine.shipment.reference, theirs.shipment.reference) == ("CLIENT", "OPERATOR")
    # Each caller's replay still answers its own first response.
    again = as_client.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=shipment("LOW", reference="CLIENT"), request_id="order-1"))
    assert again == mine
