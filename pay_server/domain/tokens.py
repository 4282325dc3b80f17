"""What pay knows of a freight token: read from freight when an intent is created."""

from __future__ import annotations

from dataclasses import dataclass

from chainbridge_common.domain.risk_tier import RiskTier


@dataclass(frozen=True)
class RiskFactorInfo:
    code: str
    description: str
    contribution_bps: int


@dataclass(frozen=True)
class TokenInfo:
    token_id: str
    shipment_id: str
    face_amount_minor: int
    face_currency: str
    risk_score_bps: int
    risk_tier: RiskTier
    risk_factors: tuple[RiskFactorInfo, ...]
