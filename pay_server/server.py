"""Assembles a payment server: database, use cases, servicer, release worker and host.
Used by the CLI and by tests (which pass a FakeClock and a free port)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

from chainbridge_common.runtime.bootstrap import AssembledServer, ServiceConfig, build_host, open_foundation
from chainbridge_common.runtime.clock import Clock, SystemClock
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.storage.request_log import purge_expired_requests
from pay_server.application.app import PaymentApplication
from pay_server.clients.freight import FreightTokens, freight_channel_options
from pay_server.domain.payees import AccountScheme, mask_account_number
from pay_server.domain.release_policy import DEFAULT_RELEASE_DELAY
from pay_server.metrics import PaymentMetrics
from pay_server.rails.configuration import configured_rails
from pay_server.rails.sepa import SepaDebtor
from pay_server.rpc.roles import PAYMENT_METHOD_ROLES
from pay_server.rpc.servicer import PaymentServicer
from pay_server.storage import migrate
from pay_server.storage.schema import idempotency_keys
from pay_server.storage.unit_of_work import payment_transactions
from pay_server.workers.release_worker import ReleaseWorker

SERVICE_NAME = payment_pb2.DESCRIPTOR.services_by_name["PaymentService"].full_name
ERROR_DOMAIN = "payment.chainbridge.io"
log = logging.getLogger("payment")


@dataclass(kw_only=True)
class PaymentConfig(ServiceConfig):
    freight_addr: str
    server: ServerSettings = field(default_factory=lambda: ServerSettings(port=50052))
    release_delay: timedelta = DEFAULT_RELEASE_DELAY
    release_poll_seconds: float = 1.0
    run_release_worker: bool = True
    watch_poll_seconds: float = 1.0
    max_watchers: int = 16
    # The escrow account SEPA payout files debit; without it EUR payouts are refused.
    sepa_debtor: SepaDebtor | None = None


@dataclass(kw_only=True)
class PaymentServer(AssembledServer):
    app: PaymentApplication
    release_worker: ReleaseWorker


def build_payment_server(config: PaymentConfig, *, clock: Clock | None = None) -> PaymentServer:
    clock = clock or SystemClock()
    foundation = open_foundation(
        config,
        peer_addr=config.freight_addr,
        peer_options=freight_channel_options(),
        check_schema=migrate.check_schema,
        method_roles=PAYMENT_METHOD_ROLES,
    )
    db, peer = foundation.db, foundation.peer
    freight = FreightTokens(freight_pb2_grpc.FreightServiceStub(peer.channel), call_metadata=peer.call_metadata)
    app = PaymentApplication.build(
        payment_transactions(db, clock),  # type: ignore[arg-type]
        clock,
        release_delay=config.release_delay,
        payout_rails=configured_rails(config.sepa_debtor),
    )
    if config.sepa_debtor is None:
        log.info("EUR payouts are off: no SEPA debtor (escrow) account is configured (--sepa-debtor-name/-iban/-bic)")
    else:
        debtor = config.sepa_debtor
        log.info(
            "EUR payouts by SEPA credit transfer from %s (%s, %s)",
            debtor.name,
            mask_account_number(AccountScheme.IBAN, debtor.iban),
            debtor.bic,
        )
    metrics = PaymentMetrics(app)
    app.bookkeeping.observer = metrics
    servicer = PaymentServicer(
        app,
        freight,
        PageTokens(config.page_token_secret),
        watch_poll_seconds=config.watch_poll_seconds,
        max_watchers=config.max_watchers,
        watch_streams=metrics.watch_streams,
    )
    release_worker = ReleaseWorker(app, poll_interval_seconds=config.release_poll_seconds)
    host = build_host(
        config,
        foundation,
        domain=ERROR_DOMAIN,
        service_names=[SERVICE_NAME],
        register=lambda server: payment_pb2_grpc.add_PaymentServiceServicer_to_server(servicer, server),
        housekeeping=[("purge expired idempotency keys", lambda: purge_expired_requests(db, idempotency_keys, clock))],
        metrics_registry=metrics.registry,
        observers=[metrics.rpc],
        workers=[release_worker] if config.run_release_worker else [],
        on_stopping=servicer.stop_streams,
    )
    return PaymentServer(host=host, app=app, release_worker=release_worker, foundation=foundation)
