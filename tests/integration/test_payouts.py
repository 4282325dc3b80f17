"""Payouts end to end over the public stubs, on SQLite and PostgreSQL: payee accounts,
runs, SEPA files (validated against the ISO 20022 XSD here, with libxml2), the internal
ledger rail, confirmations, failures and the next run, replays, bad input, concurrent runs,
and the ledger and audit trail they leave."""

from __future__ import annotations

import hashlib
import importlib.resources
import threading
import uuid
from collections import defaultdict
from datetime import timedelta

import grpc
import pytest
from chainbridge.payment.v1 import payment_pb2 as pb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from pay_server.storage import schema
from tests.fuzz.invariants import assert_invariants
from tests.support.rpc import call_error
from tests.support.servers import start_stack
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


def test_other_currencies_are_paid_through_the_internal_ledger_in_the_run(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "coyote-hauling", "USD", 1_000_005)
    register(payment, "coyote-hauling", COYOTE_USD)

    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    assert payout.status == pb.PAYOUT_STATUS_PAID and payout.rail == "INTERNAL_LEDGER"
    assert payout.bank_reference == payout.rail_reference == f"LEDGER-{payout.payout_id}"
    assert payout.creditor.masked_account_number == "****6789" and payout.creditor.bank_code == "011000015"
    assert set(statuses(payment, seeded.intent_id).values()) == {"SETTLED"}
    ledger = balances(payment, seeded.intent_id)
    assert (ledger["CARRIER_PAYABLE"], ledger["CARRIER_IN_TRANSIT"], ledger["CARRIER_PAID"]) == (0, 0, 900_005)
    kinds = [j.kind for j in payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=seeded.intent_id), timeout=10).journals]
    assert kinds.count("PAYOUT_SUBMITTED") == kinds.count("PAYOUT_PAID") == 2
    history = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout.payout_id), timeout=10).history
    assert [e.to_status for e in history] == [pb.PAYOUT_STATUS_CREATED, pb.PAYOUT_STATUS_SUBMITTED, pb.PAYOUT_STATUS_PAID]

    error = call_error(payment.GetPayoutFile, pb.GetPayoutFileRequest(payout_id=payout.payout_id))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "PAYOUT_HAS_NO_FILE")
    # Nothing is left to pay: the next run creates nothing.
    assert not payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts


def test_a_failed_payout_returns_its_milestones_and_the_next_run_pays_them(stack, pain_001_schema):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR", 100_000)
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (first,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=first.payout_id), timeout=10)
    # While it is open, nothing else can take or settle its milestones.
    assert not payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    error = call_error(payment.CompleteSettlement, pb.CompleteSettlementRequest(intent_id=seeded.intent_id))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "NOTHING_TO_SETTLE")
    held = next(iter(approved_ids(payment, seeded)))
    error = call_error(payment.CompleteSettlement, pb.CompleteSettlementRequest(settlement_id=held))
    assert (error.code, error.reason, error.metadata["payout_id"]) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "MILESTONE_IN_OPEN_PAYOUT",
        first.payout_id,
    )

    failed = payment.FailPayout(pb.FailPayoutRequest(payout_id=first.payout_id, return_reason="AC04 account closed"), timeout=10).payout
    assert failed.status == pb.PAYOUT_STATUS_FAILED and failed.failure_reason == "AC04 account closed"
    assert set(statuses(payment, seeded.intent_id).values()) == {"APPROVED"}
    ledger = balances(payment, seeded.intent_id)
    assert (ledger["CARRIER_PAYABLE"], ledger["CARRIER_IN_TRANSIT"]) == (90_000, 0)
    assert not open_lines(stack)

    (second,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    assert second.payout_id != first.payout_id and second.amount.amount_minor == 90_000
    lines = payment.GetPayout(pb.GetPayoutRequest(payout_id=second.payout_id), timeout=10).payout.lines
    assert {line.settlement_id for line in lines} == approved_ids(payment, seeded)
    file = payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=second.payout_id), timeout=10)
    valid_file(pain_001_schema, file.content)
    payment.ConfirmPayout(pb.ConfirmPayoutRequest(payout_id=second.payout_id, bank_reference="BANK-2"), timeout=10)
    assert set(statuses(payment, seeded.intent_id).values()) == {"SETTLED"}
    ledger = balances(payment, seeded.intent_id)
    assert (ledger["CARRIER_PAYABLE"], ledger["CARRIER_IN_TRANSIT"], ledger["CARRIER_PAID"]) == (0, 0, 90_000)
    journals = payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=seeded.intent_id), timeout=10).journals
    assert {(j.kind, j.payout_id) for j in journals if j.payout_id} == {
        ("PAYOUT_SUBMITTED", first.payout_id),
        ("PAYOUT_RETURNED", first.payout_id),
        ("PAYOUT_SUBMITTED", second.payout_id),
        ("PAYOUT_PAID", second.payout_id),
    }
    # The failed payout keeps its file, and stays failed.
    assert payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=first.payout_id), timeout=10).payout.status == pb.PAYOUT_STATUS_FAILED


