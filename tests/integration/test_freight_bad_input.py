"""Every FreightService RPC answers bad input with the right status, the offending field
named in google.rpc.BadRequest, and changes nothing. Runs the servicer in pytest-grpc's
real in-process server (loopback) over a real migrated database."""

from __future__ import annotations

import time

import grpc
import pytest
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2 as pb
from chainbridge.freight.v1 import freight_pb2_grpc
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.timestamp_pb2 import Timestamp

from chainbridge_common.application.idempotency import Idempotency
from chainbridge_common.runtime.clock import SystemClock
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.storage.database import Database
from freight_server.application.app import FreightApplication
from freight_server.application.outbox import OutboxUseCases
from freight_server.application.ports import NoHandoff
from freight_server.rpc.servicer import FreightServicer
from freight_server.storage.unit_of_work import freight_transactions
from tests.support.rpc import call_error, money, shipment

INVALID = grpc.StatusCode.INVALID_ARGUMENT


@pytest.fixture(scope="module")
def freight_db(databases):
    db = Database(databases.new_url("sqlite", "freight"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def grpc_add_to_server():
    return freight_pb2_grpc.add_FreightServiceServicer_to_server


@pytest.fixture(scope="module")
def grpc_servicer(freight_db):
    clock = SystemClock()
    transactions = freight_transactions(freight_db, clock)
    outbox = OutboxUseCases(transactions, Idempotency(transactions), clock)
    return FreightServicer(FreightApplication.build(transactions, clock, outbox, NoHandoff()), PageTokens())


@pytest.fixture(scope="module")
def grpc_stub_cls():
    return freight_pb2_grpc.FreightServiceStub


@pytest.fixture(scope="module")
def existing(grpc_stub):
    """One valid shipment, so bad input can be aimed at real ids too."""
    return grpc_stub.CreateShipment(pb.CreateShipmentRequest(shipment=shipment("LOW"))).shipment


def _bad_shipment(**changes) -> pb.Shipment:
    s = shipment("LOW")
    for name, value in changes.items():
        if value is None:
            s.ClearField(name)
        else:
            getattr(s, name).CopyFrom(value) if hasattr(getattr(s, name), "CopyFrom") else setattr(s, name, value)
    return s


CREATE_CASES = [
    ("missing shipment", pb.CreateShipmentRequest(), "shipment"),
    ("no shipper", pb.CreateShipmentRequest(shipment=_bad_shipment(shipper_id="")), "shipment.shipper_id"),
    ("no carrier", pb.CreateShipmentRequest(shipment=_bad_shipment(carrier_id="  ")), "shipment.carrier_id"),
    (
        "lowercase country",
        pb.CreateShipmentRequest(shipment=_bad_shipment(origin=pb.Location(country_code="us"))),
        "shipment.origin.country_code",
    ),
    (
        "country and newline",
        pb.CreateShipmentRequest(shipment=_bad_shipment(origin=pb.Location(country_code="US\n"))),
        "shipment.origin.country_code",
    ),
    ("no destination", pb.CreateShipmentRequest(shipment=_bad_shipment(destination=None)), "shipment.destination"),
    ("no category", pb.CreateShipmentRequest(shipment=_bad_shipment(cargo_category=0)), "shipment.cargo_category"),
    ("unknown category number", pb.CreateShipmentRequest(shipment=_bad_shipment(cargo_category=99)), "shipment.cargo_category"),
    ("no mode", pb.CreateShipmentRequest(shipment=_bad_shipment(transport_mode=0)), "shipment.transport_mode"),
    ("zero value", pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(0))), "shipment.declared_value.amount_minor"),
    ("negative value", pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(-5))), "shipment.declared_value.amount_minor"),
    ("huge value", pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(2**62))), "shipment.declared_value.amount_minor"),
    (
        "unknown currency",
        pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(100, "ABC"))),
        "shipment.declared_value.currency",
    ),
    (
        "lowercase currency",
        pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(100, "usd"))),
        "shipment.declared_value.currency",
    ),
    ("no value", pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=None)), "shipment.declared_value"),
    ("negative weight", pb.CreateShipmentRequest(shipment=_bad_shipment(weight_grams=-1)), "shipment.weight_grams"),
    ("long reference", pb.CreateShipmentRequest(shipment=_bad_shipment(reference="x" * 129)), "shipment.reference"),
    ("control chars", pb.CreateShipmentRequest(shipment=_bad_shipment(cargo_description="a\x00b")), "shipment.cargo_description"),
    ("long request id", pb.CreateShipmentRequest(shipment=shipment("LOW"), request_id="r" * 200), "request_id"),
]


@pytest.mark.parametrize(("case", "request_message", "field"), CREATE_CASES, ids=[c[0] for c in CREATE_CASES])
def test_create_shipment_bad_input(grpc_stub, case, request_message, field):
    error = call_error(grpc_stub.CreateShipment, request_message)
    assert error.code is INVALID
    assert field in error.fields, error
    assert error.domain == "test.chainbridge.io"


