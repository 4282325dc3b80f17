"""Payouts: APPROVED milestones of one payee in one currency, paid as one bank transfer.

    CREATED --submit (file produced / transfer sent)--> SUBMITTED --confirm (bank reference)--> PAID
    CREATED --fail (never sent)-----------------------> FAILED
    SUBMITTED --fail (bank returned it)---------------> FAILED

PAID and FAILED are final. A FAILED payout's milestones go back to the pool for the next
run; a PAID payout's milestones become SETTLED. A milestone is in at most one open
(CREATED or SUBMITTED) payout: the integrator enforces that with a database constraint.

Ledger, one journal per milestone line so every intent's balances stay exact:
submit moves payable -> in transit, confirm in transit -> paid, a failure after
submission in transit -> payable; a failure before submission moves nothing.
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from chainbridge_common.domain.currency import format_minor, is_known_currency
from chainbridge_common.domain.money import MAX_AMOUNT_MINOR
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition, Violations
from chainbridge_common.runtime.ids import new_id
from pay_server.domain.ledger import MOVES, JournalKind, LedgerAccount
from pay_server.domain.payees import PayeeAccount

INT64_MAX = 2**63 - 1
# A payout's total never exceeds this unless a rail asks for less (SEPA: 999,999,999.99 EUR).
# Far below int64, so the sum of a run's payouts per currency is still exact in an int64 column.
DEFAULT_MAX_PAYOUT_MINOR = MAX_AMOUNT_MINOR
SEPA_REMITTANCE_MAX_CHARS = 140
SEPA_REFERENCE_MAX_CHARS = 35

# The EPC's basic Latin character set, the one every SEPA bank must accept. It has no "_",
# which is why payout ids use "-" and other ids appear in SEPA text with "_" as "-".
_SEPA_REFERENCE = re.compile(r"[A-Za-z0-9/?:().,'+-]+")


class PayoutStatus(enum.StrEnum):
    CREATED = "CREATED"
    SUBMITTED = "SUBMITTED"
    PAID = "PAID"
    FAILED = "FAILED"


class PayoutAction(enum.StrEnum):
    SUBMIT = "SUBMIT"
    CONFIRM = "CONFIRM"
    FAIL = "FAIL"


OPEN_STATUSES = frozenset({PayoutStatus.CREATED, PayoutStatus.SUBMITTED})

TRANSITIONS: dict[tuple[PayoutStatus, PayoutAction], PayoutStatus] = {
    (PayoutStatus.CREATED, PayoutAction.SUBMIT): PayoutStatus.SUBMITTED,
    (PayoutStatus.CREATED, PayoutAction.FAIL): PayoutStatus.FAILED,
    (PayoutStatus.SUBMITTED, PayoutAction.CONFIRM): PayoutStatus.PAID,
    (PayoutStatus.SUBMITTED, PayoutAction.FAIL): PayoutStatus.FAILED,
}

# Stable reasons for an illegal move, one per current status, so a client can tell
# "confirm before the file went out" from "already paid" without parsing messages.
ILLEGAL_MOVE_REASONS: dict[PayoutStatus, str] = {
    PayoutStatus.CREATED: "PAYOUT_NOT_SUBMITTED",
    PayoutStatus.SUBMITTED: "PAYOUT_ALREADY_SUBMITTED",
    PayoutStatus.PAID: "PAYOUT_ALREADY_PAID",
    PayoutStatus.FAILED: "PAYOUT_ALREADY_FAILED",
}

# The journal each move writes per milestone line; moves not listed write none (a payout
# failed before submission never left the payable account).
PAYOUT_JOURNALS: dict[tuple[PayoutStatus, PayoutAction], JournalKind] = {
    (PayoutStatus.CREATED, PayoutAction.SUBMIT): JournalKind.PAYOUT_SUBMITTED,
    (PayoutStatus.SUBMITTED, PayoutAction.CONFIRM): JournalKind.PAYOUT_PAID,
    (PayoutStatus.SUBMITTED, PayoutAction.FAIL): JournalKind.PAYOUT_RETURNED,
}
# (from account, to account) of those journals.
LEDGER_MOVES: dict[tuple[PayoutStatus, PayoutAction], tuple[LedgerAccount, LedgerAccount]] = {
    move: MOVES[kind] for move, kind in PAYOUT_JOURNALS.items()
}


def next_payout_status(payout_id: str, current: PayoutStatus, action: PayoutAction) -> PayoutStatus:
    """The status after `action`, or FAILED_PRECONDITION whose reason names the current status."""
    target = TRANSITIONS.get((current, action))
    if target is None:
        allowed = sorted(a.value.lower() for (status, a) in TRANSITIONS if status is current)
        raise FailedPrecondition(
            f"payout {payout_id} is {current.value}; cannot {action.value.lower()}"
            + (f" (allowed: {', '.join(allowed)})" if allowed else " (it is final)"),
            reason=ILLEGAL_MOVE_REASONS[current],
            metadata={"payout_id": payout_id, "current_status": current.value, "action": action.value},
        )
    return target


def new_payout_id() -> str:
    """A new payout id like "po-01jd8x..." (29 characters): time-ordered, and usable verbatim as a
    SEPA end-to-end id, which allows neither "_" nor more than 35 characters."""
    return new_id("po").replace("_", "-", 1)


def is_sepa_reference(value: str) -> bool:
    """Whether `value` may be a SEPA identifier (end-to-end id, message id): EPC characters, no spaces,
    at most 35, not starting or ending with "/" and without "//"."""
    return (
        0 < len(value) <= SEPA_REFERENCE_MAX_CHARS
        and _SEPA_REFERENCE.fullmatch(value) is not None
        and not value.startswith("/")
        and not value.endswith("/")
        and "//" not in value
    )


def sepa_reference(identifier: str) -> str:
    """An id as SEPA text carries it: "ms_01jd..." becomes "ms-01jd..." (our ids never contain "-",
    so the mapping is one to one)."""
    return identifier.replace("_", "-")


@dataclass(frozen=True)
class PayableMilestone:
    """An APPROVED milestone settlement that no open payout holds: one line of a payout."""

    settlement_id: str
    intent_id: str
    shipment_id: str
    milestone: ShipmentEventType
    payee_id: str
    currency: str
    amount_minor: int
    released_at: datetime


@dataclass(frozen=True)
class PayoutRunFilter:
    """Which payable milestones a run takes; None means any. `released_before` is exclusive."""

    currency: str | None = None
    payee_id: str | None = None
    released_before: datetime | None = None

    def __post_init__(self) -> None:
        if self.released_before is not None and self.released_before.tzinfo is None:
            raise ValueError("released_before must be timezone-aware")

    def matches(self, line: PayableMilestone) -> bool:
        return (
            (self.currency is None or line.currency == self.currency)
            and (self.payee_id is None or line.payee_id == self.payee_id)
            and (self.released_before is None or line.released_at < self.released_before)
        )


def validate_payout_run_filter(currency: str, payee_id: str, released_before: datetime | None) -> PayoutRunFilter:
    """A CreatePayoutRun request's filters ("" and None mean any), or InvalidArgument."""
    violations = Violations()
    violations.check(currency == "" or is_known_currency(currency), "currency", f"{currency!r} is not an ISO 4217 currency code")
    violations.check(
        released_before is None or released_before.tzinfo is not None, "released_before", "must carry a time zone (a UTC timestamp)"
    )
    violations.raise_if_any(reason="INVALID_PAYOUT_RUN")
    return PayoutRunFilter(currency or None, payee_id.strip() or None, released_before)


