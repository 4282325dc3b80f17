"""Assembles a payment server: database, use cases, servicer, release worker and host.
Used by the CLI and by tests (which pass a FakeClock and a free port)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from chainbridge_common.runtime.bootstrap import AssembledServer, ServiceConfig, build_host, open_foundation
from chainbridge_common.runtime.clock import Clock, SystemClock
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.runtime.tracing import SpanKind, Tracing, current_traceparent
from chainbridge_common.storage.request_log import purge_expired_requests
from pay_server.application.app import PaymentApplication
from pay_server.application.notifications import NotificationWiring
from pay_server.application.transparency import DEFAULT_LOG_ORIGIN, TreeHeadSigner
from pay_server.clients.freight import FreightTokens, freight_channel_options
from pay_server.domain.payees import AccountScheme, mask_account_number
from pay_server.domain.release_policy import DEFAULT_RELEASE_DELAY
from pay_server.metrics import PaymentMetrics
from pay_server.notifications.sender import NotificationSender, NotificationSettings
from pay_server.notifications.webhooks import generate_webhook_secret, resolve_with_system_dns
from pay_server.rails.configuration import configured_rails
from pay_server.rails.sepa import SepaDebtor
from pay_server.rpc.roles import PAYMENT_METHOD_ROLES
from pay_server.rpc.servicer import PaymentServicer
from pay_server.storage import migrate
from pay_server.storage.schema import idempotency_keys
from pay_server.storage.transparency import PendingLeaves
from pay_server.storage.transparency_backfill import catch_up
from pay_server.storage.unit_of_work import payment_transactions
from pay_server.workers.log_integrator import LogIntegrator
from pay_server.workers.notification_worker import NotificationWorker, NotificationWorkerSettings
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
    notifications: NotificationSettings = field(default_factory=NotificationSettings)
    notification_worker: NotificationWorkerSettings = field(default_factory=NotificationWorkerSettings)
    run_notification_worker: bool = True
    # How soon a subscription made on another replica is seen here (seconds).
    subscription_refresh_seconds: float = 1.0
    webhook_resolver: Callable[[str, int], Sequence[str]] = resolve_with_system_dns
    # The transparency log (docs/transparency.md): off only to measure what it costs.
    transparency_log: bool = True
    # How soon a committed audit row becomes a leaf (its maximum merge delay, roughly).
    log_integrate_seconds: float = 0.1
    run_log_integrator: bool = True
    log_signing_key: Ed25519PrivateKey | None = None  # without one the log's RPCs are FAILED_PRECONDITION
    log_origin: str = DEFAULT_LOG_ORIGIN
    # The escrow account SEPA payout files debit; without it EUR payouts are refused.
    sepa_debtor: SepaDebtor | None = None


@dataclass(kw_only=True)
class PaymentServer(AssembledServer):
    app: PaymentApplication
    release_worker: ReleaseWorker
    notification_worker: NotificationWorker
    log_integrator: LogIntegrator


def _attempt_span(tracing: Tracing):
    """Each notification attempt continues the trace of the change it reports."""

    def span(delivery, subscription):
        return tracing.continued(
            "chainbridge.notification.deliver",
            delivery.traceparent,
            kind=SpanKind.CLIENT,
            attributes={
                "chainbridge.delivery_id": delivery.delivery_id,
                "chainbridge.event_id": delivery.event_id,
                "chainbridge.event_type": delivery.event_type.value,
                "chainbridge.notification.channel": subscription.channel.value,
                "chainbridge.notification.attempt": delivery.attempts,
            },
        )

    return span


def build_payment_server(config: PaymentConfig, *, clock: Clock | None = None) -> PaymentServer:
    clock = clock or SystemClock()
    foundation = open_foundation(
        config,
        peer_addr=config.freight_addr,
        peer_options=freight_channel_options(),
        check_schema=migrate.check_schema,
        method_roles=PAYMENT_METHOD_ROLES,
        service_name="chainbridge-payment",
    )
    db, peer = foundation.db, foundation.peer
    freight = FreightTokens(freight_pb2_grpc.FreightServiceStub(peer.channel), call_metadata=peer.call_metadata)
    sender = NotificationSender(config.notifications, resolver=config.webhook_resolver)
    wiring = NotificationWiring(
        check_destination=sender.check_destination,
        new_secret=generate_webhook_secret,
        email_enabled=config.notifications.smtp is not None,
        subscription_refresh_seconds=config.subscription_refresh_seconds,
        current_traceparent=current_traceparent if foundation.tracing.enabled else (lambda: ""),
    )
    if config.transparency_log:
        try:
            db.write(catch_up)  # rows written before the log existed, or while it was off
        except BaseException:
            foundation.close()
            raise
    signer = TreeHeadSigner(config.log_signing_key, clock, config.log_origin) if config.log_signing_key is not None else None
    app = PaymentApplication.build(
        payment_transactions(db, clock, pending_leaves=PendingLeaves() if config.transparency_log else None),
        clock,
        release_delay=config.release_delay,
        notification_wiring=wiring,
        log_signer=signer,
        transparency_log=config.transparency_log,
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
    notification_worker = NotificationWorker(
        app.notifications,
        sender,
        clock,
        retry=config.notifications.retry,
        settings=config.notification_worker,
        attempt_span=_attempt_span(foundation.tracing) if foundation.tracing.enabled else None,
    )
    log_integrator = LogIntegrator(app, interval_seconds=config.log_integrate_seconds)
    workers = [release_worker] if config.run_release_worker else []
    if config.run_notification_worker:
        workers.append(notification_worker)
    if config.transparency_log and config.run_log_integrator:
        workers.append(log_integrator)
    host = build_host(
        config,
        foundation,
        domain=ERROR_DOMAIN,
        service_names=[SERVICE_NAME],
        register=lambda server: payment_pb2_grpc.add_PaymentServiceServicer_to_server(servicer, server),
        housekeeping=[("purge expired idempotency keys", lambda: purge_expired_requests(db, idempotency_keys, clock))],
        metrics_registry=metrics.registry,
        observers=[metrics.rpc],
        workers=workers,
        on_stopping=servicer.stop_streams,
    )
    return PaymentServer(
        host=host,
        app=app,
        release_worker=release_worker,
        notification_worker=notification_worker,
        log_integrator=log_integrator,
        foundation=foundation,
    )
