"""Assembles a freight server: database, use cases, servicer, outbox dispatcher and host.
Used by the CLI and by tests (which pass a FakeClock and a free port)."""

from __future__ import annotations

from dataclasses import dataclass, field

from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.application.idempotency import Idempotency
from chainbridge_common.runtime.bootstrap import AssembledServer, ServiceConfig, build_host, open_foundation
from chainbridge_common.runtime.clock import Clock, SystemClock
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.storage.request_log import purge_expired_requests
from freight_server.application.app import FreightApplication
from freight_server.application.outbox import OutboxUseCases
from freight_server.metrics import FreightMetrics
from freight_server.rpc.roles import FREIGHT_METHOD_ROLES
from freight_server.rpc.servicer import FreightServicer
from freight_server.storage import migrate
from freight_server.storage.schema import idempotency_keys
from freight_server.storage.unit_of_work import freight_transactions
from freight_server.workers.outbox_dispatcher import DispatcherSettings, OutboxDispatcher, payment_channel_options

SERVICE_NAME = freight_pb2.DESCRIPTOR.services_by_name["FreightService"].full_name
ERROR_DOMAIN = "freight.chainbridge.io"


@dataclass(kw_only=True)
class FreightConfig(ServiceConfig):
    payment_addr: str
    server: ServerSettings = field(default_factory=lambda: ServerSettings(port=50051))
    dispatcher: DispatcherSettings = field(default_factory=DispatcherSettings)


@dataclass(kw_only=True)
class FreightServer(AssembledServer):
    app: FreightApplication
    dispatcher: OutboxDispatcher


def build_freight_server(config: FreightConfig, *, clock: Clock | None = None) -> FreightServer:
    clock = clock or SystemClock()
    foundation = open_foundation(
        config,
        peer_addr=config.payment_addr,
        peer_options=payment_channel_options(),
        check_schema=migrate.check_schema,
        method_roles=FREIGHT_METHOD_ROLES,
        service_name="chainbridge-freight",
    )
    db, peer = foundation.db, foundation.peer
    transactions = freight_transactions(db, clock)
    outbox = OutboxUseCases(transactions, Idempotency(transactions), clock)
    dispatcher = OutboxDispatcher(
        outbox,
        clock,
        payment_pb2_grpc.PaymentServiceStub(peer.channel),
        config.dispatcher,
        call_metadata=peer.call_metadata,
        tracing=foundation.tracing,
    )
    app = FreightApplication.build(transactions, clock, outbox, handoff=dispatcher)
    metrics = FreightMetrics(app)
    dispatcher.observer = metrics.delivery_observer()
    servicer = FreightServicer(app, PageTokens(config.page_token_secret))
    host = build_host(
        config,
        foundation,
        domain=ERROR_DOMAIN,
        service_names=[SERVICE_NAME],
        register=lambda server: freight_pb2_grpc.add_FreightServiceServicer_to_server(servicer, server),
        housekeeping=[("purge expired idempotency keys", lambda: purge_expired_requests(db, idempotency_keys, clock))],
        metrics_registry=metrics.registry,
        observers=[metrics.rpc],
        workers=[dispatcher, app.recorder],
    )
    return FreightServer(host=host, app=app, dispatcher=dispatcher, foundation=foundation)