class SkipReason(enum.StrEnum):
    NO_ACCOUNT_FOR_CURRENCY = "NO_ACCOUNT_FOR_CURRENCY"
    LINE_ABOVE_PAYOUT_LIMIT = "LINE_ABOVE_PAYOUT_LIMIT"


@dataclass(frozen=True)
class PlannedPayout:
    """One payout a run will create. `account` is a snapshot: a later account change never alters it.

    `part` counts from 1 among the `parts` payouts a payee's lines were split into to stay
    within the payout limit (1 of 1 when they fit in one).
    """

    payee_id: str
    currency: str
    account: PayeeAccount
    lines: tuple[PayableMilestone, ...]
    amount_minor: int
    part: int = 1
    parts: int = 1


@dataclass(frozen=True)
class SkippedPayee:
    """Lines a run could not pay, with the reason: reported to the operator, never silently dropped."""

    payee_id: str
    currency: str
    reason: SkipReason
    description: str
    lines: tuple[PayableMilestone, ...]
    amount_minor: int


@dataclass(frozen=True)
class PayoutRunPlan:
    payouts: tuple[PlannedPayout, ...]
    skipped: tuple[SkippedPayee, ...]


def plan_payout_run(
    lines: Iterable[PayableMilestone],
    accounts: Iterable[PayeeAccount],
    run_filter: PayoutRunFilter | None = None,
    *,
    max_payout_minor: Mapping[str, int] | None = None,
) -> PayoutRunPlan:
    """Group the lines the filter takes per (payee, currency) into payouts, splitting a group
    whose total would exceed the currency's payout limit; lines that cannot be paid are skipped
    with a reason. Same input, same plan: payouts by (currency, payee, part), lines by
    (released_at, settlement_id)."""
    run_filter = run_filter or PayoutRunFilter()
    limits = dict(max_payout_minor or {})
    for currency, limit in limits.items():
        if not 0 < limit <= INT64_MAX:
            raise ValueError(f"payout limit for {currency} must be within 1..{INT64_MAX}, got {limit}")
    account_by_key: dict[tuple[str, str], PayeeAccount] = {}
    for account in accounts:
        key = (account.payee_id, account.currency)
        if key in account_by_key:
            raise ValueError(f"two accounts for payee {account.payee_id} in {account.currency}")
        account_by_key[key] = account

    groups: dict[tuple[str, str], list[PayableMilestone]] = defaultdict(list)
    seen_settlements: set[str] = set()
    for line in lines:
        _check_line(line)
        if line.settlement_id in seen_settlements:
            raise ValueError(f"milestone settlement {line.settlement_id} appears twice")
        seen_settlements.add(line.settlement_id)
        if run_filter.matches(line):
            groups[(line.currency, line.payee_id)].append(line)

    payouts: list[PlannedPayout] = []
    skipped: list[SkippedPayee] = []
    for currency, payee_id in sorted(groups):
        group = sorted(groups[(currency, payee_id)], key=lambda line: (line.released_at, line.settlement_id))
        payee_account = account_by_key.get((payee_id, currency))
        if payee_account is None:
            description = f"payee {payee_id} has no {currency} account: register one with RegisterPayeeAccount"
            skipped.append(_skipped(payee_id, currency, SkipReason.NO_ACCOUNT_FOR_CURRENCY, description, group))
            continue
        limit = limits.get(currency, DEFAULT_MAX_PAYOUT_MINOR)
        too_large = [line for line in group if line.amount_minor > limit]
        if too_large:
            description = f"a single milestone exceeds the {currency} payout limit of {format_minor(limit, currency)}"
            skipped.append(_skipped(payee_id, currency, SkipReason.LINE_ABOVE_PAYOUT_LIMIT, description, too_large))
        parts = _split_within_limit([line for line in group if line.amount_minor <= limit], limit)
        for index, part in enumerate(parts, start=1):
            total = sum(line.amount_minor for line in part)
            payouts.append(PlannedPayout(payee_id, currency, payee_account, tuple(part), total, index, len(parts)))
    return PayoutRunPlan(tuple(payouts), tuple(skipped))