def test_a_payout_failed_before_it_was_sent_moves_no_money(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    payment.FailPayout(pb.FailPayoutRequest(payout_id=payout.payout_id, return_reason="withdrawn: wrong run"), timeout=10)
    journals = payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=seeded.intent_id), timeout=10).journals
    assert not [j for j in journals if j.payout_id]
    error = call_error(payment.GetPayoutFile, pb.GetPayoutFileRequest(payout_id=payout.payout_id))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "PAYOUT_ALREADY_FAILED")
    error = call_error(payment.ConfirmPayout, pb.ConfirmPayoutRequest(payout_id=payout.payout_id, bank_reference="B"))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "PAYOUT_ALREADY_FAILED")


def test_the_longest_return_reason_is_kept_whole_on_the_payout_and_fits_the_audit_trail(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    reason = "AC04 " + "x" * 507
    failed = payment.FailPayout(pb.FailPayoutRequest(payout_id=payout.payout_id, return_reason=reason), timeout=10).payout
    assert failed.failure_reason == reason
    history = payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id), timeout=10).entries
    assert history[-1].reason.startswith(f"payout {payout.payout_id} failed: back in the pool for the next run (AC04 xxx")
    assert len(history[-1].reason) == 512


def test_confirming_a_payout_whose_file_never_went_out_is_refused(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    error = call_error(payment.ConfirmPayout, pb.ConfirmPayoutRequest(payout_id=payout.payout_id, bank_reference="B"))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "PAYOUT_NOT_SUBMITTED")


# ---------------------------------------------------------------- accounts


def test_an_account_change_never_alters_a_payout_already_created(stack, pain_001_schema):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR, request_id="acct-1")
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts

    changed = register(payment, "roadrunner-freight", ROADRUNNER_EUR_NEW, request_id="acct-2")
    assert changed.changed and changed.payee_account.version == 2
    again = register(payment, "roadrunner-freight", ROADRUNNER_EUR_NEW)
    assert not again.changed and again.payee_account.version == 2

    kept = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout.payout_id), timeout=10).payout
    assert kept.creditor.masked_account_number == "NL91 **** **** **** 4300" and kept.creditor.account_version == 1
    file = payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout.payout_id), timeout=10)
    creditor_iban = valid_file(pain_001_schema, file.content).findtext(
        "p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:IBAN", namespaces=NS
    )
    assert creditor_iban == "NL91ABNA0417164300"

    account = payment.GetPayeeAccount(pb.GetPayeeAccountRequest(payee_id="roadrunner-freight", currency="EUR"), timeout=10)
    assert account.payee_account.masked_account_number == "DE02 **** **** **** 2051"
    assert [(c.version, c.masked_account_number, c.previous_masked_account_number, c.request_id) for c in account.changes] == [
        (1, "NL91 **** **** **** 4300", "", "acct-1"),
        (2, "DE02 **** **** **** 2051", "NL91 **** **** **** 4300", "acct-2"),
    ]
    # After a failure, the next run pays to the account as it is now.
    payment.FailPayout(pb.FailPayoutRequest(payout_id=payout.payout_id, return_reason="AC04 account closed"), timeout=10)
    (repaid,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    assert repaid.creditor.masked_account_number == "DE02 **** **** **** 2051" and repaid.creditor.account_version == 2


def test_unknown_accounts_and_payouts_are_not_found(stack):
    payment = stack.payment_stub()
    error = call_error(payment.GetPayeeAccount, pb.GetPayeeAccountRequest(payee_id="nobody", currency="EUR"))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "PAYEE_ACCOUNT_NOT_FOUND")
    for call, request in (
        (payment.GetPayout, pb.GetPayoutRequest(payout_id="po-unknown")),
        (payment.GetPayoutFile, pb.GetPayoutFileRequest(payout_id="po-unknown")),
        (payment.ConfirmPayout, pb.ConfirmPayoutRequest(payout_id="po-unknown", bank_reference="B")),
        (payment.FailPayout, pb.FailPayoutRequest(payout_id="po-unknown", return_reason="r")),
    ):
        error = call_error(call, request)
        assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "PAYOUT_NOT_FOUND"), call


# ---------------------------------------------------------------- runs


