"""Proto <-> domain conversion for the payout RPCs, with request validation."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.domain.currency import is_known_currency
from chainbridge_common.errors import Violations
from chainbridge_common.runtime.timestamps import from_timestamp, to_timestamp
from chainbridge_common.runtime.validation import check_id, check_text, enum_from_proto, enum_to_proto
from pay_server.application.payouts import ConfirmedPayout, PayeeAccountDetails, PayoutFile, PayoutRunResult, RegisteredAccount
from pay_server.domain.payees import PAYEE_ID_MAX_CHARS, PayeeAccount, PayeeAccountChange, PayeeAccountInput, validate_payee_account
from pay_server.domain.payouts import (
    Payout,
    PayoutEvent,
    PayoutRun,
    PayoutRunFilter,
    PayoutStatus,
    PayoutSummary,
    SkippedPayee,
    remittance_advice_csv,
    validate_payout_run_filter,
)
from pay_server.rpc.convert import MAX_REASON_LENGTH, event_type_to_proto, money, settlement_to_proto

MAX_BANK_REFERENCE_LENGTH = 128
# The same window as a shipment event's occurred_at: a cut-off outside it is a mistake.
EARLIEST_CUT_OFF_SECONDS = 946_684_800  # 2000-01-01
LATEST_CUT_OFF_SECONDS = 32_503_680_000  # 3000-01-01
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_PAYOUT_STATUS = pb.PayoutStatus.DESCRIPTOR
_SCHEME = pb.PayeeAccountScheme.DESCRIPTOR
_SKIP_REASON = pb.PayoutSkipReason.DESCRIPTOR

# ---------------------------------------------------------------- requests


def payee_account(request: pb.RegisterPayeeAccountRequest) -> PayeeAccount:
    """The validated account of a RegisterPayeeAccount request, or InvalidArgument naming every bad field."""
    if not request.HasField("account"):
        violations = Violations()
        if not request.payee_id.strip():
            violations.add("payee_id", "is required")
        violations.add("account", "is required")
        violations.raise_if_any(reason="INVALID_PAYEE_ACCOUNT")
    submitted = request.account
    return validate_payee_account(
        request.payee_id,
        PayeeAccountInput(
            currency=submitted.currency,
            legal_name=submitted.legal_name,
            iban=submitted.iban,
            bic=submitted.bic,
            routing_number=submitted.routing_number,
            sort_code=submitted.sort_code,
            account_number=submitted.account_number,
            bank_identifier=submitted.bank_identifier,
        ),
    )


def account_key(request: pb.GetPayeeAccountRequest) -> tuple[str, str]:
    violations = Violations()
    check_text(violations, "payee_id", request.payee_id, max_length=PAYEE_ID_MAX_CHARS, required=True)
    violations.check(is_known_currency(request.currency), "currency", f"{request.currency!r} is not an ISO 4217 currency code")
    violations.raise_if_any()
    return request.payee_id, request.currency


def run_filter(request: pb.CreatePayoutRunRequest) -> PayoutRunFilter:
    violations = Violations()
    check_text(violations, "payee_id", request.payee_id, max_length=PAYEE_ID_MAX_CHARS)
    released_before = _cut_off(violations, request)
    violations.raise_if_any(reason="INVALID_PAYOUT_RUN")
    return validate_payout_run_filter(request.currency, request.payee_id, released_before)


def _cut_off(violations: Violations, request: pb.CreatePayoutRunRequest) -> datetime | None:
    if not request.HasField("released_before"):
        return None
    stamp = request.released_before
    if not (0 <= stamp.nanos < 1_000_000_000 and EARLIEST_CUT_OFF_SECONDS <= stamp.seconds < LATEST_CUT_OFF_SECONDS):
        violations.add("released_before", "must be a valid timestamp from 2000-01-01 to 2999-12-31")
        return None
    return from_timestamp(stamp)


def payout_id(request) -> str:
    violations = Violations()
    check_id(violations, "payout_id", request.payout_id)
    violations.raise_if_any()
    return request.payout_id


def execution_date(request: pb.GetPayoutFileRequest) -> date | None:
    """The requested execution date ("" for the default); its range against today is the use case's."""
    violations = Violations()
    check_id(violations, "payout_id", request.payout_id)
    requested = None
    if request.requested_execution_date:
        try:
            if not _ISO_DATE.fullmatch(request.requested_execution_date):
                raise ValueError("not YYYY-MM-DD")
            requested = date.fromisoformat(request.requested_execution_date)
        except ValueError:
            violations.add("requested_execution_date", "must be an ISO 8601 date, YYYY-MM-DD")
    violations.raise_if_any()
    return requested


