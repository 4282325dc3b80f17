"""The cargo claim rules on plain values: the order claims and milestone events apply in,
what a claim holds (for every tier's schedule), how a hold is split and how it is let go."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from freight_server.domain.claims import MAX_CLAIMS_PER_SHIPMENT, ClaimDraft, check_claim_allowed
from freight_server.domain.shipments import CargoCategory, Location, Shipment, ShipmentStatus, TransportMode
from pay_server.domain.claims import (
    CargoClaim,
    ClaimResolution,
    ClaimStatus,
    Lot,
    allocate_holds,
    applicable,
    check_resolvable,
    claim_status,
    lift_hold_action,
    split_by_weights,
    split_deduction,
    split_with_caps,
)
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.release_policy import ReleaseStrategy, strategy_for
from pay_server.domain.schedules import build_schedule
from pay_server.domain.settlements import MilestoneAction

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
PICKUP, POD, WINDOW = T.PICKUP_CONFIRMED, T.POD_CONFIRMED, T.CLAIM_WINDOW_CLOSED


def claim(number: int = 1, claimed: int = 150_000, *, events_before: int | None = None, currency: str = "USD") -> CargoClaim:
    return CargoClaim(f"sev_c{number}", "shp_1", number, claimed, currency, "damage", events_before, NOW, NOW)


def event(event_id: str, event_type: T, claims_before: int | None, minutes: int = 0) -> ReceivedEvent:
    return ReceivedEvent(event_id, "shp_1", event_type, NOW + timedelta(minutes=minutes), NOW, claims_filed_before=claims_before)


# ---------------------------------------------------------------- exact splits


@given(amount=st.integers(0, 10**15), weights=st.lists(st.integers(0, 10**15), min_size=1, max_size=6).filter(lambda w: sum(w) > 0))
def test_a_split_by_weights_is_exact_and_fair_to_the_unit(amount, weights):
    parts = split_by_weights(amount, weights)
    assert sum(parts) == amount
    for part, weight in zip(parts, weights, strict=True):
        exact = amount * weight / sum(weights)
        assert exact - 1 < part < exact + 1
        if weight == 0:
            assert part == 0


@given(
    caps=st.dictionaries(st.sampled_from(["pi_a", "pi_b", "pi_c", "pi_d"]), st.integers(0, 10**12), min_size=1),
    weights=st.dictionaries(st.sampled_from(["pi_a", "pi_b", "pi_c", "pi_d"]), st.integers(1, 10**12)),
    fraction=st.fractions(0, 1),
)
def test_a_capped_split_is_exact_and_never_above_a_cap(caps, weights, fraction):
    total = int(sum(caps.values()) * fraction)
    parts = split_with_caps(total, weights, caps)
    assert sum(parts.values()) == total
    assert all(0 <= parts[key] <= caps[key] for key in caps)


def test_a_capped_split_gives_what_a_full_key_cannot_take_to_the_others_in_proportion():
    assert split_with_caps(10, {"a": 1, "b": 1}, {"a": 3, "b": 100}) == {"a": 3, "b": 7}
    assert split_with_caps(7, {"a": 3, "b": 1, "c": 1}, {"a": 100, "b": 100, "c": 1}) == {"a": 5, "b": 1, "c": 1}
    with pytest.raises(ValueError):
        split_with_caps(11, {"a": 1}, {"a": 10})


# ---------------------------------------------------------------- order


def test_an_event_freight_recorded_after_a_claim_waits_for_the_claim():
    window = event("sev_w", WINDOW, claims_before=1)
    pod = event("sev_p", POD, claims_before=0)
    ready, applied = applicable([pod, window], [])
    assert [e.event_id for e in ready] == ["sev_p"] and applied == set()
    ready, applied = applicable([pod, window], [claim(1, events_before=1)])
    assert [e.event_id for e in ready] == ["sev_p", "sev_w"] and applied == {"sev_c1"}


def test_a_claim_waits_for_the_milestone_events_freight_recorded_before_it():
    first = claim(1, events_before=2)
    ready, applied = applicable([event("sev_u", PICKUP, 0)], [first])
    assert applied == set() and claim_status(first, applied) is ClaimStatus.WAITING
    ready, applied = applicable([event("sev_u", PICKUP, 0), event("sev_p", POD, 0)], [first])
    assert applied == {"sev_c1"} and claim_status(first, applied) is ClaimStatus.OPEN


def test_claims_apply_in_their_order_and_a_missing_one_holds_the_later_back():
    second = claim(2)
    assert applicable([], [second])[1] == set()
    assert applicable([], [claim(1), second])[1] == {"sev_c1", "sev_c2"}


def test_events_from_a_direct_caller_wait_for_nothing():
    ready, _ = applicable([event("sev_w", WINDOW, None)], [claim(3)])
    assert [e.event_id for e in ready] == ["sev_w"]


def test_a_resolved_claim_is_resolved_whatever_else():
    resolved = CargoClaim("sev_c1", "shp_1", 1, 10, "USD", "", None, NOW, NOW, ClaimResolution(5, 5, 5, "", "op", NOW))
    assert claim_status(resolved, set()) is ClaimStatus.RESOLVED


# ---------------------------------------------------------------- holds, for every tier


def shares(tier: RiskTier, amount: int = 1_000_005) -> dict[T, int]:
    _, items = build_schedule(amount, tier, None)
    return {item.milestone: item.amount_minor for item in items}


def after_pod(tier: RiskTier, intent_id: str = "pi_a", amount: int = 1_000_005) -> list[Lot]:
    """The unreleased money of an intent once its POD was applied: per tier, pickup and POD
    are released at once (LOW), pickup is DELAYED (MEDIUM), both are PENDING (HIGH; a 0%
    pickup has no settlement); the claim-window share is still to come."""
    amounts = shares(tier, amount)
    lots = [Lot(intent_id, WINDOW, amounts[WINDOW])]
    for part, milestone in enumerate((PICKUP, POD)):
        strategy = strategy_for(tier, milestone)
        if strategy is not ReleaseStrategy.IMMEDIATE and amounts[milestone]:
            lots.append(Lot(intent_id, milestone, amounts[milestone], settlement_id=f"ms_{milestone.value}", part=part))
    return lots


@pytest.mark.parametrize(
    ("tier", "claimed", "expected"),
    [
        # LOW: only the claim-window share (10 %) is unreleased after POD.
        (RiskTier.LOW, 150_000, {WINDOW: 100_000}),
        (RiskTier.LOW, 50_000, {WINDOW: 50_000}),
        # MEDIUM: the claim-window share (20 %) first, then the DELAYED pickup (10 %).
        (RiskTier.MEDIUM, 150_000, {WINDOW: 150_000}),
        (RiskTier.MEDIUM, 250_000, {WINDOW: 200_001, PICKUP: 49_999}),
        (RiskTier.MEDIUM, 10**9, {WINDOW: 200_001, PICKUP: 100_000}),
        # HIGH: the claim-window share (20 %), then the POD awaiting review (80 %).
        (RiskTier.HIGH, 150_000, {WINDOW: 150_000}),
        (RiskTier.HIGH, 300_000, {WINDOW: 200_001, POD: 99_999}),
    ],
)
def test_a_claim_holds_the_unreleased_money_last_milestone_first_for_every_tier(tier, claimed, expected):
    takes = allocate_holds([claim(1, claimed)], after_pod(tier), {"pi_a": 1_000_005})
    held = Counter()
    for take in takes:
        held[take.lot.milestone] += take.amount_minor
    assert dict(held) == expected
    assert sum(held.values()) == min(claimed, sum(lot.amount_minor for lot in after_pod(tier)))


def test_a_hold_once_taken_stays_and_only_the_rest_of_the_claim_is_looked_for():
    lots = [
        Lot("pi_a", WINDOW, 60_000, holder="sev_c1", settlement_id="ms_1", part=1),
        Lot("pi_a", WINDOW, 40_000, settlement_id="ms_0"),
        Lot("pi_a", POD, 800_004, settlement_id="ms_2"),
    ]
    takes = allocate_holds([claim(1, 100_000)], lots, {"pi_a": 1})
    assert [(t.lot.settlement_id, t.amount_minor) for t in takes] == [("ms_1", 60_000), ("ms_0", 40_000)]


def test_earlier_claims_hold_first_and_a_later_one_gets_what_is_left():
    lots = [Lot("pi_a", WINDOW, 100_000)]
    takes = allocate_holds([claim(2, 80_000), claim(1, 70_000)], lots, {"pi_a": 1})
    assert [(t.claim_id, t.amount_minor) for t in takes] == [("sev_c1", 70_000), ("sev_c2", 30_000)]


def test_a_claim_is_shared_by_the_intents_in_proportion_to_their_amounts():
    lots = [Lot("pi_a", WINDOW, 100_000), Lot("pi_b", WINDOW, 100_000)]
    takes = allocate_holds([claim(1, 101)], lots, {"pi_a": 3_000, "pi_b": 1_000})
    assert {t.lot.intent_id: t.amount_minor for t in takes} == {"pi_a": 76, "pi_b": 25}


def test_an_intent_with_too_little_free_gives_what_it_has_and_the_others_the_rest():
    lots = [Lot("pi_a", WINDOW, 10), Lot("pi_b", WINDOW, 100_000)]
    takes = allocate_holds([claim(1, 1_000)], lots, {"pi_a": 1, "pi_b": 1})
    assert {t.lot.intent_id: t.amount_minor for t in takes} == {"pi_a": 10, "pi_b": 990}


def test_money_released_at_once_by_an_event_before_the_claim_is_not_the_claims():
    lots = [Lot("pi_a", POD, 700_004, open_to=0), Lot("pi_a", WINDOW, 100_000)]
    takes = allocate_holds([claim(1, 500_000)], lots, {"pi_a": 1})
    assert [(t.lot.milestone, t.amount_minor) for t in takes] == [(WINDOW, 100_000)]
    takes = allocate_holds([claim(1, 500_000)], [Lot("pi_a", POD, 700_004, open_to=1)], {"pi_a": 1})
    assert [t.amount_minor for t in takes] == [500_000]


def test_a_claim_holds_money_of_its_own_currency_only():
    lots = [Lot("pi_a", WINDOW, 100, currency="EUR"), Lot("pi_b", WINDOW, 100, currency="USD")]
    takes = allocate_holds([claim(1, 500, currency="USD")], lots, {"pi_a": 1, "pi_b": 1})
    assert [(t.lot.intent_id, t.amount_minor) for t in takes] == [("pi_b", 100)]


# ---------------------------------------------------------------- letting go


def test_a_deduction_is_split_over_intents_by_what_is_held_then_last_milestone_first():
    held = allocate_holds(
        [claim(1, 900)],
        [
            Lot("pi_a", PICKUP, 300, settlement_id="ms_a0"),
            Lot("pi_a", WINDOW, 300),
            Lot("pi_b", WINDOW, 300, settlement_id="ms_b0"),
        ],
        {"pi_a": 2, "pi_b": 1},
    )
    returned = {(t.lot.intent_id, t.lot.milestone): amount for t, amount in split_deduction(301, held)}
    assert returned == {("pi_a", WINDOW): 201, ("pi_a", PICKUP): 0, ("pi_b", WINDOW): 100}
    assert sum(returned.values()) == 301


@given(deducted=st.integers(0, 10**6), amounts=st.lists(st.integers(1, 10**6), min_size=1, max_size=5))
def test_a_deduction_is_exact_and_never_above_a_piece(deducted, amounts):
    lots = [Lot(f"pi_{i % 2}", [PICKUP, POD, WINDOW][i % 3], amount, settlement_id=f"ms_{i}") for i, amount in enumerate(amounts)]
    held = allocate_holds([claim(1, sum(amounts))], lots, {"pi_0": 1, "pi_1": 1})
    deducted = min(deducted, sum(amounts))
    pieces = split_deduction(deducted, held)
    assert sum(amount for _, amount in pieces) == deducted
    assert all(0 <= amount <= take.amount_minor for take, amount in pieces)


@pytest.mark.parametrize(
    ("tier", "milestone", "delay_left", "expected"),
    [
        (RiskTier.LOW, WINDOW, None, MilestoneAction.LIFT_HOLD_AND_RELEASE),
        (RiskTier.MEDIUM, POD, None, MilestoneAction.LIFT_HOLD_AND_RELEASE),
        (RiskTier.MEDIUM, WINDOW, timedelta(hours=3), MilestoneAction.LIFT_HOLD_TO_DELAY),
        (RiskTier.MEDIUM, WINDOW, timedelta(hours=-3), MilestoneAction.LIFT_HOLD_AND_RELEASE),  # the delay ran out while held
        (RiskTier.HIGH, WINDOW, None, MilestoneAction.LIFT_HOLD_TO_REVIEW),
        (RiskTier.HIGH, POD, None, MilestoneAction.LIFT_HOLD_TO_REVIEW),
    ],
)
def test_held_money_is_released_as_it_would_have_been_for_every_tier(tier, milestone, delay_left, expected):
    release_at = NOW + delay_left if delay_left is not None else None
    assert lift_hold_action(strategy_for(tier, milestone), release_at, NOW) is expected


def test_a_claim_is_resolved_once_when_open_for_at_most_what_was_claimed_in_its_currency():
    open_claim = claim(1, 1_000)
    check_resolvable(open_claim, ClaimStatus.OPEN, (1_000, "USD"))
    check_resolvable(open_claim, ClaimStatus.OPEN, None)
    for status, reason in ((ClaimStatus.WAITING, "CLAIM_WAITING"), (ClaimStatus.RESOLVED, "CLAIM_ALREADY_RESOLVED")):
        with pytest.raises(FailedPrecondition) as refused:
            check_resolvable(open_claim, status, None)
        assert refused.value.reason == reason
    with pytest.raises(InvalidArgument) as too_much:
        check_resolvable(open_claim, ClaimStatus.OPEN, (1_001, "USD"))
    assert too_much.value.reason == "LIABILITY_EXCEEDS_CLAIM"
    with pytest.raises(InvalidArgument) as currency:
        check_resolvable(open_claim, ClaimStatus.OPEN, (10, "EUR"))
    assert currency.value.violations[0].field == "liable_amount.currency"


# ---------------------------------------------------------------- filing (freight)


def shipment(status: ShipmentStatus = ShipmentStatus.DELIVERED, declared: int = 1_000_005) -> Shipment:
    here = Location("US")
    return Shipment(
        "shp_1",
        "BOL",
        "acme",
        "carrier",
        here,
        here,
        CargoCategory.GENERAL,
        "",
        declared,
        "USD",
        1,
        TransportMode.ROAD,
        status,
        None,
        NOW,
        NOW,
    )


def draft(amount: int, currency: str = "USD") -> ClaimDraft:
    return ClaimDraft("shp_1", amount, currency, "damage")


@pytest.mark.parametrize(
    ("cargo", "recorded", "claimed_so_far", "amount", "reason"),
    [
        (shipment(ShipmentStatus.CANCELLED), {}, 0, 1, "SHIPMENT_CANCELLED"),
        (shipment(ShipmentStatus.CLOSED), {WINDOW: 1, POD: 1}, 0, 1, "CLAIM_WINDOW_CLOSED"),
        (shipment(), {POD: 1}, 0, 1_000_006, "CLAIM_EXCEEDS_DECLARED_VALUE"),
        (shipment(), {POD: 1, T.CLAIM_FILED: 2}, 900_000, 100_006, "CLAIM_EXCEEDS_DECLARED_VALUE"),
        (shipment(), {T.CLAIM_FILED: MAX_CLAIMS_PER_SHIPMENT}, 0, 1, "TOO_MANY_CLAIMS"),
    ],
)
def test_freight_refuses_a_claim_the_shipment_forbids(cargo, recorded, claimed_so_far, amount, reason):
    with pytest.raises(FailedPrecondition) as refused:
        check_claim_allowed(cargo, Counter(recorded), claimed_so_far, draft(amount))
    assert refused.value.reason == reason


def test_freight_takes_claims_up_to_the_declared_value_in_total_before_or_after_delivery():
    check_claim_allowed(shipment(), Counter({POD: 1, T.CLAIM_FILED: 1}), 900_000, draft(100_005))
    check_claim_allowed(shipment(ShipmentStatus.IN_TRANSIT), Counter({PICKUP: 1}), 0, draft(1))  # lost in transit
    with pytest.raises(InvalidArgument) as currency:
        check_claim_allowed(shipment(), Counter(), 0, draft(1, "EUR"))
    assert currency.value.reason == "CLAIM_CURRENCY_MISMATCH"