def _check_line(line: PayableMilestone) -> None:
    if not 0 < line.amount_minor <= MAX_AMOUNT_MINOR:
        raise ValueError(f"milestone settlement {line.settlement_id} has amount {line.amount_minor}, outside 1..{MAX_AMOUNT_MINOR}")
    if not is_known_currency(line.currency):
        raise ValueError(f"milestone settlement {line.settlement_id} has unknown currency {line.currency!r}")


def _split_within_limit(lines: Sequence[PayableMilestone], limit: int) -> list[list[PayableMilestone]]:
    """Consecutive runs of `lines`, each totalling at most `limit` (every line is within it)."""
    parts: list[list[PayableMilestone]] = []
    total = limit + 1  # forces a first part
    for line in lines:
        if total + line.amount_minor > limit:
            parts.append([])
            total = 0
        parts[-1].append(line)
        total += line.amount_minor
    return parts


def _skipped(payee_id: str, currency: str, reason: SkipReason, description: str, lines: Sequence[PayableMilestone]) -> SkippedPayee:
    return SkippedPayee(payee_id, currency, reason, description, tuple(lines), sum(line.amount_minor for line in lines))


@dataclass(frozen=True)
class Payout:
    """A created payout. Its account is the snapshot taken when it was created (`account_version`
    is the version of the payee's account it was taken from)."""

    payout_id: str
    payee_id: str
    currency: str
    amount_minor: int
    account: PayeeAccount
    lines: tuple[PayableMilestone, ...]
    status: PayoutStatus
    create_time: datetime
    update_time: datetime
    rail: str = ""
    rail_reference: str = ""  # what the rail returned on submit (SEPA message id, ledger reference)
    bank_reference: str = ""  # the bank's reference given to ConfirmPayout
    failure_reason: str = ""  # the return reason given to FailPayout
    run_id: str = ""
    part: int = 1
    parts: int = 1
    account_version: int = 0
    execution_date: date | None = None  # the requested execution date of its transfer, once submitted
    file_name: str = ""  # the file the rail produced ("" for rails without one)
    media_type: str = ""
    submit_time: datetime | None = None
    paid_time: datetime | None = None
    fail_time: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def remittance(self) -> str:
        """The remittance information its transfer carries (remittance_text)."""
        return remittance_text(self.payout_id, self.lines)

    def summary(self) -> PayoutSummary:
        header = {f.name: getattr(self, f.name) for f in dataclasses.fields(PayoutSummary) if f.name not in ("line_count", "remittance")}
        return PayoutSummary(**header, line_count=len(self.lines), remittance=self.remittance)

    def __post_init__(self) -> None:
        if not self.lines:
            raise ValueError(f"payout {self.payout_id} has no lines")
        if sum(line.amount_minor for line in self.lines) != self.amount_minor:
            raise ValueError(f"payout {self.payout_id}: amount {self.amount_minor} is not the sum of its lines")
        if any(line.payee_id != self.payee_id or line.currency != self.currency for line in self.lines):
            raise ValueError(f"payout {self.payout_id} mixes payees or currencies")
        if self.account.payee_id != self.payee_id or self.account.currency != self.currency:
            raise ValueError(f"payout {self.payout_id}: the account is not the payee's {self.currency} account")


