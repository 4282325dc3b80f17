"""Payee bank accounts: where a carrier's payouts go, one account per (payee, currency).

The currency decides the account's form (its scheme):

    EUR    IBAN (+ optional BIC)            paid by SEPA credit transfer
    USD    ABA routing number + account      9-digit routing number with its checksum
    GBP    sort code + account number        6 + 8 digits (no modulus check: needs Vocalink's table)
    other  bank identifier + account number  letters and digits, as the payee's bank gives them

IBANs are checked with schwifty: country, country-specific length and format (BBAN
structure) and the ISO 7064 mod-97 check digits. National check digits inside the BBAN are
not checked: in Germany alone they depend on the bank, and a wrong algorithm would refuse a
real account, while mod-97 already catches every single mistyped character.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors

from chainbridge_common.domain.currency import is_known_currency
from chainbridge_common.errors import Violations

# SEPA carries the creditor's name in 70 characters (EPC implementation guidelines), so a
# longer legal name could not be sent unabridged on the rail that pays most of our payouts.
LEGAL_NAME_MAX_CHARS = 70
PAYEE_ID_MAX_CHARS = 128

# The BIC pattern of ISO 20022 pain.001.001.03 (BICIdentifier). It is stricter than ISO 9362
# as schwifty checks it (letters only in the bank code, no 'O' as the 8th character), and a
# BIC the schema refuses would only fail later, when the payout file is built.
_PAIN_001_BIC_PATTERN = re.compile(r"[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")

# The European Economic Area. The SEPA credit transfer rulebook makes the beneficiary's BIC
# mandatory when the payee's bank is in a SEPA country outside it (CH, GB, MC, SM, AD, VA...).
EEA_COUNTRIES = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split())

# Territories that use another country's IBANs while their banks' BICs carry their own
# country code (Channel Islands and Isle of Man with GB IBANs, French overseas territories
# with FR IBANs, Aland with FI IBANs). Everywhere else the BIC's country is the IBAN's.
_BIC_COUNTRIES_FOR_IBAN_COUNTRY: dict[str, frozenset[str]] = {
    "GB": frozenset({"GB", "JE", "GG", "IM"}),
    "FR": frozenset({"FR", "GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"}),
    "FI": frozenset({"FI", "AX"}),
}

_DIGITS = re.compile(r"[0-9]+")
_LETTERS_AND_DIGITS = re.compile(r"[A-Z0-9]+")
# Routing numbers start with 00-12 (banks), 21-32 (thrift institutions), 61-72 (electronic) or 80 (travellers' cheques).
_ABA_PREFIXES = frozenset([f"{n:02d}" for n in (*range(0, 13), *range(21, 33), *range(61, 73), 80)])
_ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)


class AccountScheme(enum.StrEnum):
    IBAN = "IBAN"
    US_ABA = "US_ABA"
    GB_SORT_CODE = "GB_SORT_CODE"
    BANK_ACCOUNT = "BANK_ACCOUNT"


SCHEME_BY_CURRENCY: dict[str, AccountScheme] = {
    "EUR": AccountScheme.IBAN,
    "USD": AccountScheme.US_ABA,
    "GBP": AccountScheme.GB_SORT_CODE,
}

# Which submitted fields each scheme reads; any other non-empty field is a caller's mistake.
_FIELDS_BY_SCHEME: dict[AccountScheme, frozenset[str]] = {
    AccountScheme.IBAN: frozenset({"iban", "bic"}),
    AccountScheme.US_ABA: frozenset({"routing_number", "account_number"}),
    AccountScheme.GB_SORT_CODE: frozenset({"sort_code", "account_number"}),
    AccountScheme.BANK_ACCOUNT: frozenset({"bank_identifier", "account_number"}),
}


def scheme_for(currency: str) -> AccountScheme:
    """The account form a payee registers for payouts in `currency`."""
    return SCHEME_BY_CURRENCY.get(currency, AccountScheme.BANK_ACCOUNT)


@dataclass(frozen=True)
class PayeeAccountInput:
    """A payee's account as submitted (RegisterPayeeAccount): raw strings, "" when absent."""

    currency: str
    legal_name: str
    iban: str = ""
    bic: str = ""
    routing_number: str = ""
    sort_code: str = ""
    account_number: str = ""
    bank_identifier: str = ""


@dataclass(frozen=True)
class PayeeAccount:
    """A validated, normalised payee account for one currency.

    `account_number` is the IBAN for IBAN accounts; `bank_code` is the BIC ("" when not
    given), the ABA routing number, the sort code or the bank identifier; `country_code` is
    the IBAN's country, "US", "GB", or "" for the generic form.
    """

    payee_id: str
    currency: str
    legal_name: str
    scheme: AccountScheme
    account_number: str
    bank_code: str
    country_code: str

    @property
    def masked_account_number(self) -> str:
        """The account number for display: an IBAN keeps its country, check digits and last four."""
        return mask_account_number(self.scheme, self.account_number)


