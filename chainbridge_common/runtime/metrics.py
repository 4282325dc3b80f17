"""Prometheus metrics: the RPC observer both servers share, and a scrape endpoint.

Each server owns a CollectorRegistry (not the global one) so in-process tests can run
several servers side by side. Service-specific metrics (outbox backlog, release lag,
settlements) are registered by each service on the same registry.
"""

from __future__ import annotations

import logging
from wsgiref.simple_server import WSGIServer

import grpc
from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

log = logging.getLogger(__name__)

# Sub-millisecond to seconds: a no-op call is ~0.2 ms, a database write a few ms.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class RpcMetrics:
    """An RpcPipeline observer: calls by method and status code, latency by method."""

    def __init__(self, registry: CollectorRegistry):
        self.calls = Counter("chainbridge_rpc_calls", "RPCs handled, by method and status code", ["method", "code"], registry=registry)
        self.latency = Histogram(
            "chainbridge_rpc_duration_seconds", "RPC handling time, by method", ["method"], buckets=LATENCY_BUCKETS, registry=registry
        )

    def observe(self, method: str, code: grpc.StatusCode, seconds: float) -> None:
        self.calls.labels(method, code.name).inc()
        self.latency.labels(method).observe(seconds)


class MetricsEndpoint:
    """Serves /metrics over HTTP from a background thread while the server runs."""

    name = "metrics-endpoint"

    def __init__(self, registry: CollectorRegistry, host: str, port: int):
        self.registry, self.host, self.port = registry, host, port
        self._server: WSGIServer | None = None

    def start(self) -> None:
        self._server, _thread = start_http_server(self.port, addr=self.host, registry=self.registry)
        self.port = self._server.server_port
        log.info("Prometheus metrics on http://%s:%d/metrics", self.host, self.port)

    def stop(self, timeout: float) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
