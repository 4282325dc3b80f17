"""The SEPA credit transfer rail: EUR payouts as ISO 20022 pain.001.001.03 files.

Mapping (one file per submission, one credit transfer per payout):

    GrpHdr/MsgId, PmtInf/PmtInfId    the message id (the payout id for a one-payout file)
    GrpHdr/CreDtTm                   the injected clock, UTC
    PmtInf/ReqdExctnDt               the requested execution date
    PmtInf/Dbtr, DbtrAcct, DbtrAgt   the platform's escrow account (configuration)
    CdtTrfTxInf/PmtId/EndToEndId     the payout id, verbatim (the bank echoes it on returns)
    CdtTrfTxInf/Amt/InstdAmt         the payout amount, EUR with two decimals from minor units
    CdtTrfTxInf/Cdtr, CdtrAcct, CdtrAgt   the account snapshot taken when the payout was created
    CdtTrfTxInf/RmtInf/Ustrd         the remittance text (payouts.remittance_text, <= 140)

sepaxml builds the document. Its message id, payment information id and creation time are
random or read from the wall clock, so they are set afterwards from our inputs; then the
final bytes are validated against the pain.001.001.03 XSD that sepaxml ships and their
totals re-read, and a file that fails either check is never returned.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import xmlschema
from sepaxml import SepaTransfer  # type: ignore[import-untyped]
from text_unidecode import unidecode  # type: ignore[import-untyped]

from chainbridge_common.errors import InvalidArgument
from pay_server.domain.payees import LEGAL_NAME_MAX_CHARS, AccountScheme, PayeeAccountInput, validate_payee_account
from pay_server.domain.payouts import SEPA_REMITTANCE_MAX_CHARS, Payout, is_sepa_reference, remittance_text
from pay_server.rails.base import PayoutFileRejected, RailSubmission

PAIN_001_SCHEMA = "pain.001.001.03"
PAIN_001_NAMESPACE = f"urn:iso:std:iso:20022:tech:xsd:{PAIN_001_SCHEMA}"
# The SEPA credit transfer rulebook's largest single transfer: 999,999,999.99 EUR.
SEPA_MAX_TRANSFER_MINOR = 99_999_999_999

# The EPC basic Latin set for free text; "&" and "_" are common in names and ids and have
# close equivalents in it, anything else outside it becomes a space.
_SEPA_TEXT_CHARACTER = re.compile(r"[A-Za-z0-9/?:().,'+ -]")
_SEPA_TEXT_REPLACEMENTS = {"&": "+", "_": "-"}


@dataclass(frozen=True)
class SepaDebtor:
    """The platform's escrow account that SEPA payouts are paid from (configuration)."""

    name: str
    iban: str
    bic: str


def sepa_debtor_from_config(name: str, iban: str, bic: str) -> SepaDebtor:
    """The configured escrow account, checked like a payee's (and with a BIC); ValueError when wrong,
    so a misconfigured server refuses to start rather than write files a bank rejects."""
    try:
        account = validate_payee_account("platform-escrow", PayeeAccountInput("EUR", name, iban=iban, bic=bic), "sepa_debtor")
    except InvalidArgument as error:
        raise ValueError(f"SEPA debtor configuration: {error.message}") from error
    if not account.bank_code:
        raise ValueError("SEPA debtor configuration: the escrow account's BIC is required")
    return SepaDebtor(account.legal_name, account.account_number, account.bank_code)


def sepa_text(value: str, max_chars: int) -> str:
    """`value` in the EPC character set: transliterated to Latin, other characters replaced,
    spaces collapsed, cut to `max_chars` (names only; remittance text is built to fit)."""
    characters = (
        character if _SEPA_TEXT_CHARACTER.fullmatch(character) else _SEPA_TEXT_REPLACEMENTS.get(character, " ")
        for character in unidecode(value)
    )
    return " ".join("".join(characters).split())[:max_chars].rstrip()


