"""The double-entry ledger in SQL (LedgerRepository), and the book writer that stores
what a SettlementBook produced - intents, journals, entries, audit rows - together."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from chainbridge_common.runtime.timestamps import from_micros, to_micros
from chainbridge_common.storage.batch_writes import BatchInsert, BatchUpdate, CombinedWrite
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import PaymentIntent
from pay_server.domain.ledger import Journal, JournalKind, LedgerAccount, journal_entries
from pay_server.storage.audit import AUDIT_COLUMNS, audit_rows
from pay_server.storage.rows import us
from pay_server.storage.schema import audit_log, ledger_entries, ledger_journals, payment_intents
from pay_server.storage.transparency import PendingLeaf, written_leaves

# Any constant works; it only has to be the same for every writer of audit_log.
_AUDIT_APPEND_LOCK = 0x0A0D17

_INTENT_STATE_COLUMNS = (
    "status",
    "schedule_kind",
    "scheduled_at_us",
    "held_minor",
    "released_minor",
    "settled_minor",
    "voided_minor",
    "on_hold_minor",
    "cancel_reason",
    "update_time_us",
)
_JOURNAL_COLUMNS = (
    "journal_id",
    "intent_id",
    "settlement_id",
    "kind",
    "amount_minor",
    "currency",
    "rail_reference",
    "create_time_us",
    "payout_id",
)
_ENTRY_COLUMNS = ("journal_id", "intent_id", "account", "amount_minor", "currency")


# Audit sequence numbers must commit in order: a watcher that has seen sequence N can
# never later find a row below N appear (a concurrent transaction could otherwise take N-1
# and commit after N), and the transparency log's integrator appends the rows it sees as
# the next leaves. On PostgreSQL a transaction-scoped advisory lock orders them: the audit
# insert joins a CTE that takes it, so the lock is held before the first audit row draws
# its sequence number, and until commit; with no audit rows it is not taken. SQLite has one
# writer at a time, which orders them already. The write answers the sequence numbers its
# audit rows drew (SQLite numbers rows in insertion order: they are the last ones).
_WRITE_BOOK = CombinedWrite(
    {
        "saved_intents": BatchUpdate(payment_intents, "intent_id", _INTENT_STATE_COLUMNS, prefix="i_"),
        "new_journals": BatchInsert(ledger_journals, _JOURNAL_COLUMNS, prefix="j_"),
        "new_entries": BatchInsert(ledger_entries, _ENTRY_COLUMNS, prefix="e_"),
        "new_audit": BatchInsert(audit_log, AUDIT_COLUMNS, prefix="a_", pg_join="audit_lock", returning="sequence"),
    },
    pg_before=f"audit_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock({_AUDIT_APPEND_LOCK}))",
    pg_select='SELECT ARRAY(SELECT "sequence" FROM new_audit) AS sequences',
    select_after=(
        'SELECT (SELECT json_group_array(a."sequence") FROM (SELECT "sequence" FROM audit_log ORDER BY "sequence" DESC LIMIT :audit_rows) a)'
        " AS sequences"
    ),
)


def _intent_state_rows(intents: Sequence[PaymentIntent]) -> list[dict[str, Any]]:
    latest = {intent.intent_id: intent for intent in intents}  # the last state given wins
    return [
        {
            "intent_id": intent.intent_id,
            "status": intent.status.value,
            "schedule_kind": intent.schedule_kind.value if intent.schedule_kind else None,
            "scheduled_at_us": us(intent.scheduled_at),
            "held_minor": intent.totals.held_minor,
            "released_minor": intent.totals.released_minor,
            "settled_minor": intent.totals.settled_minor,
            "voided_minor": intent.totals.voided_minor,
            "on_hold_minor": intent.totals.on_hold_minor,
            "cancel_reason": intent.cancel_reason,
            "update_time_us": to_micros(intent.update_time),
        }
        for intent in latest.values()
    ]


def _journal_rows(journals: Sequence[Journal]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ledger_journals and of ledger_entries (in list order: entry ids follow it,
    and journals_of_intent reads entries back by entry id)."""
    journal_rows = [
        {
            "journal_id": j.journal_id,
            "intent_id": j.intent_id,
            "settlement_id": j.settlement_id,
            "kind": j.kind.value,
            "amount_minor": j.amount_minor,
            "currency": j.currency,
            "rail_reference": j.rail_reference,
            "create_time_us": to_micros(j.create_time),
            "payout_id": j.payout_id,
        }
        for j in journals
    ]
    entry_rows = [
        {"journal_id": j.journal_id, "intent_id": j.intent_id, "account": account.value, "amount_minor": amount, "currency": j.currency}
        for j in journals
        for account, amount in journal_entries(j.kind, j.amount_minor)
    ]
    return journal_rows, entry_rows


class SqlBookWriter:
    def __init__(self, conn: Connection, *, on_written: Callable[[list[PendingLeaf]], None] | None = None):
        """`on_written` is given each write's transparency-log leaves (pay_server/storage/transparency.py)."""
        self.conn = conn
        self.on_written = on_written

    def write(self, intents: Sequence[PaymentIntent], journals: Sequence[Journal], audit: Sequence[AuditEntry]) -> list[int] | None:
        journal_rows, entry_rows = _journal_rows(journals)
        rows = {
            "saved_intents": _intent_state_rows(intents),
            "new_journals": journal_rows,
            "new_entries": entry_rows,
            "new_audit": audit_rows(audit),
        }
        answer = _WRITE_BOOK.execute(self.conn, rows, after_params={"audit_rows": len(audit)})
        if not audit or answer is None:
            return None
        raw = answer[0]
        sequences = sorted(json.loads(raw) if isinstance(raw, str) else raw)
        if len(sequences) != len(audit):
            raise RuntimeError(f"the book write's {len(audit)} audit rows answered {len(sequences)} sequence numbers")
        if self.on_written is not None:
            self.on_written(written_leaves(sequences, rows["new_audit"], journal_rows, entry_rows))
        return sequences


class SqlLedgerRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def journals_of_intent(self, intent_id: str) -> list[tuple[Journal, list[tuple[LedgerAccount, int]]]]:
        journals = self.conn.execute(
            select(ledger_journals)
            .where(ledger_journals.c.intent_id == intent_id)
            .order_by(ledger_journals.c.create_time_us, ledger_journals.c.journal_id)
        ).all()
        entries: dict[str, list[tuple[LedgerAccount, int]]] = defaultdict(list)
        query = select(ledger_entries).where(ledger_entries.c.intent_id == intent_id).order_by(ledger_entries.c.entry_id)
        for row in self.conn.execute(query):
            entries[row.journal_id].append((LedgerAccount(row.account), row.amount_minor))
        return [
            (
                Journal(
                    row.journal_id,
                    row.intent_id,
                    row.settlement_id,
                    JournalKind(row.kind),
                    row.amount_minor,
                    row.currency,
                    row.rail_reference,
                    from_micros(row.create_time_us),
                    row.payout_id,
                ),
                entries[row.journal_id],
            )
            for row in journals
        ]

    def balances_of_intent(self, intent_id: str) -> dict[LedgerAccount, int]:
        query = (
            select(ledger_entries.c.account, func.sum(ledger_entries.c.amount_minor))
            .where(ledger_entries.c.intent_id == intent_id)
            .group_by(ledger_entries.c.account)
        )
        balances = {account: 0 for account in LedgerAccount}
        for account, total in self.conn.execute(query):
            balances[LedgerAccount(account)] = int(total)
        return balances