def test_run_filters_take_only_the_currency_payee_and_cut_off_asked_for(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    early = released(stack, freight, payment, "roadrunner-freight", "EUR", 10_000, "BOL-1")
    stack.clock.advance(timedelta(hours=1))
    cut_off = stack.clock.now()
    stack.clock.advance(timedelta(hours=1))
    late = released(stack, freight, payment, "roadrunner-freight", "EUR", 20_000, "BOL-2")
    other = released(stack, freight, payment, "coyote-hauling", "USD", 1_000_005, "BOL-3")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    register(payment, "coyote-hauling", COYOTE_USD)

    by_payee = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(payee_id="coyote-hauling"), timeout=10)
    assert [p.payee_id for p in by_payee.payouts] == ["coyote-hauling"] and not by_payee.skipped_payees
    assert by_payee.run.payee_id == "coyote-hauling"
    request = pb.CreatePayoutRunRequest(currency="EUR")
    request.released_before.FromDatetime(cut_off)
    (before,) = payment.CreatePayoutRun(request, timeout=10).payouts
    lines = payment.GetPayout(pb.GetPayoutRequest(payout_id=before.payout_id), timeout=10).payout.lines
    assert {line.settlement_id for line in lines} == approved_ids(payment, early)
    (after,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(currency="EUR"), timeout=10).payouts
    lines = payment.GetPayout(pb.GetPayoutRequest(payout_id=after.payout_id), timeout=10).payout.lines
    assert {line.settlement_id for line in lines} == approved_ids(payment, late)
    assert set(statuses(payment, other.intent_id).values()) == {"SETTLED"}


def test_list_payouts_pages_newest_first_and_filters(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    for index, payee in enumerate(("carrier-a", "carrier-b", "carrier-c")):
        released(stack, freight, payment, payee, "EUR", 10_000 + index, f"BOL-{index}")
        register(payment, payee, ROADRUNNER_EUR)
    released(stack, freight, payment, "coyote-hauling", "USD", 1_000_005, "BOL-9")
    register(payment, "coyote-hauling", COYOTE_USD)
    run = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10)
    assert [(p.amount.currency, p.payee_id) for p in run.payouts] == [
        ("EUR", "carrier-a"),
        ("EUR", "carrier-b"),
        ("EUR", "carrier-c"),
        ("USD", "coyote-hauling"),
    ]

    seen, token = [], ""
    while True:
        page = payment.ListPayouts(pb.ListPayoutsRequest(page_size=3, page_token=token), timeout=10)
        assert page.total_size == 4
        seen += [p.payout_id for p in page.payouts]
        token = page.next_page_token
        if not token:
            break
    assert seen == sorted((p.payout_id for p in run.payouts), reverse=True)
    created = payment.ListPayouts(pb.ListPayoutsRequest(status=pb.PAYOUT_STATUS_CREATED, currency="EUR"), timeout=10)
    assert created.total_size == 3 and all(not p.lines and p.line_count == 2 for p in created.payouts)
    assert [p.payee_id for p in payment.ListPayouts(pb.ListPayoutsRequest(payee_id="carrier-b"), timeout=10).payouts] == ["carrier-b"]
    assert payment.ListPayouts(pb.ListPayoutsRequest(run_id=run.run.run_id), timeout=10).total_size == 4
    paid = payment.ListPayouts(pb.ListPayoutsRequest(status=pb.PAYOUT_STATUS_PAID), timeout=10).payouts
    assert [p.payee_id for p in paid] == ["coyote-hauling"]
    error = call_error(payment.ListPayouts, pb.ListPayoutsRequest(page_size=3, page_token=token or "x", currency="USD"))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT


def test_eur_payouts_are_refused_naming_the_missing_configuration(databases, backend):
    stack = start_stack(databases.new_url(backend, "freight"), databases.new_url(backend, "payment"), sepa_debtor=None)
    try:
        freight, payment = stack.freight_stub(), stack.payment_stub()
        released(stack, freight, payment, "roadrunner-freight", "EUR", 10_000, "BOL-1")
        released(stack, freight, payment, "coyote-hauling", "USD", 1_000_005, "BOL-2")
        register(payment, "roadrunner-freight", ROADRUNNER_EUR)
        register(payment, "coyote-hauling", COYOTE_USD)
        for request in (pb.CreatePayoutRunRequest(currency="EUR"), pb.CreatePayoutRunRequest()):
            error = call_error(payment.CreatePayoutRun, request)
            assert (error.code, error.reason, error.metadata["currency"]) == (
                grpc.StatusCode.FAILED_PRECONDITION,
                "PAYOUT_RAIL_NOT_CONFIGURED",
                "EUR",
            )
            assert "--sepa-debtor-iban" in error.message and "PAYMENT_SEPA_DEBTOR_IBAN" in error.message
        assert payment.ListPayouts(pb.ListPayoutsRequest(), timeout=10).total_size == 0
        # Other currencies are paid as usual.
        (usd,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(currency="USD"), timeout=10).payouts
        assert usd.status == pb.PAYOUT_STATUS_PAID
    finally:
        stack.stop()


