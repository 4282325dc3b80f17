"""Freight's Prometheus metrics: RPCs (shared observer), the outbox backlog and the
dispatcher's delivery attempts."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from chainbridge_common.runtime.metrics import RpcMetrics
from freight_server.application.app import FreightApplication
from freight_server.workers.outbox_dispatcher import DeliveryObserver


class OutboxCollector(Collector):
    """Read at scrape time from the database, so every replica reports the shared outbox."""

    def __init__(self, app: FreightApplication):
        self.app = app

    def collect(self):
        status = self.app.outbox.status()
        events = GaugeMetricFamily("chainbridge_outbox_events", "Recorded shipment events by delivery state", labels=["state"])
        events.add_metric(["pending"], status.pending_count)
        events.add_metric(["delivered"], status.delivered_count)
        events.add_metric(["parked"], status.parked_count)
        events.add_metric(["discarded"], status.discarded_count)
        yield events
        age = 0.0
        if status.oldest_pending_recorded_at is not None:
            age = max(0.0, time.time() - status.oldest_pending_recorded_at.timestamp())
        yield GaugeMetricFamily("chainbridge_outbox_oldest_pending_age_seconds", "Age of the oldest undelivered event", value=age)
        yield GaugeMetricFamily(
            "chainbridge_outbox_max_pending_attempts", "Most delivery attempts of any pending event", value=status.max_pending_attempts
        )


class FreightMetrics:
    def __init__(self, app: FreightApplication):
        self.registry = CollectorRegistry()
        self.rpc = RpcMetrics(self.registry)
        self.deliveries = Counter(
            "chainbridge_outbox_delivery_attempts",
            "Events handed to the payment service, by outcome and status code",
            ["outcome", "code"],
            registry=self.registry,
        )
        self.registry.register(OutboxCollector(app))

    def delivery_observer(self) -> DeliveryObserver:
        return DeliveryObserver(
            delivered=lambda count: self.deliveries.labels("delivered", "OK").inc(count),
            failed=lambda count, code: self.deliveries.labels("failed", code).inc(count),
            parked=lambda count, code: self.deliveries.labels("parked", code).inc(count),
        )
