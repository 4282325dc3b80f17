"""Payouts: the status machine, the run planner (grouping, filters, limits, skipped payees) and remittance."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainbridge_common.domain.money import MAX_AMOUNT_MINOR
from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from pay_server.domain.payees import AccountScheme, PayeeAccount
from pay_server.domain.payouts import (
    DEFAULT_MAX_PAYOUT_MINOR,
    ILLEGAL_MOVE_REASONS,
    INT64_MAX,
    LEDGER_MOVES,
    OPEN_STATUSES,
    SEPA_REMITTANCE_MAX_CHARS,
    TRANSITIONS,
    PayableMilestone,
    Payout,
    PayoutAction,
    PayoutRunFilter,
    PayoutStatus,
    SkipReason,
    is_sepa_reference,
    new_payout_id,
    next_payout_status,
    payout_from_plan,
    plan_payout_run,
    remittance_advice_csv,
    remittance_text,
    validate_payout_run_filter,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)


def line(settlement: str, payee: str = "carrier-a", currency: str = "EUR", amount: int = 10_000, hours: int = 0) -> PayableMilestone:
    return PayableMilestone(
        settlement_id=f"ms_{settlement}",
        intent_id=f"pi_{settlement}",
        shipment_id=f"shp_{settlement}",
        milestone=T.POD_CONFIRMED,
        payee_id=payee,
        currency=currency,
        amount_minor=amount,
        released_at=T0 + timedelta(hours=hours),
    )


def account(payee: str = "carrier-a", currency: str = "EUR") -> PayeeAccount:
    if currency == "EUR":
        return PayeeAccount(payee, currency, f"{payee} GmbH", AccountScheme.IBAN, "DE89370400440532013000", "COBADEFFXXX", "DE")
    return PayeeAccount(payee, currency, f"{payee} Inc", AccountScheme.BANK_ACCOUNT, "12345678", "BANKCODE", "")


def settlement_ids(planned) -> list[str]:
    return [item.settlement_id for item in planned.lines]


# ---------------------------------------------------------------- status machine


def test_payout_lifecycle_created_submitted_paid():
    status = next_payout_status("po-1", PayoutStatus.CREATED, PayoutAction.SUBMIT)
    assert status is PayoutStatus.SUBMITTED
    assert next_payout_status("po-1", status, PayoutAction.CONFIRM) is PayoutStatus.PAID


@pytest.mark.parametrize("current", [PayoutStatus.CREATED, PayoutStatus.SUBMITTED])
def test_open_payouts_can_fail(current):
    assert next_payout_status("po-1", current, PayoutAction.FAIL) is PayoutStatus.FAILED


@pytest.mark.parametrize(
    ("current", "action", "reason"),
    [
        (PayoutStatus.CREATED, PayoutAction.CONFIRM, "PAYOUT_NOT_SUBMITTED"),
        (PayoutStatus.SUBMITTED, PayoutAction.SUBMIT, "PAYOUT_ALREADY_SUBMITTED"),
        (PayoutStatus.PAID, PayoutAction.CONFIRM, "PAYOUT_ALREADY_PAID"),
        (PayoutStatus.PAID, PayoutAction.FAIL, "PAYOUT_ALREADY_PAID"),
        (PayoutStatus.FAILED, PayoutAction.SUBMIT, "PAYOUT_ALREADY_FAILED"),
        (PayoutStatus.FAILED, PayoutAction.CONFIRM, "PAYOUT_ALREADY_FAILED"),
    ],
)
def test_illegal_moves_are_failed_precondition_naming_the_current_status(current, action, reason):
    with pytest.raises(FailedPrecondition) as error:
        next_payout_status("po-1", current, action)
    assert error.value.reason == reason
    assert error.value.metadata == {"payout_id": "po-1", "current_status": current.value, "action": action.value}
    assert current.value in error.value.message


def test_every_status_and_action_is_either_a_transition_or_refused():
    for current in PayoutStatus:
        for action in PayoutAction:
            if (current, action) in TRANSITIONS:
                assert next_payout_status("po-1", current, action) is TRANSITIONS[(current, action)]
            else:
                with pytest.raises(FailedPrecondition) as error:
                    next_payout_status("po-1", current, action)
                assert error.value.reason == ILLEGAL_MOVE_REASONS[current]


def test_final_statuses_are_not_open_and_allow_nothing():
    for final in (PayoutStatus.PAID, PayoutStatus.FAILED):
        assert final not in OPEN_STATUSES
        assert not [action for (status, action) in TRANSITIONS if status is final]


def test_ledger_moves_return_failed_money_to_payable_and_move_nothing_for_unsent_payouts():
    submit = LEDGER_MOVES[(PayoutStatus.CREATED, PayoutAction.SUBMIT)]
    confirm = LEDGER_MOVES[(PayoutStatus.SUBMITTED, PayoutAction.CONFIRM)]
    returned = LEDGER_MOVES[(PayoutStatus.SUBMITTED, PayoutAction.FAIL)]
    assert submit == ("CARRIER_PAYABLE", "CARRIER_IN_TRANSIT")
    assert confirm == ("CARRIER_IN_TRANSIT", "CARRIER_PAID")
    assert returned == (submit[1], submit[0])
    assert (PayoutStatus.CREATED, PayoutAction.FAIL) not in LEDGER_MOVES


def test_new_payout_ids_are_sepa_end_to_end_ids_and_increase():
    ids = [new_payout_id() for _ in range(50)]
    assert all(is_sepa_reference(payout_id) and payout_id.startswith("po-") for payout_id in ids)
    assert ids == sorted(ids) and len(set(ids)) == 50


@pytest.mark.parametrize("value", ["po_01abc", "", "a" * 36, "/po-1", "po-1/", "po//1", "po 1", "pö-1"])
def test_values_outside_the_sepa_character_set_are_not_sepa_references(value):
    assert not is_sepa_reference(value)


# ---------------------------------------------------------------- grouping


def test_lines_are_grouped_per_payee_and_currency():
    lines = [
        line("1", "carrier-a", "EUR", 1_000),
        line("2", "carrier-b", "EUR", 2_000),
        line("3", "carrier-a", "EUR", 3_000),
        line("4", "carrier-a", "USD", 4_000),
    ]
    plan = plan_payout_run(lines, [account("carrier-a"), account("carrier-b"), account("carrier-a", "USD")])
    assert [(p.currency, p.payee_id, p.amount_minor, settlement_ids(p)) for p in plan.payouts] == [
        ("EUR", "carrier-a", 4_000, ["ms_1", "ms_3"]),
        ("EUR", "carrier-b", 2_000, ["ms_2"]),
        ("USD", "carrier-a", 4_000, ["ms_4"]),
    ]
    assert plan.skipped == ()


def test_payee_without_an_account_for_the_currency_is_reported_with_the_reason():
    lines = [line("1", "carrier-a", "EUR", 1_000), line("2", "carrier-a", "USD", 2_000), line("3", "carrier-a", "USD", 500)]
    plan = plan_payout_run(lines, [account("carrier-a", "EUR")])
    assert [p.currency for p in plan.payouts] == ["EUR"]
    (skipped,) = plan.skipped
    assert (skipped.payee_id, skipped.currency, skipped.reason, skipped.amount_minor) == (
        "carrier-a",
        "USD",
        SkipReason.NO_ACCOUNT_FOR_CURRENCY,
        2_500,
    )
    assert [item.settlement_id for item in skipped.lines] == ["ms_2", "ms_3"]
    assert "no USD account" in skipped.description


def test_planned_payout_keeps_the_account_snapshot_it_was_planned_with():
    registered = account("carrier-a")
    plan = plan_payout_run([line("1")], [registered])
    payout = payout_from_plan(plan.payouts[0], "po-1", NOW)
    assert payout.account is registered
    assert (payout.status, payout.amount_minor, payout.create_time) == (PayoutStatus.CREATED, 10_000, NOW)


def test_lines_within_a_payout_are_ordered_by_release_time_then_settlement_id():
    lines = [line("c", hours=2), line("b", hours=1), line("a", hours=2)]
    (planned,) = plan_payout_run(lines, [account()]).payouts
    assert settlement_ids(planned) == ["ms_b", "ms_a", "ms_c"]


def test_plan_does_not_depend_on_input_order():
    lines = [line(str(n), f"carrier-{n % 3}", ("EUR", "USD")[n % 2], 1_000 + n, hours=n % 5) for n in range(40)]
    accounts = [account(f"carrier-{n}", currency) for n in range(2) for currency in ("EUR", "USD")]
    expected = plan_payout_run(lines, accounts, max_payout_minor={"EUR": 5_000})
    shuffled = list(lines)
    random.Random(7).shuffle(shuffled)
    assert plan_payout_run(shuffled, list(reversed(accounts)), max_payout_minor={"EUR": 5_000}) == expected


# ---------------------------------------------------------------- filters


def test_filters_take_only_the_currency_and_payee_asked_for():
    lines = [line("1", "carrier-a", "EUR"), line("2", "carrier-b", "EUR"), line("3", "carrier-a", "USD")]
    accounts = [account("carrier-a"), account("carrier-b"), account("carrier-a", "USD")]
    by_currency = plan_payout_run(lines, accounts, PayoutRunFilter(currency="USD"))
    assert [settlement_ids(p) for p in by_currency.payouts] == [["ms_3"]]
    by_payee = plan_payout_run(lines, accounts, PayoutRunFilter(payee_id="carrier-b"))
    assert [settlement_ids(p) for p in by_payee.payouts] == [["ms_2"]]


def test_cut_off_takes_milestones_released_strictly_before_it():
    lines = [line("early", hours=0), line("at-cut-off", hours=5), line("late", hours=6)]
    plan = plan_payout_run(lines, [account()], PayoutRunFilter(released_before=T0 + timedelta(hours=5)))
    assert [settlement_ids(p) for p in plan.payouts] == [["ms_early"]]


def test_lines_outside_the_filter_are_neither_paid_nor_reported_as_skipped():
    plan = plan_payout_run([line("1", "carrier-a", "USD")], [], PayoutRunFilter(currency="EUR"))
    assert plan.payouts == () and plan.skipped == ()


def test_run_filter_from_a_request():
    assert validate_payout_run_filter("", "  ", None) == PayoutRunFilter()
    assert validate_payout_run_filter("EUR", "carrier-a", NOW) == PayoutRunFilter("EUR", "carrier-a", NOW)
    with pytest.raises(InvalidArgument) as error:
        validate_payout_run_filter("eur", "", datetime(2026, 1, 1))
    assert {v.field for v in error.value.violations} == {"currency", "released_before"}
    assert error.value.reason == "INVALID_PAYOUT_RUN"


# ---------------------------------------------------------------- payout limit


def test_lines_over_the_limit_are_split_into_several_payouts_in_order():
    lines = [line(str(n), amount=amount, hours=n) for n, amount in enumerate([400, 300, 200, 500, 100])]
    plan = plan_payout_run(lines, [account()], max_payout_minor={"EUR": 900})
    assert [(p.part, p.parts, p.amount_minor, settlement_ids(p)) for p in plan.payouts] == [
        (1, 2, 900, ["ms_0", "ms_1", "ms_2"]),
        (2, 2, 600, ["ms_3", "ms_4"]),
    ]


def test_default_limit_keeps_every_payout_and_the_run_within_int64():
    # Ten thousand milestones at the largest amount an intent may have: their sum is 10^19,
    # past int64 (about 9.2 * 10^18). Each payout stays at the limit and the payee is still paid.
    lines = [line(f"{n:05d}", amount=MAX_AMOUNT_MINOR, hours=n) for n in range(10_000)]
    plan = plan_payout_run(lines, [account()])
    assert len(plan.payouts) == 10_000
    assert all(p.amount_minor <= DEFAULT_MAX_PAYOUT_MINOR < INT64_MAX for p in plan.payouts)
    assert sum(p.amount_minor for p in plan.payouts) == 10_000 * MAX_AMOUNT_MINOR


def test_many_small_lines_fill_payouts_up_to_the_limit():
    lines = [line(f"{n:03d}", amount=DEFAULT_MAX_PAYOUT_MINOR // 4, hours=n) for n in range(10)]
    plan = plan_payout_run(lines, [account()])
    assert [len(p.lines) for p in plan.payouts] == [4, 4, 2]
    assert plan.payouts[0].amount_minor == DEFAULT_MAX_PAYOUT_MINOR


def test_a_single_line_above_the_rail_limit_is_skipped_and_the_rest_paid():
    lines = [line("small", amount=500), line("huge", amount=2_000)]
    plan = plan_payout_run(lines, [account()], max_payout_minor={"EUR": 1_000})
    assert [settlement_ids(p) for p in plan.payouts] == [["ms_small"]]
    (skipped,) = plan.skipped
    assert (skipped.reason, [item.settlement_id for item in skipped.lines], skipped.amount_minor) == (
        SkipReason.LINE_ABOVE_PAYOUT_LIMIT,
        ["ms_huge"],
        2_000,
    )
    assert "10.00 EUR" in skipped.description


def test_the_limit_applies_per_currency():
    lines = [line("eur", amount=2_000), line("usd", currency="USD", amount=2_000)]
    plan = plan_payout_run(lines, [account(), account(currency="USD")], max_payout_minor={"EUR": 1_000})
    assert [p.currency for p in plan.payouts] == ["USD"]
    assert [s.currency for s in plan.skipped] == ["EUR"]


@pytest.mark.parametrize("limit", [0, -1, INT64_MAX + 1])
def test_a_limit_outside_int64_is_a_programming_error(limit):
    with pytest.raises(ValueError):
        plan_payout_run([], [], max_payout_minor={"EUR": limit})


@pytest.mark.parametrize("amount", [0, -5, MAX_AMOUNT_MINOR + 1])
def test_lines_with_impossible_amounts_are_a_programming_error(amount):
    with pytest.raises(ValueError):
        plan_payout_run([line("1", amount=amount)], [account()])


def test_a_milestone_given_twice_is_a_programming_error():
    with pytest.raises(ValueError):
        plan_payout_run([line("1"), line("1")], [account()])


# ---------------------------------------------------------------- property: nothing lost, nothing doubled

payees = st.sampled_from(["carrier-a", "carrier-b", "carrier-c"])
currencies = st.sampled_from(["EUR", "USD", "JPY"])
line_specs = st.lists(
    st.tuples(payees, currencies, st.integers(1, MAX_AMOUNT_MINOR), st.integers(0, 72)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(
    specs=line_specs,
    registered=st.sets(st.tuples(payees, currencies)),
    limit=st.one_of(st.none(), st.integers(1, 3 * MAX_AMOUNT_MINOR)),
    cut_off_hours=st.one_of(st.none(), st.integers(0, 72)),
    only_currency=st.one_of(st.none(), currencies),
)
def test_every_line_lands_in_exactly_one_payout_or_the_skipped_list(specs, registered, limit, cut_off_hours, only_currency):
    lines = [line(f"{n:03d}", payee, currency, amount, hours) for n, (payee, currency, amount, hours) in enumerate(specs)]
    accounts = [account(payee, currency) for payee, currency in sorted(registered)]
    run_filter = PayoutRunFilter(
        currency=only_currency, released_before=None if cut_off_hours is None else T0 + timedelta(hours=cut_off_hours)
    )
    limits = {} if limit is None else {"EUR": limit, "USD": limit, "JPY": limit}
    plan = plan_payout_run(lines, accounts, run_filter, max_payout_minor=limits)

    placed = [item for p in plan.payouts for item in p.lines] + [item for s in plan.skipped for item in s.lines]
    assert sorted(item.settlement_id for item in placed) == sorted(item.settlement_id for item in lines if run_filter.matches(item))
    assert len(placed) == len({item.settlement_id for item in placed})
    for payout in plan.payouts:
        assert payout.amount_minor == sum(item.amount_minor for item in payout.lines)
        assert 0 < payout.amount_minor <= limits.get(payout.currency, DEFAULT_MAX_PAYOUT_MINOR) <= INT64_MAX
        assert {(item.payee_id, item.currency) for item in payout.lines} == {(payout.payee_id, payout.currency)}
        assert (payout.payee_id, payout.currency) in registered
    for skipped in plan.skipped:
        assert skipped.amount_minor == sum(item.amount_minor for item in skipped.lines)
        assert (skipped.payee_id, skipped.currency) not in registered or skipped.reason is SkipReason.LINE_ABOVE_PAYOUT_LIMIT
    keys = [(p.currency, p.payee_id, p.part) for p in plan.payouts]
    assert keys == sorted(keys)


# ---------------------------------------------------------------- remittance


def test_remittance_lists_every_milestone_when_it_fits():
    lines = [line("01jd8x0000000000000000001"), line("01jd8x0000000000000000002")]
    text = remittance_text("po-01jd8x00000000000000000000", lines)
    assert text == "Payout po-01jd8x00000000000000000000 ms-01jd8x0000000000000000001 ms-01jd8x0000000000000000002"
    assert "_" not in text


def test_remittance_that_does_not_fit_names_the_payout_and_the_number_of_milestones():
    lines = [line(f"01jd8x00000000000000000{n:02d}") for n in range(12)]
    text = remittance_text("po-01jd8x00000000000000000000", lines)
    assert len(text) <= SEPA_REMITTANCE_MAX_CHARS
    assert text == "Payout po-01jd8x00000000000000000000: 12 milestones, itemised in its remittance advice"


def test_remittance_itemises_up_to_exactly_the_sepa_limit():
    payout_id = "po-01jd8x00000000000000000000"
    three = [line(f"01jd8x000000000000000000{n:02d}") for n in range(3)]
    four = [line(f"01jd8x000000000000000000{n:02d}") for n in range(4)]
    assert len(remittance_text(payout_id, three)) <= SEPA_REMITTANCE_MAX_CHARS and "ms-" in remittance_text(payout_id, three)
    assert "ms-" not in remittance_text(payout_id, four)


def test_remittance_advice_lists_every_line_and_the_total():
    lines = [line("1", amount=123_456), line("2", amount=5)]
    payout = payout_from_plan(plan_payout_run(lines, [account()]).payouts[0], "po-1", NOW)
    rows = list(csv.DictReader(io.StringIO(remittance_advice_csv(payout))))
    assert [(r["settlement_id"], r["shipment_id"], r["intent_id"], r["milestone"], r["amount"]) for r in rows[:-1]] == [
        ("ms_1", "shp_1", "pi_1", "POD_CONFIRMED", "1234.56"),
        ("ms_2", "shp_2", "pi_2", "POD_CONFIRMED", "0.05"),
    ]
    assert (rows[-1]["milestone"], rows[-1]["amount"], rows[-1]["currency"]) == ("TOTAL", "1234.61", "EUR")


def test_a_payout_whose_amount_is_not_the_sum_of_its_lines_cannot_exist():
    planned = plan_payout_run([line("1", amount=100)], [account()]).payouts[0]
    with pytest.raises(ValueError):
        Payout("po-1", "carrier-a", "EUR", 101, planned.account, planned.lines, PayoutStatus.CREATED, NOW, NOW)
    with pytest.raises(ValueError):
        Payout("po-1", "carrier-b", "EUR", 100, planned.account, planned.lines, PayoutStatus.CREATED, NOW, NOW)
