"""kill -9 either server while 500 events are being recorded, restart it: every recorded
event is processed exactly once and the settlements are exactly the expected ones."""

from __future__ import annotations

import threading
from collections import Counter

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

from chainbridge_common.domain.risk_tier import RiskTier
from pay_server.domain.schedules import build_schedule
from tests.support.load import EventLoad, seed_many
from tests.support.servers import free_port, start_process, wait_serving
from tests.support.waiting import eventually
from tests.support.workflow import amounts

pytestmark = pytest.mark.slow

SHIPMENTS = 100  # x 5 events = 500 recorded events
# Short lease: events a killed freight had leased are claimed by its successor within
# seconds instead of the production 30 s.
FAST_RETRY = ["--delivery-backoff-cap", "1", "--delivery-batch-size", "50", "--delivery-deadline", "2", "--delivery-lease", "3"]


class Cluster:
    def __init__(self, freight_url: str, pay_url: str, log_dir):
        self.freight_url, self.pay_url, self.log_dir = freight_url, pay_url, log_dir
        self.freight_port, self.pay_port = free_port(), free_port()
        self.channels = [grpc.insecure_channel(f"127.0.0.1:{self.freight_port}"), grpc.insecure_channel(f"127.0.0.1:{self.pay_port}")]
        self.freight_stub = freight_pb2_grpc.FreightServiceStub(self.channels[0])
        self.payment_stub = payment_pb2_grpc.PaymentServiceStub(self.channels[1])
        self.freight = self.pay = None

    def start_freight(self):
        self.freight = start_process(
            "freight_server",
            port=self.freight_port,
            db_url=self.freight_url,
            peer_addr=f"127.0.0.1:{self.pay_port}",
            log_dir=self.log_dir,
            extra=FAST_RETRY,
        )
        wait_serving(self.freight)

    def start_pay(self):
        self.pay = start_process(
            "pay_server", port=self.pay_port, db_url=self.pay_url, peer_addr=f"127.0.0.1:{self.freight_port}", log_dir=self.log_dir
        )
        wait_serving(self.pay)

    def stop(self):
        for channel in self.channels:
            channel.close()
        for server in (self.freight, self.pay):
            if server is not None:
                server.kill()


@pytest.fixture
def cluster(pg, tmp_path):
    started = Cluster(*pg, tmp_path)
    started.start_pay()
    started.start_freight()
    yield started
    started.stop()


def _expected_parts(amount: int) -> dict[str, int]:
    _, items = build_schedule(amount, RiskTier.LOW, None)
    return {item.milestone.value: item.amount_minor for item in items}


def _verify_exactly_once(cluster: Cluster, seeded, load: EventLoad) -> None:
    eventually(
        lambda: cluster.freight_stub.GetOutboxStatus(freight_pb2.GetOutboxStatusRequest(), timeout=5).pending_count == 0,
        timeout=120,
        interval=0.2,
        message="outbox drained",
    )
    acknowledged = set(load.acknowledged.values())
    assert len(acknowledged) == load.total  # one event per request id, none lost, none doubled
    received_total = 0
    for shipment, amount in seeded:
        audit = cluster.payment_stub.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=shipment.shipment_id))
        event_ids = [e.event_id for e in audit.events]
        assert len(event_ids) == len(set(event_ids)) == 6  # CREATED + 5, each received once
        received_total += len(event_ids) - 1
        assert amounts(cluster.payment_stub, shipment.intent_id) == _expected_parts(amount)
        (intent,) = audit.payment_intents
        assert intent.totals.released_minor == amount
        history = cluster.payment_stub.GetSettlementHistory(payment_pb2.GetSettlementHistoryRequest(intent_id=shipment.intent_id)).entries
        created = Counter(e.milestone for e in history if e.settlement_id and not e.from_status)
        assert set(created.values()) == {1}  # each milestone created exactly once
    assert received_total == load.total
    assert acknowledged <= {
        e.event_id
        for shipment, _ in seeded
        for e in cluster.payment_stub.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=shipment.shipment_id)).events
    }


def test_kill_9_pay_mid_load_then_restart_processes_every_event_once(cluster):
    seeded = seed_many(cluster.freight_stub, cluster.payment_stub, SHIPMENTS)
    load = EventLoad([cluster.freight_stub], [s.shipment_id for s, _ in seeded])
    runner = threading.Thread(target=load.run)
    runner.start()
    load.wait_for(150)
    cluster.pay.kill()  # SIGKILL: no graceful anything
    load.wait_for(300)  # freight keeps answering while pay is down
    cluster.start_pay()
    runner.join(180)
    assert not runner.is_alive()
    _verify_exactly_once(cluster, seeded, load)


def test_kill_9_freight_mid_load_then_restart_loses_nothing_recorded(cluster):
    seeded = seed_many(cluster.freight_stub, cluster.payment_stub, SHIPMENTS)
    load = EventLoad([cluster.freight_stub], [s.shipment_id for s, _ in seeded])
    runner = threading.Thread(target=load.run)
    runner.start()
    load.wait_for(200)
    cluster.freight.kill()  # in-flight calls fail; clients retry with the same request ids
    cluster.start_freight()
    runner.join(180)
    assert not runner.is_alive()
    _verify_exactly_once(cluster, seeded, load)
