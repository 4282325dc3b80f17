"""OpenTelemetry traces for both servers: a SERVER span per RPC (in the RPC pipeline), a CLIENT
span per call to the peer (an interceptor on the peer channel), and W3C trace context carried
in metadata between them and stored with work that outlives a call (freight's outbox rows,
pay's notification rows), so a delivery made later - by another thread, replica or process
after a restart - continues the trace of the call that caused it.

Off by default: with no exporter the provider is OpenTelemetry's no-op one, the pipeline skips
tracing entirely, and nothing is stored (traceparent ""). `--traces-exporter otlp` sends spans
over OTLP/gRPC (endpoint, headers, certificates and timeouts from the standard OTEL_EXPORTER_OTLP_*
variables, or --otlp-endpoint); `console` prints them. Each server has its own provider (never
the global one), so two servers in one test process keep their service names apart.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import grpc
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from opentelemetry.trace import Link, NonRecordingSpan, Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

log = logging.getLogger(__name__)

TRACEPARENT = "traceparent"
EXPORTERS = ("none", "otlp", "console")
_PROPAGATOR = TraceContextTextMapPropagator()


@dataclass
class TracingSettings:
    exporter: str = "none"  # none | otlp | console
    otlp_endpoint: str = ""  # "" lets the exporter read OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT (default localhost:4317)
    # Tests: a processor of their own (e.g. SimpleSpanProcessor(InMemorySpanExporter())); enables tracing.
    processor: SpanProcessor | None = None


def current_traceparent() -> str:
    """The W3C traceparent of the current span, to store with work done later; "" when untraced."""
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier)
    return carrier.get(TRACEPARENT, "")


def context_of(traceparent: str) -> Context | None:
    """The context a stored traceparent continues (None when empty or malformed)."""
    if not traceparent:
        return None
    context = _PROPAGATOR.extract({TRACEPARENT: traceparent})
    return context if trace.get_current_span(context).get_span_context().is_valid else None


class Tracing:
    """One server's tracer provider and tracer."""

    def __init__(self, provider: trace.TracerProvider, *, enabled: bool):
        self.provider = provider
        self.enabled = enabled
        self.tracer = provider.get_tracer("chainbridge")

    @classmethod
    def off(cls) -> Tracing:
        return cls(trace.NoOpTracerProvider(), enabled=False)

    @classmethod
    def build(cls, settings: TracingSettings, service_name: str) -> Tracing:
        if settings.processor is None and settings.exporter == "none":
            return cls.off()
        if settings.exporter not in EXPORTERS:
            raise ValueError(f"unknown traces exporter {settings.exporter!r}; expected one of {', '.join(EXPORTERS)}")
        provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
        if settings.processor is not None:
            provider.add_span_processor(settings.processor)
        if settings.exporter == "otlp":
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

            exporter = OTLPSpanExporter(endpoint=settings.otlp_endpoint) if settings.otlp_endpoint else OTLPSpanExporter()
            provider.add_span_processor(BatchSpanProcessor(exporter))
        elif settings.exporter == "console":
            provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
        return cls(provider, enabled=True)

    def shutdown(self) -> None:
        """Flush and stop the exporters (at server stop)."""
        if isinstance(self.provider, TracerProvider):
            self.provider.shutdown()

    @contextmanager
    def continued(
        self,
        name: str,
        traceparent: str,
        *,
        kind: SpanKind = SpanKind.INTERNAL,
        links: Sequence[str] = (),
        attributes: Mapping[str, Any] | None = None,
    ) -> Iterator[Span]:
        """A current span continuing the trace of a stored traceparent (a root span when it has none),
        linked to the traces of `links` - e.g. the other events of one delivery batch."""
        if not self.enabled:
            yield trace.INVALID_SPAN
            return
        linked = [Link(trace.get_current_span(c).get_span_context()) for tp in links if tp != traceparent and (c := context_of(tp))]
        with self.tracer.start_as_current_span(
            name, context=context_of(traceparent) or Context(), kind=kind, links=linked, attributes=dict(attributes or {})
        ) as span:
            yield span


# ---------------------------------------------------------------------------- gRPC


def _rpc_attributes(method: str) -> dict[str, str]:
    service, _, name = method.lstrip("/").rpartition("/")
    return {"rpc.system": "grpc", "rpc.service": service, "rpc.method": name}


@contextmanager
def server_span(tracing: Tracing, method: str, metadata: Sequence[tuple[str, Any]]) -> Iterator[Span]:
    """The SERVER span of one call, continuing the caller's trace from its traceparent metadata."""
    carrier = {key: value for key, value in metadata if key == TRACEPARENT and isinstance(value, str)}
    parent = _PROPAGATOR.extract(carrier) if carrier else Context()
    with tracing.tracer.start_as_current_span(
        method.lstrip("/"),
        context=parent,
        kind=SpanKind.SERVER,
        attributes=_rpc_attributes(method),
        record_exception=False,
        set_status_on_exception=False,  # the status code decides (finish_server_span), not the abort's exception
    ) as span:
        yield span


def finish_server_span(span: Span, code: grpc.StatusCode) -> None:
    span.set_attribute("rpc.grpc.status_code", code.value[0])
    if code in (grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL, grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DATA_LOSS):
        span.set_status(Status(StatusCode.ERROR, code.name))


class _CallDetails(grpc.ClientCallDetails):
    def __init__(self, details: grpc.ClientCallDetails, metadata: list[tuple[str, str]]):
        self.method = details.method
        self.timeout = details.timeout
        self.metadata = metadata
        self.credentials = details.credentials
        self.wait_for_ready = getattr(details, "wait_for_ready", None)
        self.compression = getattr(details, "compression", None)


class ClientTracingInterceptor(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    """A CLIENT span per call on the peer channel, its context sent as traceparent metadata."""

    def __init__(self, tracing: Tracing):
        self.tracing = tracing

    def _start(self, details: grpc.ClientCallDetails) -> tuple[Span, _CallDetails]:
        method = details.method if isinstance(details.method, str) else details.method.decode()
        span = self.tracing.tracer.start_span(method.lstrip("/"), kind=SpanKind.CLIENT, attributes=_rpc_attributes(method))
        carrier: dict[str, str] = {}
        _PROPAGATOR.inject(carrier, context=trace.set_span_in_context(span))
        metadata = [(k, v) for k, v in (details.metadata or ()) if k != TRACEPARENT] + list(carrier.items())
        return span, _CallDetails(details, metadata)

    def intercept_unary_unary(self, continuation, client_call_details, request):
        span, details = self._start(client_call_details)
        try:
            outcome = continuation(details, request)
            code = outcome.code() if outcome.exception() is not None else grpc.StatusCode.OK
            span.set_attribute("rpc.grpc.status_code", code.value[0])
            if code is not grpc.StatusCode.OK:
                span.set_status(Status(StatusCode.ERROR, code.name))
            return outcome
        finally:
            span.end()

    def intercept_unary_stream(self, continuation, client_call_details, request):
        # Streams to the peer are not used by the servers; the span covers starting the call.
        span, details = self._start(client_call_details)
        try:
            return continuation(details, request)
        finally:
            span.end()


def traced_channel(channel: grpc.Channel, tracing: Tracing) -> grpc.Channel:
    """The peer channel with client spans, or the channel itself when tracing is off."""
    if not tracing.enabled:
        return channel
    return grpc.intercept_channel(channel, ClientTracingInterceptor(tracing))


__all__ = [
    "NonRecordingSpan",
    "SpanKind",
    "Tracing",
    "TracingSettings",
    "context_of",
    "current_traceparent",
    "traced_channel",
]
