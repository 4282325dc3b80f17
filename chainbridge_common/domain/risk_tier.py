"""The one definition of risk tiers, used by freight (tokens) and pay (intents)."""

from __future__ import annotations

import enum

MAX_SCORE_BPS = 10_000
# Boundaries from the product spec: score < 0.33 LOW, < 0.67 MEDIUM, else HIGH.
# Scores are compared in integer basis points so 0.33 is exactly 3300, never 0.329999...
LOW_BELOW_BPS = 3_300
MEDIUM_BELOW_BPS = 6_700


class RiskTier(enum.StrEnum):
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"


def tier_for_score_bps(score_bps: int) -> RiskTier:
    """Tier of a risk score given in basis points (0..10000)."""
    if not 0 <= score_bps <= MAX_SCORE_BPS:
        raise ValueError(f"risk score {score_bps} bps is outside 0..{MAX_SCORE_BPS}")
    if score_bps < LOW_BELOW_BPS:
        return RiskTier.LOW
    if score_bps < MEDIUM_BELOW_BPS:
        return RiskTier.MEDIUM
    return RiskTier.HIGH


def score_from_bps(score_bps: int) -> float:
    """The 0.0..1.0 form of a score, for display; decisions use the basis points."""
    return score_bps / MAX_SCORE_BPS
