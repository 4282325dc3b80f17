"""Server bootstrap shared by both services: the RPC pipeline (request ids, caller
authorisation, metrics, error mapping), health and reflection, background workers, and
graceful shutdown on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent import futures
from dataclasses import dataclass, field
from typing import Protocol

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from chainbridge_common import errors
from chainbridge_common.runtime import rpc_errors
from chainbridge_common.runtime.request_context import (
    REQUEST_ID_HEADER,
    caller_var,
    method_var,
    request_id_var,
    sanitize_request_id,
)
from chainbridge_common.runtime.tracing import SpanKind, Tracing, finish_server_span, server_span

log = logging.getLogger(__name__)

# Calls that never need a caller identity: probes and schema discovery.
OPEN_METHOD_PREFIXES = ("/grpc.health.v1.", "/grpc.reflection.")


class Authorizer(Protocol):
    def authorize(self, method: str, context: grpc.ServicerContext) -> str:
        """Return the caller's identity for `method`, or raise Unauthenticated/PermissionDenied."""
        ...


class AllowEveryone:
    """Development authoriser: every caller may call everything (plaintext loopback)."""

    def authorize(self, method: str, context: grpc.ServicerContext) -> str:
        return "anonymous"


class RpcObserver(Protocol):
    def observe(self, method: str, code: grpc.StatusCode, seconds: float) -> None: ...


class BackgroundWorker(Protocol):
    name: str

    def start(self) -> None: ...

    def stop(self, timeout: float) -> None: ...


class RpcPipeline(grpc.ServerInterceptor):
    """Wraps every handler once: context vars, authorisation, metrics, error mapping."""

    def __init__(self, domain: str, authorizer: Authorizer, observers: Sequence[RpcObserver] = (), tracing: Tracing | None = None):
        self.domain = domain
        self.authorizer = authorizer
        self.observers = list(observers)
        # A SERVER span around every call (continuing the caller's traceparent), when tracing is on.
        self.tracing = tracing if tracing is not None and tracing.enabled else None

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method
        if method.startswith(OPEN_METHOD_PREFIXES):
            return handler
        deserializer = _lenient(handler.request_deserializer)
        if handler.unary_unary is not None:
            return handler._replace(unary_unary=self._wrap_unary(handler.unary_unary, method), request_deserializer=deserializer)
        if handler.unary_stream is not None:
            return handler._replace(unary_stream=self._wrap_stream(handler.unary_stream, method), request_deserializer=deserializer)
        return handler

    def _enter(self, method: str, context: grpc.ServicerContext):
        request_id = None
        for key, value in context.invocation_metadata():
            if key == REQUEST_ID_HEADER:
                request_id = value
                break
        return (
            request_id_var.set(sanitize_request_id(request_id)),
            method_var.set(method),
            caller_var.set(""),
        )

    @staticmethod
    def _leave(tokens) -> None:
        request_token, method_token, caller_token = tokens
        caller_var.reset(caller_token)
        method_var.reset(method_token)
        request_id_var.reset(request_token)

    def _observe(self, method: str, code: grpc.StatusCode, started: float) -> None:
        elapsed = time.perf_counter() - started
        for observer in self.observers:
            observer.observe(method, code, elapsed)

    def _failure(self, method: str, error: BaseException) -> grpc.Status:
        if isinstance(error, errors.ChainBridgeError):
            log.info("%s failed: %s (%s)", method, error.message, error.reason)
            return rpc_errors.to_grpc_status(error, self.domain)
        return rpc_errors.internal_status(self.domain, method)

    def _wrap_unary(self, behavior, method: str):
        call = self._unary_call(behavior, method)
        tracing = self.tracing
        if tracing is None:
            return call

        def traced(request, context):
            with server_span(tracing, method, context.invocation_metadata()) as span:
                try:
                    return call(request, context)
                finally:
                    finish_server_span(span, context.code() or grpc.StatusCode.OK)

        return traced

    def _unary_call(self, behavior, method: str):
        def call(request, context):
            tokens = self._enter(method, context)
            started = time.perf_counter()
            try:
                caller_var.set(self.authorizer.authorize(method, context))
                _check_decoded(request, method)
                response = behavior(request, context)
            except Exception as error:  # noqa: BLE001 - mapped to a status below
                status = self._failure(method, error)
                self._observe(method, status.code, started)
                self._leave(tokens)
                context.abort_with_status(status)
            else:
                self._observe(method, grpc.StatusCode.OK, started)
                self._leave(tokens)
                return response

        return call

    def _wrap_stream(self, behavior, method: str):
        tracing = self.tracing

        def call(request, context):
            tokens = self._enter(method, context)
            started = time.perf_counter()
            status = None
            # Not made current: a generator may resume on another thread between responses.
            span = (
                tracing.tracer.start_span(method.lstrip("/"), kind=SpanKind.SERVER, attributes={"rpc.system": "grpc"})
                if tracing is not None
                else None
            )
            try:
                caller_var.set(self.authorizer.authorize(method, context))
                _check_decoded(request, method)
                yield from behavior(request, context)
            except Exception as error:  # noqa: BLE001 - mapped to a status below
                status = self._failure(method, error)
            finally:
                self._observe(method, status.code if status else grpc.StatusCode.OK, started)
                self._leave(tokens)
                if span is not None:
                    finish_server_span(span, status.code if status else grpc.StatusCode.OK)
                    span.end()
            if status is not None:
                context.abort_with_status(status)

        return call


class _Undecodable:
    """Stands in for a request whose bytes are not a valid message."""


