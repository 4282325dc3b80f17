"""The transparency log in SQL: appending audit rows as leaves (the integrator in
pay_server/storage/transparency_backfill.py), the node store proofs read, and rebuilding
leaves from the rows for verification (docs/transparency.md).

Appends are serialised by the log's state row, held FOR UPDATE by the appending transaction.
Audit rows become visible in sequence order (pay_server/storage/ledger.py), so the rows above
the log's last one that an append sees are the next ones, whatever the number of writers and
processes. No frontier is kept in memory: the state row holds it, so a rollback or another
process's append can never leave a stale one behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, tuple_

from chainbridge_common.storage.batch_writes import BatchInsert, BatchUpdate, CombinedWrite
from chainbridge_common.transparency.merkle import HASH_SIZE, CompactRange, NodeCoordinate, leaf_hash
from pay_server.domain.transparency import (
    AuditRecord,
    JournalRecord,
    LedgerEntryRecord,
    LoggedLeaf,
    attach_journals,
    encode_audit_leaf,
    journal_ids_of,
)
from pay_server.storage.schema import (
    audit_log,
    ledger_entries,
    ledger_journals,
    merkle_leaves,
    merkle_log_state,
    merkle_nodes,
    milestone_settlements,
)

log = logging.getLogger(__name__)

_APPEND = CombinedWrite(
    {
        "new_leaves": BatchInsert(merkle_leaves, ("leaf_index", "audit_sequence", "journal_ids", "leaf_hash"), prefix="l_"),
        "new_nodes": BatchInsert(merkle_nodes, ("level", "node_index", "hash"), prefix="n_"),
        "new_state": BatchUpdate(merkle_log_state, "id", ("tree_size", "last_audit_sequence", "root_hash", "frontier"), prefix="s_"),
    }
)

_AUDIT_FIELDS = (
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
_AUDIT_V1_COLUMNS = [audit_log.c.sequence, *(audit_log.c[name] for name in _AUDIT_FIELDS)]


class LogCorrupted(RuntimeError):
    """The stored log contradicts itself or the audit trail (a bug, or rows edited by hand)."""


@dataclass(frozen=True)
class LogState:
    tree_size: int
    last_audit_sequence: int
    root_hash: bytes
    frontier: CompactRange


# ---------------------------------------------------------------- appending


# The integrator hashes in a background thread of the pay process. A thread that computes
# keeps the GIL for the whole switch interval (5 ms) each time a request thread, back from
# the database, asks for it - a convoy that, over a batch of a few hundred leaves, added
# 100-200 ms to ProcessShipmentEvent's p99 (scripts/bench, process section). Handing the GIL
# over every few leaves lets those threads through at once.
_LEAVES_BETWEEN_YIELDS = 8


def append_records(
    conn: Connection,
    frontier: CompactRange,
    last_sequence: int,
    records: Sequence[AuditRecord],
    journals: Sequence[Sequence[JournalRecord]],
) -> LogState:
    """Append leaves for `records` (ascending sequences, all above `last_sequence`) to the tree
    whose frontier is `frontier`, with the journals each covers; O(log n) per leaf. The caller
    holds the log's state row (SqlTransparencyLog.state(for_update=True))."""
    frontier = frontier.copy()
    leaves: list[dict[str, Any]] = []
    nodes: list[dict[str, Any]] = []
    for number, (record, covered) in enumerate(zip(records, journals, strict=True)):
        if number % _LEAVES_BETWEEN_YIELDS == _LEAVES_BETWEEN_YIELDS - 1:
            time.sleep(0)  # hand the GIL over (see _LEAVES_BETWEEN_YIELDS)
        hashed = leaf_hash(encode_audit_leaf(record, covered))
        leaf_index = frontier.size
        completed = frontier.append(hashed)
        leaves.append(
            {
                "leaf_index": leaf_index,
                "audit_sequence": record.sequence,
                "journal_ids": ",".join(journal_ids_of(covered)),
                "leaf_hash": hashed,
            }
        )
        # completed[0] is the leaf itself: level 0 lives in merkle_leaves.
        nodes += [{"level": node.level, "node_index": node.index, "hash": node.hash} for node in completed[1:]]
    last = records[-1].sequence if records else last_sequence
    root = frontier.root()
    _APPEND.execute(
        conn,
        {
            "new_leaves": leaves,
            "new_nodes": nodes,
            "new_state": [
                {"id": 1, "tree_size": frontier.size, "last_audit_sequence": last, "root_hash": root, "frontier": b"".join(frontier.hashes)}
            ],
        },
    )
    return LogState(frontier.size, last, root, frontier)


