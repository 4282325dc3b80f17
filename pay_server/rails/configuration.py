"""The rails a payment server is started with, from its configuration."""

from __future__ import annotations

from pay_server.rails.base import PayoutRails, UnconfiguredRail
from pay_server.rails.ledger import InternalLedgerRail
from pay_server.rails.sepa import SepaCreditTransferRail, SepaDebtor, sepa_debtor_from_config

SEPA_DEBTOR_SETTINGS = (
    "the escrow account SEPA files debit: --sepa-debtor-name, --sepa-debtor-iban and --sepa-debtor-bic "
    "(PAYMENT_SEPA_DEBTOR_NAME, PAYMENT_SEPA_DEBTOR_IBAN, PAYMENT_SEPA_DEBTOR_BIC)"
)


def sepa_debtor_from_settings(name: str, iban: str, bic: str) -> SepaDebtor | None:
    """The configured escrow account; None when none of the three is set. ValueError when only
    some are set or they are wrong, so the server refuses to start rather than write files a
    bank rejects."""
    given = [value for value in (name, iban, bic) if value.strip()]
    if not given:
        return None
    if len(given) != 3:
        raise ValueError(f"SEPA debtor configuration is incomplete: set all of {SEPA_DEBTOR_SETTINGS}")
    return sepa_debtor_from_config(name, iban, bic)


def configured_rails(sepa_debtor: SepaDebtor | None) -> PayoutRails:
    """SEPA for EUR when the debtor is configured (EUR refused otherwise), the internal ledger
    for every other currency."""
    ledger = InternalLedgerRail()
    if sepa_debtor is None:
        return PayoutRails([ledger], [UnconfiguredRail("EUR", SepaCreditTransferRail.name, SEPA_DEBTOR_SETTINGS)])
    return PayoutRails([SepaCreditTransferRail(sepa_debtor), ledger])
