"""pay_server command line: `python -m pay_server [serve|migrate] [options]`."""

from __future__ import annotations

import logging
import sys
from datetime import timedelta
from pathlib import Path

from chainbridge_common.runtime.cli import metrics_port, EnvDefaultsParser, add_security_options, add_server_options, security_settings
from chainbridge_common.runtime.logs import configure_logging
from chainbridge_common.runtime.migrations import SchemaMismatch
from chainbridge_common.runtime.security import SecurityConfigError
from chainbridge_common.runtime.server import ServerSettings
from pay_server import __version__
from pay_server.server import PaymentConfig, build_payment_server
from pay_server.storage import migrate

log = logging.getLogger("pay_server")


def build_parser() -> EnvDefaultsParser:
    parser = EnvDefaultsParser(prog="python -m pay_server", description="ChainBridge PaymentService", env_prefix="PAYMENT")
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "migrate"], help="serve (default) or migrate the database to the latest schema")
    parser.add_argument("--version", action="version", version=f"pay_server {__version__}")
    add_server_options(parser, default_port=50052, service="payment")
    parser.add_env_option("--freight-addr", default="127.0.0.1:50051", env="FREIGHT_SERVICE_ADDR", help="FreightService address (host:port, or dns:///name:port for round-robin)")
    parser.add_env_option("--release-delay-hours", default=24.0, type=float, help="hours a DELAYED milestone waits after its event")
    parser.add_env_option("--release-poll", default=1.0, type=float, help="seconds between release worker cycles")
    parser.add_env_option("--max-watchers", default=16, type=int, help="concurrent WatchSettlements streams allowed")
    add_security_options(parser, peer="freight service")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("payment", level=args.log_level, fmt=args.log_format)
    if args.command == "migrate":
        migrate.upgrade(args.db_url)
        log.info("payment database migrated to the latest schema")
        return 0
    config = PaymentConfig(
        db_url=args.db_url,
        freight_addr=args.freight_addr,
        server=ServerSettings(
            host=args.host,
            port=args.port,
            max_workers=args.max_workers + args.max_watchers,
            reuse_port=args.reuse_port,
            shutdown_grace_seconds=args.shutdown_grace,
        ),
        release_delay=timedelta(hours=args.release_delay_hours),
        release_poll_seconds=args.release_poll,
        max_watchers=args.max_watchers,
        security=security_settings(args),
        metrics_port=metrics_port(args),
        metrics_host=args.metrics_host,
    )
    try:
        server = build_payment_server(config)
    except (SchemaMismatch, SecurityConfigError) as error:
        log.error("%s", error)
        return 2
    port = server.start()
    server.security.log_start(log, "PaymentService", f"{args.host}:{port}")
    server.freight_peer.log_start(log, "reading freight tokens from the freight service", args.freight_addr)
    if args.port_file:
        Path(args.port_file).write_text(str(port))
    server.host.serve_until_signal()
    return 0


if __name__ == "__main__":
    sys.exit(main())