def _frontier(tree_size: int, frontier: bytes) -> CompactRange:
    if len(frontier) % HASH_SIZE:
        raise LogCorrupted(f"the stored frontier is {len(frontier)} bytes, not a multiple of {HASH_SIZE}")
    try:
        return CompactRange(tree_size, [frontier[i : i + HASH_SIZE] for i in range(0, len(frontier), HASH_SIZE)])
    except ValueError as error:
        raise LogCorrupted(f"the stored frontier does not fit tree size {tree_size}: {error}") from error


# ---------------------------------------------------------------- this process's writes


@dataclass(frozen=True)
class PendingLeaf:
    """An audit row this process committed, as stored, with the journals its write posted
    with it (attach_journals): a leaf the integrator can append without reading it back."""

    record: AuditRecord
    journals: tuple[JournalRecord, ...]


def written_leaves(
    sequences: Sequence[int],
    audit_rows: Sequence[Mapping[str, Any]],
    journal_rows: Sequence[Mapping[str, Any]],
    entry_rows: Sequence[Mapping[str, Any]],
) -> list[PendingLeaf]:
    """The leaves of one book write, from the rows it inserted (audit rows in their order,
    with the sequence numbers they drew)."""
    records = [
        AuditRecord(sequence, **{name: row[name] for name in _AUDIT_FIELDS}) for sequence, row in zip(sequences, audit_rows, strict=True)
    ]
    entries: dict[str, list[LedgerEntryRecord]] = defaultdict(list)
    for entry in entry_rows:
        entries[entry["journal_id"]].append(
            LedgerEntryRecord(entry["account"], entry["amount_minor"], entry["intent_id"], entry["currency"])
        )
    journals = [
        JournalRecord(
            journal_id=row["journal_id"],
            intent_id=row["intent_id"],
            settlement_id=row["settlement_id"],
            kind=row["kind"],
            amount_minor=row["amount_minor"],
            currency=row["currency"],
            rail_reference=row["rail_reference"],
            create_time_us=row["create_time_us"],
            entries=tuple(entries[row["journal_id"]]),
        )
        for row in journal_rows
    ]
    return [PendingLeaf(record, tuple(covered)) for record, covered in zip(records, attach_journals(records, journals), strict=True)]