# ---------------------------------------------------------------- what the stream shows


def test_watch_settlements_streams_every_step_of_a_payout_on_its_milestones(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    stream = payment.WatchSettlements(pb.WatchSettlementsRequest(intent_id=seeded.intent_id), timeout=20)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout.payout_id), timeout=10)
    payment.ConfirmPayout(pb.ConfirmPayoutRequest(payout_id=payout.payout_id, bank_reference="BANK-7"), timeout=10)
    changes = [next(stream).change for _ in range(6)]  # three steps x two milestones
    stream.cancel()
    approved, settled = "MILESTONE_STATUS_APPROVED", "MILESTONE_STATUS_SETTLED"
    steps = [(c.from_status, c.to_status, c.reason.split(":")[0].split(" (")[0]) for c in changes]
    assert steps == [
        (approved, approved, f"payout {payout.payout_id}"),
        (approved, approved, f"payout {payout.payout_id}"),
        (approved, approved, f"payout {payout.payout_id}"),
        (approved, approved, f"payout {payout.payout_id}"),
        (approved, settled, f"paid by payout {payout.payout_id}"),
        (approved, settled, f"paid by payout {payout.payout_id}"),
    ]
    assert "taken into the payout" in changes[0].reason and "submitted via SEPA_CREDIT_TRANSFER" in changes[2].reason
    assert {c.settlement_id for c in changes} == approved_ids(payment, seeded) | {c.settlement_id for c in changes[4:]}


# ---------------------------------------------------------------- request ids


def test_every_payout_mutation_replays_its_first_answer(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    released(stack, freight, payment, "roadrunner-freight", "EUR", 10_000, "BOL-1")
    first_account = register(payment, "roadrunner-freight", ROADRUNNER_EUR, request_id="acct")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR_NEW)
    assert register(payment, "roadrunner-freight", ROADRUNNER_EUR, request_id="acct") == first_account  # not version 3

    run_request = pb.CreatePayoutRunRequest(currency="EUR", request_id="run-1")
    first_run = payment.CreatePayoutRun(run_request, timeout=10)
    (first_payout,) = first_run.payouts
    released(stack, freight, payment, "roadrunner-freight", "EUR", 20_000, "BOL-2")  # new approvals since
    assert payment.CreatePayoutRun(run_request, timeout=10) == first_run
    assert payment.ListPayouts(pb.ListPayoutsRequest(), timeout=10).total_size == 1

    payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=first_payout.payout_id), timeout=10)
    confirm = pb.ConfirmPayoutRequest(payout_id=first_payout.payout_id, bank_reference="BANK-1", request_id="confirm-1")
    confirmed = payment.ConfirmPayout(confirm, timeout=10)
    assert payment.ConfirmPayout(confirm, timeout=10) == confirmed

    (second,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(currency="EUR"), timeout=10).payouts
    fail = pb.FailPayoutRequest(payout_id=second.payout_id, return_reason="withdrawn", request_id="fail-1")
    failed = payment.FailPayout(fail, timeout=10)
    assert payment.FailPayout(fail, timeout=10) == failed

    # The same request id with another body is refused, and changes nothing.
    for call, request in (
        (payment.RegisterPayeeAccount, pb.RegisterPayeeAccountRequest(payee_id="other", account=ROADRUNNER_EUR, request_id="acct")),
        (payment.CreatePayoutRun, pb.CreatePayoutRunRequest(currency="USD", request_id="run-1")),
        (payment.ConfirmPayout, pb.ConfirmPayoutRequest(payout_id=first_payout.payout_id, bank_reference="BANK-X", request_id="confirm-1")),
        (payment.FailPayout, pb.FailPayoutRequest(payout_id=second.payout_id, return_reason="other", request_id="fail-1")),
    ):
        error = call_error(call, request)
        assert (error.code, error.reason) == (grpc.StatusCode.ALREADY_EXISTS, "REQUEST_ID_REUSED"), call
    assert (
        call_error(payment.GetPayeeAccount, pb.GetPayeeAccountRequest(payee_id="other", currency="EUR")).code == grpc.StatusCode.NOT_FOUND
    )
    assert payment.ListPayouts(pb.ListPayoutsRequest(), timeout=10).total_size == 2


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("account", "payee_id", "fields"),
    [
        (pb.PayeeBankAccount(currency="EUR", legal_name="R B.V.", iban="NL91ABNA0417164301"), "roadrunner-freight", {"account.iban"}),
        (pb.PayeeBankAccount(currency="EUR", legal_name="R B.V.", iban="US12345"), "roadrunner-freight", {"account.iban"}),
        (
            pb.PayeeBankAccount(currency="EUR", legal_name="", iban="NL91ABNA0417164300", bic="COBADEFFXXX"),
            "",
            {"payee_id", "account.legal_name", "account.bic"},
        ),
        (pb.PayeeBankAccount(currency="EUR", legal_name="R Ltd", iban="GB29NWBK60161331926819"), "roadrunner-freight", {"account.bic"}),
        (
            pb.PayeeBankAccount(currency="USD", legal_name="C LLC", routing_number="011000016", account_number="12", iban="NL91"),
            "coyote",
            {"account.routing_number", "account.account_number", "account.iban"},
        ),
        (pb.PayeeBankAccount(currency="eur", legal_name="R B.V.", iban="NL91ABNA0417164300"), "roadrunner-freight", {"account.currency"}),
    ],
    ids=["iban-check-digits", "iban-country", "name-payee-bic-country", "bic-required-outside-eea", "usd-fields", "currency-case"],
)
def test_bad_accounts_are_refused_with_every_field_named_and_nothing_stored(stack, account, payee_id, fields):
    payment = stack.payment_stub()
    error = call_error(payment.RegisterPayeeAccount, pb.RegisterPayeeAccountRequest(payee_id=payee_id, account=account))
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAYEE_ACCOUNT")
    assert set(error.fields) == fields
    with stack.pay.db.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM payee_accounts")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM payee_account_changes")).scalar_one() == 0


