"""Every PaymentService RPC answers bad input with the right status and the offending
field named, and changes nothing. pytest-grpc's real in-process server, real database;
the freight service it would call is deliberately unreachable."""

from __future__ import annotations

import grpc
import pytest
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc
from google.protobuf.timestamp_pb2 import Timestamp

from chainbridge_common.runtime.clock import SystemClock
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.storage.database import Database
from pay_server.application.app import PaymentApplication
from pay_server.clients.freight import FreightTokens
from pay_server.rpc.servicer import PaymentServicer
from pay_server.storage.unit_of_work import payment_transactions
from tests.support.rpc import call_error, money, rich_error
from tests.support.servers import free_port

INVALID = grpc.StatusCode.INVALID_ARGUMENT
POD = common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED


@pytest.fixture(scope="module")
def pay_db(databases):
    db = Database(databases.new_url("sqlite", "payment"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def grpc_add_to_server():
    return payment_pb2_grpc.add_PaymentServiceServicer_to_server


@pytest.fixture(scope="module")
def grpc_servicer(pay_db):
    clock = SystemClock()
    nobody = grpc.insecure_channel(f"127.0.0.1:{free_port()}")  # freight is down
    servicer = PaymentServicer(
        PaymentApplication.build(payment_transactions(pay_db, clock), clock),
        FreightTokens(freight_pb2_grpc.FreightServiceStub(nobody), deadline_seconds=1.0),
        PageTokens(),
    )
    yield servicer
    nobody.close()


@pytest.fixture(scope="module")
def grpc_stub_cls():
    return payment_pb2_grpc.PaymentServiceStub


def _event(**overrides) -> pb.ProcessShipmentEventRequest:
    fields = dict(event_id="sev_1", shipment_id="shp_1", event_type=POD, occurred_at=Timestamp(seconds=1_767_225_600))
    fields.update(overrides)
    return pb.ProcessShipmentEventRequest(**{k: v for k, v in fields.items() if v is not None})


def test_bad_input_for_every_rpc(grpc_stub):
    intent = pb.PaymentIntent
    cases = [
        (grpc_stub.CreatePaymentIntent, pb.CreatePaymentIntentRequest(), "payment_intent"),
        (
            grpc_stub.CreatePaymentIntent,
            pb.CreatePaymentIntentRequest(payment_intent=intent(amount=money(5))),
            "payment_intent.freight_token_id",
        ),
        (
            grpc_stub.CreatePaymentIntent,
            pb.CreatePaymentIntentRequest(payment_intent=intent(freight_token_id="ftk_1")),
            "payment_intent.amount",
        ),
        (
            grpc_stub.CreatePaymentIntent,
            pb.CreatePaymentIntentRequest(payment_intent=intent(freight_token_id="ftk_1", amount=money(0))),
            "payment_intent.amount.amount_minor",
        ),
        (
            grpc_stub.CreatePaymentIntent,
            pb.CreatePaymentIntentRequest(payment_intent=intent(freight_token_id="ftk_1", amount=money(10, "XAU"))),
            "payment_intent.amount.currency",
        ),
        (
            grpc_stub.CreatePaymentIntent,
            pb.CreatePaymentIntentRequest(payment_intent=intent(freight_token_id="ftk_1", amount=money(10), description="d" * 2000)),
            "payment_intent.description",
        ),
        (grpc_stub.GetPaymentIntent, pb.GetPaymentIntentRequest(), "intent_id"),
        (grpc_stub.ListPaymentIntents, pb.ListPaymentIntentsRequest(status=77), "status"),
        (grpc_stub.ListPaymentIntents, pb.ListPaymentIntentsRequest(risk_tier=9), "risk_tier"),
        (grpc_stub.ListPaymentIntents, pb.ListPaymentIntentsRequest(page_size=-5), "page_size"),
        (grpc_stub.CancelPaymentIntent, pb.CancelPaymentIntentRequest(intent_id="pi_1"), "reason"),
        (grpc_stub.AssessRisk, pb.AssessRiskRequest(), "intent_id"),
        (grpc_stub.AssessRisk, pb.AssessRiskRequest(freight_token_id="bad id"), "freight_token_id"),
        (grpc_stub.SettlePaymentIntent, pb.SettlePaymentIntentRequest(), "intent_id"),
        (grpc_stub.CompleteSettlement, pb.CompleteSettlementRequest(), "settlement_id"),
        (grpc_stub.CompleteSettlement, pb.CompleteSettlementRequest(intent_id="pi_1", rail_reference="r" * 200), "rail_reference"),
        (grpc_stub.GetSettlementHistory, pb.GetSettlementHistoryRequest(), "intent_id"),
        (grpc_stub.BuildPaymentSchedule, pb.BuildPaymentScheduleRequest(), "intent_id"),
        (
            grpc_stub.BuildPaymentSchedule,
            pb.BuildPaymentScheduleRequest(intent_id="pi_1", custom_shares=[pb.MilestoneShare(milestone=POD, basis_points=9000)]),
            "custom_shares",
        ),
        (
            grpc_stub.BuildPaymentSchedule,
            pb.BuildPaymentScheduleRequest(
                intent_id="pi_1", custom_shares=[pb.MilestoneShare(milestone=common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT, basis_points=10000)]
            ),
            "custom_shares[0].milestone",
        ),
        (
            grpc_stub.BuildPaymentSchedule,
            pb.BuildPaymentScheduleRequest(intent_id="pi_1", custom_shares=[pb.MilestoneShare(milestone=POD, basis_points=20000)]),
            "custom_shares[0].basis_points",
        ),
        (grpc_stub.GetPaymentSchedule, pb.GetPaymentScheduleRequest(), "intent_id"),
        (grpc_stub.ProcessShipmentEvent, _event(event_id=""), "event_id"),
        (grpc_stub.ProcessShipmentEvent, _event(event_id="sev_1\n"), "event_id"),
        (grpc_stub.ProcessShipmentEvent, _event(shipment_id=""), "shipment_id"),
        (grpc_stub.ProcessShipmentEvent, _event(event_type=0), "event_type"),
        (grpc_stub.ProcessShipmentEvent, _event(event_type=123), "event_type"),
        (grpc_stub.ProcessShipmentEvent, _event(occurred_at=None), "occurred_at"),
        (grpc_stub.BatchProcessShipmentEvents, pb.BatchProcessShipmentEventsRequest(), "requests"),
        (
            grpc_stub.BatchProcessShipmentEvents,
            pb.BatchProcessShipmentEventsRequest(requests=[_event(), _event(event_type=0)]),
            "requests[1].event_type",
        ),
        (
            grpc_stub.BatchProcessShipmentEvents,
            pb.BatchProcessShipmentEventsRequest(requests=[_event(event_id=f"e{i}") for i in range(501)]),
            "requests",
        ),
        (grpc_stub.ListMilestoneSettlements, pb.ListMilestoneSettlementsRequest(status=66), "status"),
        (grpc_stub.ApproveMilestoneSettlement, pb.ApproveMilestoneSettlementRequest(settlement_id="ms_1", reason="ok"), "decision"),
        (
            grpc_stub.ApproveMilestoneSettlement,
            pb.ApproveMilestoneSettlementRequest(settlement_id="ms_1", decision=pb.REVIEW_DECISION_APPROVE),
            "reason",
        ),
        (grpc_stub.GetShipmentAudit, pb.GetShipmentAuditRequest(), "shipment_id"),
        (grpc_stub.GetIntentLedger, pb.GetIntentLedgerRequest(), "intent_id"),
    ]
    for call, request_message, field in cases:
        error = call_error(call, request_message)
        assert (error.code, field in error.fields) == (INVALID, True), (request_message, error)
        assert error.reason, error


def test_watch_with_a_forged_cursor_is_invalid_argument(grpc_stub):
    stream = grpc_stub.WatchSettlements(pb.WatchSettlementsRequest(cursor="abc"), timeout=5)
    with pytest.raises(grpc.RpcError) as raised:
        next(iter(stream))
    assert raised.value.code() is INVALID


def test_unknown_ids_are_not_found(grpc_stub):
    for call, request_message in [
        (grpc_stub.GetPaymentIntent, pb.GetPaymentIntentRequest(intent_id="pi_missing")),
        (grpc_stub.BuildPaymentSchedule, pb.BuildPaymentScheduleRequest(intent_id="pi_missing")),
        (grpc_stub.GetPaymentSchedule, pb.GetPaymentScheduleRequest(intent_id="pi_missing")),
        (grpc_stub.SettlePaymentIntent, pb.SettlePaymentIntentRequest(intent_id="pi_missing")),
        (grpc_stub.CompleteSettlement, pb.CompleteSettlementRequest(settlement_id="ms_missing")),
        (
            grpc_stub.ApproveMilestoneSettlement,
            pb.ApproveMilestoneSettlementRequest(settlement_id="ms_missing", decision=pb.REVIEW_DECISION_APPROVE, reason="ok"),
        ),
        (grpc_stub.GetSettlementHistory, pb.GetSettlementHistoryRequest(intent_id="pi_missing")),
        (grpc_stub.GetIntentLedger, pb.GetIntentLedgerRequest(intent_id="pi_missing")),
        (grpc_stub.CancelPaymentIntent, pb.CancelPaymentIntentRequest(intent_id="pi_missing", reason="x")),
    ]:
        error = call_error(call, request_message)
        assert error.code is grpc.StatusCode.NOT_FOUND, (request_message, error)


def test_freight_down_is_unavailable_and_creates_nothing(grpc_stub):
    request = pb.CreatePaymentIntentRequest(payment_intent=pb.PaymentIntent(freight_token_id="ftk_1", amount=money(100)))
    error = call_error(grpc_stub.CreatePaymentIntent, request)
    assert error.code is grpc.StatusCode.UNAVAILABLE
    assert error.reason == "FREIGHT_SERVICE_UNAVAILABLE"
    assert grpc_stub.ListPaymentIntents(pb.ListPaymentIntentsRequest()).total_size == 0


def test_events_for_shipments_without_intents_are_kept_for_later(grpc_stub):
    first = grpc_stub.ProcessShipmentEvent(_event(event_id="sev_early"))
    assert (first.duplicate, first.intents_matched, list(first.settlements)) == (False, 0, [])
    audit = grpc_stub.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id="shp_1"))
    assert [e.event_id for e in audit.events] == ["sev_early"]
    assert grpc_stub.ProcessShipmentEvent(_event(event_id="sev_early")).duplicate


