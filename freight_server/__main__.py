"""freight_server command line: `python -m freight_server [serve|migrate] [options]`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from chainbridge_common.runtime.cli import metrics_port, EnvDefaultsParser, add_security_options, add_server_options, security_settings
from chainbridge_common.runtime.logs import configure_logging
from chainbridge_common.runtime.migrations import SchemaMismatch
from chainbridge_common.runtime.security import SecurityConfigError
from chainbridge_common.runtime.server import ServerSettings
from freight_server import __version__
from freight_server.server import FreightConfig, build_freight_server
from freight_server.storage import migrate
from freight_server.workers.outbox_dispatcher import DispatcherSettings

log = logging.getLogger("freight_server")


def build_parser() -> EnvDefaultsParser:
    parser = EnvDefaultsParser(prog="python -m freight_server", description="ChainBridge FreightService", env_prefix="FREIGHT")
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "migrate"], help="serve (default) or migrate the database to the latest schema")
    parser.add_argument("--version", action="version", version=f"freight_server {__version__}")
    add_server_options(parser, default_port=50051, service="freight")
    parser.add_env_option("--payment-addr", default="127.0.0.1:50052", env="PAYMENT_SERVICE_ADDR", help="PaymentService address (host:port, or dns:///name:port for round-robin)")
    parser.add_env_option("--delivery-deadline", default=5.0, type=float, help="deadline of one delivery call to the payment service, seconds")
    parser.add_env_option("--delivery-batch-size", default=200, type=int, help="events per delivery call")
    parser.add_env_option("--delivery-concurrency", default=1, type=int, help="concurrent delivery loops")
    parser.add_env_option("--delivery-backoff-cap", default=60.0, type=float, help="longest wait between delivery retries, seconds")
    add_security_options(parser, peer="payment service")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("freight", level=args.log_level, fmt=args.log_format)
    if args.command == "migrate":
        migrate.upgrade(args.db_url)
        log.info("freight database migrated to the latest schema")
        return 0
    config = FreightConfig(
        db_url=args.db_url,
        payment_addr=args.payment_addr,
        server=ServerSettings(
            host=args.host,
            port=args.port,
            max_workers=args.max_workers,
            reuse_port=args.reuse_port,
            shutdown_grace_seconds=args.shutdown_grace,
        ),
        dispatcher=DispatcherSettings(
            batch_size=args.delivery_batch_size,
            deadline_seconds=args.delivery_deadline,
            concurrency=args.delivery_concurrency,
            backoff_cap_seconds=args.delivery_backoff_cap,
        ),
        security=security_settings(args),
        metrics_port=metrics_port(args),
        metrics_host=args.metrics_host,
    )
    try:
        server = build_freight_server(config)
    except (SchemaMismatch, SecurityConfigError) as error:
        log.error("%s", error)
        return 2
    port = server.start()
    server.security.log_start(log, "FreightService", f"{args.host}:{port}")
    server.payment_peer.log_start(log, "delivering events to the payment service", args.payment_addr)
    if args.port_file:
        Path(args.port_file).write_text(str(port))
    server.host.serve_until_signal()
    return 0


if __name__ == "__main__":
    sys.exit(main())