def test_bad_payout_requests_are_invalid_argument_and_change_nothing(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    bad_cut_off = pb.CreatePayoutRunRequest()
    bad_cut_off.released_before.seconds = -5
    for call, request, fields in (
        (payment.RegisterPayeeAccount, pb.RegisterPayeeAccountRequest(payee_id="roadrunner-freight"), {"account"}),
        (payment.GetPayeeAccount, pb.GetPayeeAccountRequest(payee_id="roadrunner-freight", currency="Euro"), {"currency"}),
        (payment.CreatePayoutRun, pb.CreatePayoutRunRequest(currency="eur"), {"currency"}),
        (payment.CreatePayoutRun, bad_cut_off, {"released_before"}),
        (payment.CreatePayoutRun, pb.CreatePayoutRunRequest(request_id="x" * 129), {"request_id"}),
        (payment.GetPayout, pb.GetPayoutRequest(payout_id="po 1"), {"payout_id"}),
        (payment.ListPayouts, pb.ListPayoutsRequest(status=99, currency="XX", run_id="a b"), {"status", "currency", "run_id"}),
        (
            payment.GetPayoutFile,
            pb.GetPayoutFileRequest(payout_id="po-1", requested_execution_date="2026-13-01"),
            {"requested_execution_date"},
        ),
        (payment.ConfirmPayout, pb.ConfirmPayoutRequest(payout_id="", bank_reference=" "), {"payout_id", "bank_reference"}),
        (payment.FailPayout, pb.FailPayoutRequest(payout_id="po-1", return_reason=""), {"return_reason"}),
    ):
        error = call_error(call, request)
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT, (call, error)
        assert set(error.fields) == fields, (call, error)
    assert payment.ListPayouts(pb.ListPayoutsRequest(), timeout=10).total_size == 0

    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    yesterday = (stack.clock.now() - timedelta(days=1)).date().isoformat()
    error = call_error(payment.GetPayoutFile, pb.GetPayoutFileRequest(payout_id=payout.payout_id, requested_execution_date=yesterday))
    assert (error.code, set(error.fields)) == (grpc.StatusCode.INVALID_ARGUMENT, {"requested_execution_date"})
    assert payment.GetPayout(pb.GetPayoutRequest(payout_id=payout.payout_id), timeout=10).payout.status == pb.PAYOUT_STATUS_CREATED
    assert balances(payment, seeded.intent_id)["CARRIER_IN_TRANSIT"] == 0


def test_the_requested_execution_date_goes_into_the_file(stack, pain_001_schema):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    wanted = (stack.clock.now() + timedelta(days=3)).date().isoformat()
    file = payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout.payout_id, requested_execution_date=wanted), timeout=10)
    assert file.payout.execution_date == wanted
    assert valid_file(pain_001_schema, file.content).findtext("p:CstmrCdtTrfInitn/p:PmtInf/p:ReqdExctnDt", namespaces=NS) == wanted