def eur_decimal(amount_minor: int) -> str:
    """Minor units as the file writes them: 123456 -> "1234.56", never through a float."""
    whole, cents = divmod(amount_minor, 100)
    return f"{whole}.{cents:02d}"


class SepaCreditTransferRail:
    name = "SEPA_CREDIT_TRANSFER"
    paid_on_submit = False

    def __init__(self, debtor: SepaDebtor):
        self.debtor = debtor

    def supports(self, currency: str) -> bool:
        return currency == "EUR"

    def max_transfer_minor(self, currency: str) -> int:
        return SEPA_MAX_TRANSFER_MINOR

    def submit(self, payout: Payout, *, execution_date: date, now: datetime) -> RailSubmission:
        """A pain.001 file with the payout as its only transfer; the payout id is also the message id."""
        content = build_credit_transfer_file(
            [payout], debtor=self.debtor, message_id=payout.payout_id, created_at=now, execution_date=execution_date
        )
        return RailSubmission(
            rail=self.name,
            reference=payout.payout_id,
            file_name=f"{payout.payout_id}.{PAIN_001_SCHEMA}.xml",
            media_type="application/xml",
            content=content,
        )


def build_credit_transfer_file(
    payouts: Sequence[Payout], *, debtor: SepaDebtor, message_id: str, created_at: datetime, execution_date: date
) -> bytes:
    """A schema-valid pain.001.001.03 file with one credit transfer per payout, or an exception:
    ValueError for payouts this rail cannot carry, PayoutFileRejected if the result fails its checks."""
    _check_can_carry(payouts, message_id, created_at, execution_date)
    transfer = SepaTransfer(
        {"name": sepa_text(debtor.name, LEGAL_NAME_MAX_CHARS), "IBAN": debtor.iban, "BIC": debtor.bic, "batch": True, "currency": "EUR"},
        schema=PAIN_001_SCHEMA,
        clean=False,
    )
    for payout in payouts:
        payment = {
            "name": sepa_text(payout.account.legal_name, LEGAL_NAME_MAX_CHARS),
            "IBAN": payout.account.account_number,
            "amount": payout.amount_minor,
            "execution_date": execution_date,
            "description": remittance_text(payout.payout_id, payout.lines),
            "endtoend_id": payout.payout_id,
        }
        if payout.account.bank_code:
            payment["BIC"] = payout.account.bank_code
        transfer.add_payment(payment)
    # sepaxml validates too, but the identifiers are set after its export: the bytes we
    # return are validated below, once they are final.
    content = _with_our_identifiers(transfer.export(validate=False), message_id, created_at)
    try:
        _pain_001_schema().validate(content.decode("utf-8"))
    except xmlschema.XMLSchemaValidationError as error:
        raise PayoutFileRejected(f"pain.001 file {message_id} fails the {PAIN_001_SCHEMA} schema: {error.reason}") from error
    _check_totals(content, payouts, message_id)
    return content


def _check_can_carry(payouts: Sequence[Payout], message_id: str, created_at: datetime, execution_date: date) -> None:
    if not payouts:
        raise ValueError("a credit transfer file needs at least one payout")
    if created_at.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    if execution_date < created_at.astimezone(UTC).date():
        raise ValueError(f"requested execution date {execution_date} is before the file's creation")
    payout_ids = [payout.payout_id for payout in payouts]
    if len(set(payout_ids)) != len(payout_ids):
        raise ValueError("a payout appears twice in one file")
    for payout in payouts:
        if payout.currency != "EUR" or payout.account.scheme is not AccountScheme.IBAN:
            raise ValueError(f"payout {payout.payout_id} is {payout.currency} to a {payout.account.scheme} account, not EUR to an IBAN")
        if not is_sepa_reference(payout.payout_id):
            raise ValueError(f"payout id {payout.payout_id!r} cannot be a SEPA end-to-end id: mint it with new_payout_id()")
        if not 0 < payout.amount_minor <= SEPA_MAX_TRANSFER_MINOR:
            raise ValueError(f"payout {payout.payout_id} amount {payout.amount_minor} is outside SEPA's 0.01..999999999.99 EUR")
        if len(remittance_text(payout.payout_id, payout.lines)) > SEPA_REMITTANCE_MAX_CHARS:
            raise ValueError(f"payout {payout.payout_id} remittance text exceeds {SEPA_REMITTANCE_MAX_CHARS} characters")
    if not is_sepa_reference(message_id):
        raise ValueError(f"message id {message_id!r} is not a SEPA reference (at most 35 EPC characters)")


