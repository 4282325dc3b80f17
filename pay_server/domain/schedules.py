"""Milestone schedules: how an intent's amount is split across milestones."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from chainbridge_common.domain.money import BASIS_POINTS_TOTAL
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import FieldViolation, InvalidArgument
from pay_server.domain.allocation import split_amount
from pay_server.domain.release_policy import ReleaseStrategy, strategy_for

PICKUP = ShipmentEventType.PICKUP_CONFIRMED
POD = ShipmentEventType.POD_CONFIRMED
CLAIM_WINDOW = ShipmentEventType.CLAIM_WINDOW_CLOSED

DEFAULT_SHARES_BPS: dict[RiskTier, dict[ShipmentEventType, int]] = {
    RiskTier.LOW: {PICKUP: 2000, POD: 7000, CLAIM_WINDOW: 1000},
    RiskTier.MEDIUM: {PICKUP: 1000, POD: 7000, CLAIM_WINDOW: 2000},
    RiskTier.HIGH: {PICKUP: 0, POD: 8000, CLAIM_WINDOW: 2000},
}


class ScheduleKind(enum.StrEnum):
    DEFAULT = "DEFAULT"
    CUSTOM = "CUSTOM"


@dataclass(frozen=True)
class ScheduleItem:
    milestone: ShipmentEventType
    basis_points: int
    amount_minor: int
    release_strategy: ReleaseStrategy


def validate_custom_shares(
    shares: Sequence[tuple[ShipmentEventType | None, int]], field_path: str = "custom_shares"
) -> dict[ShipmentEventType, int]:
    """Check custom shares: known milestones, no duplicates, each 0..10000, sum 10000.

    Milestones left out get 0. `None` stands for a value that is not a milestone.
    """
    violations: list[FieldViolation] = []
    result: dict[ShipmentEventType, int] = {}
    for index, (milestone, basis_points) in enumerate(shares):
        path = f"{field_path}[{index}]"
        if milestone is None or milestone not in MILESTONES:
            violations.append(FieldViolation(f"{path}.milestone", f"must be one of {', '.join(m.value for m in MILESTONES)}"))
        elif milestone in result:
            violations.append(FieldViolation(f"{path}.milestone", f"{milestone.value} appears more than once"))
        if not 0 <= basis_points <= BASIS_POINTS_TOTAL:
            violations.append(FieldViolation(f"{path}.basis_points", f"must be between 0 and {BASIS_POINTS_TOTAL} (got {basis_points})"))
        if milestone in MILESTONES and milestone not in result:
            result[milestone] = basis_points
    total = sum(bp for _, bp in shares)
    if not violations and total != BASIS_POINTS_TOTAL:
        violations.append(FieldViolation(field_path, f"shares must sum to exactly {BASIS_POINTS_TOTAL} basis points (got {total})"))
    if violations:
        raise InvalidArgument(violations, reason="INVALID_SCHEDULE")
    return {milestone: result.get(milestone, 0) for milestone in MILESTONES}


def build_schedule(
    amount_minor: int, tier: RiskTier, shares_bps: dict[ShipmentEventType, int] | None
) -> tuple[ScheduleKind, list[ScheduleItem]]:
    """The tier's default schedule, or the given (validated) custom shares, with exact parts."""
    kind = ScheduleKind.CUSTOM if shares_bps is not None else ScheduleKind.DEFAULT
    shares = shares_bps if shares_bps is not None else DEFAULT_SHARES_BPS[tier]
    ordered = [shares.get(milestone, 0) for milestone in MILESTONES]
    parts = split_amount(amount_minor, ordered)
    items = [
        ScheduleItem(milestone, basis_points, part, strategy_for(tier, milestone))
        for milestone, basis_points, part in zip(MILESTONES, ordered, parts, strict=True)
    ]
    return kind, items
