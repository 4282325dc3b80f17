"""The freight outbox: recording never waits for pay, delivery survives pay outages and
dead dispatchers, retries back off exponentially with jitter and a cap."""

from __future__ import annotations

import random
from datetime import timedelta

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.runtime.timestamps import from_timestamp
from freight_server.workers.outbox_dispatcher import DispatcherSettings, OutboxDispatcher, backoff_delay
from tests.support.rpc import call_error
from tests.support.servers import start_refusing_payment
from tests.support.waiting import eventually
from tests.support.workflow import POD, amounts, record, seed


def _event(freight, shipment_id, event_id) -> pb.ShipmentEvent:
    events = freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=shipment_id)).events
    return next(e for e in events if e.event_id == event_id)


def test_recording_answers_while_pay_is_down_and_delivery_follows_its_return(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.stop_pay()

    event = record(freight, seeded.shipment_id, POD)  # answers although pay is down
    assert event.delivery.state == pb.DELIVERY_STATE_PENDING
    assert stack.freight.dispatcher.run_once() == 1  # tried, failed
    failed = _event(freight, seeded.shipment_id, event.event_id)
    assert failed.delivery.state == pb.DELIVERY_STATE_PENDING
    assert failed.delivery.attempts == 1
    assert failed.delivery.last_error.startswith("UNAVAILABLE")
    assert from_timestamp(failed.delivery.next_attempt_at) > stack.clock.now()
    assert stack.freight.dispatcher.run_once() == 0  # backing off: not due yet
    status = freight.GetOutboxStatus(pb.GetOutboxStatusRequest())
    assert (status.pending_count, status.max_pending_attempts) == (1, 1)
    assert status.last_error.startswith("UNAVAILABLE")

    stack.restart_pay()

    def delivered() -> bool:
        stack.clock.advance(timedelta(minutes=2))  # past any backoff
        stack.deliver_events()
        return _event(freight, seeded.shipment_id, event.event_id).delivery.state == pb.DELIVERY_STATE_DELIVERED

    eventually(delivered, timeout=30, interval=0.2, message="delivery after pay returns")
    assert amounts(stack.payment_stub(), seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}
    assert freight.GetOutboxStatus(pb.GetOutboxStatusRequest()).pending_count == 0


def test_event_leased_by_a_dead_dispatcher_is_delivered_by_another_after_the_lease(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    event = record(freight, seeded.shipment_id, POD)

    # Another replica claims the event and dies before delivering it.
    claimed = stack.freight.app.outbox.claim_due(lease=timedelta(seconds=30), limit=10)
    assert [e.event_id for e in claimed] == [event.event_id]
    assert stack.freight.dispatcher.run_once() == 0  # still leased to the dead replica

    stack.clock.advance(timedelta(seconds=30))
    assert stack.freight.dispatcher.run_once() == 1
    delivered = _event(freight, seeded.shipment_id, event.event_id)
    assert delivered.delivery.state == pb.DELIVERY_STATE_DELIVERED
    assert delivered.delivery.attempts == 2
    assert amounts(payment, seeded.intent_id)["POD_CONFIRMED"] == 700_004


def test_backoff_doubles_with_jitter_and_is_capped():
    settings = DispatcherSettings(backoff_base_seconds=0.5, backoff_cap_seconds=60)
    rng = random.Random(7)
    for attempts in range(1, 20):
        ceiling = min(60, 0.5 * 2 ** (attempts - 1))
        delays = {backoff_delay(attempts, settings, rng) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered, so replicas don't retry in lockstep
    assert backoff_delay(50, settings, rng) <= 60


# ---------------------------------------------------------------- hand-over in memory


def _replica_dispatcher(stack) -> OutboxDispatcher:
    """A second freight replica's dispatcher on the same database (its own memory)."""
    stub = payment_pb2_grpc.PaymentServiceStub(stack.channel(stack.pay.port))
    return OutboxDispatcher(stack.freight.app.outbox, stack.clock, stub, DispatcherSettings(concurrency=0))


def test_event_recorded_while_delivering_is_stored_leased_and_handed_over_without_a_claim(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.freight.dispatcher.enable_handoff()

    event = record(freight, seeded.shipment_id, POD)
    assert event.delivery.attempts == 1  # the hand-over is its first attempt
    assert from_timestamp(event.delivery.next_attempt_at) == stack.clock.now() + timedelta(seconds=30)
    assert _replica_dispatcher(stack).run_once() == 0  # leased: no replica can claim it

    assert stack.freight.dispatcher.run_once() == 1
    delivered = _event(freight, seeded.shipment_id, event.event_id)
    assert (delivered.delivery.state, delivered.delivery.attempts) == (pb.DELIVERY_STATE_DELIVERED, 1)
    assert amounts(payment, seeded.intent_id)["POD_CONFIRMED"] == 700_004


def test_handed_over_event_of_a_process_that_dies_is_claimed_by_a_replica_after_the_lease(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.freight.dispatcher.enable_handoff()
    event = record(freight, seeded.shipment_id, POD)  # this process never sends it: it "dies"

    replica = _replica_dispatcher(stack)
    stack.clock.advance(timedelta(seconds=29))
    assert replica.run_once() == 0
    stack.clock.advance(timedelta(seconds=1))
    assert replica.run_once() == 1
    delivered = _event(freight, seeded.shipment_id, event.event_id)
    assert (delivered.delivery.state, delivered.delivery.attempts) == (pb.DELIVERY_STATE_DELIVERED, 2)
    assert amounts(payment, seeded.intent_id)["POD_CONFIRMED"] == 700_004


def test_stopping_gives_back_the_leases_of_events_not_yet_sent(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.freight.dispatcher.enable_handoff()
    event = record(freight, seeded.shipment_id, POD)

    stack.freight.dispatcher.stop(timeout=5)
    released = _event(freight, seeded.shipment_id, event.event_id)
    assert released.delivery.attempts == 0
    assert from_timestamp(released.delivery.next_attempt_at) <= stack.clock.now()
    assert _replica_dispatcher(stack).run_once() == 1  # at once, not after the lease
    assert _event(freight, seeded.shipment_id, event.event_id).delivery.state == pb.DELIVERY_STATE_DELIVERED


def test_failed_hand_over_backs_off_and_is_retried_through_the_claim(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.freight.dispatcher.enable_handoff()
    stack.stop_pay()

    event = record(freight, seeded.shipment_id, POD)
    assert stack.freight.dispatcher.run_once() == 1  # handed over, sent, failed
    failed = _event(freight, seeded.shipment_id, event.event_id)
    assert (failed.delivery.state, failed.delivery.attempts) == (pb.DELIVERY_STATE_PENDING, 1)
    assert failed.delivery.last_error.startswith("UNAVAILABLE")
    assert from_timestamp(failed.delivery.next_attempt_at) > stack.clock.now()

    stack.restart_pay()
    stack.clock.advance(timedelta(minutes=2))
    assert stack.deliver_events() == 1
    delivered = _event(freight, seeded.shipment_id, event.event_id)
    assert (delivered.delivery.state, delivered.delivery.attempts) == (pb.DELIVERY_STATE_DELIVERED, 2)


def test_hand_over_queue_is_bounded_and_the_rest_waits_for_a_claim(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    stack.freight.dispatcher.settings.handoff_limit = 1
    stack.freight.dispatcher.enable_handoff()

    first = record(freight, seeded.shipment_id, POD)
    second = record(freight, seeded.shipment_id, common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT)
    assert (first.delivery.attempts, second.delivery.attempts) == (1, 0)  # queue full: stored due
    assert stack.deliver_events() == 2
    states = {_event(freight, seeded.shipment_id, e.event_id).delivery.state for e in (first, second)}
    assert states == {pb.DELIVERY_STATE_DELIVERED}


# ---------------------------------------------------------------- poison events


def _dispatcher_to(stack, port: int, **settings) -> OutboxDispatcher:
    """This freight's outbox, delivering to the PaymentService on `port`."""
    stub = payment_pb2_grpc.PaymentServiceStub(stack.channel(port))
    return OutboxDispatcher(stack.freight.app.outbox, stack.clock, stub, DispatcherSettings(concurrency=0, **settings))


def test_an_event_pay_refuses_for_good_is_parked_then_redelivered_exactly_once(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    refusing, refuser, port = start_refusing_payment(grpc.StatusCode.INVALID_ARGUMENT)
    try:
        event = record(freight, seeded.shipment_id, POD)
        other = record(freight, seeded.shipment_id, common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT)
        assert _dispatcher_to(stack, port).run_once() == 2  # refused as a batch, then each alone: parked
    finally:
        refusing.stop(grace=0)
    parked = _event(freight, seeded.shipment_id, event.event_id)
    assert parked.delivery.state == pb.DELIVERY_STATE_PARKED
    assert parked.delivery.last_error.startswith("INVALID_ARGUMENT")
    assert parked.delivery.HasField("parked_at") and not parked.delivery.HasField("next_attempt_at")
    status = freight.GetOutboxStatus(pb.GetOutboxStatusRequest())
    assert (status.pending_count, status.parked_count) == (0, 2)
    listed = freight.ListParkedEvents(pb.ListParkedEventsRequest())
    assert {e.event_id for e in listed.events} == {event.event_id, other.event_id} and listed.total_size == 2
    # Parked means not retried: an hour later nothing is due.
    stack.clock.advance(timedelta(hours=1))
    assert stack.deliver_events() == 0
    assert amounts(payment, seeded.intent_id) == {}

    redelivered = freight.RedeliverParkedEvents(pb.RedeliverParkedEventsRequest(event_ids=[event.event_id], request_id="redeliver-1"))
    assert [e.delivery.state for e in redelivered.events] == [pb.DELIVERY_STATE_PENDING]
    assert stack.deliver_events() == 1
    assert _event(freight, seeded.shipment_id, event.event_id).delivery.state == pb.DELIVERY_STATE_DELIVERED
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}
    # The operator's retry replays; a fresh request on a delivered event is refused.
    assert (
        freight.RedeliverParkedEvents(pb.RedeliverParkedEventsRequest(event_ids=[event.event_id], request_id="redeliver-1")) == redelivered
    )
    error = call_error(freight.RedeliverParkedEvents, pb.RedeliverParkedEventsRequest(event_ids=[event.event_id]))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "EVENT_NOT_PARKED")

    discarded = freight.DiscardParkedEvents(pb.DiscardParkedEventsRequest(event_ids=[other.event_id], reason="sent in error"))
    assert [(e.delivery.state, e.delivery.last_error) for e in discarded.events] == [(pb.DELIVERY_STATE_DISCARDED, "sent in error")]
    stack.clock.advance(timedelta(hours=1))
    assert stack.deliver_events() == 0
    status = freight.GetOutboxStatus(pb.GetOutboxStatusRequest())
    assert (status.pending_count, status.parked_count, status.discarded_count) == (0, 0, 1)
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}


def test_an_event_pay_keeps_failing_on_is_parked_after_the_attempt_limit(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    failing, refuser, port = start_refusing_payment(grpc.StatusCode.INTERNAL)
    try:
        dispatcher = _dispatcher_to(stack, port, max_failed_attempts=3)
        event = record(freight, seeded.shipment_id, POD)
        states = []
        for _ in range(3):
            assert dispatcher.run_once() == 1
            states.append(_event(freight, seeded.shipment_id, event.event_id).delivery.state)
            stack.clock.advance(timedelta(minutes=5))  # past the backoff
    finally:
        failing.stop(grace=0)
    assert states == [pb.DELIVERY_STATE_PENDING, pb.DELIVERY_STATE_PENDING, pb.DELIVERY_STATE_PARKED]
    assert refuser.deliveries == 3


def test_an_outage_is_never_parked_however_long_it_lasts(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    stack.deliver_events()
    down, _, port = start_refusing_payment(grpc.StatusCode.UNAVAILABLE)
    try:
        dispatcher = _dispatcher_to(stack, port, max_failed_attempts=2)
        event = record(freight, seeded.shipment_id, POD)
        for _ in range(5):
            dispatcher.run_once()
            stack.clock.advance(timedelta(minutes=5))
    finally:
        down.stop(grace=0)
    pending = _event(freight, seeded.shipment_id, event.event_id)
    assert pending.delivery.state == pb.DELIVERY_STATE_PENDING and pending.delivery.attempts == 5
