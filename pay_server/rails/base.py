"""The interface every payout rail implements, and how the application picks one.

The application calls `submit` once, when it moves a payout CREATED -> SUBMITTED, and stores
what comes back (reference and, for file rails, the file) in the same transaction. A rail
is deterministic: the same payout, date and clock give the same bytes, so a retried
submission produces the same file and the bank's duplicate check on the message id holds.
Adding a rail (NACHA, Faster Payments...) means a new class here, not a change to the core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.payouts import Payout


@dataclass(frozen=True)
class RailSubmission:
    """What a rail produced for one payout.

    `reference` identifies the transfer on the rail (SEPA message id, ledger reference).
    `paid_on_submit` is True when the rail moved the money itself, so the payout may go
    straight on to PAID with `reference` as its bank reference; file rails wait for
    ConfirmPayout. `content` is the file to hand to the bank (empty when there is none).
    """

    rail: str
    reference: str
    paid_on_submit: bool = False
    file_name: str = ""
    media_type: str = ""
    content: bytes = b""


class PayoutRail(Protocol):
    @property
    def name(self) -> str:
        """Stable rail name stored on the payout, e.g. "SEPA_CREDIT_TRANSFER"."""
        ...

    @property
    def paid_on_submit(self) -> bool:
        """True when `submit` moves the money itself (its submissions are `paid_on_submit`): the
        application submits such payouts in the run that creates them. False for file rails,
        whose file an operator fetches (GetPayoutFile submits) and hands to the bank."""
        ...

    def supports(self, currency: str) -> bool:
        """Whether this rail pays out in `currency`."""
        ...

    def max_transfer_minor(self, currency: str) -> int:
        """The largest single transfer the rail carries: the planner's payout limit for `currency`."""
        ...

    def submit(self, payout: Payout, *, execution_date: date, now: datetime) -> RailSubmission:
        """Produce the transfer for `payout`, to be executed on `execution_date`; `now` is the file's creation time."""
        ...


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