def test_create_shipment_reports_every_bad_field_at_once(grpc_stub):
    bad = _bad_shipment(shipper_id="", cargo_category=0, declared_value=money(0, "ZZZ"))
    error = call_error(grpc_stub.CreateShipment, pb.CreateShipmentRequest(shipment=bad))
    assert {
        "shipment.shipper_id",
        "shipment.cargo_category",
        "shipment.declared_value.amount_minor",
        "shipment.declared_value.currency",
    } <= set(error.fields)


def _future(seconds_ahead: int) -> Timestamp:
    return Timestamp(seconds=int(time.time()) + seconds_ahead)


def test_other_rpcs_bad_input(grpc_stub, existing):
    sid = existing.shipment_id
    cases = [
        (grpc_stub.GetShipment, pb.GetShipmentRequest(), INVALID, "shipment_id"),
        (grpc_stub.GetShipment, pb.GetShipmentRequest(shipment_id="shp bad id!"), INVALID, "shipment_id"),
        (grpc_stub.GetShipment, pb.GetShipmentRequest(shipment_id=f"{sid}\n"), INVALID, "shipment_id"),
        (grpc_stub.ListShipments, pb.ListShipmentsRequest(page_size=-1), INVALID, "page_size"),
        (grpc_stub.ListShipments, pb.ListShipmentsRequest(page_token="not-a-token"), INVALID, "page_token"),
        (grpc_stub.ListShipments, pb.ListShipmentsRequest(status=42), INVALID, "status"),
        (grpc_stub.UpdateShipment, pb.UpdateShipmentRequest(shipment=pb.Shipment(shipment_id=sid)), INVALID, "update_mask"),
        (
            grpc_stub.UpdateShipment,
            pb.UpdateShipmentRequest(shipment=pb.Shipment(shipment_id=sid), update_mask=FieldMask(paths=["status"])),
            INVALID,
            "update_mask",
        ),
        (
            grpc_stub.UpdateShipment,
            pb.UpdateShipmentRequest(shipment=pb.Shipment(shipment_id=sid), update_mask=FieldMask(paths=["carrier_id"])),
            INVALID,
            "shipment.carrier_id",
        ),
        (grpc_stub.CancelShipment, pb.CancelShipmentRequest(shipment_id=sid), INVALID, "reason"),
        (grpc_stub.TokenizeShipment, pb.TokenizeShipmentRequest(), INVALID, "shipment_id"),
        (grpc_stub.GetFreightToken, pb.GetFreightTokenRequest(), INVALID, "token_id"),
        (grpc_stub.ListFreightTokens, pb.ListFreightTokensRequest(risk_tier=7), INVALID, "risk_tier"),
        (grpc_stub.RecordShipmentEvent, pb.RecordShipmentEventRequest(shipment_id=sid), INVALID, "event_type"),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_CREATED),
            INVALID,
            "event_type",
        ),
        (grpc_stub.RecordShipmentEvent, pb.RecordShipmentEventRequest(shipment_id=sid, event_type=99), INVALID, "event_type"),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(
                shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED, occurred_at=_future(3600)
            ),
            INVALID,
            "occurred_at",
        ),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(
                shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED, occurred_at=Timestamp(seconds=0, nanos=-1)
            ),
            INVALID,
            "occurred_at",
        ),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(
                shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED, metadata={f"k{i}": "v" for i in range(40)}
            ),
            INVALID,
            "metadata",
        ),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(
                shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED, metadata={"scanner": "x" * 600}
            ),
            INVALID,
            "metadata['scanner']",
        ),
        *[
            (
                grpc_stub.RecordShipmentEvent,
                pb.RecordShipmentEventRequest(
                    shipment_id=sid, event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED, metadata={key: "v"}
                ),
                INVALID,
                f"metadata[{key!r}]",
            )
            for key in ("nul\x00key", "esc\x1bkey")  # keys follow the rule of values
        ],
        (grpc_stub.ListShipmentEvents, pb.ListShipmentEventsRequest(), INVALID, "shipment_id"),
        (grpc_stub.ListShipmentEvents, pb.ListShipmentEventsRequest(shipment_id=sid, delivery_state=5), INVALID, "delivery_state"),
    ]
    for call, request_message, code, field in cases:
        error = call_error(call, request_message)
        assert (error.code, field in error.fields) == (code, True), (request_message, error)


def test_metal_and_fund_codes_are_named_as_iso_4217_codes_without_a_minor_unit(grpc_stub):
    error = call_error(grpc_stub.CreateShipment, pb.CreateShipmentRequest(shipment=_bad_shipment(declared_value=money(5, "XXX"))))
    assert "is an ISO 4217 code with no minor unit" in error.fields["shipment.declared_value.currency"]


