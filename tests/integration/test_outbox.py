"""The freight outbox: recording never waits for pay, delivery survives pay outages and
dead dispatchers, retries back off exponentially with jitter and a cap."""

from __future__ import annotations

import random
from datetime import timedelta

from chainbridge.freight.v1 import freight_pb2 as pb

from chainbridge_common.runtime.timestamps import from_timestamp, to_micros
from freight_server.storage import repository as repo
from freight_server.workers.outbox_dispatcher import DispatcherSettings, backoff_delay
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
    now = stack.clock.now()
    claimed = stack.freight.db.write(
        lambda conn: repo.claim_due_events(conn, now_us=to_micros(now), lease_until_us=to_micros(now + timedelta(seconds=30)), limit=10)
    )
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
