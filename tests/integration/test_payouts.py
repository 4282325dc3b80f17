"""Payouts end to end over the public stubs, on SQLite and PostgreSQL: payee accounts,
runs, SEPA files (validated against the ISO 20022 XSD here, with libxml2), the internal
ledger rail, confirmations, failures and the next run, replays, bad input, concurrent runs,
and the ledger and audit trail they leave."""

from __future__ import annotations

import hashlib
import importlib.resources
from datetime import timedelta

import grpc
import pytest
from chainbridge.payment.v1 import payment_pb2 as pb
from lxml import etree
from sqlalchemy import select

from pay_server.storage import schema
from tests.support.rpc import call_error
from tests.support.workflow import POD, Seeded, milestones, record, seed, statuses

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
# sha256 of pain.001.001.03.xsd from the ISO 20022 message archive, as sepaxml ships it.
PAIN_001_001_03_SHA256 = "ed4be42522e3e35b108b3ad2ebbcc65da987cddbf6cfdc20828cd4fd0d69c51a"

ROADRUNNER_EUR = pb.PayeeBankAccount(currency="EUR", legal_name="Roadrunner Freight B.V.", iban="NL91 ABNA 0417 1643 00", bic="ABNANL2A")
ROADRUNNER_EUR_NEW = pb.PayeeBankAccount(
    currency="EUR", legal_name="Roadrunner Freight B.V.", iban="DE02120300000000202051", bic="BYLADEM1001"
)
COYOTE_USD = pb.PayeeBankAccount(currency="USD", legal_name="Coyote Hauling LLC", routing_number="011000015", account_number="123456789")


@pytest.fixture(scope="module")
def pain_001_schema() -> etree.XMLSchema:
    content = importlib.resources.files("sepaxml").joinpath("schemas", "pain.001.001.03.xsd").read_bytes()
    assert hashlib.sha256(content).hexdigest() == PAIN_001_001_03_SHA256
    return etree.XMLSchema(etree.fromstring(content))


def valid_file(schema: etree.XMLSchema, content: bytes) -> etree._Element:
    document = etree.fromstring(content)
    assert schema.validate(document), schema.error_log
    return document


def released(stack, freight, payment, payee: str, currency: str, amount: int = 100_000, reference: str = "BOL-1") -> Seeded:
    """A LOW-tier intent whose proof of delivery released its pickup and POD shares (20 % + 70 %)."""
    seeded = seed(freight, payment, "LOW", amount_minor=amount, currency=currency, payee_id=payee, reference=reference)
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    return seeded


def approved_ids(payment, seeded: Seeded) -> set[str]:
    return {s.settlement_id for s in milestones(payment, seeded.intent_id).values() if s.status == pb.MILESTONE_STATUS_APPROVED}


def register(payment, payee: str, account: pb.PayeeBankAccount, request_id: str = "") -> pb.RegisterPayeeAccountResponse:
    return payment.RegisterPayeeAccount(pb.RegisterPayeeAccountRequest(payee_id=payee, account=account, request_id=request_id), timeout=10)


def balances(payment, intent_id: str) -> dict[str, int]:
    ledger = payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=intent_id), timeout=10)
    for journal in ledger.journals:
        assert sum(entry.amount_minor for entry in journal.entries) == 0
    return {pb.LedgerAccount.Name(b.account).removeprefix("LEDGER_ACCOUNT_"): b.balance_minor for b in ledger.balances}


def open_lines(stack) -> list[tuple[str, str]]:
    with stack.pay.db.connection() as conn:
        return [
            (row.payout_id, row.settlement_id)
            for row in conn.execute(select(schema.payout_lines).where(schema.payout_lines.c.open_settlement_id.is_not(None)))
        ]


# ---------------------------------------------------------------- the lifecycle