def confirmation(request: pb.ConfirmPayoutRequest) -> tuple[str, str]:
    violations = Violations()
    check_id(violations, "payout_id", request.payout_id)
    if check_text(violations, "bank_reference", request.bank_reference, max_length=MAX_BANK_REFERENCE_LENGTH, required=True):
        violations.check(
            request.bank_reference.isprintable() and request.bank_reference == request.bank_reference.strip(),
            "bank_reference",
            "must be printable, without leading or trailing spaces",
        )
    violations.raise_if_any()
    return request.payout_id, request.bank_reference


def failure(request: pb.FailPayoutRequest) -> tuple[str, str]:
    violations = Violations()
    check_id(violations, "payout_id", request.payout_id)
    check_text(violations, "return_reason", request.return_reason, max_length=MAX_REASON_LENGTH, required=True)
    violations.raise_if_any()
    return request.payout_id, request.return_reason


def list_filters(violations: Violations, request: pb.ListPayoutsRequest) -> tuple[PayoutStatus | None, str | None, str | None, str | None]:
    status = enum_from_proto(violations, "status", request.status, _PAYOUT_STATUS, PayoutStatus, required=False)
    check_text(violations, "payee_id", request.payee_id, max_length=PAYEE_ID_MAX_CHARS)
    violations.check(
        request.currency == "" or is_known_currency(request.currency), "currency", f"{request.currency!r} is not an ISO 4217 currency code"
    )
    check_id(violations, "run_id", request.run_id, required=False)
    return status, request.payee_id or None, request.currency or None, request.run_id or None


# ---------------------------------------------------------------- responses


def payee_account_to_proto(result: RegisteredAccount | PayeeAccountDetails) -> pb.PayeeAccount:
    registered = result.registered
    account = registered.account
    return pb.PayeeAccount(
        payee_id=account.payee_id,
        currency=account.currency,
        legal_name=account.legal_name,
        scheme=enum_to_proto(_SCHEME, account.scheme),
        masked_account_number=account.masked_account_number,
        bank_code=account.bank_code,
        country_code=account.country_code,
        version=registered.version,
        create_time=to_timestamp(registered.create_time),
        update_time=to_timestamp(registered.update_time),
    )


def registered_to_proto(result: RegisteredAccount) -> pb.RegisterPayeeAccountResponse:
    return pb.RegisterPayeeAccountResponse(payee_account=payee_account_to_proto(result), changed=result.changed)


def account_details_to_proto(details: PayeeAccountDetails) -> pb.GetPayeeAccountResponse:
    return pb.GetPayeeAccountResponse(
        payee_account=payee_account_to_proto(details), changes=[_change_to_proto(change) for change in details.changes]
    )


def _change_to_proto(change: PayeeAccountChange) -> pb.PayeeAccountChange:
    return pb.PayeeAccountChange(
        version=change.version,
        legal_name=change.legal_name,
        scheme=enum_to_proto(_SCHEME, change.scheme),
        masked_account_number=change.masked_account_number,
        previous_masked_account_number=change.previous_masked_account_number,
        bank_code=change.bank_code,
        actor=change.actor,
        request_id=change.request_id,
        create_time=to_timestamp(change.create_time),
    )


