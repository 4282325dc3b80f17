"""Helpers for the transparency log tests: a varied history, the log read straight from the
tables, tampering as a database superuser could, and `chainbridge verify` run in-process."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from chainbridge.payment.v1 import payment_pb2 as pb
from cryptography.hazmat.primitives import serialization
from sqlalchemy import Connection, select, text

from chainbridge_cli.__main__ import main as chainbridge
from chainbridge_common.storage.database import Database
from chainbridge_common.transparency.merkle import leaf_hash, root_from_leaves
from pay_server.storage.schema import audit_log, ledger_journals, merkle_leaves, merkle_log_state
from pay_server.storage.transparency import iter_stored_leaves
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, milestones, record, seed

MINUTE = timedelta(minutes=1)


def varied_history(stack, *, intents: int = 3) -> list[str]:
    """Intents of every tier through most of what can happen to them (schedules, events,
    review, settlement through the rail, a cancellation), the clock moving between steps.
    Returns the intent ids."""
    freight, payment = stack.freight_stub(), stack.payment_stub()
    ids = []
    for n in range(intents):
        tier = ("LOW", "MEDIUM", "HIGH")[n % 3]
        seeded = seed(freight, payment, tier, reference=f"BOL-T{n}")
        ids.append(seeded.intent_id)
        stack.clock.advance(MINUTE)
        for event in (PICKUP, POD, CLAIM_WINDOW):
            record(freight, seeded.shipment_id, event)
            stack.deliver_events()
            stack.clock.advance(MINUTE)
        for settlement in milestones(payment, seeded.intent_id).values():
            if settlement.status in (pb.MILESTONE_STATUS_PENDING, pb.MILESTONE_STATUS_DELAYED):
                payment.ApproveMilestoneSettlement(
                    pb.ApproveMilestoneSettlementRequest(
                        settlement_id=settlement.settlement_id, decision=pb.REVIEW_DECISION_APPROVE, reason="checked"
                    )
                )
                stack.clock.advance(MINUTE)
                break
        payment.CompleteSettlement(pb.CompleteSettlementRequest(intent_id=seeded.intent_id, rail_reference=f"ACH-{n}"))
        stack.clock.advance(MINUTE)
    cancelled = seed(freight, payment, "HIGH", reference="BOL-cancel")
    record(freight, cancelled.shipment_id, PICKUP)
    stack.deliver_events()
    payment.CancelPaymentIntent(pb.CancelPaymentIntentRequest(intent_id=cancelled.intent_id, reason="shipper withdrew"))
    stack.clock.advance(MINUTE)
    return [*ids, cancelled.intent_id]


@dataclass(frozen=True)
class LogView:
    """The log as stored, and as its rows rebuild it."""

    audit_sequences: list[int]  # every audit row, ascending
    leaf_sequences: list[int]  # the audit row of each leaf, in leaf order
    stored_hashes: list[bytes]
    rebuilt_hashes: list[bytes | None]
    state_size: int
    state_root: bytes
    journal_coverage: Counter[str]  # journal id -> leaves covering it
    journal_ids: list[str]

    @property
    def rebuilt_root(self) -> bytes:
        assert None not in self.rebuilt_hashes
        return root_from_leaves(self.rebuilt_hashes)  # type: ignore[arg-type]


def read_log(db: Database) -> LogView:
    with db.connection() as conn:
        leaves = list(iter_stored_leaves(conn, batch=7))  # small batches: the keyset paging too
        state = conn.execute(select(merkle_log_state)).one()
        return LogView(
            audit_sequences=list(conn.execute(select(audit_log.c.sequence).order_by(audit_log.c.sequence)).scalars()),
            leaf_sequences=[leaf.audit_sequence for leaf in leaves],
            stored_hashes=[leaf.leaf_hash for leaf in leaves],
            rebuilt_hashes=[leaf_hash(leaf.leaf) if leaf.leaf is not None else None for leaf in leaves],
            state_size=state.tree_size,
            state_root=bytes(state.root_hash),
            journal_coverage=Counter(journal_id for leaf in leaves for journal_id in leaf.journal_ids),
            journal_ids=list(conn.execute(select(ledger_journals.c.journal_id)).scalars()),
        )


def log_violations(db: Database) -> list[str]:
    """Everything wrong with the log against the rows: the fuzz invariant and the tests' check."""
    view = read_log(db)
    found = []
    if view.leaf_sequences != view.audit_sequences:
        found.append(f"the log's leaves are audit rows {view.leaf_sequences[:20]}..., the audit trail has {view.audit_sequences[:20]}...")
    if view.state_size != len(view.stored_hashes):
        found.append(f"the log's state says {view.state_size} leaves, it stores {len(view.stored_hashes)}")
    if view.rebuilt_hashes != view.stored_hashes:
        first = next(i for i, (a, b) in enumerate(zip(view.rebuilt_hashes, view.stored_hashes, strict=False)) if a != b)
        found.append(f"leaf {first} does not match its rows")
    elif root_from_leaves(view.stored_hashes) != view.state_root:
        found.append("the log's root is not root_from_leaves over the audit rows")
    wrong = {j: n for j in view.journal_ids if (n := view.journal_coverage[j]) != 1}
    if wrong or set(view.journal_coverage) - set(view.journal_ids):
        found.append(f"journals not covered by exactly one leaf: {dict(list(wrong.items())[:5])}")
    return found


# ---------------------------------------------------------------- the dishonest operator


APPEND_ONLY = ("audit_log", "ledger_journals", "ledger_entries", "merkle_leaves", "merkle_nodes")


@contextlib.contextmanager
def as_superuser(db: Database) -> Iterator[Connection]:
    """A transaction with the append-only triggers out of the way, as the database owner can:
    DISABLE TRIGGER on PostgreSQL, dropping and recreating them on SQLite."""
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            for table in APPEND_ONLY:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
            yield conn
            for table in APPEND_ONLY:
                conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only"))
            return
        for table in APPEND_ONLY:
            for action in ("update", "delete"):
                conn.execute(text(f"DROP TRIGGER {table}_no_{action}"))
        yield conn
        for table in APPEND_ONLY:
            for action in ("UPDATE", "DELETE"):
                conn.execute(
                    text(
                        f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never updated or deleted'); END"
                    )
                )


def public_key_file(stack, directory: Path) -> Path:
    path = directory / "log-key.pub"
    key = stack.pay_config.log_signing_key.public_key()
    path.write_bytes(key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return path


def verify(stack, key: Path, *args: str) -> int:
    """`chainbridge verify` against the stack's pay, in this process; its exit code."""
    return chainbridge(["verify", "--payment", f"127.0.0.1:{stack.pay.port}", "--public-key", str(key), *args])


def leaf_of_sequence(db: Database, sequence: int) -> int:
    with db.connection() as conn:
        return conn.execute(select(merkle_leaves.c.leaf_index).where(merkle_leaves.c.audit_sequence == sequence)).scalar_one()
