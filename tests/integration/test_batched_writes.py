"""The event path's batched writes store exactly the rows given, on both databases, for
one row and for many: PostgreSQL runs them as array (unnest) statements, SQLite as
executemany, and both must agree on rows, NULLs, awkward text, conflict handling
(only the rows actually inserted come back) and the order ids are drawn in."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from chainbridge_common.application.idempotency import RequestKey, StoredResponse
from chainbridge_common.application.unit_of_work import UniqueViolation
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.clock import FakeClock
from chainbridge_common.storage.batch_writes import pg_array_literal
from chainbridge_common.storage.database import Database
from pay_server.domain.audit import AuditEntry
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals
from pay_server.domain.ledger import Journal, JournalKind, journal_entries
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleKind
from pay_server.domain.settlements import MilestoneSettlement
from pay_server.storage.schema import audit_log
from pay_server.storage.unit_of_work import payment_transactions

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
# Text an array literal would get wrong if it were built by hand.
AWKWARD = ["NULL", "null", "", " padded ", "{", "}", '"', "\\", "a,b", "it's", "é€😀", "tab\there", 'x"y\\z{1,2}']
MILESTONES = list(ShipmentEventType)
BATCH_SIZES = [1, 2, 9]


@pytest.fixture
def db(databases, backend):
    database = Database(databases.new_url(backend, "payment"))
    yield payment_transactions(database, FakeClock(NOW))
    database.dispose()


def _intent(number: int) -> PaymentIntent:
    return PaymentIntent(
        intent_id=f"pi_{number:04d}",
        freight_token_id=f"ft_{number}",
        shipment_id=f"sh_{number % 3}",
        amount_minor=10**12,
        currency="USD",
        payer_id="payer",
        payee_id="payee",
        description=AWKWARD[number % len(AWKWARD)],
        risk_score_bps=100,
        risk_tier=RiskTier.LOW,
        status=IntentStatus.AWAITING_SCHEDULE,
        schedule_kind=None,
        scheduled_at=None,
        totals=Totals(0, 0, 0, 0),
        cancel_reason="",
        create_time=NOW,
        update_time=NOW,
    )


@pytest.mark.parametrize("size", BATCH_SIZES)
def test_received_events_return_only_the_ids_that_are_new(db, size):
    events = [ReceivedEvent(f"ev_{i:03d}", f"sh_{i}", MILESTONES[i % 7], NOW + timedelta(microseconds=i), NOW) for i in range(size)]
    assert db.write(lambda uow: uow.received.add_new(events)) == {e.event_id for e in events}
    # Stored ones, a new one and a duplicate inside the same batch.
    again = [*events, ReceivedEvent("ev_new", "sh_x", MILESTONES[0], NOW, NOW), events[0]]
    assert db.write(lambda uow: uow.received.add_new(again)) == {"ev_new"}
    stored = db.read(lambda uow: uow.received.of_shipment("sh_0"))
    assert stored == [events[0]]


@pytest.mark.parametrize("size", BATCH_SIZES)
def test_settlements_round_trip_and_conflicts_are_skipped(db, size):
    intents = [_intent(i) for i in range(size)]
    db.write(lambda uow: [uow.intents.add(intent) for intent in intents])
    settlements = [
        MilestoneSettlement(
            settlement_id=f"ms_{i:03d}",
            intent_id=intents[i].intent_id,
            shipment_id=intents[i].shipment_id,
            milestone=MILESTONES[i % 7],
            amount_minor=1 + 7**i,
            currency="USD",
            basis_points=i * 100,
            status=[MilestoneStatus.DELAYED, MilestoneStatus.APPROVED, MilestoneStatus.PENDING][i % 3],
            release_strategy=ReleaseStrategy.IMMEDIATE,
            source_event_id=f"ev_{i}",
            release_at=NOW if i % 3 == 0 else None,
            released_at=NOW if i % 3 == 1 else None,
            settled_at=None,
            rail_reference=AWKWARD[i % len(AWKWARD)],
            status_reason=AWKWARD[(i + 5) % len(AWKWARD)],
            create_time=NOW,
            update_time=NOW,
        )
        for i in range(size)
    ]
    assert db.write(lambda uow: uow.settlements.add_new(settlements)) == {s.settlement_id for s in settlements}
    # Same (intent, milestone) under new ids: skipped, and not returned.
    retry = [dataclasses.replace(s, settlement_id=s.settlement_id + "_retry") for s in settlements]
    fresh = dataclasses.replace(settlements[0], settlement_id="ms_fresh", milestone=MILESTONES[(0 + 1) % 7])
    assert db.write(lambda uow: uow.settlements.add_new([*retry, fresh])) == {"ms_fresh"}
    stored = db.read(lambda uow: uow.settlements.by_ids([s.settlement_id for s in settlements]))
    assert stored == sorted(settlements, key=lambda s: s.settlement_id)


@pytest.mark.parametrize("size", BATCH_SIZES)
def test_intent_saves_journals_and_audit_rows_keep_their_values_and_order(db, size):
    intents = [_intent(i) for i in range(size)]
    db.write(lambda uow: [uow.intents.add(intent) for intent in intents])
    later = NOW + timedelta(seconds=1)
    changed = [
        dataclasses.replace(
            intent,
            status=IntentStatus.SCHEDULED,
            schedule_kind=ScheduleKind.DEFAULT if i % 2 else None,
            scheduled_at=later if i % 2 else None,
            totals=Totals(3 * i, 2 * i, i, 0),
            cancel_reason=AWKWARD[i % len(AWKWARD)],
            update_time=later,
        )
        for i, intent in enumerate(intents)
    ]
    kinds = [JournalKind.FUNDING, JournalKind.RELEASE, JournalKind.SETTLEMENT, JournalKind.VOID]
    journals = [
        Journal(f"jr_{i:03d}", intents[i].intent_id, None, kinds[i % 4], 10 ** (i % 13) + i, "USD", AWKWARD[i % len(AWKWARD)], later)
        for i in range(size)
    ]
    # Deliberately not in intent or id order: sequence numbers must follow this list.
    entries = [
        AuditEntry(
            intent_id=intents[(size - 1 - i) % size].intent_id,
            shipment_id=f"sh_{i}",
            settlement_id=f"ms_{i}" if i % 2 else None,
            milestone=MILESTONES[i % 7] if i % 2 else None,
            from_status="",
            to_status="SCHEDULED",
            amount_minor=i * 10**10,
            currency="USD",
            actor=AWKWARD[i % len(AWKWARD)],
            reason=f"entry {i}",
            source_event_id="",
            create_time=later,
        )
        for i in range(2 * size)
    ]

    db.write(lambda uow: uow.book.write(changed, journals, entries))

    for intent, journal in zip(changed, journals, strict=True):
        assert db.read(lambda uow, intent=intent: uow.intents.get(intent.intent_id)) == intent
        ledger = db.read(lambda uow, intent=intent: uow.ledger.journals_of_intent(intent.intent_id))
        assert ledger == [(journal, list(journal_entries(journal.kind, journal.amount_minor)))]
    rows = db.read(lambda uow: uow.conn.execute(select(audit_log).order_by(audit_log.c.sequence)).all())
    assert [row.reason for row in rows] == [entry.reason for entry in entries]
    assert [(row.settlement_id, row.milestone, row.actor, row.amount_minor) for row in rows] == [
        (e.settlement_id, e.milestone.value if e.milestone else None, e.actor, e.amount_minor) for e in entries
    ]


def test_saving_the_same_intent_twice_in_one_call_keeps_the_last_state(db):
    intent = _intent(1)
    db.write(lambda uow: uow.intents.add(intent))
    first = dataclasses.replace(intent, status=IntentStatus.SCHEDULED, cancel_reason="first")
    last = dataclasses.replace(intent, status=IntentStatus.SCHEDULED, cancel_reason="last")
    db.write(lambda uow: uow.book.write([first, _intent(2), last], [], []))
    assert db.read(lambda uow: uow.intents.get(intent.intent_id)) == last


@pytest.mark.parametrize("size", BATCH_SIZES)
def test_request_log_stores_and_finds_responses_per_caller(db, size):
    answered = [
        (
            RequestKey("operator-a", "CreatePaymentIntent", f"req-{i}-{AWKWARD[i % len(AWKWARD)]}", f"fp{i}"),
            AWKWARD[i % len(AWKWARD)].encode(),
        )
        for i in range(size)
    ]
    db.write(lambda uow: uow.requests.add(answered))
    other_caller = RequestKey("operator-b", "CreatePaymentIntent", answered[0][0].request_id, "fp0")
    lookups = [key for key, _ in answered] + [RequestKey("operator-a", "CreatePaymentIntent", "req-unknown", "x"), other_caller]
    stored = db.read(lambda uow: uow.requests.find(lookups))
    assert stored == {key.scope: StoredResponse(key.fingerprint, response) for key, response in answered}
    with pytest.raises(UniqueViolation):
        db.write(lambda uow: uow.requests.add(answered[-1:]))
    # The same request id from another caller is another key.
    db.write(lambda uow: uow.requests.add([(other_caller, b"theirs")]))
    assert db.read(lambda uow: uow.requests.find([other_caller])) == {other_caller.scope: StoredResponse("fp0", b"theirs")}


@pytest.mark.parametrize(
    ("array_type", "values"),
    [
        ("text[]", [*AWKWARD, None, "x"]),
        ("bigint[]", [0, -1, 2**63 - 1, -(2**63), None]),
        ("integer[]", [0, 7, -(2**31), None]),
        ("boolean[]", [True, False, None]),
        ("bytea[]", [b"", b'\x00\x01\\"{},', bytes(range(256)), None]),
    ],
)
@pytest.mark.postgresql
def test_array_literals_round_trip_through_postgresql(databases, array_type, values):
    database = Database(databases.new_url("postgresql", "payment"))
    try:
        with database.connection() as conn:
            literal = pg_array_literal(values, array_type)
            stored = conn.execute(
                text(f"SELECT v FROM unnest(CAST(:p AS {array_type})) WITH ORDINALITY AS t(v, n) ORDER BY n"), {"p": literal}
            )
            assert [bytes(v) if isinstance(v, memoryview) else v for (v,) in stored] == values
    finally:
        database.dispose()
