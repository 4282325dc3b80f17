"""Payout steps as pure rules: status changes with what they record, account versions,
the default execution date (TARGET2 business days), and which rail pays which currency."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.ledger import MOVES, JournalKind, LedgerAccount, journal_entries
from pay_server.domain.payees import AccountScheme, PayeeAccount, register_account
from pay_server.domain.payouts import (
    LEDGER_MOVES,
    PAYOUT_JOURNALS,
    PayableMilestone,
    PayoutAction,
    PayoutStatus,
    default_execution_date,
    easter_sunday,
    failed_payout,
    is_target2_business_day,
    paid_payout,
    payout_from_plan,
    plan_payout_run,
    submitted_payout,
)
from pay_server.rails.configuration import configured_rails, sepa_debtor_from_settings
from pay_server.rails.ledger import InternalLedgerRail
from pay_server.rails.sepa import SEPA_MAX_TRANSFER_MINOR, SepaCreditTransferRail

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
IBAN_ACCOUNT = PayeeAccount("carrier-a", "EUR", "Carrier A B.V.", AccountScheme.IBAN, "NL91ABNA0417164300", "ABNANL2A", "NL")


def payout(amounts=(10_000, 5_000)):
    lines = [
        PayableMilestone(f"ms_{n}", f"pi_{n}", f"shp_{n}", T.POD_CONFIRMED, "carrier-a", "EUR", amount, NOW - timedelta(hours=n))
        for n, amount in enumerate(amounts)
    ]
    (planned,) = plan_payout_run(lines, [IBAN_ACCOUNT]).payouts
    return payout_from_plan(planned, "po-01jd8x0000000000000000aaaa", NOW, run_id="pr_1", account_version=3)


# ---------------------------------------------------------------- steps


def test_a_created_payout_keeps_its_run_part_and_account_version():
    created = payout()
    assert (created.status, created.run_id, created.part, created.parts, created.account_version) == (PayoutStatus.CREATED, "pr_1", 1, 1, 3)
    summary = created.summary()
    assert (summary.line_count, summary.amount_minor, summary.remittance) == (2, 15_000, created.remittance)
    assert summary.remittance == "Payout po-01jd8x0000000000000000aaaa ms-1 ms-0"


def test_submit_confirm_record_what_the_rail_and_the_bank_said():
    later = NOW + timedelta(hours=1)
    submitted = submitted_payout(
        payout(),
        rail="SEPA_CREDIT_TRANSFER",
        rail_reference="po-1",
        execution_date=date(2026, 3, 10),
        file_name="po-1.xml",
        media_type="application/xml",
        now=later,
    )
    assert (submitted.status, submitted.submit_time, submitted.execution_date) == (PayoutStatus.SUBMITTED, later, date(2026, 3, 10))
    paid = paid_payout(submitted, "BANK-1", later + timedelta(days=1))
    assert (paid.status, paid.bank_reference, paid.paid_time) == (PayoutStatus.PAID, "BANK-1", later + timedelta(days=1))
    assert not paid.is_open and submitted.is_open
    with pytest.raises(FailedPrecondition) as error:
        failed_payout(paid, "AC04", later)
    assert error.value.reason == "PAYOUT_ALREADY_PAID"


def test_confirming_an_unsubmitted_payout_is_refused_and_failing_it_is_not():
    with pytest.raises(FailedPrecondition) as error:
        paid_payout(payout(), "BANK-1", NOW)
    assert error.value.reason == "PAYOUT_NOT_SUBMITTED"
    failed = failed_payout(payout(), "withdrawn", NOW)
    assert (failed.status, failed.failure_reason, failed.fail_time) == (PayoutStatus.FAILED, "withdrawn", NOW)


def test_every_payout_journal_balances_and_moves_what_the_ledger_says():
    assert {kind: MOVES[kind] for kind in PAYOUT_JOURNALS.values()} == {
        JournalKind.PAYOUT_SUBMITTED: (LedgerAccount.CARRIER_PAYABLE, LedgerAccount.CARRIER_IN_TRANSIT),
        JournalKind.PAYOUT_PAID: (LedgerAccount.CARRIER_IN_TRANSIT, LedgerAccount.CARRIER_PAID),
        JournalKind.PAYOUT_RETURNED: (LedgerAccount.CARRIER_IN_TRANSIT, LedgerAccount.CARRIER_PAYABLE),
    }
    assert LEDGER_MOVES == {move: MOVES[kind] for move, kind in PAYOUT_JOURNALS.items()}
    assert (PayoutStatus.CREATED, PayoutAction.FAIL) not in PAYOUT_JOURNALS
    for kind in PAYOUT_JOURNALS.values():
        assert sum(amount for _, amount in journal_entries(kind, 123)) == 0


# ---------------------------------------------------------------- account versions


def test_registering_an_account_versions_every_change_and_only_changes():
    first, change = register_account(None, IBAN_ACCOUNT, actor="operator:alice", request_id="r1", now=NOW)
    assert (first.version, change.version, change.previous_masked_account_number) == (1, 1, "")
    same, nothing = register_account(first, IBAN_ACCOUNT, actor="operator:bob", request_id="r2", now=NOW + timedelta(hours=1))
    assert same is first and nothing is None
    moved = dataclasses.replace(IBAN_ACCOUNT, account_number="DE02120300000000202051", bank_code="BYLADEM1001", country_code="DE")
    second, change = register_account(first, moved, actor="operator:bob", request_id="r3", now=NOW + timedelta(hours=2))
    assert (second.version, second.create_time, second.update_time) == (2, NOW, NOW + timedelta(hours=2))
    assert (change.masked_account_number, change.previous_masked_account_number, change.actor) == (
        "DE02 **** **** **** 2051",
        "NL91 **** **** **** 4300",
        "operator:bob",
    )


# ---------------------------------------------------------------- execution dates


@pytest.mark.parametrize(
    ("year", "easter"), [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2038, date(2038, 4, 25))]
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        (date(2026, 4, 2), True),  # Maundy Thursday
        (date(2026, 4, 3), False),  # Good Friday
        (date(2026, 4, 6), False),  # Easter Monday
        (date(2026, 5, 1), False),
        (date(2026, 12, 24), True),
        (date(2026, 12, 25), False),
        (date(2027, 1, 1), False),
        (date(2026, 3, 7), False),  # a Saturday
    ],
)
def test_target2_holidays_and_weekends(day, open_):
    assert is_target2_business_day(day) is open_


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 9, 23, 59, tzinfo=UTC), date(2026, 3, 9)),
        (datetime(2026, 3, 7, 10, 0, tzinfo=UTC), date(2026, 3, 9)),
        (datetime(2026, 4, 3, 10, 0, tzinfo=UTC), date(2026, 4, 7)),
        (datetime(2026, 12, 25, 10, 0, tzinfo=UTC), date(2026, 12, 28)),
    ],
)
def test_the_default_execution_date_is_the_next_target2_business_day(now, expected):
    assert default_execution_date(now) == expected


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2999, 12, 1), timezones=st.just(UTC)))
def test_the_default_execution_date_is_never_before_today_and_always_open(now):
    day = default_execution_date(now)
    assert now.date() <= day <= now.date() + timedelta(days=5) and is_target2_business_day(day)


# ---------------------------------------------------------------- rails


def test_without_a_sepa_debtor_eur_is_refused_naming_the_settings_not_paid_on_the_ledger():
    rails = configured_rails(None)
    with pytest.raises(FailedPrecondition) as error:
        rails.for_currency("EUR")
    assert error.value.reason == "PAYOUT_RAIL_NOT_CONFIGURED"
    assert "--sepa-debtor-iban" in error.value.message and "PAYMENT_SEPA_DEBTOR_BIC" in error.value.message
    assert isinstance(rails.for_currency("USD"), InternalLedgerRail) and rails.for_currency("USD").paid_on_submit
    assert rails.limits(["EUR", "USD"]) == {"USD": InternalLedgerRail().max_transfer_minor("USD")}


def test_with_a_sepa_debtor_eur_goes_by_sepa_file():
    rails = configured_rails(sepa_debtor_from_settings("ChainBridge Escrow", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX"))
    sepa = rails.for_currency("EUR")
    assert isinstance(sepa, SepaCreditTransferRail) and not sepa.paid_on_submit
    assert rails.limits(["EUR"]) == {"EUR": SEPA_MAX_TRANSFER_MINOR}


@pytest.mark.parametrize(
    ("name", "iban", "bic", "message"),
    [
        ("Escrow", "", "", "incomplete"),
        ("", "DE89370400440532013000", "COBADEFFXXX", "incomplete"),
        ("Escrow", "DE89370400440532013001", "COBADEFFXXX", "check digits"),
    ],
)
def test_a_wrong_or_partial_sepa_debtor_stops_the_server(name, iban, bic, message):
    with pytest.raises(ValueError, match=message):
        sepa_debtor_from_settings(name, iban, bic)


def test_no_sepa_debtor_setting_at_all_means_no_sepa():
    assert sepa_debtor_from_settings("", " ", "") is None
