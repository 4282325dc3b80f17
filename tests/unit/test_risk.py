"""Risk tiers (one definition, exact boundaries) and the deterministic risk model."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.risk_tier import RiskTier, tier_for_score_bps
from freight_server.domain.risk_model import RiskInputs, assess
from freight_server.domain.shipments import CargoCategory, Location, TransportMode


@pytest.mark.parametrize(
    ("score_bps", "tier"),
    [
        (0, RiskTier.LOW),
        (3299, RiskTier.LOW),
        (3300, RiskTier.MEDIUM),
        (6699, RiskTier.MEDIUM),
        (6700, RiskTier.HIGH),
        (10_000, RiskTier.HIGH),
    ],
)
def test_tier_boundaries_are_0_33_and_0_67(score_bps, tier):
    assert tier_for_score_bps(score_bps) is tier


@pytest.mark.parametrize("score_bps", [-1, 10_001])
def test_scores_outside_0_to_1_are_refused(score_bps):
    with pytest.raises(ValueError):
        tier_for_score_bps(score_bps)


def _inputs(category=CargoCategory.GENERAL, mode=TransportMode.ROAD, origin="US", destination="US", amount=1_000_005, currency="USD"):
    return RiskInputs(category, mode, Location(origin), Location(destination), amount, currency)


def test_factors_explain_the_whole_score():
    assessment = assess(_inputs(CargoCategory.HAZARDOUS, TransportMode.OCEAN, "US", "DE", 25_000_000))
    assert {f.code: f.contribution_bps for f in assessment.factors} == {
        "BASE": 500,
        "CARGO_CATEGORY": 3000,
        "TRANSPORT_MODE": 800,
        "CROSS_BORDER": 1000,
        "DECLARED_VALUE": 2000,
    }
    assert assessment.score_bps == 7300
    assert assessment.tier is RiskTier.HIGH


def test_value_bands_use_the_currency_minor_units():
    # 1,500,000 JPY is about USD 10,050: the 10k band, though the number is large.
    assert {f.code: f.contribution_bps for f in assess(_inputs(amount=1_500_000, currency="JPY")).factors}["DECLARED_VALUE"] == 1000
    # 5.000 KWD (3 decimals) is about USD 16: no value factor.
    assert {f.code: f.contribution_bps for f in assess(_inputs(amount=5000, currency="KWD")).factors}["DECLARED_VALUE"] == 0


def test_currency_without_reference_rate_is_scored_conservatively():
    codes = {f.code for f in assess(_inputs(currency="ISK")).factors}
    assert "DECLARED_VALUE_UNRATED" in codes


@given(
    category=st.sampled_from(list(CargoCategory)),
    mode=st.sampled_from(list(TransportMode)),
    destination=st.sampled_from(["US", "DE", "JP"]),
    amount=st.integers(1, 10**15),
    currency=st.sampled_from(["USD", "JPY", "KWD", "ISK", "EUR"]),
)
def test_score_is_within_range_and_same_for_same_input(category, mode, destination, amount, currency):
    first = assess(_inputs(category, mode, "US", destination, amount, currency))
    assert first == assess(_inputs(category, mode, "US", destination, amount, currency))
    assert 0 <= first.score_bps <= 10_000
    assert first.tier is tier_for_score_bps(first.score_bps)


def test_score_is_the_same_in_a_fresh_process():
    program = (
        "from freight_server.domain.risk_model import RiskInputs, assess;"
        "from freight_server.domain.shipments import CargoCategory, Location, TransportMode;"
        "print(assess(RiskInputs(CargoCategory.PERISHABLE, TransportMode.AIR, Location('US'), Location('MX'), 123456789, 'MXN')))"
    )
    outputs = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout for _ in range(2)}
    assert len(outputs) == 1
    assert "score_bps=" in outputs.pop()
