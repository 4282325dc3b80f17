"""Limits on money amounts shared by both services."""

from __future__ import annotations

# 10^15 minor units (ten trillion USD) is far above any freight payment and far below
# int64, so any sum or product of basis points stays exact in every column and client.
MAX_AMOUNT_MINOR = 10**15
BASIS_POINTS_TOTAL = 10_000