@dataclass(frozen=True)
class PayoutSummary:
    """A payout without its lines (a payee's weekly payout may hold hundreds): what listings
    and the answers of runs and status changes carry. GetPayout has the lines."""

    payout_id: str
    payee_id: str
    currency: str
    amount_minor: int
    account: PayeeAccount
    line_count: int
    remittance: str
    status: PayoutStatus
    create_time: datetime
    update_time: datetime
    rail: str = ""
    rail_reference: str = ""
    bank_reference: str = ""
    failure_reason: str = ""
    run_id: str = ""
    part: int = 1
    parts: int = 1
    account_version: int = 0
    execution_date: date | None = None
    file_name: str = ""
    media_type: str = ""
    submit_time: datetime | None = None
    paid_time: datetime | None = None
    fail_time: datetime | None = None


def payout_from_plan(planned: PlannedPayout, payout_id: str, now: datetime, *, run_id: str = "", account_version: int = 0) -> Payout:
    """The CREATED payout a run stores for `planned` (with its part of the payee's split)."""
    return Payout(
        payout_id,
        planned.payee_id,
        planned.currency,
        planned.amount_minor,
        planned.account,
        planned.lines,
        PayoutStatus.CREATED,
        now,
        now,
        run_id=run_id,
        part=planned.part,
        parts=planned.parts,
        account_version=account_version,
    )


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


def submitted_payout(
    payout: Payout, *, rail: str, rail_reference: str, execution_date: date, file_name: str, media_type: str, now: datetime
) -> Payout:
    """`payout` once its rail produced the transfer (CREATED -> SUBMITTED)."""
    status = next_payout_status(payout.payout_id, payout.status, PayoutAction.SUBMIT)
    return dataclasses.replace(
        payout,
        status=status,
        rail=rail,
        rail_reference=rail_reference,
        execution_date=execution_date,
        file_name=file_name,
        media_type=media_type,
        submit_time=now,
        update_time=now,
    )


