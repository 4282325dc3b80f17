"""Payee accounts: IBAN/BIC validation and normalisation, the other currencies' forms, masking."""

from __future__ import annotations

import pytest

from chainbridge_common.errors import InvalidArgument
from pay_server.domain.payees import (
    LEGAL_NAME_MAX_CHARS,
    AccountScheme,
    PayeeAccountInput,
    mask_account_number,
    normalise_iban,
    validate_payee_account,
)


def eur(iban: str, bic: str = "", legal_name: str = "Spedition Müller GmbH") -> PayeeAccountInput:
    return PayeeAccountInput(currency="EUR", legal_name=legal_name, iban=iban, bic=bic)


def violations_of(submitted: PayeeAccountInput, payee_id: str = "carrier-1") -> dict[str, str]:
    with pytest.raises(InvalidArgument) as error:
        validate_payee_account(payee_id, submitted)
    assert error.value.reason == "INVALID_PAYEE_ACCOUNT"
    return {violation.field: violation.description for violation in error.value.violations}


# ---------------------------------------------------------------- EUR: IBAN and BIC


@pytest.mark.parametrize(
    ("iban", "bic", "country"),
    [
        ("DE89370400440532013000", "COBADEFFXXX", "DE"),
        ("FR1420041010050500013M02606", "BNPAFRPP", "FR"),
        ("NL91ABNA0417164300", "ABNANL2A", "NL"),
        ("BE68539007547034", "", "BE"),
        ("ES9121000418450200051332", "", "ES"),
        ("IT60X0542811101000000123456", "", "IT"),
        ("AT611904300234573201", "", "AT"),
        ("FI2112345600000785", "", "FI"),
        ("CH9300762011623852957", "UBSWCHZH80A", "CH"),
        ("GB29NWBK60161331926819", "NWBKGB2L", "GB"),
    ],
)
def test_valid_ibans_from_several_countries_are_accepted(iban, bic, country):
    account = validate_payee_account("carrier-1", eur(iban, bic))
    assert account.scheme is AccountScheme.IBAN
    assert account.account_number == iban
    assert account.bank_code == bic
    assert account.country_code == country


def test_iban_and_bic_are_normalised_to_upper_case_without_spaces():
    account = validate_payee_account("carrier-1", eur(" de89 3704 0044\t0532 0130 00 ", "coba de ff xxx"))
    assert account.account_number == "DE89370400440532013000"
    assert account.bank_code == "COBADEFFXXX"
    assert normalise_iban("fr14 2004 1010 0505 0001 3m02 606") == "FR1420041010050500013M02606"


def test_iban_with_wrong_check_digits_is_refused():
    assert "check digits" in violations_of(eur("DE88370400440532013000"))["account.iban"]


def test_every_single_mistyped_digit_of_an_iban_is_caught():
    valid = "DE89370400440532013000"
    for position in range(2, len(valid)):
        for digit in "0123456789":
            if digit == valid[position]:
                continue
            typo = valid[:position] + digit + valid[position + 1 :]
            assert "account.iban" in violations_of(eur(typo)), typo


@pytest.mark.parametrize("iban", ["DE8937040044053201300", "DE893704004405320130000"])
def test_iban_of_the_wrong_length_names_the_country_length(iban):
    assert violations_of(eur(iban))["account.iban"] == f"DE IBANs have 22 characters, got {len(iban)}"


def test_iban_with_an_unknown_country_is_refused():
    assert "not a country" in violations_of(eur("XX89370400440532013000"))["account.iban"]


def test_iban_not_in_the_country_format_is_refused():
    # Right length, but a German BBAN is digits only.
    assert "format" in violations_of(eur("DE8937040044053201300A"))["account.iban"]


def test_iban_outside_the_sepa_zone_cannot_take_eur_payouts():
    assert "outside the SEPA zone" in violations_of(eur("TR330006100519786457841326"))["account.iban"]


def test_eur_account_requires_an_iban():
    assert violations_of(eur(""))["account.iban"] == "is required for EUR accounts"


@pytest.mark.parametrize(
    ("bic", "expected"),
    [
        ("DEUTDEF", "8 or 11 characters"),
        ("DEUTDEFF50", "8 or 11 characters"),
        ("DEU1DEFF", "is not a BIC"),  # digit in the bank code: pain.001.001.03 refuses it
        ("DEUTDE0O", "is not a BIC"),  # 'O' as the 8th character is reserved
        ("DEUTQQFF", "not a country code"),
    ],
)
def test_malformed_bic_is_refused(bic, expected):
    assert expected in violations_of(eur("DE89370400440532013000", bic))["account.bic"]


def test_bic_must_be_from_the_iban_country():
    description = violations_of(eur("DE89370400440532013000", "BNPAFRPP"))["account.bic"]
    assert "FR" in description and "DE" in description


@pytest.mark.parametrize("bic", ["NWBKGB2L", "RBOSJESH", "RBOSGGSX", "RBOSIMD2"])
def test_gb_ibans_accept_bics_of_jersey_guernsey_and_the_isle_of_man(bic):
    assert validate_payee_account("carrier-1", eur("GB29NWBK60161331926819", bic)).bank_code == bic


