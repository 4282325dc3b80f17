"""Several replicas of each server on one PostgreSQL database per service: racing pay
replicas settle each (intent, milestone) once; freight replicas share one outbox without
delivering an event twice or leaving one behind; one round-robin target reaches every
pay replica."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc
from google.protobuf.timestamp_pb2 import Timestamp

from chainbridge_common.domain.risk_tier import RiskTier
from pay_server.domain.schedules import build_schedule
from tests.support.load import EVENT_SEQUENCE, EventLoad, seed_many
from tests.support.servers import free_port, start_process, wait_serving
from tests.support.waiting import eventually
from tests.support.workflow import amounts

pytestmark = pytest.mark.slow


def _expected(amount: int) -> dict[str, int]:
    _, items = build_schedule(amount, RiskTier.LOW, None)
    return {item.milestone.value: item.amount_minor for item in items}


@pytest.fixture
def servers(tmp_path):
    started = []
    channels = []

    def start(module, *, port, db_url, peer, extra=None):
        server = start_process(module, port=port, db_url=db_url, peer_addr=peer, log_dir=tmp_path, extra=extra)
        started.append(server)
        wait_serving(server)
        return server

    def channel(address):
        ch = grpc.insecure_channel(address)
        channels.append(ch)
        return ch

    yield start, channel
    for ch in channels:
        ch.close()
    for server in started:
        server.kill()


def test_two_pay_replicas_receiving_the_same_events_concurrently_settle_once(pg, servers):
    start, channel = servers
    freight_url, pay_url = pg
    freight_port, pay_ports = free_port(), [free_port(), free_port()]
    start("freight_server", port=freight_port, db_url=freight_url, peer=f"127.0.0.1:{pay_ports[0]}")
    pays = [start("pay_server", port=p, db_url=pay_url, peer=f"127.0.0.1:{freight_port}") for p in pay_ports]
    freight = freight_pb2_grpc.FreightServiceStub(channel(f"127.0.0.1:{freight_port}"))
    replicas = [payment_pb2_grpc.PaymentServiceStub(channel(p.address)) for p in pays]
    seeded = seed_many(freight, replicas[0], 10)

    events = [
        payment_pb2.ProcessShipmentEventRequest(
            event_id=f"sev_race_{i}_{n}",
            shipment_id=shipment.shipment_id,
            event_type=event_type,
            occurred_at=Timestamp(seconds=1_767_600_000 + n),
        )
        for i, (shipment, _) in enumerate(seeded)
        for n, event_type in enumerate(EVENT_SEQUENCE)
    ]
    assert len(events) == 50

    def race(event):
        barrier = threading.Barrier(2)

        def send(stub):
            barrier.wait()
            return stub.ProcessShipmentEvent(event, timeout=30)

        with ThreadPoolExecutor(2) as pair:
            return [f.result() for f in [pair.submit(send, stub) for stub in replicas]]

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(race, events))

    for event, pair in zip(events, outcomes, strict=True):
        assert sorted(r.duplicate for r in pair) == [False, True], event.event_id  # exactly one replica applied it
    for shipment, amount in seeded:
        assert amounts(replicas[1], shipment.intent_id) == _expected(amount)
        intent = replicas[1].GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=shipment.intent_id)).payment_intent
        assert intent.totals.released_minor == amount


def test_two_freight_replicas_share_one_outbox_and_a_round_robin_target_reaches_both_pays(pg, servers):
    start, channel = servers
    freight_url, pay_url = pg
    freight_ports, pay_ports = [free_port(), free_port()], [free_port(), free_port()]
    round_robin = "ipv4:" + ",".join(f"127.0.0.1:{p}" for p in pay_ports)
    pays = [start("pay_server", port=p, db_url=pay_url, peer=f"127.0.0.1:{freight_ports[0]}") for p in pay_ports]
    freights = [
        start(
            "freight_server",
            port=p,
            db_url=freight_url,
            peer=round_robin,
            extra=["--delivery-batch-size", "5", "--delivery-backoff-cap", "1", "--delivery-deadline", "2", "--delivery-lease", "3"],
        )
        for p in freight_ports
    ]
    stubs = [freight_pb2_grpc.FreightServiceStub(channel(f.address)) for f in freights]
    payment = payment_pb2_grpc.PaymentServiceStub(channel(pays[0].address))
    seeded = seed_many(stubs[0], payment, 20)

    load = EventLoad(stubs, [s.shipment_id for s, _ in seeded])  # calls alternate between the replicas
    load.run()
    eventually(
        lambda: stubs[1].GetOutboxStatus(freight_pb2.GetOutboxStatusRequest()).pending_count == 0, timeout=60, message="outbox drained"
    )

    for shipment, amount in seeded:
        events = stubs[0].ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment.shipment_id)).events
        assert len(events) == 6
        # One attempt each: no event was ever claimed by both dispatchers.
        assert {(e.delivery.state, e.delivery.attempts) for e in events} == {(freight_pb2.DELIVERY_STATE_DELIVERED, 1)}
        assert amounts(payment, shipment.intent_id) == _expected(amount)
        audit = payment.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=shipment.shipment_id))
        assert sorted(e.event_id for e in audit.events) == sorted(e.event_id for e in events)
    for pay in pays:
        assert "processed" in pay.log()  # the round-robin target spread deliveries over both replicas
    for freight in freights:
        assert "delivered" in freight.log()  # and both dispatchers took part
