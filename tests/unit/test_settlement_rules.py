"""Schedules, release policy, the milestone state machine and intent totals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals, derive_status
from pay_server.domain.ledger import JournalKind, journal_entries
from pay_server.domain.release_policy import MilestoneStatus as S
from pay_server.domain.release_policy import ReleaseStrategy, initial_status, milestones_paid_by, release_at, strategy_for
from pay_server.domain.schedules import ScheduleKind, validate_custom_shares
from pay_server.domain.settlements import TRANSITIONS, MilestoneAction, next_status

# ---------------------------------------------------------------- schedules


def test_custom_shares_fill_missing_milestones_with_zero():
    assert validate_custom_shares([(T.POD_CONFIRMED, 10_000)]) == {
        T.PICKUP_CONFIRMED: 0,
        T.POD_CONFIRMED: 10_000,
        T.CLAIM_WINDOW_CLOSED: 0,
    }


@pytest.mark.parametrize(
    ("shares", "field"),
    [
        ([(T.POD_CONFIRMED, 9_999)], "custom_shares"),
        ([(T.IN_TRANSIT, 10_000)], "custom_shares[0].milestone"),
        ([(None, 10_000)], "custom_shares[0].milestone"),
        ([(T.POD_CONFIRMED, 5_000), (T.POD_CONFIRMED, 5_000)], "custom_shares[1].milestone"),
        ([(T.POD_CONFIRMED, 10_001), (T.PICKUP_CONFIRMED, -1)], "custom_shares[0].basis_points"),
    ],
)
def test_invalid_custom_shares_name_the_field(shares, field):
    with pytest.raises(InvalidArgument) as error:
        validate_custom_shares(shares)
    assert field in {v.field for v in error.value.violations}


# ---------------------------------------------------------------- release policy


@pytest.mark.parametrize(
    ("tier", "expected"),
    [
        (RiskTier.LOW, [ReleaseStrategy.IMMEDIATE] * 3),
        (RiskTier.MEDIUM, [ReleaseStrategy.DELAYED, ReleaseStrategy.IMMEDIATE, ReleaseStrategy.DELAYED]),
        (RiskTier.HIGH, [ReleaseStrategy.MANUAL_REVIEW] * 3),
    ],
)
def test_release_strategy_per_tier(tier, expected):
    assert [strategy_for(tier, m) for m in (T.PICKUP_CONFIRMED, T.POD_CONFIRMED, T.CLAIM_WINDOW_CLOSED)] == expected


def test_initial_status_and_release_time_follow_the_strategy():
    event_time = datetime(2026, 1, 1, tzinfo=UTC)
    assert initial_status(ReleaseStrategy.IMMEDIATE) is S.APPROVED
    assert initial_status(ReleaseStrategy.DELAYED) is S.DELAYED
    assert initial_status(ReleaseStrategy.MANUAL_REVIEW) is S.PENDING
    assert release_at(ReleaseStrategy.DELAYED, event_time, timedelta(hours=24)) == event_time + timedelta(hours=24)
    assert release_at(ReleaseStrategy.IMMEDIATE, event_time, timedelta(hours=24)) is None


def test_proof_of_delivery_implies_pickup_and_other_events_pay_nothing():
    assert milestones_paid_by(T.POD_CONFIRMED) == (T.PICKUP_CONFIRMED, T.POD_CONFIRMED)
    assert milestones_paid_by(T.PICKUP_CONFIRMED) == (T.PICKUP_CONFIRMED,)
    assert milestones_paid_by(T.CLAIM_WINDOW_CLOSED) == (T.CLAIM_WINDOW_CLOSED,)
    for event_type in (T.CREATED, T.IN_TRANSIT, T.AT_TERMINAL, T.DELIVERY_ATTEMPTED):
        assert milestones_paid_by(event_type) == ()


# ---------------------------------------------------------------- state machine

EXPECTED = {
    (S.PENDING, MilestoneAction.APPROVE): S.APPROVED,
    (S.PENDING, MilestoneAction.REJECT): S.REJECTED,
    (S.PENDING, MilestoneAction.CANCEL): S.CANCELLED,
    (S.DELAYED, MilestoneAction.RELEASE_DUE): S.APPROVED,
    (S.DELAYED, MilestoneAction.APPROVE): S.APPROVED,
    (S.DELAYED, MilestoneAction.REJECT): S.REJECTED,
    (S.DELAYED, MilestoneAction.CANCEL): S.CANCELLED,
    (S.APPROVED, MilestoneAction.COMPLETE): S.SETTLED,
    # cargo claims
    (S.PENDING, MilestoneAction.HOLD): S.ON_HOLD,
    (S.DELAYED, MilestoneAction.HOLD): S.ON_HOLD,
    (S.ON_HOLD, MilestoneAction.RETURN): S.RETURNED,
    (S.ON_HOLD, MilestoneAction.LIFT_HOLD_TO_REVIEW): S.PENDING,
    (S.ON_HOLD, MilestoneAction.LIFT_HOLD_TO_DELAY): S.DELAYED,
    (S.ON_HOLD, MilestoneAction.LIFT_HOLD_AND_RELEASE): S.APPROVED,
    (S.ON_HOLD, MilestoneAction.CANCEL): S.CANCELLED,
}


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("action", list(MilestoneAction))
def test_every_status_and_action_pair(status, action):
    expected = EXPECTED.get((status, action))
    if expected is None:
        with pytest.raises(FailedPrecondition) as error:
            next_status("ms_1", status, action)
        assert status.value in error.value.message
        assert error.value.metadata["current_status"] == status.value
    else:
        assert next_status("ms_1", status, action) is expected


def test_the_table_is_exactly_the_documented_machine():
    assert TRANSITIONS == EXPECTED


@pytest.mark.parametrize("action", [MilestoneAction.APPROVE, MilestoneAction.REJECT, MilestoneAction.RELEASE_DUE, MilestoneAction.COMPLETE])
def test_money_on_hold_waits_for_its_claim(action):
    with pytest.raises(FailedPrecondition) as error:
        next_status("ms_1", S.ON_HOLD, action, claim_id="sev_claim")
    assert error.value.reason == "SETTLEMENT_ON_HOLD"
    assert "sev_claim" in error.value.message and "ResolveClaim" in error.value.message


def test_operators_are_not_offered_the_claim_actions():
    with pytest.raises(FailedPrecondition) as error:
        next_status("ms_1", S.PENDING, MilestoneAction.COMPLETE)
    assert "hold" not in error.value.message


# ---------------------------------------------------------------- totals and intent status

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _intent(amount=1000, status=IntentStatus.SCHEDULED, kind=ScheduleKind.DEFAULT) -> PaymentIntent:
    return PaymentIntent("pi_1", "ftk_1", "shp_1", amount, "USD", "", "", "", 0, RiskTier.LOW, status, kind, NOW, Totals(), "", NOW, NOW)


def test_totals_follow_each_transition():
    totals = Totals().after(None, S.DELAYED, 100)
    assert totals == Totals(held_minor=100)
    totals = totals.after(S.DELAYED, S.APPROVED, 100)
    assert totals == Totals(released_minor=100)
    totals = totals.after(S.APPROVED, S.SETTLED, 100)
    assert totals == Totals(released_minor=100, settled_minor=100)
    assert Totals(held_minor=50).after(S.PENDING, S.REJECTED, 50) == Totals(voided_minor=50)


def test_claim_holds_have_their_own_bucket_and_returns_are_voided():
    totals = Totals(held_minor=100).after(S.PENDING, S.ON_HOLD, 100)
    assert totals == Totals(on_hold_minor=100)
    assert totals.after(S.ON_HOLD, S.RETURNED, 100) == Totals(voided_minor=100)
    assert totals.after(S.ON_HOLD, S.APPROVED, 100) == Totals(released_minor=100)
    assert Totals().after(None, S.ON_HOLD, 7) == Totals(on_hold_minor=7)


@pytest.mark.parametrize(
    ("totals", "status"),
    [
        (Totals(), IntentStatus.SCHEDULED),
        (Totals(held_minor=1000), IntentStatus.SCHEDULED),
        (Totals(released_minor=400), IntentStatus.PARTIALLY_RELEASED),
        (Totals(released_minor=1000), IntentStatus.RELEASED),
        (Totals(released_minor=800, voided_minor=200, settled_minor=500), IntentStatus.RELEASED),
        (Totals(released_minor=1000, settled_minor=1000), IntentStatus.SETTLED),
    ],
)
def test_intent_status_is_derived_from_amounts(totals, status):
    assert derive_status(_intent(), totals) is status


def test_unscheduled_and_cancelled_intents_keep_their_status():
    assert derive_status(_intent(kind=None, status=IntentStatus.AWAITING_SCHEDULE), Totals()) is IntentStatus.AWAITING_SCHEDULE
    assert derive_status(_intent(status=IntentStatus.CANCELLED), Totals(released_minor=10)) is IntentStatus.CANCELLED


@pytest.mark.parametrize("kind", list(JournalKind))
def test_every_journal_is_balanced(kind):
    entries = journal_entries(kind, 12_345)
    assert sum(amount for _, amount in entries) == 0
    assert len({account for account, _ in entries}) == 2
