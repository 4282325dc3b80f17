"""Proto <-> domain conversion for PaymentService, with request validation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2

from chainbridge_common.domain.risk_tier import RiskTier, score_from_bps
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import InvalidArgument, Violations
from chainbridge_common.runtime.timestamps import from_timestamp, to_timestamp
from chainbridge_common.runtime.validation import check_id, check_money, check_text, enum_from_proto, enum_to_proto
from pay_server.application.event_intake import ClaimDetails, EventNotice
from pay_server.domain.audit import AuditEntry
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.intents import IntentDraft, IntentStatus, PaymentIntent
from pay_server.domain.ledger import LedgerAccount
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleItem, validate_custom_shares
from pay_server.domain.settlements import MilestoneSettlement

MAX_NAME_LENGTH = 128
MAX_DESCRIPTION_LENGTH = 1024
MAX_REASON_LENGTH = 512
MAX_BATCH_EVENTS = 500
MAX_LANE_LENGTH = 160
EARLIEST_OCCURRED_AT_SECONDS = 946_684_800  # 2000-01-01
# 3000-01-01, far short of the end of datetime (9999-12-31): a delayed milestone is
# released at occurred_at + the release delay, which must still be a datetime.
LATEST_OCCURRED_AT_SECONDS = 32_503_680_000
# Freight's counts of what it recorded on a shipment before an event; far above any real
# shipment, so a bad number is refused rather than making events wait for ever.
MAX_HISTORY_COUNT = 1_000_000

_EVENT_TYPE = common_pb2.ShipmentEventType.DESCRIPTOR
_RISK_TIER = common_pb2.RiskTier.DESCRIPTOR
_INTENT_STATUS = payment_pb2.PaymentIntentStatus.DESCRIPTOR
_MILESTONE_STATUS = payment_pb2.MilestoneStatus.DESCRIPTOR
_STRATEGY = payment_pb2.ReleaseStrategy.DESCRIPTOR
_ACCOUNT = payment_pb2.LedgerAccount.DESCRIPTOR

# ---------------------------------------------------------------- requests


def intent_draft(request: payment_pb2.CreatePaymentIntentRequest) -> IntentDraft:
    if not request.HasField("payment_intent"):
        raise InvalidArgument.single("payment_intent", "is required")
    intent = request.payment_intent
    violations = Violations()
    check_id(violations, "payment_intent.freight_token_id", intent.freight_token_id)
    check_money(violations, "payment_intent.amount", intent.amount, present=intent.HasField("amount"))
    check_text(violations, "payment_intent.payer_id", intent.payer_id, max_length=MAX_NAME_LENGTH)
    check_text(violations, "payment_intent.payee_id", intent.payee_id, max_length=MAX_NAME_LENGTH)
    check_text(violations, "payment_intent.description", intent.description, max_length=MAX_DESCRIPTION_LENGTH)
    violations.raise_if_any()
    return IntentDraft(
        freight_token_id=intent.freight_token_id,
        amount_minor=intent.amount.amount_minor,
        currency=intent.amount.currency,
        payer_id=intent.payer_id,
        payee_id=intent.payee_id,
        description=intent.description,
    )


def intent_status_filter(violations: Violations, value: int) -> IntentStatus | None:
    return enum_from_proto(violations, "status", value, _INTENT_STATUS, IntentStatus, required=False)


def risk_tier_filter(violations: Violations, value: int) -> RiskTier | None:
    return enum_from_proto(violations, "risk_tier", value, _RISK_TIER, RiskTier, required=False)


def milestone_status_filter(violations: Violations, value: int) -> MilestoneStatus | None:
    return enum_from_proto(violations, "status", value, _MILESTONE_STATUS, MilestoneStatus, required=False)


def required_reason(violations: Violations, field_path: str, value: str) -> str:
    check_text(violations, field_path, value, max_length=MAX_REASON_LENGTH, required=True)
    return value


def custom_shares(request: payment_pb2.BuildPaymentScheduleRequest) -> dict[ShipmentEventType, int] | None:
    if not request.custom_shares:
        return None
    violations = Violations()
    shares = []
    for index, share in enumerate(request.custom_shares):
        milestone = enum_from_proto(
            violations, f"custom_shares[{index}].milestone", share.milestone, _EVENT_TYPE, ShipmentEventType, required=True
        )
        shares.append((milestone, share.basis_points))
    violations.raise_if_any(reason="INVALID_SCHEDULE")
    return validate_custom_shares(shares)


def event_notice(violations: Violations, request: payment_pb2.ProcessShipmentEventRequest, prefix: str = "") -> EventNotice | None:
    ok = check_id(violations, f"{prefix}event_id", request.event_id)
    ok &= check_id(violations, f"{prefix}shipment_id", request.shipment_id)
    event_type = enum_from_proto(violations, f"{prefix}event_type", request.event_type, _EVENT_TYPE, ShipmentEventType, required=True)
    occurred_at = None
    if not request.HasField("occurred_at"):
        violations.add(f"{prefix}occurred_at", "is required")
    elif not (
        0 <= request.occurred_at.nanos < 1_000_000_000
        and EARLIEST_OCCURRED_AT_SECONDS <= request.occurred_at.seconds < LATEST_OCCURRED_AT_SECONDS
    ):
        violations.add(f"{prefix}occurred_at", "must be a valid timestamp from 2000-01-01 to 2999-12-31")
    else:
        occurred_at = from_timestamp(request.occurred_at)
    check_text(violations, f"{prefix}lane", request.lane, max_length=MAX_LANE_LENGTH)
    for name in ("claims_filed_before", "milestone_events_before"):
        if request.HasField(name) and not 0 <= getattr(request, name) <= MAX_HISTORY_COUNT:
            violations.add(f"{prefix}{name}", f"must be between 0 and {MAX_HISTORY_COUNT}")
            ok = False
    claim = None
    if event_type is ShipmentEventType.CLAIM_FILED:
        if not request.HasField("claim"):
            violations.add(f"{prefix}claim", "is required for a CLAIM_FILED event")
            ok = False
        else:
            ok &= check_money(
                violations, f"{prefix}claim.claimed_amount", request.claim.claimed_amount, present=request.claim.HasField("claimed_amount")
            )
            ok &= check_text(violations, f"{prefix}claim.reason", request.claim.reason, max_length=MAX_REASON_LENGTH, required=True)
            claim = ClaimDetails(request.claim.claimed_amount.amount_minor, request.claim.claimed_amount.currency, request.claim.reason)
    elif request.HasField("claim"):
        violations.add(f"{prefix}claim", "is only for a CLAIM_FILED event")
        ok = False
    if not ok or event_type is None or occurred_at is None:
        return None
    return EventNotice(
        request.event_id,
        request.shipment_id,
        event_type,
        occurred_at,
        lane=request.lane,
        claims_filed_before=request.claims_filed_before if request.HasField("claims_filed_before") else None,
        milestone_events_before=request.milestone_events_before if request.HasField("milestone_events_before") else None,
        claim=claim,
    )


def event_notices(request: payment_pb2.BatchProcessShipmentEventsRequest) -> list[EventNotice]:
    violations = Violations()
    if not request.requests:
        violations.add("requests", "must hold at least one event")
    if len(request.requests) > MAX_BATCH_EVENTS:
        violations.add("requests", f"must hold at most {MAX_BATCH_EVENTS} events (got {len(request.requests)})")
    violations.raise_if_any()
    notices = [event_notice(violations, item, f"requests[{index}].") for index, item in enumerate(request.requests)]
    violations.raise_if_any()
    return [n for n in notices if n is not None]


# ---------------------------------------------------------------- responses


def money(amount_minor: int, currency: str) -> common_pb2.Money:
    return common_pb2.Money(amount_minor=amount_minor, currency=currency)


def intent_totals(intent: PaymentIntent) -> payment_pb2.PaymentTotals:
    t = intent.totals
    return payment_pb2.PaymentTotals(
        currency=intent.currency,
        scheduled_minor=intent.scheduled_minor,
        released_minor=t.released_minor,
        settled_minor=t.settled_minor,
        held_minor=t.held_minor,
        voided_minor=t.voided_minor,
        remaining_minor=intent.remaining_minor,
        on_hold_minor=t.on_hold_minor,
    )


def totals_by_currency(intents: Iterable[PaymentIntent]) -> list[payment_pb2.PaymentTotals]:
    """Sum intents per currency; amounts of different currencies are never added."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    for intent in intents:
        row = sums[intent.currency]
        t = intent.totals
        for index, value in enumerate(
            (
                intent.scheduled_minor,
                t.released_minor,
                t.settled_minor,
                t.held_minor,
                t.voided_minor,
                intent.remaining_minor,
                t.on_hold_minor,
            )
        ):
            row[index] += value
    return [
        payment_pb2.PaymentTotals(
            currency=currency,
            scheduled_minor=r[0],
            released_minor=r[1],
            settled_minor=r[2],
            held_minor=r[3],
            voided_minor=r[4],
            remaining_minor=r[5],
            on_hold_minor=r[6],
        )
        for currency, r in sorted(sums.items())
    ]