def test_the_audit_of_a_shipment_pay_never_heard_of_is_not_found(grpc_stub):
    error = call_error(grpc_stub.GetShipmentAudit, pb.GetShipmentAuditRequest(shipment_id="shp_never_seen"))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "SHIPMENT_UNKNOWN_TO_PAYMENT")


def test_a_batch_with_thousands_of_bad_fields_still_arrives_as_invalid_argument(grpc_stub):
    # 500 events with four bad fields each: listing every violation outgrew the 8 KiB of
    # trailers a gRPC client accepts, and the caller saw RESOURCE_EXHAUSTED instead.
    bad = pb.ProcessShipmentEventRequest(event_id="é" * 65, shipment_id="😀", event_type=99, occurred_at=Timestamp(seconds=-1))
    error = call_error(grpc_stub.BatchProcessShipmentEvents, pb.BatchProcessShipmentEventsRequest(requests=[bad] * 500))
    assert error.code is INVALID
    assert error.reason == "INVALID_ARGUMENT"
    assert "requests[0].event_id" in error.fields
    assert int(error.metadata["omitted_field_violations"]) == 2000 - len(error.fields)


def test_undecodable_request_bytes_are_invalid_argument(grpc_channel):
    # grpcio answered these with INTERNAL ("Exception deserializing request!").
    process = grpc_channel.unary_unary("/chainbridge.payment.v1.PaymentService/ProcessShipmentEvent")
    error = call_error(process, b"\x0a\x02\xff\xfe")  # event_id is not UTF-8
    assert (error.code, error.reason, list(error.fields)) == (INVALID, "UNDECODABLE_REQUEST", [""])
    watch = grpc_channel.unary_stream("/chainbridge.payment.v1.PaymentService/WatchSettlements")
    with pytest.raises(grpc.RpcError) as raised:
        next(iter(watch(b"\x1a\x01\xc3", timeout=5)))  # a cursor cut inside a character
    assert rich_error(raised.value).reason == "UNDECODABLE_REQUEST"
    assert raised.value.code() is INVALID


@pytest.mark.parametrize("cursor", ["²", "١٢", "9" * 19, str(2**63)])
def test_watch_with_a_cursor_that_is_no_sequence_number_is_invalid_argument(grpc_stub, cursor):
    # All passed the isdigit() check: "²" then failed in int() and numbers beyond int64
    # in the database (INTERNAL); "١٢" was read as 12.
    stream = grpc_stub.WatchSettlements(pb.WatchSettlementsRequest(cursor=cursor), timeout=5)
    with pytest.raises(grpc.RpcError) as raised:
        next(iter(stream))
    assert raised.value.code() is INVALID
    assert "cursor" in rich_error(raised.value).fields


def test_watch_accepts_the_largest_sequence_number_as_cursor(grpc_stub):
    stream = grpc_stub.WatchSettlements(pb.WatchSettlementsRequest(cursor=str(2**63 - 1)), timeout=5)
    assert dict(stream.initial_metadata())["x-watch-start-cursor"] == str(2**63 - 1)
    stream.cancel()