# ---------------------------------------------------------------- one open payout per milestone


def test_concurrent_runs_never_put_a_milestone_in_two_open_payouts(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    payees = ["carrier-a", "carrier-b", "carrier-c"]
    expected: set[str] = set()
    for index in range(6):
        seeded = released(stack, freight, payment, payees[index % 3], "EUR", 10_000 + index, f"BOL-{index}")
        expected |= approved_ids(payment, seeded)
    for payee in payees:
        register(payment, payee, ROADRUNNER_EUR)

    callers = 6
    start = threading.Barrier(callers)
    answers: list[pb.CreatePayoutRunResponse] = []
    failures: list[BaseException] = []

    def run(number: int) -> None:
        stub = stack.payment_stub()  # a connection of its own
        start.wait(timeout=10)
        try:
            answers.append(stub.CreatePayoutRun(pb.CreatePayoutRunRequest(request_id=f"concurrent-{number}"), timeout=60))
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not failures, failures
    held = [settlement_id for _, settlement_id in open_lines(stack)]
    assert sorted(held) == sorted(expected)  # each milestone once, in one open payout
    created = [payout.payout_id for answer in answers for payout in answer.payouts]
    assert len(created) == len(set(created)) == 3
    assert sum(payout.line_count for answer in answers for payout in answer.payouts) == len(expected)


def test_the_loser_of_a_race_the_locks_do_not_stop_is_stopped_by_the_constraint_and_retried(stack, backend, monkeypatch):
    """Take away the intent locks a run takes, and hold two runs until both have planned a
    payout of the same milestones: both insert, the database refuses the second (the UNIQUE
    open settlement id), and its transaction runs again and finds nothing left to pay."""
    if backend != "postgresql":
        pytest.skip("SQLite runs one write transaction at a time: two runs cannot interleave there")
    from pay_server.application import payouts as use_cases
    from pay_server.storage.payouts import SqlPayoutRepository

    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    both_planned = threading.Barrier(2, timeout=10)
    inserts: list[int] = []
    insert = SqlPayoutRepository.add

    def unlocked(uow, intent_ids):
        return [uow.intents.get(intent_id) for intent_id in sorted(set(intent_ids))]

    def meet_then_insert(repository, payouts):
        inserts.append(threading.get_ident())
        if inserts.count(threading.get_ident()) == 1:
            both_planned.wait()
        return insert(repository, payouts)

    monkeypatch.setattr(use_cases, "_lock_intents", unlocked)
    monkeypatch.setattr(SqlPayoutRepository, "add", meet_then_insert)
    answers: list[pb.CreatePayoutRunResponse] = []

    def run(number: int) -> None:
        answers.append(stack.payment_stub().CreatePayoutRun(pb.CreatePayoutRunRequest(request_id=f"race-{number}"), timeout=60))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(len(answer.payouts) for answer in answers) == [0, 1]
    assert len(inserts) == 3  # both first attempts, and the loser's second
    assert sorted(s for _, s in open_lines(stack)) == sorted(approved_ids(payment, seeded))


def test_the_database_refuses_a_second_open_line_for_a_milestone(stack, backend):
    """The constraint itself, under real concurrency on PostgreSQL: the second transaction
    waits for the first and then fails; on SQLite, one after the other."""
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = released(stack, freight, payment, "roadrunner-freight", "EUR")
    register(payment, "roadrunner-freight", ROADRUNNER_EUR)
    (payout,) = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(), timeout=10).payouts
    settlement_id = sorted(approved_ids(payment, seeded))[0]
    engine = create_engine(stack.pay_config.db_url)
    copy_payout = (
        "INSERT INTO payouts SELECT :new_id, run_id, payee_id, currency, amount_minor, line_count, status, part, parts, legal_name, "
        "scheme, account_number, bank_code, country_code, account_version, remittance_text, rail, rail_reference, bank_reference, "
        "failure_reason, execution_date, file_name, media_type, file_content, create_time_us, update_time_us, submit_time_us, "
        "paid_time_us, fail_time_us FROM payouts WHERE payout_id = :old_id"
    )
    open_line = (
        "INSERT INTO payout_lines SELECT :new_id, settlement_id, position, intent_id, shipment_id, milestone, amount_minor, "
        "released_at_us, settlement_id FROM payout_lines WHERE payout_id = :old_id AND settlement_id = :settlement_id"
    )
    try:
        # While the payout is open, no second payout can hold the milestone.
        with pytest.raises(IntegrityError, match="open_settlement_id"):
            with engine.begin() as conn:
                conn.execute(text(copy_payout), {"new_id": "po-copy", "old_id": payout.payout_id})
                conn.execute(text(open_line), {"new_id": "po-copy", "old_id": payout.payout_id, "settlement_id": settlement_id})
        payment.FailPayout(pb.FailPayoutRequest(payout_id=payout.payout_id, return_reason="withdrawn"), timeout=10)
        if backend != "postgresql":
            return
        # Once it failed, two transactions race to hold the milestone: one wins.
        first, second = engine.connect(), engine.connect()
        outcome: list[str] = []
        try:
            first.begin()
            first.execute(text(copy_payout), {"new_id": "po-first", "old_id": payout.payout_id})
            first.execute(text(open_line), {"new_id": "po-first", "old_id": payout.payout_id, "settlement_id": settlement_id})

            def race() -> None:
                try:
                    with second.begin():
                        second.execute(text(copy_payout), {"new_id": "po-second", "old_id": payout.payout_id})
                        second.execute(text(open_line), {"new_id": "po-second", "old_id": payout.payout_id, "settlement_id": settlement_id})
                    outcome.append("committed")
                except IntegrityError as error:
                    outcome.append(str(error.orig))

            racer = threading.Thread(target=race)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second insert did not wait for the first transaction"
            first.commit()
            racer.join(timeout=20)
            assert len(outcome) == 1 and "uq_payout_lines_open_settlement_id" in outcome[0], outcome
        finally:
            first.close()
            second.close()
    finally:
        engine.dispose()


