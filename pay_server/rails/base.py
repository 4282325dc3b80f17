"""How the application picks a payout rail (the interface every rail implements, PayoutRail,
is the application's port: pay_server/application/ports.py).

The application calls `submit` once, when it moves a payout CREATED -> SUBMITTED, and stores
what comes back (reference and, for file rails, the file) in the same transaction. A rail
is deterministic: the same payout, date and clock give the same bytes, so a retried
submission produces the same file and the bank's duplicate check on the message id holds.
Adding a rail (NACHA, Faster Payments...) means a new class here, not a change to the core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chainbridge_common.errors import FailedPrecondition
from pay_server.application.ports import PayoutRail
from pay_server.domain.payouts import RailSubmission

__all__ = ["PayoutFileRejected", "PayoutRail", "PayoutRails", "RailSubmission", "UnconfiguredRail", "payout_limits", "select_rail"]


class PayoutFileRejected(Exception):
    """A rail built a file that failed its own checks (schema, control sums). A bug, never sent."""


def select_rail(rails: Sequence[PayoutRail], currency: str) -> PayoutRail:
    """The first rail that supports `currency` (order rails from most to least specific)."""
    for rail in rails:
        if rail.supports(currency):
            return rail
    raise FailedPrecondition(
        f"no payout rail is configured for {currency}", reason="NO_PAYOUT_RAIL_FOR_CURRENCY", metadata={"currency": currency}
    )


def payout_limits(rails: Sequence[PayoutRail], currencies: Iterable[str]) -> dict[str, int]:
    """Per currency, the largest transfer of the rail that will carry it: pass to plan_payout_run."""
    return {
        currency: select_rail(rails, currency).max_transfer_minor(currency)
        for currency in currencies
        if any(r.supports(currency) for r in rails)
    }


@dataclass(frozen=True)
class UnconfiguredRail:
    """A currency whose rail needs configuration the server was started without (the SEPA
    rail without its debtor account): its payouts are refused, naming what is missing."""

    currency: str
    rail: str
    missing: str  # the configuration to set, in words an operator can act on


class PayoutRails:
    """The rails a server pays out with, most specific first, and the currencies refused for
    lack of configuration (which must not fall through to a less specific rail: EUR without
    the SEPA debtor must be refused, not paid on the internal ledger)."""

    def __init__(self, rails: Sequence[PayoutRail], unconfigured: Iterable[UnconfiguredRail] = ()):
        self.rails = tuple(rails)
        self.unconfigured = {item.currency: item for item in unconfigured}

    def for_currency(self, currency: str) -> PayoutRail:
        """The rail that pays `currency`, or FAILED_PRECONDITION naming what is missing."""
        missing = self.unconfigured.get(currency)
        if missing is not None:
            raise FailedPrecondition(
                f"{currency} payouts go through {missing.rail}, which is not configured on this server: set {missing.missing}",
                reason="PAYOUT_RAIL_NOT_CONFIGURED",
                metadata={"currency": currency, "rail": missing.rail},
            )
        return select_rail(self.rails, currency)

    def limits(self, currencies: Iterable[str]) -> dict[str, int]:
        """payout_limits of the configured rails (refused currencies keep the default limit)."""
        return payout_limits(self.rails, [currency for currency in currencies if currency not in self.unconfigured])
