"""Payee bank accounts in SQL (PayeeAccountRepository): the current account per (payee,
currency) and the append-only history of its changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, and_, or_, select, update

from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.payees import AccountScheme, PayeeAccount, PayeeAccountChange, RegisteredPayeeAccount
from pay_server.storage.schema import payee_account_changes, payee_accounts

_INSERT_FIRST = BatchInsert(payee_accounts, conflict_columns=["payee_id", "currency"], returning="payee_id")
_INSERT_CHANGE = BatchInsert(payee_account_changes, [c.name for c in payee_account_changes.c if c.name != "change_id"])
# Enough (payee, currency) pairs per statement to stay far below any driver's parameter limit.
_CHUNK = 400


def _account_columns(registered: RegisteredPayeeAccount) -> dict[str, Any]:
    account = registered.account
    return {
        "payee_id": account.payee_id,
        "currency": account.currency,
        "legal_name": account.legal_name,
        "scheme": account.scheme.value,
        "account_number": account.account_number,
        "bank_code": account.bank_code,
        "country_code": account.country_code,
        "version": registered.version,
        "create_time_us": to_micros(registered.create_time),
        "update_time_us": to_micros(registered.update_time),
    }


def _registered_from_row(row: Row[Any]) -> RegisteredPayeeAccount:
    account = PayeeAccount(
        row.payee_id, row.currency, row.legal_name, AccountScheme(row.scheme), row.account_number, row.bank_code, row.country_code
    )
    return RegisteredPayeeAccount(account, row.version, from_micros(row.create_time_us), from_micros(row.update_time_us))


class SqlPayeeAccountRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def get(self, payee_id: str, currency: str, *, for_update: bool = False) -> RegisteredPayeeAccount | None:
        query = select(payee_accounts).where(payee_accounts.c.payee_id == payee_id, payee_accounts.c.currency == currency)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        return _registered_from_row(row) if row else None

    def add(self, registered: RegisteredPayeeAccount) -> bool:
        return bool(_INSERT_FIRST.execute(self.conn, [_account_columns(registered)]))

    def update(self, registered: RegisteredPayeeAccount, *, expected_version: int) -> bool:
        values = _account_columns(registered)
        for key in ("payee_id", "currency", "create_time_us"):
            del values[key]
        result = self.conn.execute(
            update(payee_accounts)
            .where(
                payee_accounts.c.payee_id == registered.account.payee_id,
                payee_accounts.c.currency == registered.account.currency,
                payee_accounts.c.version == expected_version,
            )
            .values(**values)
        )
        return result.rowcount == 1

    def add_change(self, change: PayeeAccountChange) -> None:
        _INSERT_CHANGE.execute(
            self.conn,
            [
                {
                    "payee_id": change.payee_id,
                    "currency": change.currency,
                    "version": change.version,
                    "legal_name": change.legal_name,
                    "scheme": change.scheme.value,
                    "masked_account_number": change.masked_account_number,
                    "previous_masked_account_number": change.previous_masked_account_number,
                    "bank_code": change.bank_code,
                    "actor": change.actor,
                    "request_id": change.request_id,
                    "create_time_us": to_micros(change.create_time),
                }
            ],
        )

    def changes(self, payee_id: str, currency: str) -> list[PayeeAccountChange]:
        query = (
            select(payee_account_changes)
            .where(payee_account_changes.c.payee_id == payee_id, payee_account_changes.c.currency == currency)
            .order_by(payee_account_changes.c.version)
        )
        return [
            PayeeAccountChange(
                payee_id=row.payee_id,
                currency=row.currency,
                version=row.version,
                legal_name=row.legal_name,
                scheme=AccountScheme(row.scheme),
                masked_account_number=row.masked_account_number,
                previous_masked_account_number=row.previous_masked_account_number,
                bank_code=row.bank_code,
                actor=row.actor,
                request_id=row.request_id,
                create_time=from_micros(row.create_time_us),
            )
            for row in self.conn.execute(query)
        ]

    def of_payees(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], RegisteredPayeeAccount]:
        wanted = sorted(set(keys))
        found: dict[tuple[str, str], RegisteredPayeeAccount] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            condition = or_(*(and_(payee_accounts.c.payee_id == payee, payee_accounts.c.currency == currency) for payee, currency in chunk))
            for row in self.conn.execute(select(payee_accounts).where(condition)):
                registered = _registered_from_row(row)
                found[(row.payee_id, row.currency)] = registered
        return found