def intent_to_proto(intent: PaymentIntent) -> payment_pb2.PaymentIntent:
    return payment_pb2.PaymentIntent(
        intent_id=intent.intent_id,
        freight_token_id=intent.freight_token_id,
        shipment_id=intent.shipment_id,
        amount=money(intent.amount_minor, intent.currency),
        payer_id=intent.payer_id,
        payee_id=intent.payee_id,
        description=intent.description,
        risk_score=score_from_bps(intent.risk_score_bps),
        risk_score_bps=intent.risk_score_bps,
        risk_tier=enum_to_proto(_RISK_TIER, intent.risk_tier),
        status=enum_to_proto(_INTENT_STATUS, intent.status),
        totals=intent_totals(intent),
        create_time=to_timestamp(intent.create_time),
        update_time=to_timestamp(intent.update_time),
    )


def schedule_to_proto(intent: PaymentIntent, items: Iterable[ScheduleItem]) -> payment_pb2.PaymentSchedule:
    return payment_pb2.PaymentSchedule(
        intent_id=intent.intent_id,
        items=[
            payment_pb2.ScheduleItem(
                milestone=enum_to_proto(_EVENT_TYPE, item.milestone),
                basis_points=item.basis_points,
                amount_minor=item.amount_minor,
                release_strategy=enum_to_proto(_STRATEGY, item.release_strategy),
            )
            for item in items
        ],
        is_default=intent.schedule_kind is not None and intent.schedule_kind.value == "DEFAULT",
        risk_tier=enum_to_proto(_RISK_TIER, intent.risk_tier),
        currency=intent.currency,
        create_time=to_timestamp(intent.scheduled_at),
    )