def test_the_carrier_filter_takes_every_carrier_id_create_shipment_takes(grpc_stub):
    carrier = "Roadrunner Freight, Inc. (EU)"
    created = grpc_stub.CreateShipment(pb.CreateShipmentRequest(shipment=_bad_shipment(carrier_id=carrier))).shipment
    listed = grpc_stub.ListShipments(pb.ListShipmentsRequest(carrier_id=carrier))
    assert [s.shipment_id for s in listed.shipments] == [created.shipment_id]
    assert call_error(grpc_stub.ListShipments, pb.ListShipmentsRequest(carrier_id="bad\x00id")).code == INVALID


def test_unknown_ids_are_not_found(grpc_stub):
    for call, request_message in [
        (grpc_stub.GetShipment, pb.GetShipmentRequest(shipment_id="shp_missing")),
        (grpc_stub.TokenizeShipment, pb.TokenizeShipmentRequest(shipment_id="shp_missing")),
        (grpc_stub.GetFreightToken, pb.GetFreightTokenRequest(token_id="ftk_missing")),
        (grpc_stub.GetFreightToken, pb.GetFreightTokenRequest(shipment_id="shp_missing")),
        (
            grpc_stub.RecordShipmentEvent,
            pb.RecordShipmentEventRequest(shipment_id="shp_missing", event_type=common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED),
        ),
        (grpc_stub.ListShipmentEvents, pb.ListShipmentEventsRequest(shipment_id="shp_missing")),
        (grpc_stub.CancelShipment, pb.CancelShipmentRequest(shipment_id="shp_missing", reason="x")),
    ]:
        error = call_error(call, request_message)
        assert error.code is grpc.StatusCode.NOT_FOUND, (request_message, error)
        assert "not found" in error.message


def test_state_conflicts_are_failed_precondition_or_already_exists(grpc_stub):
    created = grpc_stub.CreateShipment(pb.CreateShipmentRequest(shipment=shipment("LOW"))).shipment
    grpc_stub.TokenizeShipment(pb.TokenizeShipmentRequest(shipment_id=created.shipment_id))
    again = call_error(grpc_stub.TokenizeShipment, pb.TokenizeShipmentRequest(shipment_id=created.shipment_id))
    assert (again.code, again.reason) == (grpc.StatusCode.ALREADY_EXISTS, "SHIPMENT_ALREADY_TOKENIZED")
    frozen = call_error(
        grpc_stub.UpdateShipment,
        pb.UpdateShipmentRequest(
            shipment=pb.Shipment(shipment_id=created.shipment_id, declared_value=money(5)), update_mask=FieldMask(paths=["declared_value"])
        ),
    )
    assert (frozen.code, frozen.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "SHIPMENT_TOKENIZED")


def test_bad_input_changes_nothing(grpc_stub, existing):
    before = grpc_stub.ListShipments(pb.ListShipmentsRequest()).total_size
    events_before = grpc_stub.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=existing.shipment_id)).total_size
    for _, request_message, _ in CREATE_CASES:
        call_error(grpc_stub.CreateShipment, request_message)
    call_error(grpc_stub.RecordShipmentEvent, pb.RecordShipmentEventRequest(shipment_id=existing.shipment_id, event_type=99))
    assert grpc_stub.ListShipments(pb.ListShipmentsRequest()).total_size == before
    assert grpc_stub.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=existing.shipment_id)).total_size == events_before


def test_update_shipment_changes_only_masked_fields(grpc_stub):
    created = grpc_stub.CreateShipment(pb.CreateShipmentRequest(shipment=shipment("LOW"))).shipment
    update = pb.Shipment(shipment_id=created.shipment_id, reference="BOL-NEW", carrier_id="ignored-not-in-mask")
    updated = grpc_stub.UpdateShipment(pb.UpdateShipmentRequest(shipment=update, update_mask=FieldMask(paths=["reference"]))).shipment
    assert updated.reference == "BOL-NEW"
    assert updated.carrier_id == created.carrier_id


def test_a_long_input_quoted_back_still_arrives_as_invalid_argument(grpc_stub):
    # The currency is quoted in the error; unbounded, the status outgrew the 8 KiB of
    # trailers a gRPC client accepts and the caller saw RESOURCE_EXHAUSTED instead.
    bad = _bad_shipment(declared_value=money(100, "😀" * 5000))
    error = call_error(grpc_stub.CreateShipment, pb.CreateShipmentRequest(shipment=bad))
    assert error.code is INVALID
    assert "shipment.declared_value.currency" in error.fields
    assert error.reason == "INVALID_ARGUMENT"


def test_undecodable_request_bytes_are_invalid_argument(grpc_channel):
    # grpcio answered these with INTERNAL ("Exception deserializing request!").
    create = grpc_channel.unary_unary("/chainbridge.freight.v1.FreightService/CreateShipment")
    for payload in (b"\x00", b"\x0a\x02\xff\xfe", b"\x0a\x7fa"):  # field 0; not UTF-8; cut short
        error = call_error(create, payload)
        assert (error.code, error.reason) == (INVALID, "UNDECODABLE_REQUEST"), (payload, error)
        assert "" in error.fields
