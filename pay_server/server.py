"""Assembles a payment server: database, use cases, servicer, release worker and host.
Used by the CLI and by tests (which pass a FakeClock and a free port)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

import grpc
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

from chainbridge_common.runtime.clock import Clock, SystemClock
from chainbridge_common.runtime.database import Database
from chainbridge_common.runtime.housekeeping import Housekeeping
from chainbridge_common.runtime.idempotency import IdempotencyKeys
from chainbridge_common.runtime.metrics import MetricsEndpoint
from chainbridge_common.runtime.security import PeerChannel, SecuritySettings, ServerSecurity, open_peer_channel, server_security
from chainbridge_common.runtime.server import ServerSettings, ServiceHost
from pay_server.application.service import PaymentApplication
from pay_server.clients.freight import FreightTokens, freight_channel_options
from pay_server.metrics import PaymentMetrics
from pay_server.domain.release_policy import DEFAULT_RELEASE_DELAY
from pay_server.rpc.servicer import PaymentServicer
from pay_server.storage import migrate
from pay_server.storage.schema import idempotency_keys
from pay_server.workers.release_worker import ReleaseWorker

SERVICE_NAME = payment_pb2.DESCRIPTOR.services_by_name["PaymentService"].full_name
ERROR_DOMAIN = "payment.chainbridge.io"


@dataclass
class PaymentConfig:
    db_url: str
    freight_addr: str
    server: ServerSettings = field(default_factory=lambda: ServerSettings(port=50052))
    release_delay: timedelta = DEFAULT_RELEASE_DELAY
    release_poll_seconds: float = 1.0
    run_release_worker: bool = True
    watch_poll_seconds: float = 1.0
    max_watchers: int = 16
    security: SecuritySettings = field(default_factory=SecuritySettings)
    check_schema: bool = True
    metrics_port: int | None = None  # serve Prometheus /metrics on this port (0: any free one)
    metrics_host: str = "127.0.0.1"


@dataclass
class PaymentServer:
    host: ServiceHost
    app: PaymentApplication
    release_worker: ReleaseWorker
    db: Database
    freight_channel: grpc.Channel
    security: ServerSecurity
    freight_peer: PeerChannel

    @property
    def port(self) -> int:
        assert self.host.port is not None
        return self.host.port

    def start(self) -> int:
        return self.host.start()

    def stop(self, grace: float | None = None) -> None:
        self.host.stop(grace)


def build_payment_server(config: PaymentConfig, *, clock: Clock | None = None) -> PaymentServer:
    clock = clock or SystemClock()
    # Security first: a refused configuration should not leave a database engine open.
    security = server_security(config.security, config.server.host)
    peer = open_peer_channel(config.freight_addr, config.security, options=freight_channel_options())
    freight_channel = peer.channel
    try:
        db = Database(config.db_url)
        if config.check_schema:
            migrate.check_schema(db.engine)
    except BaseException:
        freight_channel.close()
        raise
    freight = FreightTokens(freight_pb2_grpc.FreightServiceStub(freight_channel), call_metadata=peer.call_metadata)
    app = PaymentApplication(db, clock, release_delay=config.release_delay)
    metrics = PaymentMetrics(app)
    app.observer = metrics
    idempotency = IdempotencyKeys(db, idempotency_keys, clock)
    servicer = PaymentServicer(
        app,
        freight,
        idempotency,
        watch_poll_seconds=config.watch_poll_seconds,
        max_watchers=config.max_watchers,
        watch_streams=metrics.watch_streams,
    )
    release_worker = ReleaseWorker(app, poll_interval_seconds=config.release_poll_seconds)

    def shutdown_resources() -> None:
        freight_channel.close()
        db.dispose()

    host = ServiceHost(
        domain=ERROR_DOMAIN,
        settings=replace(config.server, server_credentials=security.credentials or config.server.server_credentials),
        service_names=[SERVICE_NAME],
        register=lambda server: payment_pb2_grpc.add_PaymentServiceServicer_to_server(servicer, server),
        authorizer=security.authorizer,
        observers=[metrics.rpc],
        workers=[
            *([release_worker] if config.run_release_worker else []),
            Housekeeping([("purge expired idempotency keys", idempotency.purge_expired)]),
            *([MetricsEndpoint(metrics.registry, config.metrics_host, config.metrics_port)] if config.metrics_port is not None else []),
        ],
        readiness_check=db.ping,
        on_stopping=servicer.stop_streams,
        on_stopped=shutdown_resources,
    )
    return PaymentServer(
        host=host, app=app, release_worker=release_worker, db=db, freight_channel=freight_channel, security=security, freight_peer=peer
    )
