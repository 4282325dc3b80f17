"""pay_server command line: `python -m pay_server [serve|migrate] [options]`."""

from __future__ import annotations

import dataclasses
import sys
from datetime import timedelta

from chainbridge_common.runtime.cli import common_config, run_service, service_parser
from pay_server import __version__
from pay_server.rails.configuration import sepa_debtor_from_settings
from pay_server.server import PaymentConfig, build_payment_server
from pay_server.storage import migrate


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
    # The platform's escrow account, which SEPA payout files debit (docs/payouts.md). All three
    # or none: without them EUR payouts are refused with FAILED_PRECONDITION.
    parser.add_env_option("--sepa-debtor-name", default="", help="account holder of the escrow account SEPA payouts are paid from")
    parser.add_env_option("--sepa-debtor-iban", default="", help="IBAN of the escrow account SEPA payouts are paid from")
    parser.add_env_option("--sepa-debtor-bic", default="", help="BIC of the escrow account SEPA payouts are paid from")
    return parser


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