@dataclass(frozen=True)
class RegisteredPayeeAccount:
    """A payee's account as stored: the account, its version (1 when first registered, +1 on
    every change) and when it was registered and last changed."""

    account: PayeeAccount
    version: int
    create_time: datetime
    update_time: datetime


@dataclass(frozen=True)
class PayeeAccountChange:
    """One registration or change of a payee's account (append-only history). Account numbers
    appear masked: the history says that and when the account changed, and who changed it."""

    payee_id: str
    currency: str
    version: int
    legal_name: str
    scheme: AccountScheme
    masked_account_number: str
    previous_masked_account_number: str  # "" for the first registration
    bank_code: str
    actor: str
    request_id: str
    create_time: datetime


def register_account(
    current: RegisteredPayeeAccount | None, account: PayeeAccount, *, actor: str, request_id: str, now: datetime
) -> tuple[RegisteredPayeeAccount, PayeeAccountChange | None]:
    """The stored account after registering `account`, and the history row of the change;
    None when `account` is the one already registered (nothing changes, no new version)."""
    if current is not None and current.account == account:
        return current, None
    version = 1 if current is None else current.version + 1
    registered = (
        RegisteredPayeeAccount(account, 1, now, now)
        if current is None
        else dataclasses.replace(current, account=account, version=version, update_time=now)
    )
    change = PayeeAccountChange(
        payee_id=account.payee_id,
        currency=account.currency,
        version=version,
        legal_name=account.legal_name,
        scheme=account.scheme,
        masked_account_number=account.masked_account_number,
        previous_masked_account_number=current.account.masked_account_number if current is not None else "",
        bank_code=account.bank_code,
        actor=actor,
        request_id=request_id,
        create_time=now,
    )
    return registered, change


def mask_account_number(scheme: AccountScheme, account_number: str) -> str:
    """`DE89 **** **** **** 3000` for an IBAN, `****6789` otherwise; the length is not revealed."""
    if scheme is AccountScheme.IBAN:
        return f"{account_number[:4]} **** **** **** {account_number[-4:]}"
    return "****" + (account_number[-4:] if len(account_number) > 4 else "")


def normalise_iban(value: str) -> str:
    """Upper case without spaces: the electronic form an IBAN travels in."""
    return "".join(value.split()).upper()


def validate_payee_account(payee_id: str, submitted: PayeeAccountInput, field_path: str = "account") -> PayeeAccount:
    """Check and normalise a submitted account, or raise InvalidArgument naming every bad field."""
    violations = Violations()
    payee_id = payee_id.strip()
    if not payee_id:
        violations.add("payee_id", "is required")
    elif len(payee_id) > PAYEE_ID_MAX_CHARS:
        violations.add("payee_id", f"must be at most {PAYEE_ID_MAX_CHARS} characters")
    legal_name = _check_legal_name(violations, f"{field_path}.legal_name", submitted.legal_name)
    currency = submitted.currency
    if not is_known_currency(currency):
        violations.add(f"{field_path}.currency", f"{currency!r} is not an ISO 4217 currency code in upper case (e.g. EUR, USD)")
        violations.raise_if_any(reason="INVALID_PAYEE_ACCOUNT")
    scheme = scheme_for(currency)
    for name in ("iban", "bic", "routing_number", "sort_code", "account_number", "bank_identifier"):
        if getattr(submitted, name).strip() and name not in _FIELDS_BY_SCHEME[scheme]:
            expected = " and ".join(sorted(_FIELDS_BY_SCHEME[scheme]))
            violations.add(f"{field_path}.{name}", f"is not used for {currency} accounts ({currency} takes {expected})")
    if scheme is AccountScheme.IBAN:
        account_number, bank_code, country_code = _check_iban_account(violations, field_path, submitted.iban, submitted.bic)
    elif scheme is AccountScheme.US_ABA:
        bank_code = _check_routing_number(violations, f"{field_path}.routing_number", submitted.routing_number)
        account_number = _check_digits(violations, f"{field_path}.account_number", submitted.account_number, 4, 17)
        country_code = "US"
    elif scheme is AccountScheme.GB_SORT_CODE:
        bank_code = _check_digits(violations, f"{field_path}.sort_code", submitted.sort_code, 6, 6)
        account_number = _check_digits(violations, f"{field_path}.account_number", submitted.account_number, 8, 8)
        country_code = "GB"
    else:
        bank_code = _check_letters_and_digits(violations, f"{field_path}.bank_identifier", submitted.bank_identifier, 35)
        account_number = _check_letters_and_digits(violations, f"{field_path}.account_number", submitted.account_number, 34)
        country_code = ""
    violations.raise_if_any(reason="INVALID_PAYEE_ACCOUNT")
    return PayeeAccount(payee_id, currency, legal_name, scheme, account_number, bank_code, country_code)


def _check_legal_name(violations: Violations, field_path: str, value: str) -> str:
    name = " ".join(value.split())
    if not name:
        violations.add(field_path, "is required: the account holder's name as the bank knows it")
    elif len(name) > LEGAL_NAME_MAX_CHARS:
        violations.add(field_path, f"must be at most {LEGAL_NAME_MAX_CHARS} characters (the SEPA limit), got {len(name)}")
    elif any(unicodedata.category(char).startswith("C") for char in name):
        violations.add(field_path, "must not contain control or unassigned characters")
    return name