def _with_our_identifiers(content: bytes, message_id: str, created_at: datetime) -> bytes:
    """Replace sepaxml's random message and payment-information ids and its wall-clock time.

    Edited in the bytes, element by element, so the rest of sepaxml's output stays as it wrote it.
    """
    namespaces = {"p": PAIN_001_NAMESPACE}
    document = ET.fromstring(content)
    replacements = {
        # One payment information block per execution date; a file has one date, so one block.
        "p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId": message_id,
        "p:CstmrCdtTrfInitn/p:GrpHdr/p:CreDtTm": created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "p:CstmrCdtTrfInitn/p:PmtInf/p:PmtInfId": message_id,
    }
    for path, value in replacements.items():
        element = _only(document, path, namespaces)
        tag = element.tag.rsplit("}", 1)[-1]
        written = f"<{tag}>{element.text}</{tag}>".encode()
        if content.count(written) != 1:
            raise PayoutFileRejected(f"cannot set {tag}: {written!r} occurs {content.count(written)} times in sepaxml's output")
        content = content.replace(written, f"<{tag}>{value}</{tag}>".encode())
    return content


def _check_totals(content: bytes, payouts: Sequence[Payout], message_id: str) -> None:
    """Re-read the file: transaction count, control sums and every transfer match the payouts."""
    namespaces = {"p": PAIN_001_NAMESPACE}
    document = ET.fromstring(content)
    expected_total = eur_decimal(sum(payout.amount_minor for payout in payouts))
    found = {
        "GrpHdr/NbOfTxs": _only(document, "p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces).text,
        "GrpHdr/CtrlSum": _only(document, "p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces).text,
        "PmtInf/CtrlSum": _only(document, "p:CstmrCdtTrfInitn/p:PmtInf/p:CtrlSum", namespaces).text,
        "transfers": [
            (
                transaction.findtext("p:PmtId/p:EndToEndId", namespaces=namespaces),
                transaction.findtext("p:Amt/p:InstdAmt", namespaces=namespaces),
                transaction.find("p:Amt/p:InstdAmt", namespaces).get("Ccy"),  # type: ignore[union-attr]
            )
            for transaction in document.iterfind("p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf", namespaces)
        ],
    }
    expected = {
        "GrpHdr/NbOfTxs": str(len(payouts)),
        "GrpHdr/CtrlSum": expected_total,
        "PmtInf/CtrlSum": expected_total,
        "transfers": [(payout.payout_id, eur_decimal(payout.amount_minor), "EUR") for payout in payouts],
    }
    if found != expected:
        raise PayoutFileRejected(f"pain.001 file {message_id} does not add up: found {found}, expected {expected}")


def _only(document: ET.Element, path: str, namespaces: dict[str, str]) -> ET.Element:
    matches = document.findall(path, namespaces)
    if len(matches) != 1:
        raise PayoutFileRejected(f"expected one {path} in the pain.001 file, found {len(matches)}")
    return matches[0]


@functools.cache
def _pain_001_schema() -> xmlschema.XMLSchema:
    """The pain.001.001.03 XSD that sepaxml ships (the ISO 20022 archive's), parsed once."""
    schema_file = importlib.resources.files("sepaxml").joinpath("schemas", f"{PAIN_001_SCHEMA}.xsd")
    with importlib.resources.as_file(schema_file) as path:
        return xmlschema.XMLSchema(str(path))
