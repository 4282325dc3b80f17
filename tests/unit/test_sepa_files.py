"""SEPA credit transfer files (pain.001.001.03) and the rail interface.

Every file is validated here with libxml2 (lxml), independently of the xmlschema validator
the rail itself uses, against the pain.001.001.03 XSD from the ISO 20022 message archive
that sepaxml ships; a test pins that file's hash so a changed schema cannot slip in.
"""

from __future__ import annotations

import hashlib
import importlib.resources
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.payees import PayeeAccountInput, validate_payee_account
from pay_server.domain.payouts import PayableMilestone, Payout, PayoutStatus, remittance_text
from pay_server.rails import sepa
from pay_server.rails.base import PayoutFileRejected, payout_limits, select_rail
from pay_server.rails.ledger import InternalLedgerRail
from pay_server.rails.sepa import (
    SEPA_MAX_TRANSFER_MINOR,
    SepaCreditTransferRail,
    SepaDebtor,
    build_credit_transfer_file,
    sepa_debtor_from_config,
    sepa_text,
)

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
NOW = datetime(2026, 3, 9, 14, 30, 5, tzinfo=UTC)
EXECUTION_DATE = date(2026, 3, 10)
DEBTOR = sepa_debtor_from_config("ChainBridge Escrow GmbH", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX")
# sha256 of pain.001.001.03.xsd as sepaxml 2.7.0 ships it (ISO 20022 archive, generated 2009-01-08).
PAIN_001_001_03_SHA256 = "ed4be42522e3e35b108b3ad2ebbcc65da987cddbf6cfdc20828cd4fd0d69c51a"


def schema_bytes() -> bytes:
    return importlib.resources.files("sepaxml").joinpath("schemas", "pain.001.001.03.xsd").read_bytes()


@pytest.fixture(scope="module")
def libxml2_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.fromstring(schema_bytes()))


def assert_schema_valid(schema: etree.XMLSchema, content: bytes) -> etree._Element:
    document = etree.fromstring(content)
    assert schema.validate(document), schema.error_log
    return document


def account(payee: str, iban: str, bic: str = "", name: str = "") -> object:
    return validate_payee_account(payee, PayeeAccountInput("EUR", name or f"{payee} Transport", iban=iban, bic=bic))


ACCOUNTS = {
    "carrier-de": account("carrier-de", "DE02120300000000202051", "BYLADEM1001", "Spedition Müller & Söhne GmbH"),
    "carrier-nl": account("carrier-nl", "NL91ABNA0417164300"),
    "carrier-fr": account("carrier-fr", "FR1420041010050500013M02606", "BNPAFRPP", "Transports Lefèvre SARL"),
    "carrier-ch": account("carrier-ch", "CH9300762011623852957", "UBSWCHZH80A", "Zürcher Logistik AG"),
}


def payout(payout_id: str, payee: str = "carrier-de", amounts: tuple[int, ...] = (10_000,)) -> Payout:
    lines = tuple(
        PayableMilestone(
            settlement_id=f"ms_01jd8x{payout_id[-4:]}{n:016d}",
            intent_id=f"pi_{n}",
            shipment_id=f"shp_{n}",
            milestone=T.POD_CONFIRMED,
            payee_id=payee,
            currency="EUR",
            amount_minor=amount,
            released_at=NOW - timedelta(days=1),
        )
        for n, amount in enumerate(amounts)
    )
    return Payout(payout_id, payee, "EUR", sum(amounts), ACCOUNTS[payee], lines, PayoutStatus.CREATED, NOW, NOW)  # type: ignore[arg-type]


def text(document: etree._Element, path: str) -> str:
    (value,) = document.xpath(path, namespaces=NS)
    return str(value)


# ---------------------------------------------------------------- the schema itself


def test_the_schema_is_the_iso_20022_pain_001_001_03_archive_file():
    content = schema_bytes()
    assert hashlib.sha256(content).hexdigest() == PAIN_001_001_03_SHA256
    assert b'targetNamespace="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"' in content


def test_the_independent_validator_refuses_a_broken_file(libxml2_schema):
    content = SepaCreditTransferRail(DEBTOR).submit(payout("po-01jd8x0000000000000000aaaa"), execution_date=EXECUTION_DATE, now=NOW).content
    broken = content.replace(b"<ChrgBr>SLEV</ChrgBr>", b"<ChrgBr>NOPE</ChrgBr>")
    assert broken != content
    assert not libxml2_schema.validate(etree.fromstring(broken))


# ---------------------------------------------------------------- one payout, one file


