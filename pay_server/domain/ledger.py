"""The double-entry ledger's rules. Every money movement is a journal of two entries
that sum to zero (positive = debit, negative = credit); journals are never edited.

    FUNDING     shipper funding -> escrow          (schedule built)
    RELEASE     escrow          -> carrier payable (milestone APPROVED)
    SETTLEMENT  carrier payable -> carrier paid    (milestone SETTLED via the rail)
    VOID        escrow          -> shipper funding (milestone REJECTED or CANCELLED)

Payouts (pay_server/domain/payouts.py) move a released milestone's money in two steps, one
journal per milestone line, tagged with the payout id:

    PAYOUT_SUBMITTED  carrier payable    -> carrier in transit (the payout's file or transfer went out)
    PAYOUT_PAID       carrier in transit -> carrier paid       (the bank confirmed: milestone SETTLED)
    PAYOUT_RETURNED   carrier in transit -> carrier payable    (the bank returned it: back in the pool)

So for every intent: escrow = scheduled - released - voided, in transit = the lines of its
SUBMITTED payouts, payable = released - settled - in transit, paid = settled, and all
accounts together net to zero.
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
    CARRIER_IN_TRANSIT = "CARRIER_IN_TRANSIT"


class JournalKind(enum.StrEnum):
    FUNDING = "FUNDING"
    RELEASE = "RELEASE"
    SETTLEMENT = "SETTLEMENT"
    VOID = "VOID"
    PAYOUT_SUBMITTED = "PAYOUT_SUBMITTED"
    PAYOUT_PAID = "PAYOUT_PAID"
    PAYOUT_RETURNED = "PAYOUT_RETURNED"


MOVES: dict[JournalKind, tuple[LedgerAccount, LedgerAccount]] = {
    JournalKind.FUNDING: (LedgerAccount.SHIPPER_FUNDING, LedgerAccount.ESCROW),
    JournalKind.RELEASE: (LedgerAccount.ESCROW, LedgerAccount.CARRIER_PAYABLE),
    JournalKind.SETTLEMENT: (LedgerAccount.CARRIER_PAYABLE, LedgerAccount.CARRIER_PAID),
    JournalKind.VOID: (LedgerAccount.ESCROW, LedgerAccount.SHIPPER_FUNDING),
    JournalKind.PAYOUT_SUBMITTED: (LedgerAccount.CARRIER_PAYABLE, LedgerAccount.CARRIER_IN_TRANSIT),
    JournalKind.PAYOUT_PAID: (LedgerAccount.CARRIER_IN_TRANSIT, LedgerAccount.CARRIER_PAID),
    JournalKind.PAYOUT_RETURNED: (LedgerAccount.CARRIER_IN_TRANSIT, LedgerAccount.CARRIER_PAYABLE),
}


def journal_entries(kind: JournalKind, amount_minor: int) -> list[tuple[LedgerAccount, int]]:
    """The two balanced entries moving `amount_minor` for a journal of `kind`."""
    if amount_minor <= 0:
        raise ValueError("a journal moves a positive amount")
    source, destination = MOVES[kind]
    return [(source, -amount_minor), (destination, amount_minor)]


@dataclass(frozen=True)
class Journal:
    """One money movement of an intent (two entries, from journal_entries). `payout_id` tags
    the journals of a payout's steps ("" for the others)."""

    journal_id: str
    intent_id: str
    settlement_id: str | None
    kind: JournalKind
    amount_minor: int
    currency: str
    rail_reference: str
    create_time: datetime
    payout_id: str = ""
