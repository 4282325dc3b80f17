"""The internal-ledger rail: pays a payout by a book transfer on the platform's own ledger.

It produces a reference and no file, and the money has moved once it returns, so the payout
may go straight on to PAID. It serves the currencies no external rail is configured for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from chainbridge_common.domain.currency import is_known_currency
from pay_server.domain.payouts import DEFAULT_MAX_PAYOUT_MINOR, Payout
from pay_server.rails.base import RailSubmission


class InternalLedgerRail:
    name = "INTERNAL_LEDGER"
    paid_on_submit = True

    def __init__(self, currencies: Iterable[str] | None = None):
        """`currencies` limits the rail to those; None means every ISO 4217 currency."""
        self._currencies = None if currencies is None else frozenset(currencies)

    def supports(self, currency: str) -> bool:
        return is_known_currency(currency) and (self._currencies is None or currency in self._currencies)

    def max_transfer_minor(self, currency: str) -> int:
        return DEFAULT_MAX_PAYOUT_MINOR

    def submit(self, payout: Payout, *, execution_date: date, now: datetime) -> RailSubmission:
        """A reference derived from the payout id, so a retried submission books under the same one."""
        if not self.supports(payout.currency):
            raise ValueError(f"the internal ledger rail does not pay {payout.currency}")
        return RailSubmission(rail=self.name, reference=f"LEDGER-{payout.payout_id}", paid_on_submit=True)
