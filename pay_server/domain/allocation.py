"""Splitting an exact amount into milestone parts."""

from __future__ import annotations

from collections.abc import Sequence

from chainbridge_common.domain.money import BASIS_POINTS_TOTAL


def split_amount(amount_minor: int, shares_bps: Sequence[int]) -> list[int]:
    """Split `amount_minor` by basis-point shares so the parts sum exactly to it.

    Largest-remainder method: every part gets the floor of its exact share, then the
    leftover minor units (fewer than the number of shares) go one each to the parts
    with the largest fractional remainders; ties go to the larger share, then to the
    earlier milestone. A 0 bp share always gets 0.
    """
    if amount_minor < 0:
        raise ValueError("amount must not be negative")
    if sum(shares_bps) != BASIS_POINTS_TOTAL or any(s < 0 for s in shares_bps):
        raise ValueError(f"shares must be non-negative and sum to {BASIS_POINTS_TOTAL}: {list(shares_bps)}")
    floors = []
    remainders = []
    for index, share in enumerate(shares_bps):
        part, remainder = divmod(amount_minor * share, BASIS_POINTS_TOTAL)
        floors.append(part)
        remainders.append((remainder, share, -index))
    leftover = amount_minor - sum(floors)
    order = sorted(range(len(shares_bps)), key=lambda i: remainders[i], reverse=True)
    for index in order[:leftover]:
        floors[index] += 1
    return floors
