"""Column helpers so both services declare constraints the same way."""

from __future__ import annotations

import enum

from sqlalchemy import CheckConstraint


def one_of(column: str, values: type[enum.StrEnum], name: str) -> CheckConstraint:
    """CHECK that a text column holds one of an enum's values."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name)