def paid_payout(payout: Payout, bank_reference: str, now: datetime) -> Payout:
    """`payout` once the bank confirmed it (SUBMITTED -> PAID)."""
    status = next_payout_status(payout.payout_id, payout.status, PayoutAction.CONFIRM)
    return dataclasses.replace(payout, status=status, bank_reference=bank_reference, paid_time=now, update_time=now)


def failed_payout(payout: Payout, reason: str, now: datetime) -> Payout:
    """`payout` once it failed (CREATED or SUBMITTED -> FAILED): its lines go back to the pool."""
    status = next_payout_status(payout.payout_id, payout.status, PayoutAction.FAIL)
    return dataclasses.replace(payout, status=status, failure_reason=reason, fail_time=now, update_time=now)


@dataclass(frozen=True)
class PayoutEvent:
    """One status change of a payout (append-only): who, why, under which request id."""

    payout_id: str
    from_status: PayoutStatus | None  # None on creation
    to_status: PayoutStatus
    actor: str
    reason: str
    request_id: str
    create_time: datetime
    sequence: int | None = None  # assigned by the database


@dataclass(frozen=True)
class PayoutRun:
    """One CreatePayoutRun: its filter and who ran it, under which request id."""

    run_id: str
    run_filter: PayoutRunFilter
    actor: str
    request_id: str
    create_time: datetime


def new_payout_run_id() -> str:
    return new_id("pr")


# TARGET2 (the Eurosystem's settlement system, which SEPA credit transfers settle through) is
# closed on weekends, 1 January, Good Friday, Easter Monday, 1 May and 25-26 December.
_TARGET2_FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (12, 25), (12, 26)})


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def is_target2_business_day(day: date) -> bool:
    if day.weekday() >= 5 or (day.month, day.day) in _TARGET2_FIXED_HOLIDAYS:
        return False
    easter = easter_sunday(day.year)
    return day not in (easter - timedelta(days=2), easter + timedelta(days=1))


def default_execution_date(now: datetime) -> date:
    """The execution date a payout file asks for when the operator names none: the file's
    creation day (UTC) when TARGET2 is open, otherwise its next business day."""
    day = now.astimezone(UTC).date()
    while not is_target2_business_day(day):
        day += timedelta(days=1)
    return day


def remittance_text(payout_id: str, lines: Sequence[PayableMilestone]) -> str:
    """The unstructured remittance (at most 140 SEPA characters): the payout id and every
    milestone reference when they fit, otherwise the payout id and the number of milestones,
    which the remittance advice (remittance_advice_csv, GetPayout) lists in full."""
    payout_reference = sepa_reference(payout_id)
    itemised = " ".join([f"Payout {payout_reference}", *(sepa_reference(line.settlement_id) for line in lines)])
    if len(itemised) <= SEPA_REMITTANCE_MAX_CHARS:
        return itemised
    summary = f"Payout {payout_reference}: {len(lines)} milestones, itemised in its remittance advice"
    if len(summary) > SEPA_REMITTANCE_MAX_CHARS:
        raise ValueError(f"payout id {payout_id!r} is too long for a remittance text")
    return summary


REMITTANCE_ADVICE_COLUMNS = ("payout_id", "shipment_id", "intent_id", "settlement_id", "milestone", "released_at", "amount", "currency")


def remittance_advice_csv(payout: Payout) -> str:
    """Every line of the payout (shipment, intent, milestone, amount) as CSV with a closing total,
    so the carrier can reconcile the single bank transfer against its loads."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REMITTANCE_ADVICE_COLUMNS)
    for line in payout.lines:
        amount, currency = format_minor(line.amount_minor, line.currency).split(" ")
        writer.writerow(
            (
                payout.payout_id,
                line.shipment_id,
                line.intent_id,
                line.settlement_id,
                line.milestone.value,
                line.released_at.isoformat(),
                amount,
                currency,
            )
        )
    total, currency = format_minor(payout.amount_minor, payout.currency).split(" ")
    writer.writerow((payout.payout_id, "", "", "", "TOTAL", "", total, currency))
    return buffer.getvalue()