class PendingLeaves:
    """The leaves of the writes this process committed, until the log holds them. The
    integrator appends a gap-free run that follows the log's last sequence from here, with no
    read; anything else - another process's rows, a sequence burned by a rollback, rows
    dropped because the buffer was full - it reads from the database, which has them all."""

    def __init__(self, capacity: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._capacity = capacity
        self._leaves: dict[int, PendingLeaf] = {}

    def add(self, leaves: Sequence[PendingLeaf]) -> None:
        with self._lock:
            if len(self._leaves) + len(leaves) > self._capacity:
                return  # the integrator is far behind (or off): the database has these rows
            for leaf in leaves:
                self._leaves[leaf.record.sequence] = leaf

    def run_after(self, sequence: int) -> list[PendingLeaf]:
        """The pending leaves sequence+1, sequence+2... up to the first one missing."""
        run = []
        with self._lock:
            while (leaf := self._leaves.get(sequence + 1)) is not None:
                run.append(leaf)
                sequence += 1
        return run

    def discard_through(self, sequence: int) -> None:
        """Forget every leaf up to `sequence`: the log holds them."""
        with self._lock:
            if self._leaves:
                for stale in [s for s in self._leaves if s <= sequence]:
                    del self._leaves[stale]

    def __len__(self) -> int:
        with self._lock:
            return len(self._leaves)


# ---------------------------------------------------------------- integrating
# The audit trail goes into the log a moment after each commit, outside the event
# transaction: the audit lock that orders audit sequence numbers is held from a write's audit
# insert to its commit, and every millisecond added there is taken from every concurrent
# writer (Trillian and Rekor sequence and integrate entries apart from accepting them for
# the same reason). Integrators serialise on the log's state row, so they never block a
# writer. A write's journals go with its audit rows as the write chose them: its rows share
# its clock reading, so a journal goes with the rows of its intent whose create_time_us equals
# its own, chosen among them as attach_journals says. A journal no such row exists for (only
# possible in data made by hand) stays uncovered, and `chainbridge verify --full` reports it.

_COVERED_OF_INTENTS = (
    select(merkle_leaves.c.journal_ids)
    .join(audit_log, audit_log.c.sequence == merkle_leaves.c.audit_sequence)
    .where(audit_log.c.intent_id.in_(bindparam("ids", expanding=True)))
)


def integrate(conn: Connection, *, batch: int = 1000, max_rows: int | None = None, pending: PendingLeaves | None = None) -> int:
    """Append the audit rows above the log's last one, in sequence order (at most about
    `max_rows`: a write's rows are never split), holding the log's state row; returns how many.
    Leaves this process wrote come from `pending`; the rest are read from the database."""
    state = SqlTransparencyLog(conn).state(for_update=True)
    appended = 0
    while max_rows is None or appended < max_rows:
        remembered = pending.run_after(state.last_audit_sequence) if pending is not None else []
        if remembered:
            records = [leaf.record for leaf in remembered]
            journals: list[list[JournalRecord]] = [list(leaf.journals) for leaf in remembered]
        else:
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
            journals = _journals_per_row(conn, records)
        state = append_records(conn, state.frontier, state.last_audit_sequence, records, journals)
        appended += len(records)
    if pending is not None:
        pending.discard_through(state.last_audit_sequence)
    return appended


def behind(conn: Connection) -> bool:
    """Whether audit rows above the log's last one exist (one indexed read, no lock)."""
    last = conn.execute(select(merkle_log_state.c.last_audit_sequence).where(merkle_log_state.c.id == 1)).scalar()
    newest = conn.execute(select(func.max(audit_log.c.sequence))).scalar()
    return newest is not None and (last is None or newest > last)


def catch_up(conn: Connection, *, batch: int = 1000) -> int:
    """Integrate everything (start-up, migration); logs how much it appended."""
    appended = integrate(conn, batch=batch)
    if appended:
        state = SqlTransparencyLog(conn).state()
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


# ---------------------------------------------------------------- reading


class SqlTransparencyLog:
    """The log's reads for the use cases (TransparencyLogRepository), and the node store
    (merkle.NodeReader) proofs are generated from."""

    def __init__(self, conn: Connection, pending: PendingLeaves | None = None):
        self.conn = conn
        self.pending = pending

    def state(self, *, for_update: bool = False) -> LogState:
        """The log's state row; `for_update` holds it until commit, which serialises appends."""
        query = select(
            merkle_log_state.c.tree_size,
            merkle_log_state.c.last_audit_sequence,
            merkle_log_state.c.root_hash,
            merkle_log_state.c.frontier,
        ).where(merkle_log_state.c.id == 1)
        row = self.conn.execute(query.with_for_update() if for_update else query).first()
        if row is None:
            raise LogCorrupted("the transparency log has no state row (is the database migrated?)")
        frontier = _frontier(row.tree_size, bytes(row.frontier))
        if frontier.root() != bytes(row.root_hash):
            raise LogCorrupted(f"the stored root of tree size {row.tree_size} is not the root of the stored frontier")
        return LogState(row.tree_size, row.last_audit_sequence, bytes(row.root_hash), frontier)

    def tree_head(self) -> tuple[int, bytes]:
        state = self.state()
        return state.tree_size, state.root_hash

    def integrate(self, max_rows: int) -> int:
        return integrate(self.conn, max_rows=max_rows, pending=self.pending)

    def behind(self) -> bool:
        return behind(self.conn)

    def get_nodes(self, coordinates: Sequence[NodeCoordinate]) -> list[bytes]:
        """merkle.NodeReader: level 0 from merkle_leaves, the levels above from merkle_nodes."""
        found: dict[NodeCoordinate, bytes] = {}
        leaves = [index for level, index in coordinates if level == 0]
        if leaves:
            query = select(merkle_leaves.c.leaf_index, merkle_leaves.c.leaf_hash).where(merkle_leaves.c.leaf_index.in_(leaves))
            found.update({(0, row.leaf_index): bytes(row.leaf_hash) for row in self.conn.execute(query)})
        upper = [(level, index) for level, index in coordinates if level > 0]
        if upper:
            query = select(merkle_nodes.c.level, merkle_nodes.c.node_index, merkle_nodes.c.hash).where(
                tuple_(merkle_nodes.c.level, merkle_nodes.c.node_index).in_(upper)
            )
            found.update({(row.level, row.node_index): bytes(row.hash) for row in self.conn.execute(query)})
        missing = [coordinate for coordinate in coordinates if coordinate not in found]
        if missing:
            raise LogCorrupted(f"the log has no stored node {missing[0]}")
        return [found[coordinate] for coordinate in coordinates]

    def leaf_index_of_sequence(self, audit_sequence: int) -> int | None:
        return self.conn.execute(select(merkle_leaves.c.leaf_index).where(merkle_leaves.c.audit_sequence == audit_sequence)).scalar()

    def sequence_of_settlement_change(self, settlement_id: str, status: str) -> int | None:
        """The audit row of the settlement's change to `status` (each status is reached at most
        once), found through its intent's rows (audit_log is indexed by intent, not settlement)."""
        intent = select(milestone_settlements.c.intent_id).where(milestone_settlements.c.settlement_id == settlement_id).scalar_subquery()
        query = (
            select(audit_log.c.sequence)
            .where(audit_log.c.intent_id == intent, audit_log.c.settlement_id == settlement_id, audit_log.c.to_status == status)
            .order_by(audit_log.c.sequence)
            .limit(1)
        )
        return self.conn.execute(query).scalar()

    def leaf(self, leaf_index: int) -> LoggedLeaf | None:
        leaves = stored_leaves(self.conn, leaf_index, 1)
        return leaves[0] if leaves and leaves[0].leaf_index == leaf_index else None


# ---------------------------------------------------------------- rows as records


def audit_records(conn: Connection, sequences: Iterable[int]) -> dict[int, AuditRecord]:
    wanted = list(sequences)
    if not wanted:
        return {}
    query = select(*_AUDIT_V1_COLUMNS).where(audit_log.c.sequence.in_(wanted))
    return {row.sequence: _audit_record(row) for row in conn.execute(query)}


def audit_records_after(conn: Connection, after_sequence: int, limit: int) -> list[AuditRecord]:
    query = select(*_AUDIT_V1_COLUMNS).where(audit_log.c.sequence > after_sequence).order_by(audit_log.c.sequence).limit(limit)
    return [_audit_record(row) for row in conn.execute(query)]


def _audit_record(row: Any) -> AuditRecord:
    return AuditRecord(row.sequence, *(getattr(row, name) for name in _AUDIT_FIELDS))


# Only the columns leaf v1 covers, named: the log is rebuilt by migration 0004 too, when
# columns added later (payout_id, by 0005) do not exist yet.
_JOURNAL_V1_COLUMNS = [
    ledger_journals.c[name]
    for name in ("journal_id", "intent_id", "settlement_id", "kind", "amount_minor", "currency", "rail_reference", "create_time_us")
]
_JOURNALS_BY_ID = select(*_JOURNAL_V1_COLUMNS).where(ledger_journals.c.journal_id.in_(bindparam("ids", expanding=True)))
_JOURNALS_OF_INTENTS = select(*_JOURNAL_V1_COLUMNS).where(ledger_journals.c.intent_id.in_(bindparam("ids", expanding=True)))


def journal_records(conn: Connection, journal_ids: Iterable[str]) -> dict[str, JournalRecord]:
    """The journals with these ids, with their entries in entry_id order."""
    wanted = sorted(set(journal_ids))
    if not wanted:
        return {}
    return _with_entries(conn, list(conn.execute(_JOURNALS_BY_ID, {"ids": wanted})))


def journal_records_of_intents(conn: Connection, intent_ids: Iterable[str]) -> list[JournalRecord]:
    wanted = sorted(set(intent_ids))
    if not wanted:
        return []
    return list(_with_entries(conn, list(conn.execute(_JOURNALS_OF_INTENTS, {"ids": wanted}))).values())


def _with_entries(conn: Connection, journal_rows: list[Any]) -> dict[str, JournalRecord]:
    entries: dict[str, list[LedgerEntryRecord]] = defaultdict(list)
    if journal_rows:
        query = (
            select(
                ledger_entries.c.journal_id,
                ledger_entries.c.account,
                ledger_entries.c.amount_minor,
                ledger_entries.c.intent_id,
                ledger_entries.c.currency,
            )
            .where(ledger_entries.c.journal_id.in_(bindparam("ids", expanding=True)))
            .order_by(ledger_entries.c.entry_id)
        )
        for row in conn.execute(query, {"ids": [journal.journal_id for journal in journal_rows]}):
            entries[row.journal_id].append(LedgerEntryRecord(row.account, row.amount_minor, row.intent_id, row.currency))
    return {
        row.journal_id: JournalRecord(
            journal_id=row.journal_id,
            intent_id=row.intent_id,
            settlement_id=row.settlement_id,
            kind=row.kind,
            amount_minor=row.amount_minor,
            currency=row.currency,
            rail_reference=row.rail_reference,
            create_time_us=row.create_time_us,
            entries=tuple(entries[row.journal_id]),
        )
        for row in journal_rows
    }


# ---------------------------------------------------------------- verification


def stored_leaves(conn: Connection, start: int, limit: int) -> list[LoggedLeaf]:
    """The first `limit` stored leaves from index `start` on, each rebuilt from the rows it covers
    as they are now (a deleted leaf is skipped: the caller sees the gap in the indices)."""
    query = select(merkle_leaves).where(merkle_leaves.c.leaf_index >= start).order_by(merkle_leaves.c.leaf_index).limit(limit)
    rows = list(conn.execute(query))
    records = audit_records(conn, [row.audit_sequence for row in rows])
    ids = {row.leaf_index: tuple(row.journal_ids.split(",")) if row.journal_ids else () for row in rows}
    journals = journal_records(conn, [journal_id for row_ids in ids.values() for journal_id in row_ids])
    leaves = []
    for row in rows:
        record = records.get(row.audit_sequence)
        covered = [journals.get(journal_id) for journal_id in ids[row.leaf_index]]
        missing = ""
        if record is None:
            missing = f"audit row {row.audit_sequence}"
        elif None in covered:
            missing = f"ledger journal {ids[row.leaf_index][covered.index(None)]}"
        leaf = encode_audit_leaf(record, covered) if not missing and record is not None else None  # type: ignore[arg-type]
        leaves.append(LoggedLeaf(row.leaf_index, row.audit_sequence, bytes(row.leaf_hash), ids[row.leaf_index], leaf, record, missing))
    return leaves


def iter_stored_leaves(conn: Connection, *, batch: int = 1000) -> Iterator[LoggedLeaf]:
    """Every stored leaf, in index order, rebuilt from its rows (keyset batches)."""
    start = 0
    while True:
        leaves = stored_leaves(conn, start, batch)
        yield from leaves
        if not leaves:
            return
        start = leaves[-1].leaf_index + 1


def unlogged_audit_sequences(conn: Connection, *, limit: int = 10) -> list[int]:
    """Audit rows that are no leaf of the log (the first `limit`)."""
    logged = select(merkle_leaves.c.audit_sequence).where(merkle_leaves.c.audit_sequence == audit_log.c.sequence).exists()
    query = select(audit_log.c.sequence).where(~logged).order_by(audit_log.c.sequence).limit(limit)
    return list(conn.execute(query).scalars())


def all_journal_ids(conn: Connection) -> Iterator[str]:
    yield from conn.execute(select(ledger_journals.c.journal_id).order_by(ledger_journals.c.journal_id)).scalars()
