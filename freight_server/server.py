"""Assembles a freight server: database, use cases, servicer, outbox dispatcher and host.
Used by the CLI and by tests (which pass a FakeClock and a free port)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

import grpc
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.runtime.clock import Clock, SystemClock
from chainbridge_common.runtime.database import Database
from chainbridge_common.runtime.housekeeping import Housekeeping
from chainbridge_common.runtime.idempotency import IdempotencyKeys
from chainbridge_common.runtime.metrics import MetricsEndpoint
from chainbridge_common.runtime.security import PeerChannel, SecuritySettings, ServerSecurity, open_peer_channel, server_security
from chainbridge_common.runtime.server import ServerSettings, ServiceHost
from freight_server.application.service import FreightApplication
from freight_server.metrics import FreightMetrics
from freight_server.rpc.servicer import FreightServicer
from freight_server.storage import migrate
from freight_server.storage.schema import idempotency_keys
from freight_server.workers.outbox_dispatcher import DispatcherSettings, OutboxDispatcher, payment_channel_options

log = logging.getLogger(__name__)

SERVICE_NAME = freight_pb2.DESCRIPTOR.services_by_name["FreightService"].full_name
ERROR_DOMAIN = "freight.chainbridge.io"


@dataclass
class FreightConfig:
    db_url: str
    payment_addr: str
    server: ServerSettings = field(default_factory=lambda: ServerSettings(port=50051))
    dispatcher: DispatcherSettings = field(default_factory=DispatcherSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    check_schema: bool = True
    metrics_port: int | None = None  # serve Prometheus /metrics on this port (0: any free one)
    metrics_host: str = "127.0.0.1"


@dataclass
class FreightServer:
    host: ServiceHost
    app: FreightApplication
    dispatcher: OutboxDispatcher
    db: Database
    payment_channel: grpc.Channel
    security: ServerSecurity
    payment_peer: PeerChannel

    @property
    def port(self) -> int:
        assert self.host.port is not None
        return self.host.port

    def start(self) -> int:
        return self.host.start()

    def stop(self, grace: float | None = None) -> None:
        self.host.stop(grace)


def build_freight_server(config: FreightConfig, *, clock: Clock | None = None) -> FreightServer:
    clock = clock or SystemClock()
    # Security first: a refused configuration should not leave a database engine open.
    security = server_security(config.security, config.server.host)
    peer = open_peer_channel(config.payment_addr, config.security, options=payment_channel_options())
    payment_channel = peer.channel
    try:
        db = Database(config.db_url)
        if config.check_schema:
            migrate.check_schema(db.engine)
    except BaseException:
        payment_channel.close()
        raise
    dispatcher = OutboxDispatcher(
        db, clock, payment_pb2_grpc.PaymentServiceStub(payment_channel), config.dispatcher, call_metadata=peer.call_metadata
    )
    app = FreightApplication(db, clock, on_event_recorded=dispatcher.wake)
    metrics = FreightMetrics(app)
    dispatcher.observer = metrics.delivery_observer()
    idempotency = IdempotencyKeys(db, idempotency_keys, clock)
    servicer = FreightServicer(app, idempotency)

    def shutdown_resources() -> None:
        payment_channel.close()
        db.dispose()

    host = ServiceHost(
        domain=ERROR_DOMAIN,
        settings=replace(config.server, server_credentials=security.credentials or config.server.server_credentials),
        service_names=[SERVICE_NAME],
        register=lambda server: freight_pb2_grpc.add_FreightServiceServicer_to_server(servicer, server),
        authorizer=security.authorizer,
        observers=[metrics.rpc],
        workers=[
            dispatcher,
            Housekeeping([("purge expired idempotency keys", idempotency.purge_expired)]),
            *([MetricsEndpoint(metrics.registry, config.metrics_host, config.metrics_port)] if config.metrics_port is not None else []),
        ],
        readiness_check=db.ping,
        on_stopped=shutdown_resources,
    )
    return FreightServer(
        host=host, app=app, dispatcher=dispatcher, db=db, payment_channel=payment_channel, security=security, payment_peer=peer
    )
