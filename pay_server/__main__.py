"""pay_server command line: `python -m pay_server [serve|migrate] [options]`."""

from __future__ import annotations

import dataclasses
import ssl
import sys
from datetime import timedelta
from pathlib import Path

from chainbridge_common.runtime.cli import common_config, run_service, service_parser
from chainbridge_common.runtime.security import SecurityConfigError
from chainbridge_common.transparency.checkpoint import CheckpointError, load_private_key, note_key_id
from pay_server import __version__
from pay_server.application.transparency import DEFAULT_LOG_ORIGIN
from pay_server.notifications.email import SmtpSettings
from pay_server.notifications.sender import NotificationSettings
from pay_server.notifications.webhooks import WebhookDeliverySettings
from pay_server.rails.configuration import sepa_debtor_from_settings
from pay_server.server import PaymentConfig, build_payment_server
from pay_server.storage import migrate
from pay_server.workers.notification_worker import NotificationWorkerSettings


def build_parser():
    parser = service_parser(
        module="pay_server",
        title="PaymentService",
        env_prefix="PAYMENT",
        version=__version__,
        default_port=50052,
        database="payment",
        peer="freight service",
    )
    parser.add_env_option(
        "--freight-addr",
        default="127.0.0.1:50051",
        env="FREIGHT_SERVICE_ADDR",
        help="FreightService address (host:port, or dns:///name:port for round-robin)",
    )
    parser.add_env_option("--release-delay-hours", default=24.0, type=float, help="hours a DELAYED milestone waits after its event")
    parser.add_env_option("--release-poll", default=1.0, type=float, help="seconds between release worker cycles")
    parser.add_env_option("--max-watchers", default=16, type=int, help="concurrent WatchSettlements streams allowed")
    # Notifications (docs/notifications.md).
    parser.add_env_flag(
        "--allow-private-webhooks", help="let webhooks reach loopback, private and link-local addresses (development and tests only)"
    )
    parser.add_env_flag("--allow-http-webhooks", help="accept plain http:// webhook URLs (development and tests only)")
    parser.add_env_option("--webhook-timeout", default=10.0, type=float, help="time limit of one webhook attempt, seconds")
    parser.add_env_option(
        "--smtp-host", default="", help="SMTP server for e-mail notifications; e-mail subscriptions are refused without one"
    )
    parser.add_env_option("--smtp-port", default=587, type=int, help="SMTP port (STARTTLS is used whenever the server offers it)")
    parser.add_env_option("--smtp-username", default="", help="SMTP AUTH user (sent only over TLS)")
    parser.add_env_option("--smtp-password-file", default="", help="file holding the SMTP AUTH password")
    parser.add_env_flag("--smtp-require-starttls", help="refuse SMTP servers that do not offer STARTTLS (turn on in production)")
    parser.add_env_option(
        "--smtp-ca-file", default="", help="PEM CA the SMTP server's certificate must chain to (default: system trust store)"
    )
    parser.add_env_option(
        "--email-from", default="ChainBridge <notifications@chainbridge.invalid>", help="From address of notification e-mails"
    )
    parser.add_env_option("--notification-poll", default=1.0, type=float, help="seconds between notification worker cycles when idle")
    parser.add_env_option(
        "--subscription-refresh", default=1.0, type=float, help="seconds before another replica's new or deleted subscription is seen here"
    )
    parser.add_env_option(
        "--log-signing-key",
        default="",
        help="Ed25519 private key (PKCS#8 PEM) that signs the transparency log's tree heads; without one the log's RPCs are "
        "FAILED_PRECONDITION (scripts/make_dev_log_key makes a development key, scripts/serve uses var/dev-log-key.pem)",
    )
    parser.add_env_option("--log-origin", default=DEFAULT_LOG_ORIGIN, help="the transparency log's name, the first line of every tree head")
    parser.add_env_option(
        "--transparency-log",
        default="on",
        choices=["on", "off"],
        help="append every audit row to the transparency log; off only to measure what it costs (it catches up when back on)",
    )
    parser.add_env_option(
        "--log-integrate-interval",
        default=0.1,
        type=float,
        help="seconds between the log integrator's cycles: how long a committed audit row may stay out of the log",
    )
    # The platform's escrow account, which SEPA payout files debit (docs/payouts.md). All three
    # or none: without them EUR payouts are refused with FAILED_PRECONDITION.
    parser.add_env_option("--sepa-debtor-name", default="", help="account holder of the escrow account SEPA payouts are paid from")
    parser.add_env_option("--sepa-debtor-iban", default="", help="IBAN of the escrow account SEPA payouts are paid from")
    parser.add_env_option("--sepa-debtor-bic", default="", help="BIC of the escrow account SEPA payouts are paid from")
    return parser


def notification_settings(args) -> NotificationSettings:
    smtp = None
    if args.smtp_host:
        smtp = SmtpSettings(
            host=args.smtp_host,
            port=args.smtp_port,
            username=args.smtp_username or None,
            password=Path(args.smtp_password_file).read_text().strip() if args.smtp_password_file else None,
            require_starttls=args.smtp_require_starttls,
            tls_context=ssl.create_default_context(cafile=args.smtp_ca_file) if args.smtp_ca_file else None,
        )
    return NotificationSettings(
        webhook=WebhookDeliverySettings(
            timeout_seconds=args.webhook_timeout, allow_http=args.allow_http_webhooks, allow_private_targets=args.allow_private_webhooks
        ),
        smtp=smtp,
        email_sender=args.email_from,
    )


def _log_signing_key(path: str, origin: str):
    """The key file named by --log-signing-key, checked with the origin it signs as."""
    if not path:
        return None
    try:
        key = load_private_key(Path(path))
        note_key_id(origin, key.public_key())
    except (OSError, ValueError, CheckpointError) as error:
        raise SecurityConfigError(f"--log-signing-key {path} / --log-origin {origin!r}: {error}") from None
    return key


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sepa_debtor = None
    if args.command == "serve":
        try:
            sepa_debtor = sepa_debtor_from_settings(args.sepa_debtor_name, args.sepa_debtor_iban, args.sepa_debtor_bic)
        except ValueError as error:
            print(f"pay_server: {error}", file=sys.stderr)
            return 2

    def build():
        common = common_config(args)
        # Each open watch stream holds a worker thread; they get their own on top of --max-workers.
        common["server"] = dataclasses.replace(common["server"], max_workers=args.max_workers + args.max_watchers)
        return build_payment_server(
            PaymentConfig(
                **common,
                freight_addr=args.freight_addr,
                release_delay=timedelta(hours=args.release_delay_hours),
                release_poll_seconds=args.release_poll,
                max_watchers=args.max_watchers,
                notifications=notification_settings(args),
                notification_worker=NotificationWorkerSettings(poll_interval_seconds=args.notification_poll),
                subscription_refresh_seconds=args.subscription_refresh,
                transparency_log=args.transparency_log == "on",
                log_integrate_seconds=args.log_integrate_interval,
                log_signing_key=_log_signing_key(args.log_signing_key, args.log_origin),
                log_origin=args.log_origin,
                sepa_debtor=sepa_debtor,
            )
        )

    return run_service(
        args,
        log_name="payment",
        title="PaymentService",
        migrate_upgrade=migrate.upgrade,
        build=build,
        peer_role="reading freight tokens from the freight service",
        peer_addr=args.freight_addr,
    )


if __name__ == "__main__":
    sys.exit(main())
