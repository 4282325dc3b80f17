"""Milestone parts always sum exactly to the amount (largest-remainder split)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.money import MAX_AMOUNT_MINOR
from chainbridge_common.domain.risk_tier import RiskTier
from pay_server.domain.allocation import split_amount
from pay_server.domain.schedules import DEFAULT_SHARES_BPS, build_schedule


@st.composite
def schedules(draw) -> list[int]:
    """Any three shares in 0..10000 summing to exactly 10000."""
    first = draw(st.integers(0, 10_000))
    second = draw(st.integers(0, 10_000 - first))
    return [first, second, 10_000 - first - second]


@given(amount=st.integers(1, MAX_AMOUNT_MINOR), shares=schedules())
def test_parts_sum_exactly_to_the_amount_and_none_is_negative(amount, shares):
    parts = split_amount(amount, shares)
    assert sum(parts) == amount
    assert all(part >= 0 for part in parts)
    for part, share in zip(parts, shares, strict=True):
        exact = amount * share / 10_000
        assert abs(part - exact) < 1  # each part is its exact share rounded one way or the other
        if share == 0:
            assert part == 0


@given(amount=st.integers(1, MAX_AMOUNT_MINOR), tier=st.sampled_from(list(RiskTier)))
def test_default_schedules_sum_to_the_amount(amount, tier):
    _, items = build_schedule(amount, tier, None)
    assert sum(item.amount_minor for item in items) == amount
    assert [item.basis_points for item in items] == list(DEFAULT_SHARES_BPS[tier].values())


@pytest.mark.parametrize(
    ("tier", "expected"),
    [
        (RiskTier.LOW, [200_001, 700_004, 100_000]),
        (RiskTier.MEDIUM, [100_000, 700_004, 200_001]),  # 1000.00 / 7000.04 / 2000.01 USD
        (RiskTier.HIGH, [0, 800_004, 200_001]),
    ],
)
def test_ten_thousand_dollars_and_five_cents_splits_by_tier(tier, expected):
    _, items = build_schedule(1_000_005, tier, None)
    assert [item.amount_minor for item in items] == expected


def test_leftover_units_go_to_largest_remainders_then_larger_shares():
    assert split_amount(1, [2000, 7000, 1000]) == [0, 1, 0]
    assert split_amount(2, [3333, 3333, 3334]) == [1, 0, 1]
    assert split_amount(100, [0, 10_000, 0]) == [0, 100, 0]


@pytest.mark.parametrize("shares", [[5000, 5000, 1], [-1, 5000, 5001], [10_000, 1, -1]])
def test_invalid_shares_are_refused(shares):
    with pytest.raises(ValueError):
        split_amount(100, shares)
