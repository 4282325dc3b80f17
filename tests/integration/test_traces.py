"""Traces across both servers: one trace holds freight's RecordShipmentEvent, the outbox
delivery (made later, from the traceparent stored with the event), pay's processing and the
notification it sends. Spans are collected with the SDK's in-memory exporter; one test sends
them with the real OTLP/gRPC exporter to a collector started in the test."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent import futures
from datetime import timedelta

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2 as pb
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from chainbridge_common.runtime.clock import FakeClock
from chainbridge_common.runtime.security import SecuritySettings
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.runtime.tracing import TracingSettings
from freight_server.server import FreightConfig, build_freight_server
from freight_server.workers.outbox_dispatcher import DispatcherSettings
from pay_server.notifications.sender import NotificationSettings
from pay_server.notifications.webhooks import WebhookDeliverySettings
from pay_server.server import PaymentConfig, build_payment_server
from tests.support.receivers import WebhookReceiver
from tests.support.servers import Stack, free_port
from tests.support.workflow import POD, seed


def start_traced_stack(freight_url: str, pay_url: str, freight_tracing: TracingSettings, pay_tracing: TracingSettings) -> Stack:
    clock = FakeClock()
    freight_port, pay_port = free_port(), free_port()
    pay_config = PaymentConfig(
        db_url=pay_url,
        freight_addr=f"127.0.0.1:{freight_port}",
        server=ServerSettings(port=pay_port),
        run_release_worker=False,
        run_notification_worker=False,
        notifications=NotificationSettings(webhook=WebhookDeliverySettings(allow_private_targets=True, allow_http=True)),
        security=SecuritySettings(),
        tracing=pay_tracing,
    )
    pay = build_payment_server(pay_config, clock=clock)
    freight = build_freight_server(
        FreightConfig(
            db_url=freight_url,
            payment_addr=f"127.0.0.1:{pay_port}",
            server=ServerSettings(port=freight_port),
            dispatcher=DispatcherSettings(concurrency=0),
            tracing=freight_tracing,
        ),
        clock=clock,
    )
    pay.start()
    freight.start()
    return Stack(clock=clock, freight=freight, pay=pay, pay_config=pay_config)


@pytest.fixture
def exporters() -> tuple[InMemorySpanExporter, InMemorySpanExporter]:
    return InMemorySpanExporter(), InMemorySpanExporter()


@pytest.fixture
def traced(databases, backend, exporters) -> Iterator[Stack]:
    freight_spans, pay_spans = exporters
    started = start_traced_stack(
        databases.new_url(backend, "freight"),
        databases.new_url(backend, "payment"),
        TracingSettings(processor=SimpleSpanProcessor(freight_spans)),
        TracingSettings(processor=SimpleSpanProcessor(pay_spans)),
    )
    yield started
    started.stop()


def by_name(spans, name: str):
    found = [span for span in spans if span.name == name]
    assert found, f"no span {name!r} in {[s.name for s in spans]}"
    return found


def test_one_trace_shows_the_recording_the_outbox_delivery_pay_and_the_notification(traced, exporters):
    freight_spans, pay_spans = exporters
    freight, payment = traced.freight_stub(), traced.payment_stub()
    receiver = WebhookReceiver()
    try:
        created = payment.CreateSubscription(
            pb.CreateSubscriptionRequest(
                subscription=pb.Subscription(
                    subscriber_kind=pb.SUBSCRIBER_KIND_PAYEE,
                    subscriber_id="roadrunner-freight",
                    event_types=[pb.NOTIFICATION_EVENT_TYPE_MILESTONE_RELEASED],
                    webhook_url=receiver.url(),
                )
            ),
            timeout=10,
        )
        receiver.secret = created.webhook_secret
        seeded = seed(freight, payment, "MEDIUM")
        traced.deliver_events()  # the CREATED event, in CreateShipment's own trace
        freight_spans.clear()
        pay_spans.clear()
        freight.RecordShipmentEvent(freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD), timeout=10)
        # Delivered later, by the dispatcher's own thread of control: only the stored traceparent links it.
        traced.clock.advance(timedelta(seconds=1))
        assert traced.deliver_events() == 1
        assert traced.pay.notification_worker.run_once() == 1
        assert len(receiver.verified_events) == 1
    finally:
        receiver.stop()

    freight_finished, pay_finished = freight_spans.get_finished_spans(), pay_spans.get_finished_spans()
    [record] = by_name(freight_finished, "chainbridge.freight.v1.FreightService/RecordShipmentEvent")
    [deliver] = by_name(freight_finished, "chainbridge.outbox.deliver")
    [client] = by_name(freight_finished, "chainbridge.payment.v1.PaymentService/BatchProcessShipmentEvents")
    [server] = by_name(pay_finished, "chainbridge.payment.v1.PaymentService/BatchProcessShipmentEvents")
    [notify] = by_name(pay_finished, "chainbridge.notification.deliver")

    assert record.kind is SpanKind.SERVER and client.kind is SpanKind.CLIENT and server.kind is SpanKind.SERVER
    trace_id = record.context.trace_id
    assert {span.context.trace_id for span in (record, deliver, client, server, notify)} == {trace_id}
    # Parent links: record <- outbox delivery <- client call <- pay's handling <- notification.
    assert deliver.parent.span_id == record.context.span_id
    assert client.parent.span_id == deliver.context.span_id
    assert server.parent.span_id == client.context.span_id
    assert notify.parent.span_id == server.context.span_id
    assert record.resource.attributes["service.name"] == "chainbridge-freight"
    assert server.resource.attributes["service.name"] == "chainbridge-payment"
    assert server.attributes["rpc.grpc.status_code"] == 0 and notify.attributes["chainbridge.notification.outcome"] == "delivered"
    # The delivery happened after the recording call had ended.
    assert deliver.start_time >= record.end_time


def test_a_batch_links_the_traces_of_its_other_events(traced, exporters):
    freight_spans, _ = exporters
    freight, payment = traced.freight_stub(), traced.payment_stub()
    shipments = [seed(freight, payment, "LOW").shipment_id for _ in range(2)]
    traced.deliver_events()
    freight_spans.clear()
    for shipment_id in shipments:
        freight.RecordShipmentEvent(freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=POD), timeout=10)
    assert traced.deliver_events() == 2

    finished = freight_spans.get_finished_spans()
    records = by_name(finished, "chainbridge.freight.v1.FreightService/RecordShipmentEvent")
    [deliver] = by_name(finished, "chainbridge.outbox.deliver")
    assert deliver.attributes["chainbridge.batch_size"] == 2
    traces = {span.context.trace_id for span in records}
    assert len(traces) == 2
    assert {deliver.context.trace_id, *(link.context.trace_id for link in deliver.links)} == traces


def test_a_rejected_call_is_traced_with_its_status(traced, exporters):
    _, pay_spans = exporters
    with pytest.raises(grpc.RpcError):
        traced.payment_stub().GetPaymentIntent(pb.GetPaymentIntentRequest(intent_id="pi_missing"), timeout=10)
    [span] = by_name(pay_spans.get_finished_spans(), "chainbridge.payment.v1.PaymentService/GetPaymentIntent")
    assert span.attributes["rpc.grpc.status_code"] == grpc.StatusCode.NOT_FOUND.value[0]


def test_tracing_is_off_by_default_and_stores_no_trace_context(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    event = freight.RecordShipmentEvent(freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD), timeout=10)
    assert not stack.freight.foundation.tracing.enabled and not stack.pay.foundation.tracing.enabled
    assert stack.freight.app.events.get(event.event.event_id).traceparent == ""


class Collector(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC traces receiver, as a collector would run it."""

    def __init__(self) -> None:
        self.requests: list[trace_service_pb2.ExportTraceServiceRequest] = []

    def Export(self, request, context):
        self.requests.append(request)
        return trace_service_pb2.ExportTraceServiceResponse()


def test_the_otlp_exporter_sends_spans_to_a_collector(databases, backend):
    collector = Collector()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2), options=[("grpc.so_reuseport", 0)])
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(collector, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    stack = start_traced_stack(
        databases.new_url(backend, "freight"),
        databases.new_url(backend, "payment"),
        TracingSettings(exporter="otlp", otlp_endpoint=endpoint),
        TracingSettings(exporter="otlp", otlp_endpoint=endpoint),
    )
    try:
        seed(stack.freight_stub(), stack.payment_stub(), "LOW")
    finally:
        stack.stop()  # flushes the batch processors
        server.stop(0)
    names = {
        ({a.key: a.value.string_value for a in resource.resource.attributes}["service.name"], span.name)
        for request in collector.requests
        for resource in request.resource_spans
        for scope in resource.scope_spans
        for span in scope.spans
    }
    assert ("chainbridge-freight", "chainbridge.freight.v1.FreightService/CreateShipment") in names
    assert ("chainbridge-payment", "chainbridge.payment.v1.PaymentService/CreatePaymentIntent") in names
    assert ("chainbridge-payment", "chainbridge.freight.v1.FreightService/GetFreightToken") in names  # pay's client span
