"""Payouts in SQL (PayoutRepository): runs, payouts with their lines and stored file, and the
append-only status history. `payout_lines.open_settlement_id` is UNIQUE and set while a
payout is open: that constraint, not a check in code, keeps a milestone in one open payout."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, func, select, update

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert, CombinedWrite
from pay_server.domain.payees import AccountScheme, PayeeAccount
from pay_server.domain.payouts import (
    PayableMilestone,
    Payout,
    PayoutEvent,
    PayoutRun,
    PayoutRunFilter,
    PayoutStatus,
    PayoutSummary,
    SkippedPayee,
)
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.storage.rows import dt, us
from pay_server.storage.schema import (
    milestone_settlements,
    payment_intents,
    payout_events,
    payout_lines,
    payout_run_skips,
    payout_runs,
    payouts,
)

_CHUNK = 500  # ids per IN list: far below SQLite's and psycopg's parameter limits

_PAYOUT_COLUMNS = tuple(c.name for c in payouts.c if c.name != "file_content")
_LINE_COLUMNS = tuple(c.name for c in payout_lines.c)
_ADD_PAYOUTS = CombinedWrite(
    {
        "new_payouts": BatchInsert(payouts, _PAYOUT_COLUMNS, prefix="p_"),
        "new_lines": BatchInsert(payout_lines, _LINE_COLUMNS, prefix="l_"),
    }
)
_ADD_RUN = CombinedWrite(
    {
        "new_run": BatchInsert(payout_runs, prefix="r_"),
        "new_skips": BatchInsert(payout_run_skips, prefix="s_"),
    }
)
_ADD_EVENTS = BatchInsert(payout_events, [c.name for c in payout_events.c if c.name != "sequence"])
# What a status change may write; the rest of a payout never changes after it is created.
_MUTABLE = (
    "status",
    "rail",
    "rail_reference",
    "bank_reference",
    "failure_reason",
    "execution_date",
    "file_name",
    "media_type",
    "update_time_us",
    "submit_time_us",
    "paid_time_us",
    "fail_time_us",
)
_RELEASED_AT = func.coalesce(milestone_settlements.c.released_at_us, milestone_settlements.c.update_time_us)


def _chunks(values: Iterable[str]) -> list[list[str]]:
    ordered = sorted(set(values))
    return [ordered[start : start + _CHUNK] for start in range(0, len(ordered), _CHUNK)]


def _payout_columns(payout: Payout) -> dict[str, Any]:
    account = payout.account
    return {
        "payout_id": payout.payout_id,
        "run_id": payout.run_id,
        "payee_id": payout.payee_id,
        "currency": payout.currency,
        "amount_minor": payout.amount_minor,
        "line_count": len(payout.lines),
        "status": payout.status.value,
        "part": payout.part,
        "parts": payout.parts,
        "legal_name": account.legal_name,
        "scheme": account.scheme.value,
        "account_number": account.account_number,
        "bank_code": account.bank_code,
        "country_code": account.country_code,
        "account_version": payout.account_version,
        "remittance_text": payout.remittance,
        "rail": payout.rail,
        "rail_reference": payout.rail_reference,
        "bank_reference": payout.bank_reference,
        "failure_reason": payout.failure_reason,
        "execution_date": payout.execution_date.isoformat() if payout.execution_date else None,
        "file_name": payout.file_name,
        "media_type": payout.media_type,
        "create_time_us": to_micros(payout.create_time),
        "update_time_us": to_micros(payout.update_time),
        "submit_time_us": us(payout.submit_time),
        "paid_time_us": us(payout.paid_time),
        "fail_time_us": us(payout.fail_time),
    }


def _header(row: Row[Any]) -> dict[str, Any]:
    """The fields a Payout and a PayoutSummary share, from a payouts row."""
    return {
        "payout_id": row.payout_id,
        "payee_id": row.payee_id,
        "currency": row.currency,
        "amount_minor": row.amount_minor,
        "account": PayeeAccount(
            row.payee_id, row.currency, row.legal_name, AccountScheme(row.scheme), row.account_number, row.bank_code, row.country_code
        ),
        "status": PayoutStatus(row.status),
        "create_time": from_micros(row.create_time_us),
        "update_time": from_micros(row.update_time_us),
        "rail": row.rail,
        "rail_reference": row.rail_reference,
        "bank_reference": row.bank_reference,
        "failure_reason": row.failure_reason,
        "run_id": row.run_id,
        "part": row.part,
        "parts": row.parts,
        "account_version": row.account_version,
        "execution_date": date.fromisoformat(row.execution_date) if row.execution_date else None,
        "file_name": row.file_name,
        "media_type": row.media_type,
        "submit_time": dt(row.submit_time_us),
        "paid_time": dt(row.paid_time_us),
        "fail_time": dt(row.fail_time_us),
    }


def _summary_from_row(row: Row[Any]) -> PayoutSummary:
    return PayoutSummary(**_header(row), line_count=row.line_count, remittance=row.remittance_text)


def _filters(status: PayoutStatus | None, payee_id: str | None, currency: str | None, run_id: str | None) -> list[Any]:
    conditions = []
    if status is not None:
        conditions.append(payouts.c.status == status.value)
    if payee_id is not None:
        conditions.append(payouts.c.payee_id == payee_id)
    if currency is not None:
        conditions.append(payouts.c.currency == currency)
    if run_id is not None:
        conditions.append(payouts.c.run_id == run_id)
    return conditions


class SqlPayoutRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def payable(self, run_filter: PayoutRunFilter) -> list[PayableMilestone]:
        ms, pl = milestone_settlements, payout_lines
        query = (
            select(
                ms.c.settlement_id,
                ms.c.intent_id,
                ms.c.shipment_id,
                ms.c.milestone,
                payment_intents.c.payee_id,
                ms.c.currency,
                ms.c.amount_minor,
                _RELEASED_AT.label("released_at_us"),
            )
            .select_from(
                ms.join(payment_intents, payment_intents.c.intent_id == ms.c.intent_id).outerjoin(
                    pl, pl.c.open_settlement_id == ms.c.settlement_id
                )
            )
            .where(ms.c.status == MilestoneStatus.APPROVED.value, pl.c.open_settlement_id.is_(None))
            .order_by(_RELEASED_AT, ms.c.settlement_id)
        )
        if run_filter.currency is not None:
            query = query.where(ms.c.currency == run_filter.currency)
        if run_filter.payee_id is not None:
            query = query.where(payment_intents.c.payee_id == run_filter.payee_id)
        if run_filter.released_before is not None:
            query = query.where(_RELEASED_AT < to_micros(run_filter.released_before))
        return [
            PayableMilestone(
                settlement_id=row.settlement_id,
                intent_id=row.intent_id,
                shipment_id=row.shipment_id,
                milestone=ShipmentEventType(row.milestone),
                payee_id=row.payee_id,
                currency=row.currency,
                amount_minor=row.amount_minor,
                released_at=from_micros(row.released_at_us),
            )
            for row in self.conn.execute(query)
        ]

    def open_payouts_holding(self, settlement_ids: Iterable[str]) -> dict[str, str]:
        holding: dict[str, str] = {}
        for chunk in _chunks(settlement_ids):
            query = select(payout_lines.c.open_settlement_id, payout_lines.c.payout_id).where(payout_lines.c.open_settlement_id.in_(chunk))
            holding.update({row.open_settlement_id: row.payout_id for row in self.conn.execute(query)})
        return holding

    def add_run(self, run: PayoutRun, skipped: Sequence[SkippedPayee]) -> None:
        run_filter = run.run_filter
        _ADD_RUN.execute(
            self.conn,
            {
                "new_run": [
                    {
                        "run_id": run.run_id,
                        "currency": run_filter.currency or "",
                        "payee_id": run_filter.payee_id or "",
                        "released_before_us": us(run_filter.released_before),
                        "actor": run.actor,
                        "request_id": run.request_id,
                        "create_time_us": to_micros(run.create_time),
                    }
                ],
                "new_skips": [
                    {
                        "run_id": run.run_id,
                        "position": position,
                        "payee_id": skip.payee_id,
                        "currency": skip.currency,
                        "reason": skip.reason.value,
                        "description": skip.description[:512],
                        "line_count": len(skip.lines),
                        "amount_minor": skip.amount_minor,
                    }
                    for position, skip in enumerate(skipped)
                ],
            },
        )

    def add(self, new_payouts: Sequence[Payout]) -> None:
        _ADD_PAYOUTS.execute(
            self.conn,
            {
                "new_payouts": [_payout_columns(payout) for payout in new_payouts],
                "new_lines": [
                    {
                        "payout_id": payout.payout_id,
                        "settlement_id": line.settlement_id,
                        "position": position,
                        "intent_id": line.intent_id,
                        "shipment_id": line.shipment_id,
                        "milestone": line.milestone.value,
                        "amount_minor": line.amount_minor,
                        "released_at_us": to_micros(line.released_at),
                        "open_settlement_id": line.settlement_id if payout.is_open else None,
                    }
                    for payout in new_payouts
                    for position, line in enumerate(payout.lines)
                ],
            },
        )

    def get(self, payout_id: str, *, for_update: bool = False) -> Payout | None:
        query = select(*(payouts.c[name] for name in _PAYOUT_COLUMNS)).where(payouts.c.payout_id == payout_id)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        if row is None:
            return None
        lines = self.conn.execute(select(payout_lines).where(payout_lines.c.payout_id == payout_id).order_by(payout_lines.c.position)).all()
        return Payout(
            **_header(row),
            lines=tuple(
                PayableMilestone(
                    settlement_id=line.settlement_id,
                    intent_id=line.intent_id,
                    shipment_id=line.shipment_id,
                    milestone=ShipmentEventType(line.milestone),
                    payee_id=row.payee_id,
                    currency=row.currency,
                    amount_minor=line.amount_minor,
                    released_at=from_micros(line.released_at_us),
                )
                for line in lines
            ),
        )

    def save(self, payout: Payout, *, expected_status: PayoutStatus, file_content: bytes | None = None) -> bool:
        columns = _payout_columns(payout)
        values = {name: columns[name] for name in _MUTABLE}
        if file_content is not None:
            values["file_content"] = file_content
        result = self.conn.execute(
            update(payouts).where(payouts.c.payout_id == payout.payout_id, payouts.c.status == expected_status.value).values(**values)
        )
        if result.rowcount != 1:
            return False
        if not payout.is_open:
            self.conn.execute(
                update(payout_lines)
                .where(payout_lines.c.payout_id == payout.payout_id, payout_lines.c.open_settlement_id.is_not(None))
                .values(open_settlement_id=None)
            )
        return True

    def file_content(self, payout_id: str) -> bytes | None:
        return self.conn.execute(select(payouts.c.file_content).where(payouts.c.payout_id == payout_id)).scalar_one_or_none()

    def add_events(self, events: Sequence[PayoutEvent]) -> None:
        _ADD_EVENTS.execute(
            self.conn,
            [
                {
                    "payout_id": event.payout_id,
                    "from_status": event.from_status.value if event.from_status else "",
                    "to_status": event.to_status.value,
                    "actor": event.actor,
                    "reason": event.reason,
                    "request_id": event.request_id,
                    "create_time_us": to_micros(event.create_time),
                }
                for event in events
            ],
        )

    def events(self, payout_id: str) -> list[PayoutEvent]:
        query = select(payout_events).where(payout_events.c.payout_id == payout_id).order_by(payout_events.c.sequence)
        return [
            PayoutEvent(
                payout_id=row.payout_id,
                from_status=PayoutStatus(row.from_status) if row.from_status else None,
                to_status=PayoutStatus(row.to_status),
                actor=row.actor,
                reason=row.reason,
                request_id=row.request_id,
                create_time=from_micros(row.create_time_us),
                sequence=row.sequence,
            )
            for row in self.conn.execute(query)
        ]

    def list(
        self,
        *,
        status: PayoutStatus | None,
        payee_id: str | None,
        currency: str | None,
        run_id: str | None,
        before_id: str | None,
        limit: int,
    ) -> list[PayoutSummary]:
        conditions = _filters(status, payee_id, currency, run_id)
        if before_id is not None:
            conditions.append(payouts.c.payout_id < before_id)
        query = select(*(payouts.c[name] for name in _PAYOUT_COLUMNS)).where(*conditions).order_by(payouts.c.payout_id.desc()).limit(limit)
        return [_summary_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, status: PayoutStatus | None, payee_id: str | None, currency: str | None, run_id: str | None) -> int:
        query = select(func.count()).select_from(payouts).where(*_filters(status, payee_id, currency, run_id))
        return int(self.conn.execute(query).scalar_one())