def payout_to_proto(payout: PayoutSummary | Payout) -> pb.Payout:
    """A payout; with its lines when given a full Payout."""
    summary = payout.summary() if isinstance(payout, Payout) else payout
    account = summary.account
    message = pb.Payout(
        payout_id=summary.payout_id,
        run_id=summary.run_id,
        payee_id=summary.payee_id,
        amount=money(summary.amount_minor, summary.currency),
        status=enum_to_proto(_PAYOUT_STATUS, summary.status),
        line_count=summary.line_count,
        part=summary.part,
        parts=summary.parts,
        creditor=pb.PayoutCreditor(
            legal_name=account.legal_name,
            scheme=enum_to_proto(_SCHEME, account.scheme),
            masked_account_number=account.masked_account_number,
            bank_code=account.bank_code,
            country_code=account.country_code,
            account_version=summary.account_version,
        ),
        remittance_information=summary.remittance,
        rail=summary.rail,
        rail_reference=summary.rail_reference,
        bank_reference=summary.bank_reference,
        failure_reason=summary.failure_reason,
        execution_date=summary.execution_date.isoformat() if summary.execution_date else "",
        create_time=to_timestamp(summary.create_time),
        update_time=to_timestamp(summary.update_time),
        submit_time=to_timestamp(summary.submit_time),
        paid_time=to_timestamp(summary.paid_time),
        fail_time=to_timestamp(summary.fail_time),
    )
    if isinstance(payout, Payout):
        message.lines.extend(
            pb.PayoutLine(
                settlement_id=line.settlement_id,
                intent_id=line.intent_id,
                shipment_id=line.shipment_id,
                milestone=event_type_to_proto(line.milestone),
                amount=money(line.amount_minor, line.currency),
                released_at=to_timestamp(line.released_at),
            )
            for line in payout.lines
        )
    return message


def _event_to_proto(event: PayoutEvent) -> pb.PayoutEvent:
    return pb.PayoutEvent(
        sequence=event.sequence or 0,
        from_status=enum_to_proto(_PAYOUT_STATUS, event.from_status),
        to_status=enum_to_proto(_PAYOUT_STATUS, event.to_status),
        actor=event.actor,
        reason=event.reason,
        request_id=event.request_id,
        create_time=to_timestamp(event.create_time),
    )


def _run_to_proto(run: PayoutRun) -> pb.PayoutRun:
    return pb.PayoutRun(
        run_id=run.run_id,
        currency=run.run_filter.currency or "",
        payee_id=run.run_filter.payee_id or "",
        released_before=to_timestamp(run.run_filter.released_before),
        actor=run.actor,
        create_time=to_timestamp(run.create_time),
    )


def _skipped_to_proto(skipped: SkippedPayee) -> pb.SkippedPayee:
    return pb.SkippedPayee(
        payee_id=skipped.payee_id,
        currency=skipped.currency,
        reason=enum_to_proto(_SKIP_REASON, skipped.reason),
        description=skipped.description,
        line_count=len(skipped.lines),
        amount=money(skipped.amount_minor, skipped.currency),
    )


def run_to_proto(result: PayoutRunResult) -> pb.CreatePayoutRunResponse:
    return pb.CreatePayoutRunResponse(
        run=_run_to_proto(result.run),
        payouts=[payout_to_proto(payout) for payout in result.payouts],
        skipped_payees=[_skipped_to_proto(skipped) for skipped in result.skipped],
    )


def payout_details_to_proto(payout: Payout, history: list[PayoutEvent]) -> pb.GetPayoutResponse:
    return pb.GetPayoutResponse(
        payout=payout_to_proto(payout),
        history=[_event_to_proto(event) for event in history],
        remittance_advice_csv=remittance_advice_csv(payout),
    )


def payout_file_to_proto(result: PayoutFile) -> pb.GetPayoutFileResponse:
    return pb.GetPayoutFileResponse(
        payout=payout_to_proto(result.payout),
        file_name=result.payout.file_name,
        media_type=result.payout.media_type,
        content=result.content,
        sha256=hashlib.sha256(result.content).hexdigest(),
        submitted_now=result.submitted_now,
    )


def confirmed_to_proto(result: ConfirmedPayout) -> pb.ConfirmPayoutResponse:
    return pb.ConfirmPayoutResponse(payout=payout_to_proto(result.payout), settlements=[settlement_to_proto(s) for s in result.settlements])


def failed_to_proto(payout: PayoutSummary) -> pb.FailPayoutResponse:
    return pb.FailPayoutResponse(payout=payout_to_proto(payout))
