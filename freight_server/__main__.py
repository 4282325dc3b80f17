"""freight_server command line: `python -m freight_server [serve|migrate] [options]`."""

from __future__ import annotations

import sys

from chainbridge_common.runtime.cli import common_config, run_service, service_parser
from freight_server import __version__
from freight_server.server import FreightConfig, build_freight_server
from freight_server.storage import migrate
from freight_server.workers.outbox_dispatcher import DispatcherSettings


def build_parser():
    parser = service_parser(
        module="freight_server",
        title="FreightService",
        env_prefix="FREIGHT",
        version=__version__,
        default_port=50051,
        database="freight",
        peer="payment service",
    )
    parser.add_env_option(
        "--payment-addr",
        default="127.0.0.1:50052",
        env="PAYMENT_SERVICE_ADDR",
        help="PaymentService address (host:port, or dns:///name:port for round-robin)",
    )
    parser.add_env_option(
        "--delivery-deadline", default=5.0, type=float, help="deadline of one delivery call to the payment service, seconds"
    )
    parser.add_env_option("--delivery-batch-size", default=500, type=int, help="events per delivery call")
    parser.add_env_option(
        "--delivery-concurrency", default=2, type=int, help="delivery loops: one sends events recorded here, the others claim backlogs"
    )
    parser.add_env_option("--delivery-backoff-cap", default=60.0, type=float, help="longest wait between delivery retries, seconds")
    parser.add_env_option(
        "--delivery-lease",
        default=30.0,
        type=float,
        help="seconds an event stays leased to the dispatcher sending it; a replica claims it after that if this process died "
        "(must exceed --delivery-deadline)",
    )
    parser.add_env_option(
        "--delivery-max-failed-attempts",
        default=10,
        type=int,
        help="attempts the payment service may fail (INTERNAL, UNKNOWN) on one event before it is parked for an operator",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.delivery_lease <= args.delivery_deadline:
        parser.error("--delivery-lease must exceed --delivery-deadline, or a live dispatcher's lease runs out mid-call")

    def build():
        return build_freight_server(
            FreightConfig(
                **common_config(args),
                payment_addr=args.payment_addr,
                dispatcher=DispatcherSettings(
                    batch_size=args.delivery_batch_size,
                    deadline_seconds=args.delivery_deadline,
                    concurrency=args.delivery_concurrency,
                    backoff_cap_seconds=args.delivery_backoff_cap,
                    lease_seconds=args.delivery_lease,
                    max_failed_attempts=args.delivery_max_failed_attempts,
                ),
            )
        )

    return run_service(
        args,
        log_name="freight",
        title="FreightService",
        migrate_upgrade=migrate.upgrade,
        build=build,
        peer_role="delivering events to the payment service",
        peer_addr=args.payment_addr,
    )


if __name__ == "__main__":
    sys.exit(main())
