"""The in-memory change feed behind WatchSettlements: it answers only a gap-free run after a
cursor, whatever order after-commit callbacks publish in, and says so when it cannot."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.application.changes import ChangeNotifier, CommittedChange
from pay_server.domain.audit import AuditEntry

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def change(sequence: int) -> CommittedChange:
    entry = AuditEntry(
        intent_id="pi_1",
        shipment_id="shp_1",
        settlement_id=None,
        milestone=ShipmentEventType.POD_CONFIRMED,
        from_status="",
        to_status="APPROVED",
        amount_minor=100,
        currency="USD",
        actor="test",
        reason="",
        source_event_id="",
        create_time=NOW,
        sequence=sequence,
    )
    return CommittedChange(entry, None)


def sequences(changes: list[CommittedChange] | None) -> list[int] | None:
    return None if changes is None else [c.sequence for c in changes]


def test_a_run_after_the_cursor_is_answered_up_to_the_first_hole():
    feed = ChangeNotifier()
    feed.publish([change(s) for s in (5, 6, 7, 9)])
    assert sequences(feed.changes_after(4, limit=100)) == [5, 6, 7]
    assert sequences(feed.changes_after(6, limit=100)) == [7]
    assert sequences(feed.changes_after(5, limit=1)) == [6]


def test_a_hole_right_after_the_cursor_sends_the_stream_to_the_database():
    feed = ChangeNotifier()
    feed.publish([change(s) for s in (5, 6, 9)])
    assert feed.changes_after(7, limit=100) is None  # 8: burned, or another replica's
    assert feed.changes_after(2, limit=100) is None  # older than memory reaches


def test_nothing_newer_is_an_empty_answer_not_a_hole():
    feed = ChangeNotifier()
    assert feed.changes_after(0, limit=100) == []
    feed.publish([change(3)])
    assert feed.changes_after(3, limit=100) == []
    assert feed.changes_after(10, limit=100) == []


def test_changes_published_out_of_order_are_served_in_order_once():
    feed = ChangeNotifier()
    feed.publish([change(12)])  # the later commit's callback ran first
    assert feed.changes_after(10, limit=100) is None
    feed.publish([change(11)])
    feed.publish([change(11)])  # published twice: kept once
    assert sequences(feed.changes_after(10, limit=100)) == [11, 12]


def test_the_buffer_keeps_the_latest_changes_only():
    feed = ChangeNotifier(capacity=10)
    for s in range(1, 26):
        feed.publish([change(s)])
    assert feed.changes_after(1, limit=100) is None  # trimmed: the database has it
    assert sequences(feed.changes_after(20, limit=100)) == [21, 22, 23, 24, 25]


def test_publishing_wakes_a_waiting_stream():
    feed = ChangeNotifier()
    version = feed.version
    woke = threading.Event()

    def stream() -> None:
        feed.wait_past(version, timeout=30)
        woke.set()

    waiter = threading.Thread(target=stream)
    waiter.start()
    feed.publish([change(1)])
    waiter.join(timeout=30)
    assert woke.is_set() and feed.version != version
