"""`chainbridge demo`: run the seed workflow against running servers and print the
milestones as a table. `chainbridge verify`: check pay's transparency log (chainbridge_cli/verify.py).

    chainbridge demo [--freight 127.0.0.1:50051] [--payment 127.0.0.1:50052] [--tier MEDIUM]
                     [--amount 10000.05] [--currency USD]
    chainbridge verify --public-key var/dev-log-key.pub [--head FILE] [--save-head FILE]
                       [--settlement ID --status STATUS | --audit-sequence N] [--full --db-url URL]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from decimal import Decimal, InvalidOperation

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

from chainbridge_cli import verify
from chainbridge_common.domain.currency import format_minor, is_known_currency, minor_units

# Shipments that land in each tier under risk-v1 (see freight_server/domain/risk_model.py).
TIER_SHIPMENTS = {
    "LOW": (freight_pb2.CARGO_CATEGORY_GENERAL, freight_pb2.TRANSPORT_MODE_ROAD, "US", 1_000_005),
    "MEDIUM": (freight_pb2.CARGO_CATEGORY_PERISHABLE, freight_pb2.TRANSPORT_MODE_ROAD, "US", 1_000_005),
    "HIGH": (freight_pb2.CARGO_CATEGORY_HAZARDOUS, freight_pb2.TRANSPORT_MODE_OCEAN, "DE", 25_000_000),
}


def _to_minor(amount: str, currency: str) -> int:
    digits = minor_units(currency)
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise SystemExit(f"--amount {amount!r} is not a number") from None
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value() or minor <= 0:
        raise SystemExit(f"--amount {amount} must be positive with at most {digits} decimals for {currency}")
    return int(minor)


def _name(enum_type, value: int, prefix: str) -> str:
    return enum_type.Name(value).removeprefix(prefix)


def demo(args: argparse.Namespace) -> int:
    currency = args.currency.upper()
    if not is_known_currency(currency):
        raise SystemExit(f"--currency {args.currency!r} is not an ISO 4217 code")
    amount_minor = _to_minor(args.amount, currency)
    category, mode, destination, declared = TIER_SHIPMENTS[args.tier]
    run = uuid.uuid4().hex[:8]
    with grpc.insecure_channel(args.freight) as freight_channel, grpc.insecure_channel(args.payment) as payment_channel:
        freight = freight_pb2_grpc.FreightServiceStub(freight_channel)
        payment = payment_pb2_grpc.PaymentServiceStub(payment_channel)
        shipment = freight.CreateShipment(
            freight_pb2.CreateShipmentRequest(
                shipment=freight_pb2.Shipment(
                    reference=f"DEMO-{run}",
                    shipper_id="demo-shipper",
                    carrier_id="demo-carrier",
                    origin=freight_pb2.Location(country_code="US", locality="Chicago"),
                    destination=freight_pb2.Location(country_code=destination, locality="Denver"),
                    cargo_category=category,
                    transport_mode=mode,
                    declared_value=common_pb2.Money(amount_minor=declared, currency="USD"),
                ),
                request_id=f"demo-{run}-shipment",
            ),
            timeout=10,
        ).shipment
        token = freight.TokenizeShipment(freight_pb2.TokenizeShipmentRequest(shipment_id=shipment.shipment_id), timeout=10).token
        intent = payment.CreatePaymentIntent(
            payment_pb2.CreatePaymentIntentRequest(
                payment_intent=payment_pb2.PaymentIntent(
                    freight_token_id=token.token_id, amount=common_pb2.Money(amount_minor=amount_minor, currency=currency)
                ),
                request_id=f"demo-{run}-intent",
            ),
            timeout=10,
        ).payment_intent
        schedule = payment.BuildPaymentSchedule(payment_pb2.BuildPaymentScheduleRequest(intent_id=intent.intent_id), timeout=10).schedule
        for event_type in (common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED, common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED):
            freight.RecordShipmentEvent(
                freight_pb2.RecordShipmentEventRequest(shipment_id=shipment.shipment_id, event_type=event_type), timeout=10
            )
        expected = sum(1 for item in schedule.items if item.amount_minor > 0)
        deadline = time.monotonic() + args.wait
        while True:
            settlements = payment.ListMilestoneSettlements(
                payment_pb2.ListMilestoneSettlementsRequest(intent_id=intent.intent_id), timeout=10
            ).settlements
            if len(settlements) >= expected or time.monotonic() > deadline:
                break
            time.sleep(0.1)  # waiting for the outbox delivery, bounded by --wait

    by_milestone = {s.milestone: s for s in settlements}
    print(
        f"shipment {shipment.shipment_id}  token {token.token_id}  risk {token.risk_score:.2f} ({_name(common_pb2.RiskTier, token.risk_tier, 'RISK_TIER_')})"
    )
    print(f"intent   {intent.intent_id}  amount {format_minor(amount_minor, currency)}")
    print()
    header = f"{'milestone':<22}{'share':>8}{'amount':>20}  {'release':<14}{'status':<10}release_at"
    print(header)
    print("-" * len(header))
    for item in schedule.items:
        settlement = by_milestone.get(item.milestone)
        status = _name(payment_pb2.MilestoneStatus, settlement.status, "MILESTONE_STATUS_") if settlement else "-"
        release_at = settlement.release_at.ToJsonString() if settlement and settlement.HasField("release_at") else ""
        print(
            f"{_name(common_pb2.ShipmentEventType, item.milestone, 'SHIPMENT_EVENT_TYPE_'):<22}"
            f"{item.basis_points / 100:>7.2f}%{format_minor(item.amount_minor, currency):>20}  "
            f"{_name(payment_pb2.ReleaseStrategy, item.release_strategy, 'RELEASE_STRATEGY_'):<14}{status:<10}{release_at}"
        )
    total = sum(item.amount_minor for item in schedule.items)
    print("-" * len(header))
    print(f"{'total':<22}{'100.00%':>8}{format_minor(total, currency):>20}")
    return 0 if len(settlements) >= expected else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chainbridge", description="ChainBridge operator command line")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("demo", help="run the seed workflow against running servers and print the milestones")
    run.add_argument(
        "--freight",
        default=os.environ.get("FREIGHT_SERVICE_ADDR", "127.0.0.1:50051"),
        help="FreightService address [env FREIGHT_SERVICE_ADDR]",
    )
    run.add_argument(
        "--payment",
        default=os.environ.get("PAYMENT_SERVICE_ADDR", "127.0.0.1:50052"),
        help="PaymentService address [env PAYMENT_SERVICE_ADDR]",
    )
    run.add_argument("--tier", choices=list(TIER_SHIPMENTS), default="MEDIUM", help="risk tier of the demo shipment")
    run.add_argument("--amount", default="10000.05", help="intent amount in major units (e.g. 10000.05)")
    run.add_argument("--currency", default="USD", help="ISO 4217 currency of the intent")
    run.add_argument("--wait", type=float, default=15.0, help="seconds to wait for the events to reach pay")
    verify.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "verify":
        return args.run(args)
    try:
        return demo(args)
    except grpc.RpcError as error:
        print(f"chainbridge: {error.code().name}: {error.details()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