def test_bic_is_required_for_sepa_banks_outside_the_eea():
    assert "required for CH" in violations_of(eur("CH9300762011623852957"))["account.bic"]
    assert "required for GB" in violations_of(eur("GB29NWBK60161331926819"))["account.bic"]


def test_bic_is_optional_inside_the_eea():
    assert validate_payee_account("carrier-1", eur("DE89370400440532013000")).bank_code == ""


# ---------------------------------------------------------------- other currencies


@pytest.mark.parametrize("routing_number", ["021000021", "011000015", "121000358", "0210-00021"])
def test_usd_account_takes_an_aba_routing_number_with_a_valid_checksum(routing_number):
    account = validate_payee_account(
        "carrier-1",
        PayeeAccountInput(currency="USD", legal_name="Acme Freight LLC", routing_number=routing_number, account_number="000123456789"),
    )
    assert account.scheme is AccountScheme.US_ABA
    assert account.bank_code == routing_number.replace("-", "")
    assert account.account_number == "000123456789"


@pytest.mark.parametrize(
    ("routing_number", "expected"),
    [
        ("021000022", "fails the ABA checksum"),
        ("129999999", "fails the ABA checksum"),
        ("991000012", "routing symbol"),  # checksum fine, prefix 99 does not exist
        ("02100002", "must be 9 digits"),
        ("02100002A", "must be 9 digits"),
    ],
)
def test_usd_account_with_a_bad_routing_number_is_refused(routing_number, expected):
    submitted = PayeeAccountInput(currency="USD", legal_name="Acme", routing_number=routing_number, account_number="123456789")
    assert expected in violations_of(submitted)["account.routing_number"]


def test_gbp_account_takes_a_sort_code_and_an_eight_digit_account_number():
    account = validate_payee_account(
        "carrier-1", PayeeAccountInput(currency="GBP", legal_name="Haulage Ltd", sort_code="20-00-00", account_number="5577 9911")
    )
    assert (account.scheme, account.bank_code, account.account_number, account.country_code) == (
        AccountScheme.GB_SORT_CODE,
        "200000",
        "55779911",
        "GB",
    )


def test_gbp_account_with_short_numbers_is_refused():
    found = violations_of(PayeeAccountInput(currency="GBP", legal_name="Haulage Ltd", sort_code="20-00", account_number="5577991"))
    assert found == {"account.sort_code": "must be 6 digits", "account.account_number": "must be 8 digits"}


def test_other_currencies_take_a_bank_identifier_and_an_account_number():
    account = validate_payee_account(
        "carrier-1", PayeeAccountInput(currency="JPY", legal_name="Nippon Trucking", bank_identifier="mhcb jpjt", account_number="123-4567")
    )
    assert (account.scheme, account.bank_code, account.account_number) == (AccountScheme.BANK_ACCOUNT, "MHCBJPJT", "1234567")


def test_fields_of_another_currency_are_refused_not_ignored():
    found = violations_of(
        PayeeAccountInput(
            currency="GBP", legal_name="Haulage Ltd", sort_code="200000", account_number="55779911", iban="GB29NWBK60161331926819"
        )
    )
    assert found == {"account.iban": "is not used for GBP accounts (GBP takes account_number and sort_code)"}


# ---------------------------------------------------------------- shared rules


def test_every_bad_field_is_reported_at_once():
    found = violations_of(PayeeAccountInput(currency="USD", legal_name=" ", routing_number="021000022", account_number="12"), payee_id="")
    assert set(found) == {"payee_id", "account.legal_name", "account.routing_number", "account.account_number"}


@pytest.mark.parametrize("currency", ["eur", "EURO", "XXX", ""])
def test_currency_must_be_an_upper_case_iso_code(currency):
    assert "ISO 4217" in violations_of(PayeeAccountInput(currency=currency, legal_name="Acme"))["account.currency"]


def test_legal_name_is_trimmed_and_limited_to_seventy_characters():
    account = validate_payee_account("carrier-1", eur("DE89370400440532013000", legal_name="  Spedition   Müller  "))
    assert account.legal_name == "Spedition Müller"
    too_long = "A" * (LEGAL_NAME_MAX_CHARS + 1)
    assert "at most 70" in violations_of(eur("DE89370400440532013000", legal_name=too_long))["account.legal_name"]
    assert "control" in violations_of(eur("DE89370400440532013000", legal_name="Acme\u200bGmbH"))["account.legal_name"]


# ---------------------------------------------------------------- masking


def test_masked_iban_keeps_country_check_digits_and_last_four_only():
    account = validate_payee_account("carrier-1", eur("DE89370400440532013000"))
    assert account.masked_account_number == "DE89 **** **** **** 3000"
    assert "0532" not in account.masked_account_number


def test_masked_iban_does_not_reveal_the_length():
    assert len(mask_account_number(AccountScheme.IBAN, "NL91ABNA0417164300")) == len(
        mask_account_number(AccountScheme.IBAN, "MT84MALT011000012345MTLCAST001S")
    )


def test_masked_account_number_shows_the_last_four_digits():
    assert mask_account_number(AccountScheme.US_ABA, "000123456789") == "****6789"
    assert mask_account_number(AccountScheme.BANK_ACCOUNT, "1234") == "****"
