"""The seed workflow end to end over real gRPC servers on loopback, on SQLite and
PostgreSQL, with the outbox dispatcher driven step by step and a fake clock."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2
from google.protobuf.timestamp_pb2 import Timestamp

from chainbridge_common.runtime.timestamps import from_timestamp, to_timestamp
from tests.support.rpc import TIER_SCORES_BPS, call_error, shipment
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, amounts, milestones, record, seed, statuses


def test_medium_tier_splits_exactly_and_delays_pickup_and_claim_shares(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM", amount_minor=1_000_005)  # 10000.05 USD

    assert [item.amount_minor for item in seeded.schedule.items] == [100_000, 700_004, 200_001]
    assert [item.basis_points for item in seeded.schedule.items] == [1000, 7000, 2000]
    assert sum(item.amount_minor for item in seeded.schedule.items) == 1_000_005

    pod = record(freight, seeded.shipment_id, POD)
    assert stack.deliver_events() >= 1
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 100_000, "POD_CONFIRMED": 700_004}
    assert statuses(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": "DELAYED", "POD_CONFIRMED": "APPROVED"}
    pickup = milestones(payment, seeded.intent_id)["PICKUP_CONFIRMED"]
    assert from_timestamp(pickup.release_at) == from_timestamp(pod.occurred_at) + timedelta(hours=24)

    record(freight, seeded.shipment_id, CLAIM_WINDOW)
    stack.deliver_events()
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 100_000, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 200_001}
    intent = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=seeded.intent_id)).payment_intent
    assert intent.risk_score_bps == TIER_SCORES_BPS["MEDIUM"]
    assert intent.totals.released_minor == 700_004
    assert intent.totals.held_minor == 300_001
    assert intent.totals.remaining_minor == 300_001
    assert intent.status == payment_pb2.PAYMENT_INTENT_STATUS_PARTIALLY_RELEASED


def test_low_tier_releases_each_milestone_as_its_event_arrives(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=1_000_005)
    assert [item.amount_minor for item in seeded.schedule.items] == [200_001, 700_004, 100_000]

    for event_type in (PICKUP, POD, CLAIM_WINDOW):
        record(freight, seeded.shipment_id, event_type)
    stack.deliver_events()

    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 100_000}
    assert set(statuses(payment, seeded.intent_id).values()) == {"APPROVED"}
    intent = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=seeded.intent_id)).payment_intent
    assert intent.totals.released_minor == 1_000_005
    assert intent.status == payment_pb2.PAYMENT_INTENT_STATUS_RELEASED


def test_high_tier_holds_every_milestone_for_review_and_zero_share_creates_nothing(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "HIGH", amount_minor=1_000_005)
    assert [item.amount_minor for item in seeded.schedule.items] == [0, 800_004, 200_001]

    for event_type in (PICKUP, POD, CLAIM_WINDOW):
        record(freight, seeded.shipment_id, event_type)
    stack.deliver_events()

    # HIGH gives pickup 0%: the pickup event creates no payable settlement.
    assert amounts(payment, seeded.intent_id) == {"POD_CONFIRMED": 800_004, "CLAIM_WINDOW_CLOSED": 200_001}
    assert statuses(payment, seeded.intent_id) == {"POD_CONFIRMED": "PENDING", "CLAIM_WINDOW_CLOSED": "PENDING"}
    intent = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=seeded.intent_id)).payment_intent
    assert intent.totals.released_minor == 0
    assert intent.totals.held_minor == 1_000_005


def test_event_pays_only_intents_of_its_own_shipment(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    first = seed(freight, payment, "LOW", reference="BOL-A")
    second = seed(freight, payment, "LOW", reference="BOL-B")

    record(freight, first.shipment_id, POD)
    stack.deliver_events()

    assert set(milestones(payment, first.intent_id)) == {"PICKUP_CONFIRMED", "POD_CONFIRMED"}
    assert milestones(payment, second.intent_id) == {}
    untouched = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=second.intent_id)).payment_intent
    assert untouched.status == payment_pb2.PAYMENT_INTENT_STATUS_SCHEDULED
    assert untouched.totals.released_minor == 0


def test_repeated_and_redelivered_events_pay_once(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    first = record(freight, seeded.shipment_id, PICKUP)
    repeat = record(freight, seeded.shipment_id, PICKUP)
    assert not first.repeated_type and repeat.repeated_type
    stack.deliver_events()
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001}

    # The freight outbox may redeliver after a lost acknowledgement: same answer, no new money.
    redelivery = payment_pb2.ProcessShipmentEventRequest(
        event_id=first.event_id, shipment_id=seeded.shipment_id, event_type=PICKUP, occurred_at=first.occurred_at
    )
    outcome = payment.ProcessShipmentEvent(redelivery)
    assert outcome.duplicate
    assert [s.amount.amount_minor for s in outcome.settlements] == [200_001]
    batch = payment.BatchProcessShipmentEvents(payment_pb2.BatchProcessShipmentEventsRequest(requests=[redelivery, redelivery]))
    assert [r.duplicate for r in batch.responses] == [True, True]
    intent = payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=seeded.intent_id)).payment_intent
    assert intent.totals.released_minor == 200_001


def test_pod_before_pickup_releases_both_shares(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    pod = record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    settled = milestones(payment, seeded.intent_id)
    assert {name: s.amount.amount_minor for name, s in settled.items()} == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}
    assert settled["PICKUP_CONFIRMED"].source_event_id == pod.event_id

    # The late pickup scan is recorded but pays nothing more.
    record(freight, seeded.shipment_id, PICKUP)
    stack.deliver_events()
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}


def test_events_received_before_the_schedule_are_applied_when_it_is_built(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", build_schedule=False)
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    assert milestones(payment, seeded.intent_id) == {}

    built = payment.BuildPaymentSchedule(payment_pb2.BuildPaymentScheduleRequest(intent_id=seeded.intent_id))
    assert sorted(s.amount.amount_minor for s in built.applied_settlements) == [200_001, 700_004]
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}

    again = call_error(payment.BuildPaymentSchedule, payment_pb2.BuildPaymentScheduleRequest(intent_id=seeded.intent_id))
    assert again.code is grpc.StatusCode.ALREADY_EXISTS
    assert again.reason == "SCHEDULE_ALREADY_EXISTS"


def test_claim_window_before_proof_of_delivery_is_refused(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW").shipment_id
    error = call_error(
        freight.RecordShipmentEvent, freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=CLAIM_WINDOW)
    )
    assert error.code is grpc.StatusCode.FAILED_PRECONDITION
    assert error.reason == "POD_REQUIRED"
    events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id)).events
    assert [e.event_type for e in events] == [common_pb2.SHIPMENT_EVENT_TYPE_CREATED]


def test_cancelled_shipment_refuses_events(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW").shipment_id
    cancelled = freight.CancelShipment(freight_pb2.CancelShipmentRequest(shipment_id=shipment_id, reason="order withdrawn"))
    assert cancelled.shipment.status == freight_pb2.SHIPMENT_STATUS_CANCELLED
    error = call_error(freight.RecordShipmentEvent, freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=PICKUP))
    assert error.code is grpc.StatusCode.FAILED_PRECONDITION
    assert error.reason == "SHIPMENT_CANCELLED"


def test_event_far_in_the_future_is_invalid_but_five_minutes_is_drift(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW", build_schedule=False).shipment_id
    now = stack.clock.now()
    ok = record(freight, shipment_id, PICKUP, occurred_at=to_timestamp(now + timedelta(minutes=5)))
    assert from_timestamp(ok.occurred_at) == now + timedelta(minutes=5)
    error = call_error(
        freight.RecordShipmentEvent,
        freight_pb2.RecordShipmentEventRequest(
            shipment_id=shipment_id, event_type=POD, occurred_at=to_timestamp(now + timedelta(minutes=5, seconds=1))
        ),
    )
    assert error.code is grpc.StatusCode.INVALID_ARGUMENT
    assert "occurred_at" in error.fields


def test_delivery_state_is_visible_per_event(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW").shipment_id
    event = record(freight, shipment_id, PICKUP)
    assert event.delivery.state == freight_pb2.DELIVERY_STATE_PENDING
    assert event.delivery.attempts == 0

    stack.deliver_events()
    listed = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id)).events
    delivered = next(e for e in listed if e.event_id == event.event_id)
    assert delivered.delivery.state == freight_pb2.DELIVERY_STATE_DELIVERED
    assert delivered.delivery.attempts == 1
    assert delivered.delivery.HasField("delivered_at")
    assert not delivered.delivery.HasField("next_attempt_at")


def test_list_shipment_events_is_newest_occurred_at_first_and_paged(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW", build_schedule=False).shipment_id
    base = stack.clock.now() - timedelta(hours=10)
    # Recorded out of order: listing follows occurred_at, not recording order.
    for hours, event_type in ((3, common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT), (1, PICKUP), (5, POD)):
        record(freight, shipment_id, event_type, occurred_at=to_timestamp(base + timedelta(hours=hours)))

    seen, token = [], ""
    while True:
        page = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id, page_size=2, page_token=token))
        assert page.total_size == 4
        seen.extend(page.events)
        token = page.next_page_token
        if not token:
            break
    times = [from_timestamp(e.occurred_at) for e in seen]
    assert times == sorted(times, reverse=True)
    assert len(seen) == 4
    assert seen[-1].event_type == common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED


def test_request_id_replay_returns_the_first_result_and_a_changed_body_is_refused(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    request = freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=PICKUP, request_id="scan-7781")
    first = freight.RecordShipmentEvent(request).event
    stack.deliver_events()
    replay = freight.RecordShipmentEvent(request).event
    assert replay == first  # the stored first answer, not a second event
    events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=seeded.shipment_id)).events
    assert sum(1 for e in events if e.event_type == PICKUP) == 1

    changed = freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD, request_id="scan-7781")
    error = call_error(freight.RecordShipmentEvent, changed)
    assert error.code is grpc.StatusCode.ALREADY_EXISTS
    assert error.reason == "REQUEST_ID_REUSED"


def test_batch_recording_settles_exactly_like_one_by_one(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    one_by_one = seed(freight, payment, "MEDIUM", reference="BOL-SINGLE")
    batched = seed(freight, payment, "MEDIUM", reference="BOL-BATCH")
    sequence = (PICKUP, common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT, POD, POD, CLAIM_WINDOW)
    for event_type in sequence:
        record(freight, one_by_one.shipment_id, event_type)
    reply = freight.BatchRecordShipmentEvents(
        freight_pb2.BatchRecordShipmentEventsRequest(
            requests=[freight_pb2.RecordShipmentEventRequest(shipment_id=batched.shipment_id, event_type=t) for t in sequence],
            request_id="backfill-1",
        )
    )
    assert [e.event_type for e in reply.events] == list(sequence)
    assert [e.repeated_type for e in reply.events] == [False, False, False, True, False]
    stack.deliver_events()
    assert amounts(payment, batched.intent_id) == amounts(payment, one_by_one.intent_id)
    assert statuses(payment, batched.intent_id) == statuses(payment, one_by_one.intent_id)
    shipment = freight.GetShipment(freight_pb2.GetShipmentRequest(shipment_id=batched.shipment_id)).shipment
    assert shipment.status == freight_pb2.SHIPMENT_STATUS_CLOSED


def test_batch_recording_is_all_or_nothing_and_names_the_bad_item(stack):
    freight = stack.freight_stub()
    shipment_id = seed(freight, stack.payment_stub(), "LOW", build_schedule=False).shipment_id
    requests = [
        freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=PICKUP),
        freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=CLAIM_WINDOW),  # no POD yet
    ]
    error = call_error(freight.BatchRecordShipmentEvents, freight_pb2.BatchRecordShipmentEventsRequest(requests=requests))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "POD_REQUIRED")
    assert freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id)).total_size == 1  # CREATED only

    requests[1].request_id = "per-item"
    invalid = call_error(freight.BatchRecordShipmentEvents, freight_pb2.BatchRecordShipmentEventsRequest(requests=requests))
    assert "requests[1].request_id" in invalid.fields
    future = freight_pb2.RecordShipmentEventRequest(
        shipment_id=shipment_id, event_type=POD, occurred_at=to_timestamp(stack.clock.now() + timedelta(hours=1))
    )
    late = call_error(freight.BatchRecordShipmentEvents, freight_pb2.BatchRecordShipmentEventsRequest(requests=[requests[0], future]))
    assert "requests[1].occurred_at" in late.fields


def _forge_page_token(page_token: str, key: list) -> str:
    """The token with another key in its JSON and its signature (last 16 bytes) kept."""
    raw = base64.urlsafe_b64decode(page_token + "=" * (-len(page_token) % 4))
    edited = json.dumps({**json.loads(raw[:-16]), "k": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(edited + raw[-16:]).decode().rstrip("=")


def test_page_tokens_with_a_forged_sort_key_are_invalid_argument(stack):
    # A page token carries base64 JSON: a client could keep the filter fingerprint and
    # move the key - to a well-formed id of its choosing, or to JSON that reached the SQL
    # and answered INTERNAL. Tokens are signed, so any edit is INVALID_ARGUMENT.
    freight, payment = stack.freight_stub(), stack.payment_stub()
    first = seed(freight, payment, "LOW", reference="BOL-A")
    seed(freight, payment, "LOW", reference="BOL-B")
    record(freight, first.shipment_id, POD)
    stack.deliver_events()
    lists = [
        (freight.ListShipments, freight_pb2.ListShipmentsRequest(page_size=1)),
        (freight.ListFreightTokens, freight_pb2.ListFreightTokensRequest(page_size=1)),
        (freight.ListShipmentEvents, freight_pb2.ListShipmentEventsRequest(shipment_id=first.shipment_id, page_size=1)),
        (payment.ListPaymentIntents, payment_pb2.ListPaymentIntentsRequest(page_size=1)),
        (payment.ListMilestoneSettlements, payment_pb2.ListMilestoneSettlementsRequest(page_size=1)),
        (payment.GetSettlementHistory, payment_pb2.GetSettlementHistoryRequest(intent_id=first.intent_id, page_size=1)),
    ]
    for call, request in lists:
        genuine = call(request).next_page_token
        assert genuine, call
        for key in ([[]], [{"a": 1}], [None], [2**64], ["x\u0000"], ["9", 10**30], [10**30, "x"], ["shp_zzzzzzzz"], [1, "sev_z"], [0]):
            forged = type(request)()
            forged.CopyFrom(request)
            forged.page_token = _forge_page_token(genuine, key)
            error = call_error(call, forged)
            assert (error.code, error.reason, list(error.fields)) == (
                grpc.StatusCode.INVALID_ARGUMENT,
                "INVALID_PAGE_TOKEN",
                ["page_token"],
            ), (call, key, error)


def test_an_event_at_the_end_of_time_is_refused_and_cannot_block_a_schedule(stack):
    # A delayed milestone is released at occurred_at + 24 h. For an event in the last day
    # a Timestamp can hold, that overflowed: INTERNAL for the event, and - once stored
    # while the intent had no schedule - for every BuildPaymentSchedule of the shipment.
    freight, payment = stack.freight_stub(), stack.payment_stub()
    scheduled = seed(freight, payment, "MEDIUM", reference="BOL-A")
    unscheduled = seed(freight, payment, "MEDIUM", reference="BOL-B", build_schedule=False)
    for shipment_id in (scheduled.shipment_id, unscheduled.shipment_id):
        request = payment_pb2.ProcessShipmentEventRequest(
            event_id=f"sev_end_{shipment_id}", shipment_id=shipment_id, event_type=PICKUP, occurred_at=Timestamp(seconds=253_402_300_799)
        )
        error = call_error(payment.ProcessShipmentEvent, request)
        assert (error.code, list(error.fields)) == (grpc.StatusCode.INVALID_ARGUMENT, ["occurred_at"])
    built = payment.BuildPaymentSchedule(payment_pb2.BuildPaymentScheduleRequest(intent_id=unscheduled.intent_id))
    assert len(built.schedule.items) == 3
    assert milestones(payment, scheduled.intent_id) == {}


def test_a_country_code_with_a_trailing_newline_is_invalid_argument(stack):
    # "^[A-Z]{2}$" with re.match accepted "US\n": stored on SQLite, and on PostgreSQL the
    # three characters overflowed VARCHAR(2) and the call answered INTERNAL.
    bad = shipment("LOW")
    bad.origin.country_code = "US\n"
    error = call_error(stack.freight_stub().CreateShipment, freight_pb2.CreateShipmentRequest(shipment=bad))
    assert (error.code, list(error.fields)) == (grpc.StatusCode.INVALID_ARGUMENT, ["shipment.origin.country_code"])
