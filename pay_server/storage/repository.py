"""Payment queries. Functions take an open connection (the application layer owns the
transaction) and return domain objects. Set-based where the event path is hot: one
statement per batch, not one per row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Row, bindparam, func, insert, select, update

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.database import PgArrayInsert, PgArrayUpdate, insert_ignoring_conflicts, pg_combined_writes
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals
from pay_server.domain.ledger import JournalKind, LedgerAccount, journal_entries
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleItem, ScheduleKind
from pay_server.domain.settlements import MilestoneSettlement
from pay_server.storage.schema import (
    audit_log,
    ledger_entries,
    ledger_journals,
    milestone_settlements,
    payment_intents,
    received_events,
    schedule_items,
)

# Any constant works; it only has to be the same for every writer of audit_log.
_AUDIT_APPEND_LOCK = 0x0A0D17


def _us(moment) -> int | None:
    return to_micros(moment) if moment is not None else None


def _dt(micros: int | None):
    return from_micros(micros) if micros is not None else None


# ---------------------------------------------------------------- intents


def _intent_from_row(row: Row) -> PaymentIntent:
    return PaymentIntent(
        intent_id=row.intent_id,
        freight_token_id=row.freight_token_id,
        shipment_id=row.shipment_id,
        amount_minor=row.amount_minor,
        currency=row.currency,
        payer_id=row.payer_id,
        payee_id=row.payee_id,
        description=row.description,
        risk_score_bps=row.risk_score_bps,
        risk_tier=RiskTier(row.risk_tier),
        status=IntentStatus(row.status),
        schedule_kind=ScheduleKind(row.schedule_kind) if row.schedule_kind else None,
        scheduled_at=_dt(row.scheduled_at_us),
        totals=Totals(row.held_minor, row.released_minor, row.settled_minor, row.voided_minor),
        cancel_reason=row.cancel_reason,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
    )


def insert_intent(conn: Connection, intent: PaymentIntent) -> None:
    conn.execute(
        insert(payment_intents).values(
            intent_id=intent.intent_id,
            freight_token_id=intent.freight_token_id,
            shipment_id=intent.shipment_id,
            amount_minor=intent.amount_minor,
            currency=intent.currency,
            payer_id=intent.payer_id,
            payee_id=intent.payee_id,
            description=intent.description,
            risk_score_bps=intent.risk_score_bps,
            risk_tier=intent.risk_tier.value,
            status=intent.status.value,
            schedule_kind=None,
            scheduled_at_us=None,
            cancel_reason="",
            create_time_us=to_micros(intent.create_time),
            update_time_us=to_micros(intent.update_time),
        )
    )


# The event path's statements are built once: SQLAlchemy then finds their compiled form
# in its cache without rebuilding the construct and its cache key on every call.
_SAVE_INTENT = (
    update(payment_intents)
    .where(payment_intents.c.intent_id == bindparam("b_intent_id"))
    .values(
        {
            column: bindparam(f"b_{column}")
            for column in (
                "status",
                "schedule_kind",
                "scheduled_at_us",
                "held_minor",
                "released_minor",
                "settled_minor",
                "voided_minor",
                "cancel_reason",
                "update_time_us",
            )
        }
    )
)
_LOCK_INTENTS_OF_SHIPMENTS = (
    select(payment_intents)
    .where(payment_intents.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .order_by(payment_intents.c.intent_id)
    .with_for_update()
)
_SCHEDULES_OF = select(schedule_items).where(schedule_items.c.intent_id.in_(bindparam("ids", expanding=True)))
_INSERT_AUDIT = insert(audit_log)
_INSERT_JOURNALS = insert(ledger_journals)
_INSERT_ENTRIES = insert(ledger_entries)

# On PostgreSQL the same writes as one statement of constant text per table for any number
# of rows (arrays through unnest): psycopg parses each once and then runs it prepared.
_INTENT_STATE_COLUMNS = (
    "status",
    "schedule_kind",
    "scheduled_at_us",
    "held_minor",
    "released_minor",
    "settled_minor",
    "voided_minor",
    "cancel_reason",
    "update_time_us",
)
_AUDIT_COLUMNS = (
    "intent_id",
    "shipment_id",
    "settlement_id",
    "milestone",
    "from_status",
    "to_status",
    "amount_minor",
    "currency",
    "actor",
    "reason",
    "source_event_id",
    "create_time_us",
)
_JOURNAL_COLUMNS = ("journal_id", "intent_id", "settlement_id", "kind", "amount_minor", "currency", "rail_reference", "create_time_us")
_ENTRY_COLUMNS = ("journal_id", "intent_id", "account", "amount_minor", "currency")


def _intent_state_rows(intents: Sequence[PaymentIntent]) -> list[dict]:
    latest = {intent.intent_id: intent for intent in intents}  # the last state given wins
    return [
        {
            "intent_id": intent.intent_id,
            "status": intent.status.value,
            "schedule_kind": intent.schedule_kind.value if intent.schedule_kind else None,
            "scheduled_at_us": _us(intent.scheduled_at),
            "held_minor": intent.totals.held_minor,
            "released_minor": intent.totals.released_minor,
            "settled_minor": intent.totals.settled_minor,
            "voided_minor": intent.totals.voided_minor,
            "cancel_reason": intent.cancel_reason,
            "update_time_us": to_micros(intent.update_time),
        }
        for intent in latest.values()
    ]


def get_intent(conn: Connection, intent_id: str, *, for_update: bool = False) -> PaymentIntent | None:
    query = select(payment_intents).where(payment_intents.c.intent_id == intent_id)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).first()
    return _intent_from_row(row) if row else None


def lock_intents(conn: Connection, intent_ids: Iterable[str]) -> dict[str, PaymentIntent]:
    """Lock intents in id order (every writer locks in this order: no deadlocks)."""
    ids = sorted(set(intent_ids))
    if not ids:
        return {}
    query = select(payment_intents).where(payment_intents.c.intent_id.in_(ids)).order_by(payment_intents.c.intent_id).with_for_update()
    return {row.intent_id: _intent_from_row(row) for row in conn.execute(query)}


def lock_intents_of_shipments(conn: Connection, shipment_ids: Iterable[str]) -> list[PaymentIntent]:
    """Lock every intent of these shipments, in id order. Uses the shipment index, so
    the cost does not grow with the number of intents stored."""
    ids = sorted(set(shipment_ids))
    if not ids:
        return []
    return [_intent_from_row(row) for row in conn.execute(_LOCK_INTENTS_OF_SHIPMENTS, {"ids": ids})]


def intents_of_shipment(conn: Connection, shipment_id: str) -> list[PaymentIntent]:
    query = select(payment_intents).where(payment_intents.c.shipment_id == shipment_id).order_by(payment_intents.c.intent_id)
    return [_intent_from_row(row) for row in conn.execute(query)]


def _intent_filters(status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None) -> list:
    conditions = []
    if status is not None:
        conditions.append(payment_intents.c.status == status.value)
    if tier is not None:
        conditions.append(payment_intents.c.risk_tier == tier.value)
    if shipment_id:
        conditions.append(payment_intents.c.shipment_id == shipment_id)
    return conditions


def list_intents(
    conn: Connection, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None, before_id: str | None, limit: int
) -> list[PaymentIntent]:
    conditions = _intent_filters(status, tier, shipment_id)
    if before_id is not None:
        conditions.append(payment_intents.c.intent_id < before_id)
    query = select(payment_intents).where(*conditions).order_by(payment_intents.c.intent_id.desc()).limit(limit)
    return [_intent_from_row(row) for row in conn.execute(query)]


def count_intents(conn: Connection, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None) -> int:
    query = select(func.count()).select_from(payment_intents).where(*_intent_filters(status, tier, shipment_id))
    return conn.execute(query).scalar_one()


# ---------------------------------------------------------------- schedules


def insert_schedule(conn: Connection, intent_id: str, items: Sequence[ScheduleItem]) -> None:
    conn.execute(
        insert(schedule_items),
        [
            {
                "intent_id": intent_id,
                "milestone": item.milestone.value,
                "basis_points": item.basis_points,
                "amount_minor": item.amount_minor,
                "release_strategy": item.release_strategy.value,
            }
            for item in items
        ],
    )


def schedules_of(conn: Connection, intent_ids: Iterable[str]) -> dict[str, dict[ShipmentEventType, ScheduleItem]]:
    ids = sorted(set(intent_ids))
    result: dict[str, dict[ShipmentEventType, ScheduleItem]] = defaultdict(dict)
    if not ids:
        return result
    for row in conn.execute(_SCHEDULES_OF, {"ids": ids}):
        milestone = ShipmentEventType(row.milestone)
        result[row.intent_id][milestone] = ScheduleItem(
            milestone, row.basis_points, row.amount_minor, ReleaseStrategy(row.release_strategy)
        )
    return result


# ---------------------------------------------------------------- received events


@dataclass(frozen=True)
class ReceivedEvent:
    event_id: str
    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: object  # datetime
    received_at: object  # datetime


def insert_received_events(conn: Connection, events: Sequence[ReceivedEvent]) -> set[str]:
    """Store events not seen before; return the ids that are new. Sorted by id so two
    transactions inserting overlapping batches take the unique-index locks in the same
    order (no deadlock)."""
    rows = [
        {
            "event_id": e.event_id,
            "shipment_id": e.shipment_id,
            "event_type": e.event_type.value,
            "occurred_at_us": to_micros(e.occurred_at),
            "received_at_us": to_micros(e.received_at),
        }
        for e in sorted(events, key=lambda e: e.event_id)
    ]
    return set(insert_ignoring_conflicts(conn, received_events, rows, ["event_id"], received_events.c.event_id))


def _received_from_row(row: Row) -> ReceivedEvent:
    return ReceivedEvent(
        row.event_id, row.shipment_id, ShipmentEventType(row.event_type), from_micros(row.occurred_at_us), from_micros(row.received_at_us)
    )


def received_events_of_shipment(conn: Connection, shipment_id: str) -> list[ReceivedEvent]:
    query = (
        select(received_events)
        .where(received_events.c.shipment_id == shipment_id)
        .order_by(received_events.c.occurred_at_us, received_events.c.event_id)
    )
    return [_received_from_row(row) for row in conn.execute(query)]


# ---------------------------------------------------------------- milestone settlements


def _settlement_from_row(row: Row) -> MilestoneSettlement:
    return MilestoneSettlement(
        settlement_id=row.settlement_id,
        intent_id=row.intent_id,
        shipment_id=row.shipment_id,
        milestone=ShipmentEventType(row.milestone),
        amount_minor=row.amount_minor,
        currency=row.currency,
        basis_points=row.basis_points,
        status=MilestoneStatus(row.status),
        release_strategy=ReleaseStrategy(row.release_strategy),
        source_event_id=row.source_event_id,
        release_at=_dt(row.release_at_us),
        released_at=_dt(row.released_at_us),
        settled_at=_dt(row.settled_at_us),
        rail_reference=row.rail_reference,
        status_reason=row.status_reason,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
    )


def _settlement_columns(s: MilestoneSettlement) -> dict:
    return {
        "settlement_id": s.settlement_id,
        "intent_id": s.intent_id,
        "shipment_id": s.shipment_id,
        "milestone": s.milestone.value,
        "amount_minor": s.amount_minor,
        "currency": s.currency,
        "basis_points": s.basis_points,
        "status": s.status.value,
        "release_strategy": s.release_strategy.value,
        "source_event_id": s.source_event_id,
        "release_at_us": _us(s.release_at),
        "released_at_us": _us(s.released_at),
        "settled_at_us": _us(s.settled_at),
        "rail_reference": s.rail_reference,
        "status_reason": s.status_reason,
        "create_time_us": to_micros(s.create_time),
        "update_time_us": to_micros(s.update_time),
    }


def insert_settlements(conn: Connection, settlements: Sequence[MilestoneSettlement]) -> set[str]:
    """Insert settlements whose (intent, milestone) is still free; return the inserted ids."""
    rows = [_settlement_columns(s) for s in sorted(settlements, key=lambda s: (s.intent_id, s.milestone.value))]
    return set(
        insert_ignoring_conflicts(conn, milestone_settlements, rows, ["intent_id", "milestone"], milestone_settlements.c.settlement_id)
    )


def update_settlement(conn: Connection, settlement: MilestoneSettlement, *, expected_status: MilestoneStatus) -> bool:
    """Compare-and-set: write only if the row is still in `expected_status`."""
    values = _settlement_columns(settlement)
    for key in ("settlement_id", "intent_id", "shipment_id", "milestone", "create_time_us"):
        del values[key]
    result = conn.execute(
        update(milestone_settlements)
        .where(
            milestone_settlements.c.settlement_id == settlement.settlement_id,
            milestone_settlements.c.status == expected_status.value,
        )
        .values(**values)
    )
    return result.rowcount == 1


def get_settlement(conn: Connection, settlement_id: str) -> MilestoneSettlement | None:
    row = conn.execute(select(milestone_settlements).where(milestone_settlements.c.settlement_id == settlement_id)).first()
    return _settlement_from_row(row) if row else None


def settlements_of_intents(conn: Connection, intent_ids: Iterable[str]) -> list[MilestoneSettlement]:
    ids = sorted(set(intent_ids))
    if not ids:
        return []
    query = (
        select(milestone_settlements)
        .where(milestone_settlements.c.intent_id.in_(ids))
        .order_by(milestone_settlements.c.intent_id, milestone_settlements.c.settlement_id)
    )
    return [_settlement_from_row(row) for row in conn.execute(query)]


def settlements_by_ids(conn: Connection, settlement_ids: Iterable[str]) -> list[MilestoneSettlement]:
    ids = sorted(set(settlement_ids))
    if not ids:
        return []
    query = (
        select(milestone_settlements).where(milestone_settlements.c.settlement_id.in_(ids)).order_by(milestone_settlements.c.settlement_id)
    )
    return [_settlement_from_row(row) for row in conn.execute(query)]


def settlements_by_source_events(conn: Connection, event_ids: Iterable[str]) -> dict[str, list[MilestoneSettlement]]:
    ids = sorted(set(event_ids))
    result: dict[str, list[MilestoneSettlement]] = defaultdict(list)
    if not ids:
        return result
    query = (
        select(milestone_settlements)
        .where(milestone_settlements.c.source_event_id.in_(ids))
        .order_by(milestone_settlements.c.settlement_id)
    )
    for row in conn.execute(query):
        result[row.source_event_id].append(_settlement_from_row(row))
    return result


def settlements_of_shipment(conn: Connection, shipment_id: str) -> list[MilestoneSettlement]:
    query = (
        select(milestone_settlements)
        .where(milestone_settlements.c.shipment_id == shipment_id)
        .order_by(milestone_settlements.c.settlement_id)
    )
    return [_settlement_from_row(row) for row in conn.execute(query)]


def _settlement_filters(intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None) -> list:
    conditions = []
    if intent_id:
        conditions.append(milestone_settlements.c.intent_id == intent_id)
    if shipment_id:
        conditions.append(milestone_settlements.c.shipment_id == shipment_id)
    if status is not None:
        conditions.append(milestone_settlements.c.status == status.value)
    return conditions


def list_settlements(
    conn: Connection, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None, after_id: str | None, limit: int
) -> list[MilestoneSettlement]:
    """Oldest first."""
    conditions = _settlement_filters(intent_id, shipment_id, status)
    if after_id is not None:
        conditions.append(milestone_settlements.c.settlement_id > after_id)
    query = select(milestone_settlements).where(*conditions).order_by(milestone_settlements.c.settlement_id).limit(limit)
    return [_settlement_from_row(row) for row in conn.execute(query)]


def count_settlements(conn: Connection, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None) -> int:
    query = select(func.count()).select_from(milestone_settlements).where(*_settlement_filters(intent_id, shipment_id, status))
    return conn.execute(query).scalar_one()


def due_delayed_settlements(conn: Connection, *, now_us: int, limit: int) -> list[MilestoneSettlement]:
    query = (
        select(milestone_settlements)
        .where(milestone_settlements.c.status == MilestoneStatus.DELAYED.value, milestone_settlements.c.release_at_us <= now_us)
        .order_by(milestone_settlements.c.release_at_us)
        .limit(limit)
    )
    return [_settlement_from_row(row) for row in conn.execute(query)]


def overdue_delayed(conn: Connection, *, now_us: int) -> tuple[int | None, int]:
    """(earliest release_at among DELAYED milestones already due, how many are due)."""
    query = select(func.min(milestone_settlements.c.release_at_us), func.count()).where(
        milestone_settlements.c.status == MilestoneStatus.DELAYED.value, milestone_settlements.c.release_at_us <= now_us
    )
    oldest, due = conn.execute(query).one()
    return oldest, due


# ---------------------------------------------------------------- audit log


def _audit_rows(entries: Sequence[AuditEntry]) -> list[dict]:
    return [
        {
            "intent_id": e.intent_id,
            "shipment_id": e.shipment_id,
            "settlement_id": e.settlement_id,
            "milestone": e.milestone.value if e.milestone else None,
            "from_status": e.from_status,
            "to_status": e.to_status,
            "amount_minor": e.amount_minor,
            "currency": e.currency,
            "actor": e.actor,
            "reason": e.reason,
            "source_event_id": e.source_event_id,
            "create_time_us": to_micros(e.create_time),
        }
        for e in entries
    ]


def _audit_from_row(row: Row) -> AuditEntry:
    return AuditEntry(
        sequence=row.sequence,
        intent_id=row.intent_id,
        shipment_id=row.shipment_id,
        settlement_id=row.settlement_id,
        milestone=ShipmentEventType(row.milestone) if row.milestone else None,
        from_status=row.from_status,
        to_status=row.to_status,
        amount_minor=row.amount_minor,
        currency=row.currency,
        actor=row.actor,
        reason=row.reason,
        source_event_id=row.source_event_id,
        create_time=from_micros(row.create_time_us),
    )


def audit_of_intent(conn: Connection, intent_id: str, *, after_sequence: int, limit: int) -> list[AuditEntry]:
    query = (
        select(audit_log)
        .where(audit_log.c.intent_id == intent_id, audit_log.c.sequence > after_sequence)
        .order_by(audit_log.c.sequence)
        .limit(limit)
    )
    return [_audit_from_row(row) for row in conn.execute(query)]


def milestone_changes_after(
    conn: Connection, *, after_sequence: int, intent_id: str | None, shipment_id: str | None, limit: int
) -> list[AuditEntry]:
    conditions = [audit_log.c.sequence > after_sequence, audit_log.c.settlement_id.is_not(None)]
    if intent_id:
        conditions.append(audit_log.c.intent_id == intent_id)
    if shipment_id:
        conditions.append(audit_log.c.shipment_id == shipment_id)
    query = select(audit_log).where(*conditions).order_by(audit_log.c.sequence).limit(limit)
    return [_audit_from_row(row) for row in conn.execute(query)]


def last_audit_sequence(conn: Connection) -> int:
    return conn.execute(select(func.coalesce(func.max(audit_log.c.sequence), 0))).scalar_one()


# ---------------------------------------------------------------- ledger


@dataclass(frozen=True)
class Journal:
    journal_id: str
    intent_id: str
    settlement_id: str | None
    kind: JournalKind
    amount_minor: int
    currency: str
    rail_reference: str
    create_time: object  # datetime


def _journal_rows(journals: Sequence[Journal]) -> tuple[list[dict], list[dict]]:
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
        }
        for j in journals
    ]
    entry_rows = [
        {"journal_id": j.journal_id, "intent_id": j.intent_id, "account": account.value, "amount_minor": amount, "currency": j.currency}
        for j in journals
        for account, amount in journal_entries(j.kind, j.amount_minor)
    ]
    return journal_rows, entry_rows


# What a SettlementBook flush writes, as one statement on PostgreSQL (one round trip for
# intents, journals, entries and audit rows).
#
# Audit sequence numbers must commit in order: a watcher that has seen sequence N can
# never later find a row below N appear (a concurrent transaction could otherwise take N-1
# and commit after N). On PostgreSQL a transaction-scoped advisory lock orders them: the
# audit insert joins a CTE that takes it, so the lock is held before the first audit row
# draws its sequence number, and until commit; with no audit rows it is not taken. SQLite
# has one writer at a time, which orders them already.
_PG_BOOK_PARTS = {
    "saved_intents": PgArrayUpdate(payment_intents, "intent_id", _INTENT_STATE_COLUMNS, prefix="i_"),
    "new_journals": PgArrayInsert(ledger_journals, _JOURNAL_COLUMNS, prefix="j_"),
    "new_entries": PgArrayInsert(ledger_entries, _ENTRY_COLUMNS, prefix="e_"),
    "new_audit": PgArrayInsert(audit_log, _AUDIT_COLUMNS, prefix="a_", join="audit_lock"),
}
_PG_WRITE_BOOK = pg_combined_writes(
    _PG_BOOK_PARTS, before=f"audit_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock({_AUDIT_APPEND_LOCK}))"
)


def write_book(conn: Connection, intents: Sequence[PaymentIntent], journals: Sequence[Journal], audit: Sequence[AuditEntry]) -> None:
    """Write changed intents (the last state given for an intent wins), balanced journals
    (two entries each, summing to zero) and audit rows, in the order given."""
    intent_rows = _intent_state_rows(intents)
    journal_rows, entry_rows = _journal_rows(journals)
    audit_rows = _audit_rows(audit)
    if conn.dialect.name == "postgresql":
        if intent_rows or journal_rows or audit_rows:
            rows = {"saved_intents": intent_rows, "new_journals": journal_rows, "new_entries": entry_rows, "new_audit": audit_rows}
            params: dict[str, str] = {}
            for name, part in _PG_BOOK_PARTS.items():
                params.update(part.array_params(rows[name]))
            conn.execute(_PG_WRITE_BOOK, params)
        return
    if intent_rows:
        conn.execute(_SAVE_INTENT, [{f"b_{name}": value for name, value in row.items()} for row in intent_rows])
    if journal_rows:
        conn.execute(_INSERT_JOURNALS, journal_rows)
        conn.execute(_INSERT_ENTRIES, entry_rows)
    if audit_rows:
        conn.execute(_INSERT_AUDIT, audit_rows)


def journals_of_intent(conn: Connection, intent_id: str) -> list[tuple[Journal, list[tuple[LedgerAccount, int]]]]:
    journals = conn.execute(
        select(ledger_journals)
        .where(ledger_journals.c.intent_id == intent_id)
        .order_by(ledger_journals.c.create_time_us, ledger_journals.c.journal_id)
    ).all()
    entries: dict[str, list[tuple[LedgerAccount, int]]] = defaultdict(list)
    for row in conn.execute(select(ledger_entries).where(ledger_entries.c.intent_id == intent_id).order_by(ledger_entries.c.entry_id)):
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
            ),
            entries[row.journal_id],
        )
        for row in journals
    ]


def balances_of_intent(conn: Connection, intent_id: str) -> dict[LedgerAccount, int]:
    query = (
        select(ledger_entries.c.account, func.sum(ledger_entries.c.amount_minor))
        .where(ledger_entries.c.intent_id == intent_id)
        .group_by(ledger_entries.c.account)
    )
    balances = {account: 0 for account in LedgerAccount}
    for account, total in conn.execute(query):
        balances[LedgerAccount(account)] = int(total)
    return balances
