"""Metrics and logs of real server processes: Prometheus counts that match what
happened, and one event followed through both servers' JSON logs by its id."""

from __future__ import annotations

import json
import urllib.request

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from tests.support.servers import free_port, start_process, wait_serving
from tests.support.waiting import eventually
from tests.support.workflow import POD, seed

pytestmark = pytest.mark.e2e


def _scrape(port: int) -> dict[tuple[str, tuple], float]:
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def observed(databases, tmp_path):
    freight_port, pay_port, freight_metrics, pay_metrics = free_port(), free_port(), free_port(), free_port()
    common = ["--log-format", "json"]
    pay = start_process(
        "pay_server",
        port=pay_port,
        db_url=databases.new_url("sqlite", "payment"),
        peer_addr=f"127.0.0.1:{freight_port}",
        log_dir=tmp_path,
        extra=[*common, "--metrics-port", str(pay_metrics)],
    )
    freight = start_process(
        "freight_server",
        port=freight_port,
        db_url=databases.new_url("sqlite", "freight"),
        peer_addr=f"127.0.0.1:{pay_port}",
        log_dir=tmp_path,
        extra=[*common, "--metrics-port", str(freight_metrics)],
    )
    channels = [grpc.insecure_channel(freight.address), grpc.insecure_channel(pay.address)]
    try:
        wait_serving(pay)
        wait_serving(freight)
        yield (
            freight,
            pay,
            freight_metrics,
            pay_metrics,
            freight_pb2_grpc.FreightServiceStub(channels[0]),
            payment_pb2_grpc.PaymentServiceStub(channels[1]),
        )
    finally:
        for channel in channels:
            channel.close()
        freight.kill()
        pay.kill()


def test_metrics_count_what_happened_and_logs_follow_one_event_across_services(observed):
    freight_process, pay_process, freight_metrics, pay_metrics, freight, payment = observed
    seeded = seed(freight, payment, "MEDIUM")
    event = freight.RecordShipmentEvent(
        freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD),
        metadata=[("x-request-id", "trace-pod-42")],
    ).event
    with pytest.raises(grpc.RpcError):
        freight.GetShipment(freight_pb2.GetShipmentRequest(shipment_id="shp_missing"))
    eventually(lambda: _scrape(freight_metrics)[("chainbridge_outbox_events", (("state", "pending"),))] == 0, message="outbox drained")

    f = _scrape(freight_metrics)
    record_ok = ("chainbridge_rpc_calls_total", (("code", "OK"), ("method", "/chainbridge.freight.v1.FreightService/RecordShipmentEvent")))
    assert f[record_ok] == 1
    assert (
        f[("chainbridge_rpc_calls_total", (("code", "NOT_FOUND"), ("method", "/chainbridge.freight.v1.FreightService/GetShipment")))] == 1
    )
    assert f[("chainbridge_outbox_events", (("state", "delivered"),))] == 2  # CREATED + POD
    assert f[("chainbridge_outbox_delivery_attempts_total", (("code", "OK"), ("outcome", "delivered")))] == 2
    assert f[("chainbridge_rpc_duration_seconds_count", (("method", "/chainbridge.freight.v1.FreightService/RecordShipmentEvent"),))] == 1

    p = _scrape(pay_metrics)
    assert p[("chainbridge_events_processed_total", (("result", "new"),))] == 2
    assert p[("chainbridge_settlement_transitions_total", (("to_status", "APPROVED"),))] == 1
    assert p[("chainbridge_settlement_transitions_total", (("to_status", "DELAYED"),))] == 1
    assert p[("chainbridge_settlement_amount_minor_total", (("currency", "USD"), ("to_status", "APPROVED")))] == 700_004
    assert p[("chainbridge_settlement_amount_minor_total", (("currency", "USD"), ("to_status", "DELAYED")))] == 100_000
    assert p[("chainbridge_release_worker_lag_seconds", ())] == 0

    # One event, followed by its id: recorded under the client's request id in freight,
    # delivered in a call whose request id pay logs next to the same event id.
    freight_logs, pay_logs = _json_lines(freight_process.log()), _json_lines(pay_process.log())
    recorded = [line for line in freight_logs if event.event_id in line.get("event_ids", []) and line["msg"].startswith("recorded")]
    assert [line["request_id"] for line in recorded] == ["trace-pod-42"]
    delivered = [line for line in freight_logs if event.event_id in line.get("event_ids", []) and line["msg"].startswith("delivered")]
    processed = [line for line in pay_logs if event.event_id in line.get("new_event_ids", [])]
    assert len(delivered) == 1 and len(processed) == 1
    assert processed[0]["request_id"] in delivered[0]["msg"]
    assert processed[0]["service"] == "payment" and delivered[0]["service"] == "freight"