def test_eur_payout_lifecycle_from_run_to_file_to_paid(stack, pain_001_schema):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    first = released(stack, freight, payment, "roadrunner-freight", "EUR", 100_000, "BOL-1")
    second = released(stack, freight, payment, "roadrunner-freight", "EUR", 50_001, "BOL-2")
    unregistered = released(stack, freight, payment, "wile-e-trucking", "EUR", 30_000, "BOL-3")
    registered = register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    assert registered.changed and registered.payee_account.version == 1
    assert registered.payee_account.masked_account_number == "NL91 **** **** **** 4300"

    run = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(currency="EUR"), timeout=10)
    (payout,) = run.payouts
    expected_ids = approved_ids(payment, first) | approved_ids(payment, second)
    assert payout.payee_id == "roadrunner-freight" and payout.status == pb.PAYOUT_STATUS_CREATED
    assert payout.amount.amount_minor == 90_000 + 45_001 and payout.amount.currency == "EUR"
    assert payout.line_count == 4 and payout.creditor.account_version == 1
    # The payee without an account is listed with the reason and its money, not dropped.
    (skipped,) = run.skipped_payees
    assert (skipped.payee_id, skipped.reason, skipped.line_count, skipped.amount.amount_minor) == (
        "wile-e-trucking",
        pb.PAYOUT_SKIP_REASON_NO_ACCOUNT_FOR_CURRENCY,
        2,
        27_000,
    )
    assert "RegisterPayeeAccount" in skipped.description
    assert statuses(payment, unregistered.intent_id)["POD_CONFIRMED"] == "APPROVED"

    details = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout.payout_id), timeout=10)
    assert {line.settlement_id for line in details.payout.lines} == expected_ids
    assert {line.shipment_id for line in details.payout.lines} == {first.shipment_id, second.shipment_id}
    assert sum(line.amount.amount_minor for line in details.payout.lines) == payout.amount.amount_minor
    assert [e.to_status for e in details.history] == [pb.PAYOUT_STATUS_CREATED]
    assert details.remittance_advice_csv.splitlines()[-1].endswith("TOTAL,,1350.01,EUR")
    # Created, nothing moved yet: still payable.
    assert balances(payment, first.intent_id)["CARRIER_PAYABLE"] == 90_000

    file = payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout.payout_id), timeout=10)
    assert file.submitted_now and file.payout.status == pb.PAYOUT_STATUS_SUBMITTED
    assert file.payout.rail == "SEPA_CREDIT_TRANSFER" and file.media_type == "application/xml"
    assert file.sha256 == hashlib.sha256(file.content).hexdigest()
    document = valid_file(pain_001_schema, file.content)
    transfer = document.find("p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf", NS)
    assert transfer.findtext("p:PmtId/p:EndToEndId", namespaces=NS) == payout.payout_id
    assert transfer.findtext("p:Amt/p:InstdAmt", namespaces=NS) == "1350.01"
    assert transfer.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=NS) == "NL91ABNA0417164300"
    assert document.findtext("p:CstmrCdtTrfInitn/p:PmtInf/p:DbtrAcct/p:Id/p:IBAN", namespaces=NS) == "DE89370400440532013000"
    assert document.findtext("p:CstmrCdtTrfInitn/p:PmtInf/p:ReqdExctnDt", namespaces=NS) == file.payout.execution_date
    in_transit = balances(payment, first.intent_id)
    assert (in_transit["CARRIER_PAYABLE"], in_transit["CARRIER_IN_TRANSIT"], in_transit["CARRIER_PAID"]) == (0, 90_000, 0)
    # Later calls answer the stored bytes and change nothing.
    stack.clock.advance(timedelta(days=2))
    again = payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout.payout_id, requested_execution_date="2027-01-04"), timeout=10)
    assert again.content == file.content and not again.submitted_now

    confirmed = payment.ConfirmPayout(
        pb.ConfirmPayoutRequest(payout_id=payout.payout_id, bank_reference="BANK-2026-0001", request_id="confirm-1"), timeout=10
    )
    assert confirmed.payout.status == pb.PAYOUT_STATUS_PAID and confirmed.payout.bank_reference == "BANK-2026-0001"
    assert {s.settlement_id for s in confirmed.settlements} == expected_ids
    assert all(s.status == pb.MILESTONE_STATUS_SETTLED and s.rail_reference == "BANK-2026-0001" for s in confirmed.settlements)
    ledger = balances(payment, first.intent_id)
    assert (ledger["CARRIER_PAYABLE"], ledger["CARRIER_IN_TRANSIT"], ledger["CARRIER_PAID"]) == (0, 0, 90_000)
    audit = payment.GetShipmentAudit(pb.GetShipmentAuditRequest(shipment_id=first.shipment_id), timeout=10)
    (totals,) = audit.totals
    assert (totals.released_minor, totals.settled_minor, totals.remaining_minor) == (90_000, 90_000, 10_000)
    assert not open_lines(stack)

    history = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout.payout_id), timeout=10).history
    assert [e.to_status for e in history] == [pb.PAYOUT_STATUS_CREATED, pb.PAYOUT_STATUS_SUBMITTED, pb.PAYOUT_STATUS_PAID]
    error = call_error(payment.FailPayout, pb.FailPayoutRequest(payout_id=payout.payout_id, return_reason="AC04"))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "PAYOUT_ALREADY_PAID")