def test_submitted_payout_becomes_a_schema_valid_file_with_every_field_mapped(libxml2_schema):
    submitted = payout("po-01jd8x0000000000000000aaaa", "carrier-de", (123_456, 5))
    submission = SepaCreditTransferRail(DEBTOR).submit(submitted, execution_date=EXECUTION_DATE, now=NOW)
    assert (submission.rail, submission.reference, submission.paid_on_submit) == ("SEPA_CREDIT_TRANSFER", submitted.payout_id, False)
    assert (submission.file_name, submission.media_type) == ("po-01jd8x0000000000000000aaaa.pain.001.001.03.xml", "application/xml")

    document = assert_schema_valid(libxml2_schema, submission.content)
    header = "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr"
    info = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf"
    transfer = f"{info}/p:CdtTrfTxInf"
    assert text(document, f"{header}/p:MsgId/text()") == submitted.payout_id
    assert text(document, f"{header}/p:CreDtTm/text()") == "2026-03-09T14:30:05"
    assert text(document, f"{header}/p:NbOfTxs/text()") == "1"
    assert text(document, f"{header}/p:CtrlSum/text()") == "1234.61"
    assert text(document, f"{info}/p:PmtInfId/text()") == submitted.payout_id
    assert text(document, f"{info}/p:PmtTpInf/p:SvcLvl/p:Cd/text()") == "SEPA"
    assert text(document, f"{info}/p:ReqdExctnDt/text()") == "2026-03-10"
    assert text(document, f"{info}/p:Dbtr/p:Nm/text()") == "ChainBridge Escrow GmbH"
    assert text(document, f"{info}/p:DbtrAcct/p:Id/p:IBAN/text()") == "DE89370400440532013000"
    assert text(document, f"{info}/p:DbtrAgt/p:FinInstnId/p:BIC/text()") == "COBADEFFXXX"
    assert text(document, f"{info}/p:ChrgBr/text()") == "SLEV"
    assert text(document, f"{transfer}/p:PmtId/p:EndToEndId/text()") == submitted.payout_id
    assert text(document, f"{transfer}/p:Amt/p:InstdAmt/text()") == "1234.61"
    assert text(document, f"{transfer}/p:Amt/p:InstdAmt/@Ccy") == "EUR"
    assert text(document, f"{transfer}/p:Cdtr/p:Nm/text()") == "Spedition Muller + Sohne GmbH"
    assert text(document, f"{transfer}/p:CdtrAcct/p:Id/p:IBAN/text()") == "DE02120300000000202051"
    assert text(document, f"{transfer}/p:CdtrAgt/p:FinInstnId/p:BIC/text()") == "BYLADEM1001"
    remittance = text(document, f"{transfer}/p:RmtInf/p:Ustrd/text()")
    assert remittance == remittance_text(submitted.payout_id, submitted.lines)
    assert remittance.startswith(f"Payout {submitted.payout_id} ms-01jd8x") and remittance.count(" ms-") == 2


def test_creditor_without_a_bic_has_no_creditor_agent(libxml2_schema):
    content = (
        SepaCreditTransferRail(DEBTOR)
        .submit(payout("po-01jd8x0000000000000000bbbb", "carrier-nl"), execution_date=EXECUTION_DATE, now=NOW)
        .content
    )
    document = assert_schema_valid(libxml2_schema, content)
    assert document.xpath("//p:CdtTrfTxInf/p:CdtrAgt", namespaces=NS) == []
    assert text(document, "//p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:IBAN/text()") == "NL91ABNA0417164300"


def test_a_payout_with_many_milestones_carries_the_summary_remittance(libxml2_schema):
    many = payout("po-01jd8x0000000000000000cccc", amounts=tuple(range(100, 1_300, 100)))
    content = SepaCreditTransferRail(DEBTOR).submit(many, execution_date=EXECUTION_DATE, now=NOW).content
    document = assert_schema_valid(libxml2_schema, content)
    remittance = text(document, "//p:RmtInf/p:Ustrd/text()")
    assert remittance == "Payout po-01jd8x0000000000000000cccc: 12 milestones, itemised in its remittance advice"
    assert text(document, "//p:CdtTrfTxInf/p:Amt/p:InstdAmt/text()") == "78.00"


def test_the_same_payout_gives_the_same_bytes_and_the_clock_sets_the_creation_time():
    rail = SepaCreditTransferRail(DEBTOR)
    submitted = payout("po-01jd8x0000000000000000dddd")
    first = rail.submit(submitted, execution_date=EXECUTION_DATE, now=NOW).content
    assert rail.submit(submitted, execution_date=EXECUTION_DATE, now=NOW).content == first
    later = rail.submit(submitted, execution_date=EXECUTION_DATE, now=NOW + timedelta(hours=1)).content
    assert b"<CreDtTm>2026-03-09T15:30:05</CreDtTm>" in later and later != first


# ---------------------------------------------------------------- several payouts in one file


