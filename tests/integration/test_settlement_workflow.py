"""The settlement workflow over real servers: release worker with a fake clock, operator
RPCs, ledger, audit trail and AssessRisk."""

from __future__ import annotations

import threading
from datetime import timedelta

import grpc
import pytest
from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.runtime.timestamps import from_timestamp
from pay_server.storage.settlements import SqlSettlementRepository
from tests.support.rpc import call_error
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, milestones, record, seed, statuses

DAY = timedelta(hours=24)


def _intent(payment, intent_id) -> pb.PaymentIntent:
    return payment.GetPaymentIntent(pb.GetPaymentIntentRequest(intent_id=intent_id)).payment_intent


def _ledger_balances(payment, intent_id) -> dict[str, int]:
    reply = payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=intent_id))
    return {pb.LedgerAccount.Name(b.account).removeprefix("LEDGER_ACCOUNT_"): b.balance_minor for b in reply.balances}


# ---------------------------------------------------------------- release worker


def test_release_worker_releases_delayed_milestones_at_release_at_not_before(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    worker = stack.pay.release_worker
    assert statuses(payment, seeded.intent_id)["PICKUP_CONFIRMED"] == "DELAYED"

    stack.clock.advance(DAY - timedelta(microseconds=1))
    assert worker.run_once() == 0  # one microsecond early
    assert statuses(payment, seeded.intent_id)["PICKUP_CONFIRMED"] == "DELAYED"

    stack.clock.advance(timedelta(microseconds=1))  # exactly at release_at
    assert worker.run_once() == 1
    released = milestones(payment, seeded.intent_id)["PICKUP_CONFIRMED"]
    assert released.status == pb.MILESTONE_STATUS_APPROVED
    assert from_timestamp(released.released_at) == stack.clock.now()

    stack.clock.advance(DAY)  # long after: nothing left, nothing released twice
    assert worker.run_once() == 0
    assert _intent(payment, seeded.intent_id).totals.released_minor == 800_004


def test_two_release_workers_racing_release_each_milestone_once(stack, backend, monkeypatch):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    intents = [seed(freight, payment, "MEDIUM", reference=f"BOL-{i}") for i in range(6)]
    for seeded in intents:
        record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    stack.clock.advance(DAY)

    # Make the race happen, and prove it did: on PostgreSQL every worker reads the due
    # list (all six pickups) before any of them moves a milestone, so each believes it
    # should release all six; only the intent lock and the re-check under it keep the
    # money from being released four times. SQLite lets one writer in at a time, so there
    # the others find nothing left - the race cannot happen, by design.
    workers = 4
    seen_due: list[int] = []
    all_have_read = threading.Barrier(workers)
    read_due = SqlSettlementRepository.due_delayed

    def due_delayed_then_wait(self, **kwargs):
        due = read_due(self, **kwargs)
        seen_due.append(len(due))
        if backend == "postgresql":
            all_have_read.wait(timeout=20)
        return due

    monkeypatch.setattr(SqlSettlementRepository, "due_delayed", due_delayed_then_wait)
    start = threading.Barrier(workers)
    released: list[int] = []

    def race():
        start.wait()
        released.append(stack.pay.release_worker.run_once())

    threads = [threading.Thread(target=race) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    if backend == "postgresql":
        assert seen_due == [6] * workers  # the race happened
    else:
        assert sorted(seen_due) == [0] * (workers - 1) + [6]  # serialised by SQLite's single writer
    assert sum(released) == len(intents)  # six pickups, each released by exactly one worker
    for seeded in intents:
        history = payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries
        releases = [e for e in history if e.from_status == "MILESTONE_STATUS_DELAYED" and e.to_status == "MILESTONE_STATUS_APPROVED"]
        assert len(releases) == 1
        assert releases[0].actor == "release-worker"
        assert _ledger_balances(payment, seeded.intent_id)["CARRIER_PAYABLE"] == 800_004


# ---------------------------------------------------------------- operator actions


def test_manual_review_approve_and_reject_with_reasons(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "HIGH")
    record(freight, seeded.shipment_id, POD)
    record(freight, seeded.shipment_id, CLAIM_WINDOW)
    stack.deliver_events()
    held = milestones(payment, seeded.intent_id)

    approved = payment.ApproveMilestoneSettlement(
        pb.ApproveMilestoneSettlementRequest(
            settlement_id=held["POD_CONFIRMED"].settlement_id, decision=pb.REVIEW_DECISION_APPROVE, reason="documents checked"
        )
    ).settlement
    assert (approved.status, approved.status_reason) == (pb.MILESTONE_STATUS_APPROVED, "documents checked")
    rejected = payment.ApproveMilestoneSettlement(
        pb.ApproveMilestoneSettlementRequest(
            settlement_id=held["CLAIM_WINDOW_CLOSED"].settlement_id, decision=pb.REVIEW_DECISION_REJECT, reason="damage claim filed"
        )
    ).settlement
    assert rejected.status == pb.MILESTONE_STATUS_REJECTED

    again = call_error(
        payment.ApproveMilestoneSettlement,
        pb.ApproveMilestoneSettlementRequest(settlement_id=rejected.settlement_id, decision=pb.REVIEW_DECISION_APPROVE, reason="oops"),
    )
    assert again.code is grpc.StatusCode.FAILED_PRECONDITION
    assert "REJECTED" in again.message and again.metadata["current_status"] == "REJECTED"

    intent = _intent(payment, seeded.intent_id)
    assert (intent.totals.released_minor, intent.totals.voided_minor, intent.totals.remaining_minor) == (800_004, 200_001, 0)
    assert intent.status == pb.PAYMENT_INTENT_STATUS_RELEASED
    assert _ledger_balances(payment, seeded.intent_id) == {
        "SHIPPER_FUNDING": -800_004,
        "ESCROW": 0,
        "CARRIER_PAYABLE": 800_004,
        "CARRIER_PAID": 0,
        "CARRIER_IN_TRANSIT": 0,
    }


@pytest.mark.parametrize(
    ("tier", "force", "expected"),
    [
        ("LOW", False, {"PICKUP_CONFIRMED": "APPROVED", "POD_CONFIRMED": "APPROVED", "CLAIM_WINDOW_CLOSED": "APPROVED"}),
        ("MEDIUM", False, {"PICKUP_CONFIRMED": "DELAYED", "POD_CONFIRMED": "DELAYED", "CLAIM_WINDOW_CLOSED": "DELAYED"}),
        ("HIGH", True, {"POD_CONFIRMED": "APPROVED", "CLAIM_WINDOW_CLOSED": "APPROVED"}),
    ],
)
def test_intent_level_settle_follows_the_tier(stack, tier, force, expected):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, tier)
    reply = payment.SettlePaymentIntent(
        pb.SettlePaymentIntentRequest(intent_id=seeded.intent_id, force_approval=force, notes="month-end run")
    )
    assert statuses(payment, seeded.intent_id) == expected
    assert all(s.status_reason == "month-end run" for s in reply.settlements)
    if tier == "MEDIUM":
        for settlement in milestones(payment, seeded.intent_id).values():
            assert from_timestamp(settlement.release_at) == stack.clock.now() + DAY


def test_high_tier_intent_settle_needs_force(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "HIGH")
    error = call_error(payment.SettlePaymentIntent, pb.SettlePaymentIntentRequest(intent_id=seeded.intent_id))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "FORCE_APPROVAL_REQUIRED")
    assert milestones(payment, seeded.intent_id) == {}