def _check_iban_account(violations: Violations, field_path: str, raw_iban: str, raw_bic: str) -> tuple[str, str, str]:
    """The normalised IBAN, BIC and the IBAN's country ("" where invalid)."""
    iban_path, bic_path = f"{field_path}.iban", f"{field_path}.bic"
    iban_text, bic_text = normalise_iban(raw_iban), normalise_iban(raw_bic)
    iban = _parse_iban(violations, iban_path, iban_text)
    country = iban.country_code if iban is not None else ""
    if iban is not None and not iban.in_sepa_zone:
        violations.add(iban_path, f"{country} is outside the SEPA zone: EUR payouts are SEPA credit transfers")
    if bic_text:
        bic = _parse_bic(violations, bic_path, bic_text)
        allowed_countries = _BIC_COUNTRIES_FOR_IBAN_COUNTRY.get(country, frozenset({country}))
        if bic is not None and country and bic.country_code not in allowed_countries:
            violations.add(
                bic_path, f"BIC {bic_text} is from {bic.country_code} but the IBAN is from {country}: they must be the same bank"
            )
    elif country and iban is not None and iban.in_sepa_zone and country not in EEA_COUNTRIES:
        violations.add(bic_path, f"is required for {country} IBANs: the SEPA rulebook wants the BIC for banks outside the EEA")
    return iban_text, bic_text, country


def _parse_iban(violations: Violations, field_path: str, text: str) -> IBAN | None:
    if not text:
        violations.add(field_path, "is required for EUR accounts")
        return None
    try:
        return IBAN(text)
    except schwifty_errors.InvalidCountryCode:
        violations.add(field_path, f"{text[:2]!r} is not a country that issues IBANs")
    except schwifty_errors.InvalidLength:
        expected = IBAN(text, allow_invalid=True).spec.iban_length
        violations.add(field_path, f"{text[:2]} IBANs have {expected} characters, got {len(text)}")
    except schwifty_errors.InvalidChecksumDigits:
        violations.add(field_path, "check digits do not match: a character is probably mistyped")
    except schwifty_errors.InvalidStructure:
        violations.add(field_path, "is not an IBAN in its country's format: two letters, two check digits, then letters and digits")
    except schwifty_errors.SchwiftyException as error:
        violations.add(field_path, f"is not a valid IBAN ({error})")
    return None


def _parse_bic(violations: Violations, field_path: str, text: str) -> BIC | None:
    try:
        bic = BIC(text)
    except schwifty_errors.InvalidLength:
        violations.add(field_path, f"a BIC has 8 or 11 characters, got {len(text)}")
        return None
    except schwifty_errors.InvalidCountryCode:
        violations.add(field_path, f"{text[4:6]!r} (characters 5-6) is not a country code")
        return None
    except schwifty_errors.SchwiftyException:
        bic = None
    if bic is None or not _PAIN_001_BIC_PATTERN.fullmatch(text):
        violations.add(field_path, "is not a BIC: 4-letter bank code, 2-letter country, 2-character location, optional 3-character branch")
        return None
    return bic


def _check_routing_number(violations: Violations, field_path: str, raw: str) -> str:
    """An ABA routing number: 9 digits, a known prefix, and 3-7-1 weighted digits summing to a multiple of 10."""
    digits = _check_digits(violations, field_path, raw, 9, 9)
    if not digits:
        return ""
    if digits[:2] not in _ABA_PREFIXES:
        violations.add(field_path, f"{digits} does not start with a Federal Reserve routing symbol (00-12, 21-32, 61-72 or 80)")
    elif sum(int(digit) * weight for digit, weight in zip(digits, _ABA_WEIGHTS, strict=True)) % 10:
        violations.add(field_path, f"{digits} fails the ABA checksum: a digit is probably mistyped")
    return digits


def _check_digits(violations: Violations, field_path: str, raw: str, min_length: int, max_length: int) -> str:
    """Digits with spaces and hyphens removed (sort codes are written 12-34-56), or "" with a violation."""
    value = raw.replace(" ", "").replace("-", "")
    length = f"{min_length}" if min_length == max_length else f"{min_length} to {max_length}"
    if not value:
        violations.add(field_path, f"is required ({length} digits)")
    elif not _DIGITS.fullmatch(value) or not min_length <= len(value) <= max_length:
        violations.add(field_path, f"must be {length} digits")
    else:
        return value
    return ""


def _check_letters_and_digits(violations: Violations, field_path: str, raw: str, max_length: int) -> str:
    value = raw.replace(" ", "").replace("-", "").upper()
    if not value:
        violations.add(field_path, "is required")
    elif not _LETTERS_AND_DIGITS.fullmatch(value) or len(value) > max_length:
        violations.add(field_path, f"must be letters and digits only, at most {max_length} (spaces and hyphens are dropped)")
    else:
        return value
    return ""