@pytest.mark.parametrize(
    ("amount_minor", "written"),
    [(1, "0.01"), (10, "0.10"), (99, "0.99"), (100, "1.00"), (123_456, "1234.56"), (SEPA_MAX_TRANSFER_MINOR, "999999999.99")],
)
def test_amounts_are_eur_with_two_decimals_from_minor_units(libxml2_schema, amount_minor, written):
    content = build_credit_transfer_file(
        [payout("po-01jd8x0000000000000000eeee", amounts=(amount_minor,))],
        debtor=DEBTOR,
        message_id="run-2026-03-09",
        created_at=NOW,
        execution_date=EXECUTION_DATE,
    )
    document = assert_schema_valid(libxml2_schema, content)
    assert text(document, "//p:CdtTrfTxInf/p:Amt/p:InstdAmt/text()") == written
    assert text(document, "//p:GrpHdr/p:CtrlSum/text()") == written


def test_a_file_of_several_payouts_counts_and_sums_them(libxml2_schema):
    payouts = [
        payout("po-01jd8x0000000000000000f001", "carrier-de", (10_000, 2_550)),
        payout("po-01jd8x0000000000000000f002", "carrier-fr", (99_999,)),
        payout("po-01jd8x0000000000000000f003", "carrier-ch", (1,)),
        payout("po-01jd8x0000000000000000f004", "carrier-nl", (700_000_00,)),
    ]
    content = build_credit_transfer_file(payouts, debtor=DEBTOR, message_id="run-01jd8x-eur", created_at=NOW, execution_date=EXECUTION_DATE)
    document = assert_schema_valid(libxml2_schema, content)
    assert text(document, "//p:GrpHdr/p:MsgId/text()") == "run-01jd8x-eur"
    assert text(document, "//p:GrpHdr/p:NbOfTxs/text()") == "4"
    assert text(document, "//p:PmtInf/p:NbOfTxs/text()") == "4"
    assert text(document, "//p:GrpHdr/p:CtrlSum/text()") == "701125.50"
    assert text(document, "//p:PmtInf/p:CtrlSum/text()") == "701125.50"
    transfers = document.xpath("//p:CdtTrfTxInf", namespaces=NS)
    assert [(text(t, "p:PmtId/p:EndToEndId/text()"), text(t, "p:Amt/p:InstdAmt/text()")) for t in transfers] == [
        ("po-01jd8x0000000000000000f001", "125.50"),
        ("po-01jd8x0000000000000000f002", "999.99"),
        ("po-01jd8x0000000000000000f003", "0.01"),
        ("po-01jd8x0000000000000000f004", "700000.00"),
    ]
    assert [text(t, "p:Cdtr/p:Nm/text()") for t in transfers] == [
        "Spedition Muller + Sohne GmbH",
        "Transports Lefevre SARL",
        "Zurcher Logistik AG",
        "carrier-nl Transport",
    ]


@settings(max_examples=25, deadline=None)
@given(amounts=st.lists(st.integers(1, SEPA_MAX_TRANSFER_MINOR), min_size=1, max_size=8))
def test_any_payout_amounts_give_a_valid_file_whose_control_sum_is_exact(amounts):
    schema = etree.XMLSchema(etree.fromstring(schema_bytes()))
    payouts = [payout(f"po-01jd8x0000000000000000{n:04d}", amounts=(amount,)) for n, amount in enumerate(amounts)]
    content = build_credit_transfer_file(payouts, debtor=DEBTOR, message_id="run-property", created_at=NOW, execution_date=EXECUTION_DATE)
    document = assert_schema_valid(schema, content)
    assert Decimal(text(document, "//p:GrpHdr/p:CtrlSum/text()")) * 100 == sum(amounts)
    written = [Decimal(value) * 100 for value in document.xpath("//p:InstdAmt/text()", namespaces=NS)]
    assert written == amounts


# ---------------------------------------------------------------- what never leaves


def test_a_file_failing_the_schema_is_never_returned():
    # A debtor built around the configuration check, with a BIC the schema refuses.
    bad_debtor = SepaDebtor("ChainBridge Escrow GmbH", "DE89370400440532013000", "COBA-DE-FF")
    with pytest.raises(PayoutFileRejected, match="fails the pain.001.001.03 schema"):
        SepaCreditTransferRail(bad_debtor).submit(payout("po-01jd8x0000000000000000gggg"), execution_date=EXECUTION_DATE, now=NOW)


def test_a_file_whose_totals_do_not_match_the_payouts_is_never_returned(monkeypatch):
    # Pretend the library wrote amounts differently from our minor units.
    monkeypatch.setattr(sepa, "eur_decimal", lambda amount_minor: f"{amount_minor}.00")
    with pytest.raises(PayoutFileRejected, match="does not add up"):
        SepaCreditTransferRail(DEBTOR).submit(payout("po-01jd8x0000000000000000hhhh"), execution_date=EXECUTION_DATE, now=NOW)


