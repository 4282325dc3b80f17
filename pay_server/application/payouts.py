"""Payout use cases (docs/payouts.md): payee accounts, payout runs, payout files, and the
bank's answer (paid or returned). Each is one transaction; the money moves through the
SettlementBook with the rest of the books:

    run       APPROVED milestones of a payee and currency -> a CREATED payout (no money moves)
    submit    payable -> in transit, per milestone line     (first GetPayoutFile; in the run for
                                                           rails that pay on submit)
    confirm   in transit -> paid; milestones SETTLED
    fail      in transit -> payable (if it was submitted); milestones back in the pool

Every step appends the payout's own history row and, for each of its milestones, an audit
row (a status change on confirm, the same status otherwise) that WatchSettlements streams.
Lock order, the same in every use case: the payout row, then its intents in id order.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions, UniqueViolation
from chainbridge_common.errors import FailedPrecondition, InvalidArgument, NotFound
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from pay_server.application.bookkeeping import Bookkeeping
from pay_server.application.ports import PaymentUnitOfWork, PayoutRail, PayoutRailSet
from pay_server.application.settlement_book import SettlementBook
from pay_server.domain.intents import PaymentIntent
from pay_server.domain.ledger import Journal, JournalKind
from pay_server.domain.payees import PayeeAccount, PayeeAccountChange, RegisteredPayeeAccount, register_account
from pay_server.domain.payouts import (
    PAYOUT_JOURNALS,
    Payout,
    PayoutAction,
    PayoutEvent,
    PayoutRun,
    PayoutRunFilter,
    PayoutStatus,
    PayoutSummary,
    RailSubmission,
    SkippedPayee,
    default_execution_date,
    failed_payout,
    new_payout_id,
    new_payout_run_id,
    next_payout_status,
    paid_payout,
    payout_from_plan,
    plan_payout_run,
    submitted_payout,
)
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement

log = logging.getLogger(__name__)
R = TypeVar("R")

# Two runs racing for one milestone: the loser's insert breaks the open-payout constraint
# and its transaction is re-run, then finding the milestone taken. Runs lock the intents
# they take first, so this is a backstop; a few attempts are plenty.
_RUN_ATTEMPTS = 4
_OPEN_LINE_CONSTRAINT = "open_settlement_id"
# Banks take credit transfers requested up to about a year ahead.
MAX_EXECUTION_DAYS_AHEAD = 365
AUDIT_REASON_MAX_CHARS = 512  # audit_log.reason
_CHUNK = 500


@dataclass(frozen=True)
class RegisteredAccount:
    """The account after RegisterPayeeAccount; `changed` is False when it was already registered as given."""

    registered: RegisteredPayeeAccount
    changed: bool


@dataclass(frozen=True)
class PayeeAccountDetails:
    registered: RegisteredPayeeAccount
    changes: list[PayeeAccountChange]


@dataclass(frozen=True)
class PayoutRunResult:
    run: PayoutRun
    payouts: list[PayoutSummary]
    skipped: list[SkippedPayee]


@dataclass(frozen=True)
class PayoutDetails:
    payout: Payout
    history: list[PayoutEvent]


@dataclass(frozen=True)
class PayoutFile:
    payout: PayoutSummary
    content: bytes
    submitted_now: bool  # True for the call that produced it (and submitted the payout)


@dataclass(frozen=True)
class ConfirmedPayout:
    payout: PayoutSummary
    settlements: list[MilestoneSettlement]


class PaidByPayout:
    """The PaymentRail a payout's milestones settle through: their money is already in
    transit, so settling moves it from there to paid (a PAYOUT_PAID journal)."""

    def __init__(self, payout_id: str):
        self.payout_id = payout_id

    def transfer(self, settlement: MilestoneSettlement, rail_reference: str, now: datetime) -> Journal:
        return Journal(
            new_id("jr"),
            settlement.intent_id,
            settlement.settlement_id,
            JournalKind.PAYOUT_PAID,
            settlement.amount_minor,
            settlement.currency,
            rail_reference,
            now,
            self.payout_id,
        )


class NoPayoutRails:
    """The rails of an application built without any: every payout is refused."""

    def for_currency(self, currency: str) -> PayoutRail:
        raise FailedPrecondition(
            f"this server has no payout rails: {currency} payouts cannot be made",
            reason="PAYOUT_RAIL_NOT_CONFIGURED",
            metadata={"currency": currency},
        )

    def limits(self, currencies: Iterable[str]) -> dict[str, int]:
        return {}


class _Step:
    """One transaction's payout work: the book, the payouts' history rows, and who acts."""

    def __init__(self, book: SettlementBook, actor: str, request_id: str):
        self.book = book
        self.actor = actor
        self.request_id = request_id
        self.events: list[PayoutEvent] = []

    @property
    def now(self) -> datetime:
        return self.book.now

    def event(self, payout: Payout, before: PayoutStatus | None, reason: str) -> None:
        self.events.append(PayoutEvent(payout.payout_id, before, payout.status, self.actor, reason, self.request_id, self.now))


class PayoutUseCases:
    def __init__(
        self,
        transactions: Transactions[PaymentUnitOfWork],
        idempotency: Idempotency[PaymentUnitOfWork],
        bookkeeping: Bookkeeping,
        rails: PayoutRailSet,
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.bookkeeping = bookkeeping
        self.rails = rails

    # ------------------------------------------------------------ payee accounts

    def register_account(
        self, account: PayeeAccount, *, actor: str, key: RequestKey | None, codec: ResponseCodec[RegisteredAccount, R]
    ) -> R:
        """Register or change a payee's account for one currency. Payouts already created keep
        the account they were created with."""
        request_id = key.request_id if key else ""

        def register(uow: PaymentUnitOfWork) -> RegisteredAccount:
            now = self.bookkeeping.clock.now()
            current = uow.payees.get(account.payee_id, account.currency, for_update=True)
            if current is None:
                registered, change = register_account(None, account, actor=actor, request_id=request_id, now=now)
                assert change is not None
                if uow.payees.add(registered):
                    uow.payees.add_change(change)
                    return RegisteredAccount(registered, changed=True)
                # A concurrent first registration committed: this one is a change of it.
                current = uow.payees.get(account.payee_id, account.currency, for_update=True)
                assert current is not None
            registered, change = register_account(current, account, actor=actor, request_id=request_id, now=now)
            if change is None:
                return RegisteredAccount(current, changed=False)
            if not uow.payees.update(registered, expected_version=current.version):
                raise RuntimeError(f"payee account {account.payee_id}/{account.currency} changed under its row lock")
            uow.payees.add_change(change)
            return RegisteredAccount(registered, changed=True)

        return self.idempotency.run(key, codec, register)

    def account(self, payee_id: str, currency: str) -> PayeeAccountDetails:
        def read(uow: PaymentUnitOfWork) -> PayeeAccountDetails:
            registered = uow.payees.get(payee_id, currency)
            if registered is None:
                raise NotFound("payee account", f"{payee_id}/{currency}", reason="PAYEE_ACCOUNT_NOT_FOUND")
            return PayeeAccountDetails(registered, uow.payees.changes(payee_id, currency))

        return self.transactions.read(read)

    # ------------------------------------------------------------ runs

    def create_run(self, run_filter: PayoutRunFilter, *, actor: str, key: RequestKey | None, codec: ResponseCodec[PayoutRunResult, R]) -> R:
        """Group the payable milestones the filter takes into payouts, per payee and currency;
        rails that pay on submit pay theirs at once. Payees that cannot be paid are answered
        as skipped, with the reason."""
        request_id = key.request_id if key else ""
        for attempt in range(1, _RUN_ATTEMPTS + 1):
            try:
                return self.idempotency.run(key, codec, lambda uow: self._run(uow, run_filter, actor, request_id))
            except UniqueViolation as conflict:
                if _OPEN_LINE_CONSTRAINT not in conflict.constraint or attempt == _RUN_ATTEMPTS:
                    raise
                log.info("payout run lost a milestone to a concurrent run, running again (attempt %d)", attempt)
        raise AssertionError("unreachable")

    def _run(self, uow: PaymentUnitOfWork, run_filter: PayoutRunFilter, actor: str, request_id: str) -> PayoutRunResult:
        if run_filter.currency is not None:
            self.rails.for_currency(run_filter.currency)  # refuse a currency this server cannot pay at once
        candidates = uow.payouts.payable(run_filter)
        intents = _lock_intents(uow, (line.intent_id for line in candidates))
        # Under the intents' locks, what is still APPROVED and in no open payout: a concurrent
        # run, settlement or failure may have changed it since the read above.
        ids = [line.settlement_id for line in candidates]
        settlements = _settlements(uow, ids)
        held = uow.payouts.open_payouts_holding(ids)
        lines = [
            line
            for line in candidates
            if line.settlement_id not in held
            and (current := settlements.get(line.settlement_id)) is not None
            and current.status is MilestoneStatus.APPROVED
        ]
        accounts = uow.payees.of_payees({(line.payee_id, line.currency) for line in lines})
        plan = plan_payout_run(
            lines,
            [registered.account for registered in accounts.values()],
            run_filter,
            max_payout_minor=self.rails.limits({line.currency for line in lines}),
        )
        rails = {currency: self.rails.for_currency(currency) for currency in sorted({planned.currency for planned in plan.payouts})}

        book = self.bookkeeping.open(uow, actor)
        book.track(intents)
        step = _Step(book, actor, request_id)
        run = PayoutRun(new_payout_run_id(), run_filter, actor, request_id, book.now)
        created = [
            payout_from_plan(
                planned,
                new_payout_id(),
                book.now,
                run_id=run.run_id,
                account_version=accounts[(planned.payee_id, planned.currency)].version,
            )
            for planned in plan.payouts
        ]
        uow.payouts.add_run(run, plan.skipped)
        uow.payouts.add(created)
        answered = []
        for payout in created:
            step.event(payout, None, f"created by payout run {run.run_id}")
            for line in payout.lines:
                book.payout_step(
                    settlements[line.settlement_id],
                    None,
                    payout_id=payout.payout_id,
                    rail_reference="",
                    reason=f"payout {payout.payout_id}: taken into the payout by run {run.run_id}",
                )
            rail = rails[payout.currency]
            if rail.paid_on_submit:
                submitted, submission = self._submit(step, payout, settlements, rail, book.now.astimezone(UTC).date())
                paid, _ = self._confirm(step, submitted, settlements, submission.reference)
                if not uow.payouts.save(paid, expected_status=PayoutStatus.CREATED):
                    raise RuntimeError(f"payout {payout.payout_id} changed in the transaction that created it")
                payout = paid
            answered.append(payout.summary())
        uow.payouts.add_events(step.events)
        self.bookkeeping.flush(uow, book)
        return PayoutRunResult(run, answered, list(plan.skipped))

    # ------------------------------------------------------------ files

    def payout_file(self, payout_id: str, requested_execution_date: date | None, *, actor: str) -> PayoutFile:
        """The payout's transfer file. The first call produces it with the payout's rail and
        submits the payout (payable -> in transit); every later call answers the same stored
        bytes, whatever execution date it asks for."""
        stored = self.transactions.read(lambda uow: (uow.payouts.get(payout_id), uow.payouts.file_content(payout_id)))
        if stored[0] is None:
            raise NotFound("payout", payout_id)
        if stored[1] is not None:
            return PayoutFile(stored[0].summary(), stored[1], submitted_now=False)

        def submit(uow: PaymentUnitOfWork) -> PayoutFile:
            payout = _payout_or_not_found(uow, payout_id, for_update=True)
            content = uow.payouts.file_content(payout_id)
            if content is not None:  # a concurrent first call produced it while we waited for the lock
                return PayoutFile(payout.summary(), content, submitted_now=False)
            if payout.rail:
                raise FailedPrecondition(
                    f"payout {payout_id} went through {payout.rail}, which produces no file (reference {payout.rail_reference})",
                    reason="PAYOUT_HAS_NO_FILE",
                    metadata={"payout_id": payout_id, "rail": payout.rail},
                )
            next_payout_status(payout_id, payout.status, PayoutAction.SUBMIT)  # refuse a FAILED payout before anything else
            rail = self.rails.for_currency(payout.currency)
            if rail.paid_on_submit:
                raise FailedPrecondition(
                    f"{payout.currency} payouts go through {rail.name}, which produces no file",
                    reason="PAYOUT_HAS_NO_FILE",
                    metadata={"payout_id": payout_id, "rail": rail.name},
                )
            now = self.bookkeeping.clock.now()
            execution_date = _execution_date(requested_execution_date, now)
            book = self.bookkeeping.open(uow, actor)
            book.track(_lock_intents(uow, (line.intent_id for line in payout.lines)))
            step = _Step(book, actor, "")
            submitted, submission = self._submit(
                step, payout, _settlements(uow, [line.settlement_id for line in payout.lines]), rail, execution_date
            )
            if not uow.payouts.save(submitted, expected_status=PayoutStatus.CREATED, file_content=submission.content):
                raise RuntimeError(f"payout {payout_id} changed under its row lock")
            uow.payouts.add_events(step.events)
            self.bookkeeping.flush(uow, book)
            return PayoutFile(submitted.summary(), submission.content, submitted_now=True)

        return self.transactions.write(submit)

    # ------------------------------------------------------------ the bank's answer

    def confirm(
        self, payout_id: str, bank_reference: str, *, actor: str, key: RequestKey | None, codec: ResponseCodec[ConfirmedPayout, R]
    ) -> R:
        """SUBMITTED -> PAID with the bank's reference: its milestones become SETTLED."""
        request_id = key.request_id if key else ""

        def confirm(uow: PaymentUnitOfWork) -> ConfirmedPayout:
            payout = _payout_or_not_found(uow, payout_id, for_update=True)
            next_payout_status(payout_id, payout.status, PayoutAction.CONFIRM)
            book = self.bookkeeping.open(uow, actor)
            book.track(_lock_intents(uow, (line.intent_id for line in payout.lines)))
            step = _Step(book, actor, request_id)
            paid, settled = self._confirm(step, payout, _settlements(uow, [line.settlement_id for line in payout.lines]), bank_reference)
            if not uow.payouts.save(paid, expected_status=payout.status):
                raise RuntimeError(f"payout {payout_id} changed under its row lock")
            uow.payouts.add_events(step.events)
            self.bookkeeping.flush(uow, book)
            return ConfirmedPayout(paid.summary(), settled)

        return self.idempotency.run(key, codec, confirm)

    def fail(self, payout_id: str, reason: str, *, actor: str, key: RequestKey | None, codec: ResponseCodec[PayoutSummary, R]) -> R:
        """CREATED or SUBMITTED -> FAILED: money in transit goes back to payable and the
        milestones back to the pool, for the next run."""
        request_id = key.request_id if key else ""

        def fail(uow: PaymentUnitOfWork) -> PayoutSummary:
            payout = _payout_or_not_found(uow, payout_id, for_update=True)
            next_payout_status(payout_id, payout.status, PayoutAction.FAIL)
            book = self.bookkeeping.open(uow, actor)
            book.track(_lock_intents(uow, (line.intent_id for line in payout.lines)))
            step = _Step(book, actor, request_id)
            settlements = _settlements(uow, [line.settlement_id for line in payout.lines])
            kind = PAYOUT_JOURNALS.get((payout.status, PayoutAction.FAIL))
            failed = failed_payout(payout, reason, book.now)
            for line in payout.lines:
                book.payout_step(
                    _released(settlements, line.settlement_id, payout_id),
                    kind,
                    payout_id=payout_id,
                    rail_reference=payout.rail_reference,
                    reason=_audit_reason(f"payout {payout_id} failed: back in the pool for the next run", reason),
                )
            step.event(failed, payout.status, reason)
            if not uow.payouts.save(failed, expected_status=payout.status):
                raise RuntimeError(f"payout {payout_id} changed under its row lock")
            uow.payouts.add_events(step.events)
            self.bookkeeping.flush(uow, book)
            return failed.summary()

        return self.idempotency.run(key, codec, fail)

    # ------------------------------------------------------------ reads

    def get(self, payout_id: str) -> PayoutDetails:
        def read(uow: PaymentUnitOfWork) -> PayoutDetails:
            payout = _payout_or_not_found(uow, payout_id)
            return PayoutDetails(payout, uow.payouts.events(payout_id))

        return self.transactions.read(read)

    def list(
        self, *, status: PayoutStatus | None, payee_id: str | None, currency: str | None, run_id: str | None, page: PageRequest
    ) -> Page:
        def read(uow: PaymentUnitOfWork) -> Page:
            fetched = uow.payouts.list(
                status=status,
                payee_id=payee_id,
                currency=currency,
                run_id=run_id,
                before_id=page.after[0] if page.after else None,
                limit=page.size + 1,
            )
            return Page.of(fetched, page, uow.payouts.count(status=status, payee_id=payee_id, currency=currency, run_id=run_id))

        return self.transactions.read(read, lag_tolerant=True)

    # ------------------------------------------------------------ steps

    def _submit(
        self, step: _Step, payout: Payout, settlements: dict[str, MilestoneSettlement], rail: PayoutRail, execution_date: date
    ) -> tuple[Payout, RailSubmission]:
        """CREATED -> SUBMITTED through `rail`: payable -> in transit for every line."""
        submission = rail.submit(payout, execution_date=execution_date, now=step.now)
        submitted = submitted_payout(
            payout,
            rail=submission.rail,
            rail_reference=submission.reference,
            execution_date=execution_date,
            file_name=submission.file_name,
            media_type=submission.media_type,
            now=step.now,
        )
        for line in payout.lines:
            step.book.payout_step(
                _released(settlements, line.settlement_id, payout.payout_id),
                PAYOUT_JOURNALS[(payout.status, PayoutAction.SUBMIT)],
                payout_id=payout.payout_id,
                rail_reference=submission.reference,
                reason=f"payout {payout.payout_id}: submitted via {submission.rail} (reference {submission.reference}), in transit",
            )
        step.event(submitted, payout.status, f"submitted via {submission.rail}, reference {submission.reference}")
        return submitted, submission

    def _confirm(
        self, step: _Step, payout: Payout, settlements: dict[str, MilestoneSettlement], bank_reference: str
    ) -> tuple[Payout, builtins.list[MilestoneSettlement]]:
        """SUBMITTED -> PAID: in transit -> paid and SETTLED for every line."""
        paid = paid_payout(payout, bank_reference, step.now)
        rail = PaidByPayout(payout.payout_id)
        settled = [
            step.book.transition(
                _released(settlements, line.settlement_id, payout.payout_id),
                MilestoneAction.COMPLETE,
                reason=f"paid by payout {payout.payout_id} (bank reference {bank_reference})",
                rail_reference=bank_reference,
                rail=rail,
            )
            for line in payout.lines
        ]
        step.event(paid, payout.status, f"confirmed by the bank, reference {bank_reference}")
        return paid, settled


