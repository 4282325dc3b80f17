"""Bringing the transparency log up to the audit trail: the audit rows that existed before
migration 0004_transparency, and any written while the log was switched off
(`--transparency-log off`). Run by that migration and by pay at start-up.

A live write knows which journals it posted with which audit row; here that is rebuilt from the
rows. A write's rows share its clock reading, so a journal goes with the rows of its intent
whose create_time_us equals its own, chosen among them as a live write chooses
(pay_server/domain/transparency.py: attach_journals). A journal no such row exists for (only
possible in data made by hand) stays uncovered, and `chainbridge verify --full` reports it.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from sqlalchemy import Connection, bindparam, select

from pay_server.domain.transparency import AuditRecord, JournalRecord, attach_journals
from pay_server.storage.ledger import lock_audit_appends
from pay_server.storage.schema import audit_log, merkle_leaves
from pay_server.storage.transparency import (
    SqlTransparencyLog,
    append_records,
    audit_records_after,
    journal_records_of_intents,
)

log = logging.getLogger(__name__)

_COVERED_OF_INTENTS = (
    select(merkle_leaves.c.journal_ids)
    .join(audit_log, audit_log.c.sequence == merkle_leaves.c.audit_sequence)
    .where(audit_log.c.intent_id.in_(bindparam("ids", expanding=True)))
)


def catch_up(conn: Connection, *, batch: int = 1000) -> int:
    """Append every audit row above the log's last one, in sequence order, under the audit
    append lock; returns how many. Costs nothing measurable when the log is complete."""
    lock_audit_appends(conn)
    state = SqlTransparencyLog(conn).state()
    appended = 0
    while True:
        records = audit_records_after(conn, state.last_audit_sequence, batch)
        if not records:
            break
        # A write's rows are consecutive and share their time: never split them across batches.
        while len(records) >= batch:
            more = audit_records_after(conn, records[-1].sequence, batch)
            tail = [record for record in more if record.create_time_us == records[-1].create_time_us]
            records += tail
            if len(tail) < len(more) or not more:
                break
        state = append_records(conn, state.frontier, state.last_audit_sequence, records, _journals_per_row(conn, records))
        appended += len(records)
    if appended:
        log.info("transparency log: appended %d audit row(s) it did not hold yet; tree size %d", appended, state.tree_size)
    return appended


def _journals_per_row(conn: Connection, records: list[AuditRecord]) -> list[list[JournalRecord]]:
    intent_ids = sorted({record.intent_id for record in records})
    covered = {
        journal_id for (ids,) in conn.execute(_COVERED_OF_INTENTS, {"ids": intent_ids}) for journal_id in ids.split(",") if journal_id
    }
    journals_by_write: dict[tuple[str, int], list[JournalRecord]] = defaultdict(list)
    for journal in journal_records_of_intents(conn, intent_ids):
        if journal.journal_id not in covered:
            journals_by_write[(journal.intent_id, journal.create_time_us)].append(journal)
    positions_by_write: dict[tuple[str, int], list[int]] = defaultdict(list)
    for position, record in enumerate(records):
        positions_by_write[(record.intent_id, record.create_time_us)].append(position)
    per_row: list[list[JournalRecord]] = [[] for _ in records]
    for key, positions in positions_by_write.items():
        journals = sorted(journals_by_write.get(key, []), key=lambda journal: journal.journal_id)
        for position, attached in zip(positions, attach_journals([records[p] for p in positions], journals), strict=True):
            per_row[position] = attached
    return per_row