def test_intent_level_and_event_paths_never_release_more_than_the_amount(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    payment.SettlePaymentIntent(pb.SettlePaymentIntentRequest(intent_id=seeded.intent_id))
    for event_type in (PICKUP, POD, CLAIM_WINDOW):
        record(freight, seeded.shipment_id, event_type)
    stack.deliver_events()
    payment.SettlePaymentIntent(pb.SettlePaymentIntentRequest(intent_id=seeded.intent_id))
    intent = _intent(payment, seeded.intent_id)
    assert intent.totals.released_minor == 1_000_005
    assert len(milestones(payment, seeded.intent_id)) == 3


def test_complete_settlement_moves_funds_through_the_ledger_rail(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]

    done = payment.CompleteSettlement(pb.CompleteSettlementRequest(settlement_id=pod.settlement_id, rail_reference="ACH-20260105-0001"))
    assert [(s.status, s.rail_reference) for s in done.settlements] == [(pb.MILESTONE_STATUS_SETTLED, "ACH-20260105-0001")]
    rest = payment.CompleteSettlement(pb.CompleteSettlementRequest(intent_id=seeded.intent_id))
    assert [s.milestone for s in rest.settlements] == [PICKUP]
    assert rest.settlements[0].rail_reference.startswith("ledger:jr_")

    twice = call_error(payment.CompleteSettlement, pb.CompleteSettlementRequest(settlement_id=pod.settlement_id))
    assert twice.code is grpc.StatusCode.FAILED_PRECONDITION and "SETTLED" in twice.message
    nothing = call_error(payment.CompleteSettlement, pb.CompleteSettlementRequest(intent_id=seeded.intent_id))
    assert nothing.reason == "NOTHING_TO_SETTLE"

    assert _ledger_balances(payment, seeded.intent_id) == {
        "SHIPPER_FUNDING": -1_000_005,
        "ESCROW": 100_000,
        "CARRIER_PAYABLE": 0,
        "CARRIER_PAID": 900_005,
        "CARRIER_IN_TRANSIT": 0,
    }
    intent = _intent(payment, seeded.intent_id)
    assert (intent.totals.settled_minor, intent.totals.released_minor) == (900_005, 900_005)


def test_cancel_intent_voids_what_was_not_released(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    cancelled = payment.CancelPaymentIntent(
        pb.CancelPaymentIntentRequest(intent_id=seeded.intent_id, reason="carrier replaced")
    ).payment_intent
    assert cancelled.status == pb.PAYMENT_INTENT_STATUS_CANCELLED
    assert (cancelled.totals.released_minor, cancelled.totals.voided_minor, cancelled.totals.remaining_minor) == (700_004, 300_001, 0)
    assert statuses(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": "CANCELLED", "POD_CONFIRMED": "APPROVED"}
    assert _ledger_balances(payment, seeded.intent_id)["ESCROW"] == 0

    record(freight, seeded.shipment_id, CLAIM_WINDOW)  # a cancelled intent takes no more money
    stack.deliver_events()
    assert "CLAIM_WINDOW_CLOSED" not in milestones(payment, seeded.intent_id)
    stack.clock.advance(2 * DAY)
    assert stack.pay.release_worker.run_once() == 0


def test_custom_schedule_is_validated_and_split_exactly(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=100, build_schedule=False)
    shares = [pb.MilestoneShare(milestone=POD, basis_points=3333), pb.MilestoneShare(milestone=CLAIM_WINDOW, basis_points=6667)]
    schedule = payment.BuildPaymentSchedule(pb.BuildPaymentScheduleRequest(intent_id=seeded.intent_id, custom_shares=shares)).schedule
    assert not schedule.is_default
    assert [(i.basis_points, i.amount_minor) for i in schedule.items] == [(0, 0), (3333, 33), (6667, 67)]
    record(freight, seeded.shipment_id, PICKUP)  # 0 %: no payable settlement
    stack.deliver_events()
    assert milestones(payment, seeded.intent_id) == {}


# ---------------------------------------------------------------- audit and risk


def test_history_and_shipment_audit_tell_the_whole_story(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM")
    pod = record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    stack.clock.advance(DAY)
    stack.pay.release_worker.run_once()

    entries = payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries
    assert [e.sequence for e in entries] == sorted(e.sequence for e in entries)
    story = [(e.from_status, e.to_status, e.amount.amount_minor, e.actor) for e in entries]
    assert story == [
        ("", "PAYMENT_INTENT_STATUS_AWAITING_SCHEDULE", 1_000_005, "anonymous"),
        ("PAYMENT_INTENT_STATUS_AWAITING_SCHEDULE", "PAYMENT_INTENT_STATUS_SCHEDULED", 1_000_005, "anonymous"),
        ("", "MILESTONE_STATUS_DELAYED", 100_000, "freight-service"),
        ("", "MILESTONE_STATUS_APPROVED", 700_004, "freight-service"),
        ("PAYMENT_INTENT_STATUS_SCHEDULED", "PAYMENT_INTENT_STATUS_PARTIALLY_RELEASED", 1_000_005, "freight-service"),
        ("MILESTONE_STATUS_DELAYED", "MILESTONE_STATUS_APPROVED", 100_000, "release-worker"),
    ]
    assert {e.source_event_id for e in entries if e.settlement_id and not e.from_status} == {pod.event_id}

    audit = payment.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
    assert [common_pb2.ShipmentEventType.Name(e.event_type) for e in audit.events] == [
        "SHIPMENT_EVENT_TYPE_CREATED",
        "SHIPMENT_EVENT_TYPE_POD_CONFIRMED",
    ]
    (totals,) = audit.totals
    assert (totals.currency, totals.scheduled_minor, totals.released_minor, totals.settled_minor, totals.remaining_minor) == (
        "USD",
        1_000_005,
        800_004,
        0,
        200_001,
    )


def test_a_tokens_intents_are_in_its_currency_and_audit_totals_stay_per_currency(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", amount_minor=5_000, currency="USD")
    yen = pb.CreatePaymentIntentRequest(
        payment_intent=pb.PaymentIntent(freight_token_id=seeded.token_id, amount=common_pb2.Money(amount_minor=700, currency="JPY"))
    )
    error = call_error(payment.CreatePaymentIntent, yen)
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "TOKEN_CURRENCY_MISMATCH")
    audit = payment.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
    assert [(t.currency, t.scheduled_minor) for t in audit.totals] == [("USD", 5_000)]
    assert len(audit.payment_intents) == 1


@pytest.mark.parametrize(("tier", "action"), [("LOW", "release"), ("MEDIUM", "hold pickup"), ("HIGH", "manual review")])
def test_assess_risk_explains_and_changes_nothing(stack, tier, action):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, tier)
    before = payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries
    by_intent = payment.AssessRisk(pb.AssessRiskRequest(intent_id=seeded.intent_id))
    by_token = payment.AssessRisk(pb.AssessRiskRequest(freight_token_id=seeded.token_id))
    assert by_intent == by_token
    assert sum(f.contribution_bps for f in by_intent.risk_factors) == by_intent.risk_score_bps
    assert action in by_intent.recommended_action
    assert len(by_intent.milestone_policies) == 3
    delayed = [p for p in by_intent.milestone_policies if p.release_strategy == pb.RELEASE_STRATEGY_DELAYED]
    assert all(p.release_delay.seconds == 24 * 3600 for p in delayed)
    assert payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries == before