# ---------------------------------------------------------------- any interleaving


APPROVE = st.tuples(st.just("approve"), st.integers(0, 2), st.integers(1, 10**9))
STEPS = st.lists(
    st.one_of(
        APPROVE,
        APPROVE,
        st.tuples(st.just("run"), st.sampled_from(["", "EUR", "USD"]), st.none()),
        st.tuples(st.just("file"), st.integers(0, 7), st.none()),
        st.tuples(st.just("confirm"), st.integers(0, 7), st.none()),
        st.tuples(st.just("fail"), st.integers(0, 7), st.none()),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_interleaving_of_runs_confirmations_failures_and_approvals_pays_each_milestone_once(stack, steps):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    tag = uuid.uuid4().hex[:8]  # the stack lives across examples: each has payees of its own
    payees = [(f"{tag}-eur-1", ROADRUNNER_EUR), (f"{tag}-eur-2", ROADRUNNER_EUR_NEW), (f"{tag}-usd", COYOTE_USD)]
    for payee, account in payees:
        register(payment, payee, account)
    intents: list[str] = []
    ours: list[str] = []  # payout ids, oldest first

    def run(currency: str = "") -> None:
        for payee, _ in payees:
            answer = payment.CreatePayoutRun(pb.CreatePayoutRunRequest(currency=currency, payee_id=payee), timeout=10)
            assert not answer.skipped_payees
            ours.extend(p.payout_id for p in answer.payouts)

    # Every payee has something payable and a first run has happened; then anything goes.
    steps = [("approve", 0, 100_000), ("approve", 1, 100_000), ("approve", 2, 100_000), ("run", "", None), *steps]
    for action, argument, amount in steps:
        if action == "approve":
            payee, account = payees[argument]
            seeded = released(stack, freight, payment, payee, account.currency, amount, f"BOL-{len(intents)}")
            intents.append(seeded.intent_id)
        elif action == "run":
            run(argument)
        elif ours:
            payout_id = ours[argument % len(ours)]
            try:
                if action == "file":
                    payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout_id), timeout=10)
                elif action == "confirm":
                    payment.ConfirmPayout(pb.ConfirmPayoutRequest(payout_id=payout_id, bank_reference=f"BANK-{tag}"), timeout=10)
                else:
                    payment.FailPayout(pb.FailPayoutRequest(payout_id=payout_id, return_reason="AC04 account closed"), timeout=10)
            except grpc.RpcError as error:
                assert error.code() == grpc.StatusCode.FAILED_PRECONDITION, error  # a move its status forbids
    assert_invariants(stack)

    # Then pay out whatever is left: runs, files and confirmations until nothing is open.
    for _ in range(4):
        run()
        for payout_id in ours:
            status = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout_id), timeout=10).payout.status
            if status == pb.PAYOUT_STATUS_CREATED:
                payment.GetPayoutFile(pb.GetPayoutFileRequest(payout_id=payout_id), timeout=10)
            if status in (pb.PAYOUT_STATUS_CREATED, pb.PAYOUT_STATUS_SUBMITTED):
                payment.ConfirmPayout(pb.ConfirmPayoutRequest(payout_id=payout_id, bank_reference=f"BANK-{tag}"), timeout=10)
    assert_invariants(stack)

    settled: dict[str, int] = {}
    currency_of: dict[str, str] = {}
    for intent_id in intents:
        for settlement in milestones(payment, intent_id).values():
            # Large amounts tokenize as MEDIUM, whose pickup share waits DELAYED: never approved, never paid.
            assert settlement.status in (pb.MILESTONE_STATUS_SETTLED, pb.MILESTONE_STATUS_DELAYED), settlement
            if settlement.status == pb.MILESTONE_STATUS_SETTLED:
                settled[settlement.settlement_id] = settlement.amount.amount_minor
                currency_of[settlement.settlement_id] = settlement.amount.currency
    paid_lines: list[str] = []
    paid_per_currency: dict[str, int] = defaultdict(int)
    for payout_id in ours:
        payout = payment.GetPayout(pb.GetPayoutRequest(payout_id=payout_id), timeout=10).payout
        assert payout.status in (pb.PAYOUT_STATUS_PAID, pb.PAYOUT_STATUS_FAILED)
        if payout.status == pb.PAYOUT_STATUS_PAID:
            paid_lines += [line.settlement_id for line in payout.lines]
            paid_per_currency[payout.amount.currency] += payout.amount.amount_minor
    assert sorted(paid_lines) == sorted(settled)  # every approved milestone paid, exactly once
    settled_per_currency: dict[str, int] = defaultdict(int)
    for settlement_id, amount in settled.items():
        settled_per_currency[currency_of[settlement_id]] += amount
    assert paid_per_currency == settled_per_currency