@pytest.mark.parametrize(
    ("payout_id", "amounts", "execution_date", "message"),
    [
        ("po_01jd8x0000000000000000iiii", (100,), EXECUTION_DATE, "end-to-end id"),
        ("po-01jd8x0000000000000000iiii", (SEPA_MAX_TRANSFER_MINOR, 1), EXECUTION_DATE, "outside SEPA"),
        ("po-01jd8x0000000000000000iiii", (100,), date(2026, 3, 8), "before the file's creation"),
    ],
)
def test_payouts_sepa_cannot_carry_are_refused_before_building(payout_id, amounts, execution_date, message):
    with pytest.raises(ValueError, match=message):
        SepaCreditTransferRail(DEBTOR).submit(payout(payout_id, amounts=amounts), execution_date=execution_date, now=NOW)


def test_non_eur_payouts_are_not_sepa():
    usd_account = validate_payee_account(
        "carrier-us", PayeeAccountInput("USD", "Acme", routing_number="021000021", account_number="123456789")
    )
    line = PayableMilestone("ms_1", "pi_1", "shp_1", T.POD_CONFIRMED, "carrier-us", "USD", 100, NOW)
    usd = Payout("po-01jd8x0000000000000000jjjj", "carrier-us", "USD", 100, usd_account, (line,), PayoutStatus.CREATED, NOW, NOW)
    with pytest.raises(ValueError, match="not EUR to an IBAN"):
        SepaCreditTransferRail(DEBTOR).submit(usd, execution_date=EXECUTION_DATE, now=NOW)


# ---------------------------------------------------------------- configuration and text


def test_the_escrow_account_configuration_is_validated():
    assert DEBTOR == SepaDebtor("ChainBridge Escrow GmbH", "DE89370400440532013000", "COBADEFFXXX")
    with pytest.raises(ValueError, match="check digits"):
        sepa_debtor_from_config("ChainBridge Escrow GmbH", "DE88370400440532013000", "COBADEFFXXX")
    with pytest.raises(ValueError, match="BIC is required"):
        sepa_debtor_from_config("ChainBridge Escrow GmbH", "DE89370400440532013000", "")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ünal Lojistik & Taşımacılık A.Ş.", "Unal Lojistik + Tasimacilik A.S."),
        ("ms_01jd  <evil>\n", "ms-01jd evil"),
        ("Łódź Trans sp. z o.o.", "Lodz Trans sp. z o.o."),
    ],
)
def test_text_is_transliterated_into_the_sepa_character_set(value, expected):
    assert sepa_text(value, 70) == expected


def test_text_is_cut_to_the_field_length():
    assert sepa_text("A" * 80, 70) == "A" * 70


# ---------------------------------------------------------------- choosing a rail


def test_eur_goes_by_sepa_and_other_currencies_by_the_internal_ledger():
    rails = [SepaCreditTransferRail(DEBTOR), InternalLedgerRail()]
    assert select_rail(rails, "EUR").name == "SEPA_CREDIT_TRANSFER"
    assert select_rail(rails, "USD").name == "INTERNAL_LEDGER"
    assert payout_limits(rails, ["EUR", "USD"]) == {"EUR": SEPA_MAX_TRANSFER_MINOR, "USD": 10**15}


def test_a_currency_without_a_rail_is_failed_precondition():
    with pytest.raises(FailedPrecondition) as error:
        select_rail([SepaCreditTransferRail(DEBTOR), InternalLedgerRail(["USD"])], "GBP")
    assert error.value.reason == "NO_PAYOUT_RAIL_FOR_CURRENCY"


def test_internal_ledger_rail_gives_a_reference_and_no_file():
    usd_account = validate_payee_account(
        "carrier-us", PayeeAccountInput("USD", "Acme", routing_number="021000021", account_number="123456789")
    )
    line = PayableMilestone("ms_1", "pi_1", "shp_1", T.POD_CONFIRMED, "carrier-us", "USD", 100, NOW)
    usd = Payout("po-01jd8x0000000000000000kkkk", "carrier-us", "USD", 100, usd_account, (line,), PayoutStatus.CREATED, NOW, NOW)
    submission = InternalLedgerRail().submit(usd, execution_date=EXECUTION_DATE, now=NOW)
    assert (submission.rail, submission.reference, submission.paid_on_submit, submission.content) == (
        "INTERNAL_LEDGER",
        "LEDGER-po-01jd8x0000000000000000kkkk",
        True,
        b"",
    )
    with pytest.raises(ValueError):
        InternalLedgerRail(["EUR"]).submit(usd, execution_date=EXECUTION_DATE, now=NOW)