def _payout_or_not_found(uow: PaymentUnitOfWork, payout_id: str, *, for_update: bool = False) -> Payout:
    payout = uow.payouts.get(payout_id, for_update=for_update)
    if payout is None:
        raise NotFound("payout", payout_id)
    return payout


def _lock_intents(uow: PaymentUnitOfWork, intent_ids: Iterable[str]) -> list[PaymentIntent]:
    """Lock intents in id order, a chunk at a time (the order holds across chunks)."""
    ordered = sorted(set(intent_ids))
    locked: list[PaymentIntent] = []
    for start in range(0, len(ordered), _CHUNK):
        locked.extend(uow.intents.lock(ordered[start : start + _CHUNK]).values())
    return locked


def _settlements(uow: PaymentUnitOfWork, settlement_ids: Sequence[str]) -> dict[str, MilestoneSettlement]:
    found: dict[str, MilestoneSettlement] = {}
    for start in range(0, len(settlement_ids), _CHUNK):
        found.update({s.settlement_id: s for s in uow.settlements.by_ids(settlement_ids[start : start + _CHUNK])})
    return found


def _released(settlements: dict[str, MilestoneSettlement], settlement_id: str, payout_id: str) -> MilestoneSettlement:
    """A line's milestone, which is APPROVED for as long as an open payout holds it."""
    settlement = settlements.get(settlement_id)
    if settlement is None or settlement.status is not MilestoneStatus.APPROVED:
        # Unreachable while every writer of milestones locks the intent and respects open payouts.
        raise RuntimeError(f"milestone {settlement_id} of open payout {payout_id} is {settlement.status if settlement else 'missing'}")
    return settlement


def _audit_reason(step: str, detail: str) -> str:
    """`step (detail)`, the caller's detail cut so the whole fits the audit log's reason column."""
    room = AUDIT_REASON_MAX_CHARS - len(step) - len(" ()")
    return f"{step} ({detail if len(detail) <= room else detail[: room - 1] + '…'})"


def _execution_date(requested: date | None, now: datetime) -> date:
    today = now.astimezone(UTC).date()
    if requested is None:
        return default_execution_date(now)
    if requested < today:
        raise InvalidArgument.single("requested_execution_date", f"must not be before today ({today.isoformat()}, UTC)")
    if requested > today + timedelta(days=MAX_EXECUTION_DAYS_AHEAD):
        raise InvalidArgument.single("requested_execution_date", f"must be at most {MAX_EXECUTION_DAYS_AHEAD} days ahead")
    return requested