# ---------------------------------------------------------------- the migration


def test_migrating_a_ledger_with_rows_keeps_them_and_their_guards(databases, backend):
    from pay_server.storage import migrate

    url = databases.new_url(backend, "payment", migrated=False)
    migrate.upgrade(url, "0002")
    engine = create_engine(url)
    journal = (
        "INSERT INTO ledger_journals (journal_id, intent_id, settlement_id, kind, amount_minor, currency, rail_reference, create_time_us"
        "{extra_columns}) VALUES (:journal_id, 'pi_1', :settlement_id, :kind, 100, 'EUR', '', 1{extra_values})"
    )
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO payment_intents (intent_id, freight_token_id, shipment_id, amount_minor, currency, payer_id, payee_id,"
                    " description, risk_score_bps, risk_tier, status, create_time_us, update_time_us)"
                    " VALUES ('pi_1', 'ftk_1', 'shp_1', 100, 'EUR', 'a', 'b', '', 0, 'LOW', 'SCHEDULED', 1, 1)"
                )
            )
            conn.execute(
                text(journal.format(extra_columns="", extra_values="")), {"journal_id": "jr_1", "settlement_id": None, "kind": "FUNDING"}
            )
            conn.execute(
                text(
                    "INSERT INTO ledger_entries (journal_id, intent_id, account, amount_minor, currency) VALUES ('jr_1', 'pi_1', 'ESCROW', 100, 'EUR')"
                )
            )
        migrate.upgrade(url)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT journal_id, payout_id FROM ledger_journals")).all() == [("jr_1", "")]
            assert conn.execute(text("SELECT account, amount_minor FROM ledger_entries")).all() == [("ESCROW", 100)]
            payout_journal = journal.format(extra_columns=", payout_id", extra_values=", :payout_id")
            for journal_id, payout_id in (("jr_2", "po-a"), ("jr_3", "po-b")):  # out again after a failure: another payout
                conn.execute(
                    text(payout_journal),
                    {"journal_id": journal_id, "settlement_id": "ms_1", "kind": "PAYOUT_SUBMITTED", "payout_id": payout_id},
                )
            conn.execute(
                text(
                    "INSERT INTO ledger_entries (journal_id, intent_id, account, amount_minor, currency) VALUES ('jr_2', 'pi_1', 'CARRIER_IN_TRANSIT', 5, 'EUR')"
                )
            )
        for statement, params in (
            ("UPDATE ledger_journals SET amount_minor = 7", {}),
            ("DELETE FROM ledger_entries", {}),
            (payout_journal, {"journal_id": "jr_4", "settlement_id": "ms_1", "kind": "PAYOUT_SUBMITTED", "payout_id": "po-a"}),
            (journal.format(extra_columns="", extra_values=""), {"journal_id": "jr_5", "settlement_id": None, "kind": "FUNDING"}),
        ):
            with pytest.raises(Exception, match="append-only|UNIQUE|unique|duplicate"):
                with engine.begin() as conn:
                    conn.execute(text(statement), params)
        # Money in transit has no place in the old ledger: the downgrade refuses.
        with pytest.raises(RuntimeError, match="payout journals"):
            migrate.downgrade(url, "0004_transparency")
    finally:
        engine.dispose()
