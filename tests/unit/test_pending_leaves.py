"""The leaves a pay process wrote, waiting for the integrator: only a gap-free run after the
log's last sequence is served from memory; everything else is the database's to answer."""

from __future__ import annotations

from pay_server.domain.transparency import AuditRecord
from pay_server.storage.transparency import PendingLeaf, PendingLeaves


def leaf(sequence: int) -> PendingLeaf:
    record = AuditRecord(sequence, "pi_1", "shp_1", None, None, "", "AWAITING_SCHEDULE", 5, "USD", "test", "", "", 1)
    return PendingLeaf(record, ())


def sequences(leaves: list[PendingLeaf]) -> list[int]:
    return [p.record.sequence for p in leaves]


def test_a_run_starts_right_after_the_log_and_stops_at_the_first_hole():
    pending = PendingLeaves()
    pending.add([leaf(4), leaf(5)])
    pending.add([leaf(8)])  # 6 and 7: another process's, or burned by a rollback
    assert sequences(pending.run_after(3)) == [4, 5]
    assert pending.run_after(5) == []
    assert pending.run_after(2) == []  # 3 is not here: read the database


def test_what_the_log_holds_is_forgotten():
    pending = PendingLeaves()
    pending.add([leaf(s) for s in range(1, 6)])
    pending.discard_through(3)
    assert len(pending) == 2 and sequences(pending.run_after(3)) == [4, 5]


def test_a_full_buffer_takes_no_more_and_the_database_answers_for_them():
    pending = PendingLeaves(capacity=3)
    pending.add([leaf(1), leaf(2)])
    pending.add([leaf(3), leaf(4)])  # would exceed: dropped whole, never half a write
    assert sequences(pending.run_after(0)) == [1, 2] and len(pending) == 2