def settlement_to_proto(s: MilestoneSettlement) -> payment_pb2.MilestoneSettlement:
    return payment_pb2.MilestoneSettlement(
        settlement_id=s.settlement_id,
        intent_id=s.intent_id,
        shipment_id=s.shipment_id,
        milestone=enum_to_proto(_EVENT_TYPE, s.milestone),
        amount=money(s.amount_minor, s.currency),
        basis_points=s.basis_points,
        status=enum_to_proto(_MILESTONE_STATUS, s.status),
        release_strategy=enum_to_proto(_STRATEGY, s.release_strategy),
        source_event_id=s.source_event_id,
        release_at=to_timestamp(s.release_at),
        released_at=to_timestamp(s.released_at),
        settled_at=to_timestamp(s.settled_at),
        rail_reference=s.rail_reference,
        status_reason=s.status_reason,
        create_time=to_timestamp(s.create_time),
        update_time=to_timestamp(s.update_time),
        claim_id=s.claim_id,
        part=s.part,
    )


def _status_name(value: str, milestone_level: bool) -> str:
    if not value:
        return ""
    return ("MILESTONE_STATUS_" if milestone_level else "PAYMENT_INTENT_STATUS_") + value


def audit_to_proto(entry: AuditEntry) -> payment_pb2.AuditEntry:
    milestone_level = entry.settlement_id is not None
    return payment_pb2.AuditEntry(
        sequence=entry.sequence or 0,
        intent_id=entry.intent_id,
        settlement_id=entry.settlement_id or "",
        milestone=enum_to_proto(_EVENT_TYPE, entry.milestone),
        from_status=_status_name(entry.from_status, milestone_level),
        to_status=_status_name(entry.to_status, milestone_level),
        amount=money(entry.amount_minor, entry.currency),
        actor=entry.actor,
        reason=entry.reason,
        source_event_id=entry.source_event_id,
        create_time=to_timestamp(entry.create_time),
    )


def received_event_to_proto(event: ReceivedEvent) -> payment_pb2.ReceivedEvent:
    return payment_pb2.ReceivedEvent(
        event_id=event.event_id,
        event_type=enum_to_proto(_EVENT_TYPE, event.event_type),
        occurred_at=to_timestamp(event.occurred_at),
        received_at=to_timestamp(event.received_at),
    )


def account_to_proto(account: LedgerAccount) -> int:
    return enum_to_proto(_ACCOUNT, account)


def strategy_to_proto(strategy: ReleaseStrategy) -> int:
    return enum_to_proto(_STRATEGY, strategy)


def event_type_to_proto(event_type: ShipmentEventType) -> int:
    return enum_to_proto(_EVENT_TYPE, event_type)


def risk_tier_to_proto(tier: RiskTier) -> int:
    return enum_to_proto(_RISK_TIER, tier)
