"""The double-entry ledger's rules. Every money movement is a journal of two entries
that sum to zero (positive = debit, negative = credit); journals are never edited.

    FUNDING     shipper funding -> escrow          (schedule built)
    RELEASE     escrow          -> carrier payable (milestone APPROVED)
    SETTLEMENT  carrier payable -> carrier paid    (milestone SETTLED via the rail)
    VOID        escrow          -> shipper funding (milestone REJECTED or CANCELLED)

So for every intent: escrow = scheduled - released - voided, payable = released -
settled, paid = settled, and all accounts together net to zero.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class LedgerAccount(enum.StrEnum):
    SHIPPER_FUNDING = "SHIPPER_FUNDING"
    ESCROW = "ESCROW"
    CARRIER_PAYABLE = "CARRIER_PAYABLE"
    CARRIER_PAID = "CARRIER_PAID"


class JournalKind(enum.StrEnum):
    FUNDING = "FUNDING"
    RELEASE = "RELEASE"
    SETTLEMENT = "SETTLEMENT"
    VOID = "VOID"


MOVES: dict[JournalKind, tuple[LedgerAccount, LedgerAccount]] = {
    JournalKind.FUNDING: (LedgerAccount.SHIPPER_FUNDING, LedgerAccount.ESCROW),
    JournalKind.RELEASE: (LedgerAccount.ESCROW, LedgerAccount.CARRIER_PAYABLE),
    JournalKind.SETTLEMENT: (LedgerAccount.CARRIER_PAYABLE, LedgerAccount.CARRIER_PAID),
    JournalKind.VOID: (LedgerAccount.ESCROW, LedgerAccount.SHIPPER_FUNDING),
}


def journal_entries(kind: JournalKind, amount_minor: int) -> list[tuple[LedgerAccount, int]]:
    """The two balanced entries moving `amount_minor` for a journal of `kind`."""
    if amount_minor <= 0:
        raise ValueError("a journal moves a positive amount")
    source, destination = MOVES[kind]
    return [(source, -amount_minor), (destination, amount_minor)]


@dataclass(frozen=True)
class Journal:
    """One money movement of an intent (two entries, from journal_entries)."""

    journal_id: str
    intent_id: str
    settlement_id: str | None
    kind: JournalKind
    amount_minor: int
    currency: str
    rail_reference: str
    create_time: datetime