def _lenient(deserializer):
    """grpcio answers a request it cannot deserialize with INTERNAL before any handler
    runs; hand the handler a marker instead, so the caller gets INVALID_ARGUMENT."""
    if deserializer is None:
        return None

    def deserialize(data: bytes):
        try:
            return deserializer(data)
        except Exception:  # noqa: BLE001 - whatever the parser raises, the bytes are not a request
            return _Undecodable()

    return deserialize


def _check_decoded(request, method: str) -> None:
    if isinstance(request, _Undecodable):
        raise errors.InvalidArgument.single(
            "",
            f"the request body is not a valid protobuf encoding of the {method.rsplit('/', 1)[-1]} request",
            reason="UNDECODABLE_REQUEST",
        )


@dataclass
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 0
    max_workers: int = 8
    # grpcio turns SO_REUSEPORT on by default: a second server on a taken port would bind
    # silently and take half the connections. Only explicit multi-process setups want it.
    reuse_port: bool = False
    max_message_bytes: int = 4 * 1024 * 1024
    max_concurrent_rpcs: int | None = None
    shutdown_grace_seconds: float = 10.0
    server_credentials: grpc.ServerCredentials | None = None

    @property
    def bind_address(self) -> str:
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{host}:{self.port}"


@dataclass
class ServiceHost:
    """One gRPC server process: its services, health, reflection and workers."""

    domain: str  # the ErrorInfo domain, e.g. "payment.chainbridge.io"
    settings: ServerSettings
    service_names: Sequence[str]
    register: Callable[[grpc.Server], None]
    authorizer: Authorizer = field(default_factory=AllowEveryone)
    observers: Sequence[RpcObserver] = ()
    workers: Sequence[BackgroundWorker] = ()
    readiness_check: Callable[[], bool] | None = None
    readiness_interval_seconds: float = 5.0
    on_stopping: Callable[[], None] | None = None  # e.g. end open streams before draining
    on_stopped: Callable[[], None] | None = None
    tracing: Tracing | None = None

    def __post_init__(self) -> None:
        self.server: grpc.Server | None = None
        self.port: int | None = None
        self.health = health.HealthServicer()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._readiness_thread: threading.Thread | None = None
        self._recheck_readiness = threading.Event()

    def start(self) -> int:
        options = [
            ("grpc.so_reuseport", 1 if self.settings.reuse_port else 0),
            ("grpc.max_receive_message_length", self.settings.max_message_bytes),
            ("grpc.max_send_message_length", self.settings.max_message_bytes),
            ("grpc.keepalive_time_ms", 60_000),
            ("grpc.keepalive_permit_without_calls", 1),
            ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ]
        server = grpc.server(
            futures.ThreadPoolExecutor(max_workers=self.settings.max_workers, thread_name_prefix=f"{self.domain}-rpc"),
            interceptors=[RpcPipeline(self.domain, self.authorizer, self.observers, self.tracing)],
            options=options,
            maximum_concurrent_rpcs=self.settings.max_concurrent_rpcs,
        )
        self.register(server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        reflection.enable_server_reflection((*self.service_names, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
        if self.settings.server_credentials is not None:
            port = server.add_secure_port(self.settings.bind_address, self.settings.server_credentials)
        else:
            port = server.add_insecure_port(self.settings.bind_address)
        if port == 0:
            raise OSError(f"could not bind {self.settings.bind_address}")
        server.start()
        self.server, self.port = server, port
        for worker in self.workers:
            worker.start()
        self._set_serving(True)
        if self.readiness_check is not None:
            self._readiness_thread = threading.Thread(target=self._watch_readiness, name=f"{self.domain}-readiness", daemon=True)
            self._readiness_thread.start()
        return port

    def _set_serving(self, serving: bool) -> None:
        status = health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
        for name in ("", *self.service_names):
            self.health.set(name, status)

    def recheck_readiness(self) -> None:
        """Run the readiness check now rather than at the next interval (a call has just
        found the database unavailable, say)."""
        self._recheck_readiness.set()

    def _watch_readiness(self) -> None:
        serving = True
        while not self._stopping.is_set():
            if serving:
                self._recheck_readiness.wait(self.readiness_interval_seconds)
            else:
                # Look every second (a failover is over in seconds), however many calls fail meanwhile.
                self._stopping.wait(min(self.readiness_interval_seconds, 1.0))
            self._recheck_readiness.clear()
            if self._stopping.is_set():
                break
            ready = bool(self.readiness_check and self.readiness_check())
            if ready != serving and not self._stopping.is_set():
                log.warning("readiness changed: %s", "SERVING" if ready else "NOT_SERVING (database unreachable)")
                self._set_serving(ready)
                serving = ready

    def stop(self, grace: float | None = None) -> None:
        """Graceful stop: NOT_SERVING first, drain in-flight calls, then stop workers."""
        if self._stopping.is_set():
            self._stopped.wait()
            return
        self._stopping.set()
        self._recheck_readiness.set()  # ends the readiness thread's wait
        grace = self.settings.shutdown_grace_seconds if grace is None else grace
        self._set_serving(False)
        if self.on_stopping is not None:
            self.on_stopping()
        if self.server is not None:
            self.server.stop(grace).wait()
        for worker in self.workers:
            worker.stop(timeout=grace)
        if self.on_stopped is not None:
            self.on_stopped()
        self._stopped.set()
        log.info("%s stopped", self.domain)

    def serve_until_signal(self) -> None:
        """Block until SIGTERM or SIGINT, then stop gracefully."""
        received = threading.Event()

        def _handle(signum, _frame):
            log.info("received %s; shutting down", signal.Signals(signum).name)
            received.set()

        signal.signal(signal.SIGTERM, _handle)
        signal.signal(signal.SIGINT, _handle)
        while not received.wait(1.0):
            pass
        self.stop()
