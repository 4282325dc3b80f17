"""Request ids (AIP-155) the way a payments API must treat them: once the first call with
an id committed, every replay gets that stored response - after later state changes,
from N concurrent callers at once, without calling another service again - and the same
id with another body is REQUEST_ID_REUSED. Both databases."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2 as fpb
from chainbridge.payment.v1 import payment_pb2 as ppb

from tests.support.rpc import call_error, money, shipment
from tests.support.workflow import PICKUP, POD, milestones, record, seed

N_CALLERS = 8


def _all_at_once(call: Callable[[], object], n: int = N_CALLERS) -> list[object]:
    """`call` from n threads released together; each result or the gRPC status code."""
    start = threading.Barrier(n)

    def one(_: int) -> object:
        start.wait()
        try:
            return call()
        except grpc.RpcError as error:
            return error.code()

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


# ---------------------------------------------------------------- replays after state changes


def test_a_recorded_event_replays_after_its_shipment_is_cancelled(stack):
    freight = stack.freight_stub()
    seeded = seed(freight, stack.payment_stub(), "LOW", build_schedule=False)
    request = fpb.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=PICKUP, request_id="rq-1")
    first = freight.RecordShipmentEvent(request)
    freight.CancelShipment(fpb.CancelShipmentRequest(shipment_id=seeded.shipment_id, reason="customer cancelled"))

    assert freight.RecordShipmentEvent(request) == first  # not FAILED_PRECONDITION "is CANCELLED"
    fresh = fpb.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=PICKUP, request_id="rq-2")
    assert call_error(freight.RecordShipmentEvent, fresh).reason == "SHIPMENT_CANCELLED"
    events = freight.ListShipmentEvents(fpb.ListShipmentEventsRequest(shipment_id=seeded.shipment_id)).events
    assert [e.event_type for e in events].count(PICKUP) == 1


def test_a_batch_replays_after_its_shipment_is_cancelled(stack):
    freight = stack.freight_stub()
    seeded = seed(freight, stack.payment_stub(), "LOW", build_schedule=False)
    batch = fpb.BatchRecordShipmentEventsRequest(
        requests=[fpb.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=PICKUP)], request_id="batch-1"
    )
    first = freight.BatchRecordShipmentEvents(batch)
    freight.CancelShipment(fpb.CancelShipmentRequest(shipment_id=seeded.shipment_id, reason="customer cancelled"))
    assert freight.BatchRecordShipmentEvents(batch) == first


def test_operator_actions_replay_their_first_answer_and_a_plain_retry_is_refused(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "HIGH")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]
    approve = ppb.ApproveMilestoneSettlementRequest(
        settlement_id=pod.settlement_id, decision=ppb.REVIEW_DECISION_APPROVE, reason="photos checked", request_id="approve-1"
    )
    approved = payment.ApproveMilestoneSettlement(approve)
    complete = ppb.CompleteSettlementRequest(settlement_id=pod.settlement_id, rail_reference="ACH-1", request_id="complete-1")
    completed = payment.CompleteSettlement(complete)

    # The milestone is SETTLED now; the operator's retries still get their first answers.
    assert payment.ApproveMilestoneSettlement(approve) == approved
    assert payment.CompleteSettlement(complete) == completed
    cancel = ppb.CancelPaymentIntentRequest(intent_id=seeded.intent_id, reason="contract ended", request_id="cancel-1")
    cancelled = payment.CancelPaymentIntent(cancel)
    assert payment.CancelPaymentIntent(cancel) == cancelled
    # Without a request id a repeat is a new request, judged on the current state.
    approve.ClearField("request_id")
    assert call_error(payment.ApproveMilestoneSettlement, approve).code == grpc.StatusCode.FAILED_PRECONDITION
    history = payment.GetSettlementHistory(ppb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries
    assert [e.to_status for e in history if e.settlement_id == pod.settlement_id] == [
        "MILESTONE_STATUS_PENDING",
        "MILESTONE_STATUS_APPROVED",
        "MILESTONE_STATUS_SETTLED",
    ]


def test_settle_intent_replays_after_the_intent_is_cancelled(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    settle = ppb.SettlePaymentIntentRequest(intent_id=seeded.intent_id, notes="month end", request_id="settle-1")
    first = payment.SettlePaymentIntent(settle)
    payment.CancelPaymentIntent(ppb.CancelPaymentIntentRequest(intent_id=seeded.intent_id, reason="contract ended"))
    assert payment.SettlePaymentIntent(settle) == first


def test_the_same_request_id_with_another_body_is_request_id_reused_and_changes_nothing(stack):
    freight = stack.freight_stub()
    freight.CreateShipment(fpb.CreateShipmentRequest(shipment=shipment("LOW", reference="A"), request_id="create-1"))
    error = call_error(freight.CreateShipment, fpb.CreateShipmentRequest(shipment=shipment("LOW", reference="B"), request_id="create-1"))
    assert (error.code, error.reason) == (grpc.StatusCode.ALREADY_EXISTS, "REQUEST_ID_REUSED")
    assert freight.ListShipments(fpb.ListShipmentsRequest()).total_size == 1


def test_a_replayed_payment_intent_makes_no_call_to_freight(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=400_000, build_schedule=False)
    request = ppb.CreatePaymentIntentRequest(
        payment_intent=ppb.PaymentIntent(freight_token_id=seeded.token_id, amount=money(100_000)), request_id="intent-1"
    )
    first = payment.CreatePaymentIntent(request)
    stack.freight.stop(grace=0)  # freight is gone: a first call would be UNAVAILABLE
    assert payment.CreatePaymentIntent(request) == first
    other = ppb.CreatePaymentIntentRequest(
        payment_intent=ppb.PaymentIntent(freight_token_id=seeded.token_id, amount=money(100_000)), request_id="intent-2"
    )
    assert call_error(payment.CreatePaymentIntent, other).code == grpc.StatusCode.UNAVAILABLE


# ---------------------------------------------------------------- concurrent duplicates


def test_concurrent_schedule_builds_with_one_request_id_all_get_the_first_answer(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM", build_schedule=False)
    request = ppb.BuildPaymentScheduleRequest(intent_id=seeded.intent_id, request_id="build-1")
    answers = _all_at_once(lambda: payment.BuildPaymentSchedule(request))
    assert all(isinstance(a, ppb.BuildPaymentScheduleResponse) for a in answers), answers  # never SCHEDULE_ALREADY_EXISTS
    assert all(a == answers[0] for a in answers)
    ledger = payment.GetIntentLedger(ppb.GetIntentLedgerRequest(intent_id=seeded.intent_id))
    assert [j.kind for j in ledger.journals] == ["FUNDING"]


def test_concurrent_creates_with_one_request_id_make_one_shipment(stack):
    freight = stack.freight_stub()
    request = fpb.CreateShipmentRequest(shipment=shipment("LOW"), request_id="create-many")
    answers = _all_at_once(lambda: freight.CreateShipment(request))
    assert all(isinstance(a, fpb.CreateShipmentResponse) and a == answers[0] for a in answers), answers
    assert freight.ListShipments(fpb.ListShipmentsRequest()).total_size == 1


def test_concurrent_events_with_one_request_id_record_one_event(stack):
    freight = stack.freight_stub()
    seeded = seed(freight, stack.payment_stub(), "LOW", build_schedule=False)
    request = fpb.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD, request_id="pod-many")
    answers = _all_at_once(lambda: freight.RecordShipmentEvent(request))
    assert all(isinstance(a, fpb.RecordShipmentEventResponse) and a == answers[0] for a in answers), answers
    events = freight.ListShipmentEvents(fpb.ListShipmentEventsRequest(shipment_id=seeded.shipment_id)).events
    assert sorted(e.event_type for e in events) == sorted([common_pb2.SHIPMENT_EVENT_TYPE_CREATED, POD])


def test_concurrent_approvals_with_one_request_id_all_get_the_first_answer(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "HIGH")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]
    request = ppb.ApproveMilestoneSettlementRequest(
        settlement_id=pod.settlement_id, decision=ppb.REVIEW_DECISION_APPROVE, reason="ok", request_id="approve-many"
    )
    answers = _all_at_once(lambda: payment.ApproveMilestoneSettlement(request))
    assert all(isinstance(a, ppb.ApproveMilestoneSettlementResponse) and a == answers[0] for a in answers), answers


def test_a_request_id_is_scoped_to_its_method(stack):
    freight = stack.freight_stub()
    seeded = seed(freight, stack.payment_stub(), "LOW", build_schedule=False)
    freight.RecordShipmentEvent(fpb.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=PICKUP, request_id="shared"))
    cancelled = freight.CancelShipment(fpb.CancelShipmentRequest(shipment_id=seeded.shipment_id, reason="r", request_id="shared"))
    assert cancelled.shipment.status == fpb.SHIPMENT_STATUS_CANCELLED
