"""Pay's Prometheus metrics: RPCs (shared observer), events processed, milestone
settlement transitions (count and amount, per currency), release worker lag and open
watch streams."""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from chainbridge_common.runtime.metrics import RpcMetrics
from pay_server.application.app import PaymentApplication
from pay_server.domain.audit import AuditEntry


class ReleaseLagCollector(Collector):
    """How far behind the release worker is: the age of the oldest DELAYED milestone whose
    release_at has passed (0 when none is due), read from the database at scrape time."""

    def __init__(self, app: PaymentApplication):
        self.app = app

    def collect(self):
        lag, due = self.app.queries.release_backlog()
        yield GaugeMetricFamily("chainbridge_release_worker_lag_seconds", "Age of the oldest overdue DELAYED milestone", value=lag)
        yield GaugeMetricFamily("chainbridge_release_due_milestones", "DELAYED milestones whose release_at has passed", value=due)


class PaymentMetrics:
    def __init__(self, app: PaymentApplication):
        self.registry = CollectorRegistry()
        self.rpc = RpcMetrics(self.registry)
        self.events = Counter(
            "chainbridge_events_processed", "Shipment events received from freight, new or duplicate", ["result"], registry=self.registry
        )
        self.transitions = Counter(
            "chainbridge_settlement_transitions",
            "Milestone settlement status changes, by new status",
            ["to_status"],
            registry=self.registry,
        )
        self.amounts = Counter(
            "chainbridge_settlement_amount_minor",
            "Minor units moved into each milestone status, per currency (never summed across currencies)",
            ["to_status", "currency"],
            registry=self.registry,
        )
        self.watch_streams = Gauge("chainbridge_watch_streams", "Open WatchSettlements streams", registry=self.registry)
        self.registry.register(ReleaseLagCollector(app))

    # PaymentObserver hooks, called after commit.
    def events_processed(self, new: int, duplicate: int) -> None:
        self.events.labels("new").inc(new)
        self.events.labels("duplicate").inc(duplicate)

    def settlement_changes(self, entries: Sequence[AuditEntry]) -> None:
        for entry in entries:
            # A payout's step on a released milestone is audited with its status unchanged: not a transition.
            if entry.settlement_id is None or entry.from_status == entry.to_status:
                continue
            self.transitions.labels(entry.to_status).inc()
            self.amounts.labels(entry.to_status, entry.currency).inc(entry.amount_minor)
